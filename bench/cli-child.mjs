// Child of the bench: runs the built CLI in this process (without its lean-heap re-run) and reports on
// stderr its peak RSS (bench/feed.mjs, where GNU time is missing) and the CPU time, user and system in
// microseconds, from loading the CLI to the exit (bench/growth.mjs: the CLI's linear-time checks read the
// work done, not Node's own start nor the waits a shared machine adds to the wall clock).
import { peakKB } from "./peak.mjs";

const cpu0 = process.cpuUsage();
process.env.DPA_AFX_NO_RESPAWN = "1";
process.argv = [process.argv[0], "dpa-afx", ...process.argv.slice(2)];
process.on("exit", () => {
  const cpu = process.cpuUsage(cpu0);
  process.stderr.write(`maxRSS=${peakKB()} cpu=${cpu.user + cpu.system}\n`);
});
await import("../dist/cli.js");
