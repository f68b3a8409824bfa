// The CLI's decisions, tested in-process: when it re-runs itself, how split places a file, file names.
import { EventEmitter } from "node:events";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../src/cli/exit.js";
import { RESPAWNED, respawnLean, shouldRespawn, type RespawnContext } from "../src/cli/main.js";
import { fileName, place, plural } from "../src/cli/split.js";
import { parseArticle, parseFeed } from "../src/index.js";

const node: RespawnContext = { env: {}, versions: { node: "20.20.2" }, execArgv: [], deno: false };
const ndjson = ["parse", "feed.txt", "--format", "ndjson"];

describe("shouldRespawn", () => {
  it("re-runs only streaming ndjson under Node itself, once", () => {
    expect(shouldRespawn(ndjson, node)).toBe(true);
    expect(shouldRespawn(["parse", "--format=ndjson"], node)).toBe(true);
    expect(shouldRespawn(["parse", "feed.txt"], node)).toBe(false);
    expect(shouldRespawn(["check", "--format", "ndjson"], node)).toBe(false);
  });
  it("never in the re-run process, never under Bun or Deno, never with the flag set", () => {
    expect(shouldRespawn(ndjson, { ...node, env: { [RESPAWNED]: "1" } })).toBe(false);
    expect(shouldRespawn(ndjson, { ...node, env: { DPA_AFX_NO_RESPAWN: "1" } })).toBe(false);
    expect(shouldRespawn(ndjson, { ...node, versions: { node: "22.0.0", bun: "1.4.5" } })).toBe(false);
    expect(shouldRespawn(ndjson, { ...node, versions: { node: "20.0.0", deno: "2.9.6" } })).toBe(false);
    expect(shouldRespawn(ndjson, { ...node, deno: true })).toBe(false);
    expect(shouldRespawn(ndjson, { ...node, execArgv: ["--max-semi-space-size=2"] })).toBe(false);
  });
  it("runs in this process when the child cannot start", async () => {
    const saved = { ...process.env };
    delete process.env[RESPAWNED];
    delete process.env.DPA_AFX_NO_RESPAWN;
    try {
      let asked = 0;
      const failing = () => {
        asked++;
        const child = new EventEmitter() as EventEmitter & { kill: () => void };
        child.kill = () => undefined;
        setTimeout(() => child.emit("error", new Error("spawn ENOENT")), 1);
        return child;
      };
      expect(await respawnLean(["node", "cli.js", ...ndjson], failing as never)).toBeNull();
      expect(asked).toBe(1);
      // The child's environment forbids a second re-run.
      let env: Record<string, string | undefined> = {};
      let flags: string[] = [];
      const ok = (_c: string, a: string[], o: { env: Record<string, string | undefined> }) => {
        env = o.env;
        flags = a;
        const child = new EventEmitter() as EventEmitter & { kill: () => void };
        child.kill = () => undefined;
        setTimeout(() => {
          child.emit("spawn");
          child.emit("exit", 0, null);
        }, 1);
        return child;
      };
      expect(await respawnLean(["node", "cli.js", ...ndjson], ok as never)).toBe(0);
      expect(env[RESPAWNED]).toBe("1");
      // Lean heap flags first: one-megabyte semi-spaces and a tight old generation.
      expect(flags.slice(0, 2)).toEqual(["--max-semi-space-size=1", "--optimize-for-size"]);
      expect(shouldRespawn(ndjson, { ...node, env })).toBe(false);
    } finally {
      process.env = saved;
    }
  });
});

describe("split's placing of a file", () => {
  const fresh = () => mkdtempSync(join(tmpdir(), "dpa-afx-place-"));
  it("never replaces a file that appeared meanwhile without --force, and leaves it as it was", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "tmp"), "new");
    writeFileSync(join(dir, "target.txt"), "someone else's");
    const err = await place(join(dir, "tmp"), join(dir, "target.txt"), false, false).catch((e) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(4);
    expect(readFileSync(join(dir, "target.txt"), "utf8")).toBe("someone else's");
    // --skip-existing keeps it quietly.
    await place(join(dir, "tmp"), join(dir, "target.txt"), false, true);
    expect(readFileSync(join(dir, "target.txt"), "utf8")).toBe("someone else's");
  });
  it("never writes through a symbolic link, with or without --force", async () => {
    const dir = fresh();
    const outside = join(fresh(), "outside.txt");
    writeFileSync(outside, "keep me");
    writeFileSync(join(dir, "tmp"), "new");
    symlinkSync(outside, join(dir, "link.txt"));
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling.txt"));
    for (const [target, force] of [["link.txt", true], ["link.txt", false], ["dangling.txt", false], ["dangling.txt", true]] as const) {
      const err = await place(join(dir, "tmp"), join(dir, target), force, false).catch((e) => e);
      expect((err as CliError).exitCode).toBe(4);
    }
    expect(readFileSync(outside, "utf8")).toBe("keep me");
    expect(existsSync(join(dir, "nowhere"))).toBe(false);
  });
  it("writes a new name exclusively, and over a regular file with --force", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "tmp"), "one");
    await place(join(dir, "tmp"), join(dir, "a.txt"), false, false);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("one");
    writeFileSync(join(dir, "tmp2"), "two");
    await place(join(dir, "tmp2"), join(dir, "a.txt"), true, false);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("two");
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "tmp"]);
  });
});

describe("split's file names", () => {
  it("names an overview without headline after its first item, and counts in words", () => {
    const overview = parseFeed("date 2021-11-08\n\nDZ Bank senkt Metro auf 'Verkaufen'\n\nFRANKFURT - Die DZ Bank hat Metro abgestuft.\n\nJefferies hebt Ziel für SAP\n\nNEW YORK - Die US-Bank hat das Ziel angehoben.\n")[0]!;
    expect(overview.headline).toBeNull();
    expect(overview.items.length).toBe(2);
    expect(fileName(overview, 0)).toBe("001-2021-11-08-dz-bank-senkt-metro-auf-verkaufen.txt");
    expect(fileName(parseArticle("KIEL (dpa-AFX) - Die Werft baut./ab"), 4)).toBe("005-undated-die-werft-baut.txt");
    expect(fileName(parseArticle(""), 0)).toBe("001-undated-message.txt");
    expect(fileName(parseArticle("KIEL (dpa-AFX) - Text./ab"), 41, 1200)).toBe("0042-undated-text.txt");
    expect([plural(1, "message"), plural(2, "message"), plural(0, "file")]).toEqual(["1 message", "2 messages", "0 files"]);
  });
});
