// Part of `npm run bench`: feed throughput and peak memory. Generates a feed of FEED_MB megabytes
// (default 512) on the fly and pushes it through parseStream and through the CLI (`parse --format
// ndjson`), each in a child process that reports its peak RSS. Also measures parseFeed MB/s on a 20 MB
// feed next to the line-split floor. Goal: peak RSS under 100 MB whatever the feed size.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseFeed } from "../dist/index.js";

const FEED_MB = Number(process.env.FEED_MB ?? 512);
const RSS_LIMIT_MB = 100;
const here = fileURLToPath(new URL(".", import.meta.url));

export function message(k) {
  return `${String((k % 28) + 1).padStart(2, "0")}.03.2026\nROUNDUP: Firma ${k} meldet Zahlen für das Quartal\n\nMÜNCHEN (dpa-AFX) - Die Firma ${k} hat im Quartal mehr verdient als erwartet. Der Umsatz stieg um ${k % 17} Prozent, wie das Unternehmen am Donnerstag mitteilte.\n\nAnalysten hatten mit einem geringeren Plus gerechnet. Die Aktie legte vorbörslich zu.\n\nÜber die Dividende soll die Hauptversammlung im Mai entscheiden./ab/DP/cd\n\n`;
}

function time(fn) {
  const w0 = performance.now();
  while (performance.now() - w0 < 300) fn();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Runs `script` in a child process fed with a generated feed of `mb` megabytes on stdin; returns its
 * report, with how many messages were sent and how many lines it printed (counted, never discarded:
 * a child that prints nothing must not pass).
 */
function child(args, prefix = [process.execPath], mb = FEED_MB) {
  return new Promise((resolve, reject) => {
    const p = spawn(prefix[0], [...prefix.slice(1), ...args], { stdio: ["pipe", "pipe", "pipe"] });
    p.stdin.on("error", () => {}); // a child that fails closes its stdin early; its exit code reports it
    let err = "";
    let lines = 0;
    p.stdout.on("data", (d) => {
      for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
    });
    p.stderr.on("data", (d) => (err += d));
    const total = mb * 1024 * 1024;
    let sent = 0;
    let k = 0;
    const t0 = performance.now();
    const pump = () => {
      while (sent < total) {
        let chunk = "";
        while (chunk.length < 1 << 20) chunk += message(k++);
        const buf = Buffer.from(chunk);
        sent += buf.length;
        if (!p.stdin.write(buf)) return p.stdin.once("drain", pump);
      }
      p.stdin.end();
    };
    pump();
    p.on("close", (code) => {
      const ms = performance.now() - t0;
      const m = /maxRSS=(\d+)/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`child failed (${code}): ${err.slice(-300)}`));
      resolve({ mb: sent / 1e6, mbps: sent / 1e6 / (ms / 1e3), rssMB: Number(m[1]) / 1024, messages: Number(/messages=(\d+)/.exec(err)?.[1] ?? -1), sentMessages: k, lines });
    });
  });
}

/**
 * parseFeed's speed on a feed of `floorMB` (default 20), then `mb` megabytes through parseStream and the
 * CLI in child processes: their peak RSS (goal: under 100 MB) and that every message came out.
 */
export async function feedBench(mb = FEED_MB, floorMB = 20) {
  const lines = [];
  const verdicts = [];
  // parseFeed on a generated feed, next to the floor.
  let text = "";
  for (let k = 0; text.length < floorMB * 1e6; k++) text += message(k);
  const pMs = time(() => parseFeed(text));
  const fMs = time(() => text.split(/\r\n|\r|\n/).length);
  const mbps = (ms) => text.length / 1e6 / (ms / 1e3);
  lines.push(`parseFeed ${floorMB} MB: ${mbps(pMs).toFixed(1)} MB/s, floor ${mbps(fMs).toFixed(1)} MB/s (${(pMs / fMs).toFixed(1)}x)`);
  text = "";

  // parseStream with Node's default heap, and with one-megabyte semi-spaces (what the CLI runs with).
  const stream = await child([`${here}feed-child.mjs`], undefined, mb);
  lines.push(`parseStream ${stream.mb.toFixed(0)} MB, default heap: ${stream.mbps.toFixed(1)} MB/s, ${stream.messages} messages, peak RSS ${stream.rssMB.toFixed(0)} MB`);
  verdicts.push([`parseStream with Node's default flags: peak RSS under ${RSS_LIMIT_MB} MB on ${stream.mb.toFixed(0)} MB (${stream.rssMB.toFixed(0)} MB)`, stream.rssMB < RSS_LIMIT_MB]);
  const lean = await child(["--max-semi-space-size=1", `${here}feed-child.mjs`], undefined, mb);
  lines.push(`parseStream ${lean.mb.toFixed(0)} MB, node --max-semi-space-size=1: ${lean.mbps.toFixed(1)} MB/s, peak RSS ${lean.rssMB.toFixed(0)} MB`);
  verdicts.push([`parseStream (--max-semi-space-size=1) peak RSS under ${RSS_LIMIT_MB} MB on ${lean.mb.toFixed(0)} MB (${lean.rssMB.toFixed(0)} MB)`, lean.rssMB < RSS_LIMIT_MB]);
  verdicts.push([`parseStream read every message (${lean.messages} of ${lean.sentMessages})`, lean.messages === lean.sentMessages]);
  // The CLI as users run it (it re-runs itself with the lean heap); GNU time sees the whole process tree.
  const cliArgs = [`${here}../dist/cli.js`, "parse", "--format", "ndjson"];
  const cli = existsSync("/usr/bin/time")
    ? await child(cliArgs, ["/usr/bin/time", "-f", "maxRSS=%M", process.execPath], mb)
    : await child([`${here}cli-child.mjs`, "parse", "--format", "ndjson"], undefined, mb);
  lines.push(`CLI parse --format ndjson ${cli.mb.toFixed(0)} MB: ${cli.mbps.toFixed(1)} MB/s, peak RSS ${cli.rssMB.toFixed(0)} MB`);
  verdicts.push([`CLI peak RSS under ${RSS_LIMIT_MB} MB on ${cli.mb.toFixed(0)} MB (${cli.rssMB.toFixed(0)} MB)`, cli.rssMB < RSS_LIMIT_MB]);
  verdicts.push([`CLI printed one line per message (${cli.lines} for ${cli.sentMessages})`, cli.lines === cli.sentMessages]);
  return { lines, verdicts };
}
