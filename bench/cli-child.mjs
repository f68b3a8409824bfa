// Child of bench/feed.mjs where GNU time is missing: runs the built CLI in this process (without its
// lean-heap re-run) and reports its peak RSS on stderr.
import { peakKB } from "./peak.mjs";

process.env.DPA_AFX_NO_RESPAWN = "1";
process.argv = [process.argv[0], "dpa-afx", ...process.argv.slice(2)];
process.on("exit", () => process.stderr.write(`maxRSS=${peakKB()}\n`));
await import("../dist/cli.js");
