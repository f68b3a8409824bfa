// `npm run bench:quick`, run by .ci/run: the checks of `npm run bench` that must never regress, at sizes
// that take about two minutes on two cores. Every pathological and real-shaped family at a tenth of its
// bench size, the CLI's at full size (time per character at most 3x over tenfold), and 64 MB through
// parseStream and the CLI (peak RSS under 100 MB, and every message out: the CLI's lines are counted).
// Run after the build.
// Prints one line per check and last "N passed, N failed"; exits 1 when one fails.
import { feedBench } from "./feed.mjs";
import { growthBench } from "./growth.mjs";

const t0 = performance.now();
const growth = await growthBench(Number(process.env.GROWTH_SCALE ?? 0.1));
for (const line of growth.lines) console.log(line);
const feed = await feedBench(Number(process.env.FEED_MB ?? 64), 5);
for (const line of feed.lines) console.log(line);
// Verdicts marked "goal" are targets not yet met on main (issue 15): printed, never failing CI.
const verdicts = [...growth.verdicts, ...feed.verdicts].filter(([, , kind]) => kind !== "goal");
for (const [what, ok, kind] of feed.verdicts) if (kind === "goal") console.log(`${ok ? "ok  " : "goal"} ${what} (a goal, not counted)`);
let failed = 0;
for (const [what, ok] of verdicts) {
  console.log(`${ok ? "ok  " : "MISS"} ${what}`);
  if (!ok) failed++;
}
console.log(`quick bench: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
console.log(`${verdicts.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
