// Child of bench/feed.mjs: runs the built CLI in this process and reports its peak RSS on stderr.
process.argv = [process.argv[0], "dpa-afx", ...process.argv.slice(2)];
process.on("exit", () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
await import("../dist/cli.js");
