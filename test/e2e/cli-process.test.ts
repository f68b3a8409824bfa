// The built `dpa-afx` binary as a process among processes: a reader that closes the pipe early, an
// interrupted split resumed, a terminated parse with its lean-heap child, and Bun and Deno as runtimes.
// Every child runs in its own process group with a time limit; the whole group is killed afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseFeed, printSource } from "../../src/index.js";

const root = resolve(import.meta.dirname, "..", "..");
const bin = join(root, "dist", "cli.js");
const message = (k: number) =>
  `1${k % 9}.03.2026\nFirma ${k} meldet Zahlen\n\nMÜNCHEN (dpa-AFX) - Die Firma ${k} hat mehr verdient als im Vorjahr, wie sie am Donnerstag mitteilte.\n\nDie Dividende steigt./ab/DP/cd\n\n`;
const dir = mkdtempSync(join(tmpdir(), "dpa-afx-proc-"));
const feedFile = join(dir, "feed.txt");
const feed = Array.from({ length: 3000 }, (_, k) => message(k)).join("");
writeFileSync(feedFile, feed);

const groups: number[] = [];
/** Starts a command as the leader of a new process group (killed with its group after the test). */
function start(cmd: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const p = spawn(cmd, args, { cwd: root, detached: true, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  if (p.pid) groups.push(p.pid);
  return p;
}
afterEach(() => {
  for (const g of groups.splice(0)) {
    try {
      process.kill(-g, "SIGKILL");
    } catch {
      // the group is gone already
    }
  }
});
function exited(p: ChildProcess, ms = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.on("exit", (code, signal) => {
      clearTimeout(t);
      resolve({ code, signal });
    });
  });
}
/**
 * True while `pid` still runs our CLI: it answers signal 0 and, where /proc shows it, is no zombie and still
 * runs `bin` (a freed pid can be handed to another process soon where pid_max is 32,768).
 */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync("/proc/self/stat")) return true; // no /proc: signal 0 is all there is to know
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.charAt(stat.lastIndexOf(")") + 2);
    return state !== "Z" && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(bin);
  } catch {
    return false; // gone between the two looks
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a reader that closes the pipe early (| head -1)", () => {
  const cases: string[][] = [
    ["parse", feedFile, "--format", "ndjson"],
    ["parse", feedFile, "--format", "ndjson", "--jobs", "2"],
    ["parse", feedFile],
    ["parse", feedFile, "--format", "text"],
    ["parse", feedFile, "--format", "html", "--jobs", "2"],
    ["parse", feedFile, "--format", "ninjs", "--pretty"],
    ["check", feedFile, feedFile],
  ];
  for (const args of cases) {
    it(`dpa-afx ${args.join(" ").replace(feedFile, "feed.txt")} ends quietly with status 0`, async () => {
      const p = start(process.execPath, [bin, ...args]);
      let err = "";
      p.stderr!.on("data", (d) => (err += d));
      await new Promise<void>((r) => p.stdout!.once("data", () => r()));
      p.stdout!.destroy(); // what head does after its first line
      const { code, signal } = await exited(p);
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(err).not.toMatch(/EPIPE|Error|\n {4}at /);
    });
  }
});

describe("split, interrupted and resumed", () => {
  it("leaves no partial or temporary file after SIGINT, and --skip-existing writes the rest", async () => {
    const out = join(dir, "split-out");
    const p = start(process.execPath, [bin, "split", feedFile, "--out", out]);
    for (let k = 0; k < 400 && !(existsSync(out) && readdirSync(out).length >= 20); k++) await sleep(10);
    p.kill("SIGINT");
    const { code } = await exited(p);
    expect(code).toBe(130);
    const written = readdirSync(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(3000);
    expect(written.filter((f) => !/^\d{3,}-[\w-]+\.txt$/.test(f))).toEqual([]); // no temporary file
    const messages = parseFeed(feed).map(printSource);
    for (const f of written) expect({ f, text: readFileSync(join(out, f), "utf8") }).toEqual({ f, text: messages[Number(f.slice(0, f.indexOf("-"))) - 1] });
    const again = spawnSync(process.execPath, [bin, "split", feedFile, "--out", out, "--skip-existing"], { encoding: "utf8" });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain(`${3000 - written.length} messages written`);
    expect(again.stderr).toContain(`${written.length} already there, skipped`);
    const all = readdirSync(out).sort();
    expect(all).toHaveLength(3000);
    expect(all.map((f) => readFileSync(join(out, f), "utf8")).join("")).toBe(feed); // the files give the feed back
  });
});

describe("stdin read as it arrives", () => {
  it("a pipe that delivers small pieces gives the output of the file (the reused read buffer is copied where held)", async () => {
    const whole = spawnSync(process.execPath, [bin, "parse", "--format", "ndjson", feedFile], { encoding: "utf8", maxBuffer: 1 << 28 });
    const p = start(process.execPath, [bin, "parse", "--format", "ndjson"]);
    let out = "";
    p.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
    const bytes = Buffer.from(feed);
    // Once the reader is up, the first 128 KB in pieces of 1000 bytes, each after the reader had time to
    // take the last one (written at once, they would wait in the pipe and be read in one piece).
    await sleep(600);
    for (let at = 0; at < 128_000; at += 1000) {
      p.stdin!.write(bytes.subarray(at, at + 1000));
      await sleep(4);
    }
    p.stdin!.end(bytes.subarray(128_000));
    const { code } = await exited(p);
    expect(code).toBe(0);
    expect(out.split("\n").length).toBe(whole.stdout.split("\n").length);
    expect(out).toBe(whole.stdout);
  });
});

describe("a terminated parse with its lean-heap child", () => {
  it("SIGTERM reaches the child; the parent ends with it", async () => {
    const p = start(process.execPath, [bin, "parse", "--format", "ndjson"]);
    p.stdin!.write(message(1)); // and keep stdin open: the parse waits for more
    let child = 0;
    for (let k = 0; k < 300 && !child; k++) {
      await sleep(20);
      const ps = spawnSync("ps", ["-o", "pid=", "--ppid", String(p.pid)], { encoding: "utf8" });
      child = Number(ps.stdout.trim().split("\n")[0]) || 0;
    }
    expect(child).toBeGreaterThan(0);
    p.kill("SIGTERM");
    const { signal } = await exited(p);
    expect(signal).toBe("SIGTERM");
    for (let k = 0; k < 100 && alive(child); k++) await sleep(20);
    expect(alive(child)).toBe(false);
  });
});

/** A runtime's executable on PATH, or null. */
function which(name: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

describe("other runtimes", () => {
  const runtimes: [string, string | null, string[]][] = [
    ["Bun", which("bun"), []],
    ["Deno", which("deno"), ["run", "-A"]],
  ];
  for (const [name, exe, pre] of runtimes) {
    if (!exe) console.log(`skipped: ${name} is not installed here (npm i -g ${name.toLowerCase()}); its CLI test did not run`);
    it.skipIf(!exe)(`runs the CLI under ${name}: ndjson in one and in several threads, check, no re-run`, async () => {
      for (const args of [["parse", feedFile, "--format", "ndjson"], ["parse", feedFile, "--format", "ndjson", "--jobs", "2"]]) {
        const p = start(exe!, [...pre, bin, ...args]);
        let out = "";
        p.stdout!.on("data", (d) => (out += d));
        const { code } = await exited(p, 60_000);
        expect(code).toBe(0);
        const lines = out.trim().split("\n");
        expect(lines).toHaveLength(3000);
        expect(JSON.parse(lines[2999]!).headline.text).toBe("Firma 2999 meldet Zahlen");
        // Nothing of its process group is left: it never re-ran itself in a loop.
        const left = spawnSync("ps", ["-o", "pid=", "-g", String(p.pid)], { encoding: "utf8" }).stdout.trim();
        expect(left).toBe("");
      }
      const c = start(exe!, [...pre, bin, "check", feedFile]);
      let out = "";
      c.stdout!.on("data", (d) => (out += d));
      expect((await exited(c, 60_000)).code).toBe(0);
      expect(out).toContain("1 file, 0 with errors");
    });
  }
});
