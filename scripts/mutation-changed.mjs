#!/usr/bin/env node
// Mutation testing of the source lines a change touched (`npm run test:mutation:changed`): what CI runs,
// since the whole set (`npm run test:mutation`) takes hours on two cores. The change is the diff from
// MUTATION_BASE (default: the commit before HEAD) to the working tree. Fails when the mutation score of
// those lines (listed equivalents left out) is under MUTATION_FLOOR (default 85), or when a surviving
// mutant there is not listed in test/mutation/equivalents.json (see scripts/mutation-list.mjs); lists every
// survivor. At most
// MUTATION_MAX_LINES changed lines (default 300) are mutated, the first ones in file order; the rest is
// named. Stryker never rewrites reports/stryker-incremental.json here (a scratch file is used). Static
// mutants (code that runs when a module loads: the grammar's rules are built then) are run too, against
// every test: test/mutation-setup.ts makes each test file import the library afresh, so they take effect,
// and test/load.test.ts fails inside a test when one breaks building the grammar.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { entryFor, loadList, survivorsOf } from "./mutation-list.mjs";

const base = process.env.MUTATION_BASE ?? "HEAD~1";
const floor = Number(process.env.MUTATION_FLOOR ?? 85);
const maxLines = Number(process.env.MUTATION_MAX_LINES ?? 300);
const git = (...args) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 64 << 20 });

try {
  git("rev-parse", "--verify", "--quiet", `${base}^{commit}`);
} catch {
  console.log(`mutation: no commit ${base} to compare with (a shallow clone?): nothing to mutate`);
  process.exit(0);
}

// The files Stryker mutates (as stryker.config.mjs says): src/**/*.ts without the CLI, barrels and template.
const mutated = (file) =>
  file.startsWith("src/") &&
  file.endsWith(".ts") &&
  !file.endsWith(".d.ts") &&
  !["src/cli.ts", "src/cli-worker.ts", "src/index.ts", "src/authoring.ts"].includes(file) &&
  !file.startsWith("src/cli/") &&
  !file.startsWith("src/grammars/_template/");

// Added or changed line ranges of the new side, from a diff without context.
const ranges = [];
let file = null;
for (const line of git("diff", "-U0", "--no-color", base, "--", "src").split("\n")) {
  if (line.startsWith("+++ ")) {
    const name = line.slice(4);
    file = name.startsWith("b/") && mutated(name.slice(2)) && existsSync(name.slice(2)) ? name.slice(2) : null;
  } else if (file && line.startsWith("@@")) {
    const m = /\+(\d+)(?:,(\d+))? @@/.exec(line);
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push({ file, start, end: start + count - 1 });
  }
}
if (ranges.length === 0) {
  console.log(`mutation: no source line that Stryker mutates changed since ${base}`);
  process.exit(0);
}

let budget = maxLines;
const chosen = [];
const left = [];
for (const r of ranges) {
  const n = r.end - r.start + 1;
  if (budget <= 0) left.push(r);
  else if (n <= budget) {
    chosen.push(r);
    budget -= n;
  } else {
    chosen.push({ ...r, end: r.start + budget - 1 });
    left.push({ ...r, start: r.start + budget });
    budget = 0;
  }
}
const spec = chosen.map((r) => `${r.file}:${r.start}-${r.end}`);
console.log(`mutation: ${chosen.reduce((n, r) => n + r.end - r.start + 1, 0)} changed lines in ${new Set(chosen.map((r) => r.file)).size} files since ${base}`);
if (left.length > 0) console.log(`mutation: left out (over ${maxLines} lines): ${left.map((r) => `${r.file}:${r.start}-${r.end}`).join(", ")}`);

const report = "reports/mutation.json";
rmSync(report, { force: true });
const scratch = ".stryker-tmp-incremental.json";
rmSync(scratch, { force: true });
const run = spawnSync("npx", ["stryker", "run", "--mutate", spec.join(","), "--incrementalFile", scratch, "--reporters", "json,clear-text"], { stdio: "inherit" });
rmSync(scratch, { force: true });
if (run.status !== 0 || !existsSync(report)) {
  console.log(`mutation: Stryker failed (status ${run.status})`);
  process.exit(1);
}

// The score of the mutants on the chosen lines (Stryker reports whole files' mutants it placed there).
const inChosen = (f, line) => chosen.some((r) => r.file === f && line >= r.start && line <= r.end);
const result = JSON.parse(readFileSync(report, "utf8"));
let detected = 0;
let total = 0;
for (const [name, f] of Object.entries(result.files)) {
  const rel = name.replace(/^.*?(src\/)/, "$1");
  for (const m of f.mutants) {
    if (!inChosen(rel, m.location.start.line)) continue;
    if (m.status === "Killed" || m.status === "Timeout") detected++;
    else if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
    total++;
  }
}
const list = loadList();
const survivors = survivorsOf(result).filter((s) => inChosen(s.file, s.startLine));
let unlisted = 0;
for (const s of survivors) {
  const listed = entryFor(list, s);
  if (!listed) unlisted++;
  console.log(`survived ${s.at} ${s.mutator}: ${s.original} => ${s.replacement}`);
  console.log(listed ? `  equivalent: ${listed.reason}` : `  NOT LISTED: kill it with a test, or list it in test/mutation/equivalents.json with a reason`);
}
// Equivalent mutants cannot be detected by any test: they leave the count, as mutation scores are meant.
const listed = survivors.length - unlisted;
const score = total - listed === 0 ? 100 : (100 * detected) / (total - listed);
console.log(`mutation: ${detected} of ${total - listed} mutants on the changed lines detected (${score.toFixed(1)}%; ${listed} more listed as equivalent), floor ${floor}%; ${unlisted} survivors not listed`);
process.exit(score >= floor && unlisted === 0 ? 0 : 1);
