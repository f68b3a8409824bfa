/**
 * The `dpa-afx` command line: parse, check and split dpa-AFX wire text. Exit codes: see {@link EXIT}.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { decodeBytes } from "../decode.js";
import { formatDiagnostic } from "../article/diagnostics.js";
import { dpaAfx } from "../grammars/dpa-afx/index.js";
import type { Grammar } from "../grammar/index.js";
import { checkZone, type ParseOptions } from "../options.js";
import { parseFeed } from "../parse.js";
import { messageBlocks } from "../stream.js";
import { CliError, EXIT } from "./exit.js";
import { inputs, name, openStream, readAll } from "./input.js";
import { exitQuietlyOnClosedOutput, write } from "./output.js";
import { batches, runPool, type WorkerLike } from "./pool.js";
import { renderBlock, type Format, type Rendered, type RenderOptions } from "./render.js";
import { plural, runSplit } from "./split.js";

const DEFAULT_ZONE = "Europe/Berlin";

// ---- parse

interface ParseFlags {
  format: Format;
  pretty?: boolean;
  positions: boolean;
  jobs: number;
  zone: string;
}

/**
 * Collects rendered messages into the output: NDJSON and HTML as they come, text with a blank line
 * between messages, JSON and ninjs as one value for one message and an array for several.
 */
class Printer {
  private held: string | null = null;
  private count = 0;
  constructor(
    private readonly format: Format,
    private readonly indent: number | undefined,
  ) {}

  async add(item: string): Promise<void> {
    const k = this.count++;
    switch (this.format) {
      case "ndjson":
        return write(item + "\n");
      case "html":
        return write(item);
      case "text":
        return write(k === 0 ? item : "\n" + item);
      default: {
        // One message prints as a value; the second turns the output into an array.
        if (k === 0) {
          this.held = item;
          return;
        }
        const open = k === 1 ? (this.indent ? "[\n" : "[") + this.element(this.held!) : "";
        this.held = null;
        return write(open + (this.indent ? ",\n" : ",") + this.element(item));
      }
    }
  }

  async end(): Promise<void> {
    if (this.format !== "json" && this.format !== "ninjs") return;
    if (this.count === 1) return write(this.held! + "\n");
    return write(this.indent ? "\n]\n" : "]\n");
  }

  get messages(): number {
    return this.count;
  }

  /** An array element, indented one level as `JSON.stringify(list, null, indent)` would. */
  private element(item: string): string {
    if (!this.indent) return item;
    const pad = " ".repeat(this.indent);
    return pad + item.replace(/\n/g, "\n" + pad);
  }
}

async function runParse(files: string[], flags: ParseFlags): Promise<number> {
  if (flags.pretty && flags.format === "ndjson") throw new CliError("--pretty prints JSON over several lines, which is not NDJSON: drop one of them", EXIT.usage);
  const parse: ParseOptions = { zone: flags.zone };
  const render: RenderOptions = { format: flags.format, positions: flags.positions, parse };
  if (flags.pretty) render.indent = 2;
  const printer = new Printer(flags.format, render.indent);
  let failed = 0;
  const emit = async (r: Rendered) => {
    failed += r.failed;
    for (const item of r.items) await printer.add(item);
  };
  for (const f of inputs(files)) {
    const before = printer.messages;
    const blocks = messageBlocks(openStream(f), dpaAfx as Grammar, parse);
    if (flags.jobs === 1) {
      for await (const block of blocks) await emit(renderBlock(block, render));
    } else {
      const url = new URL("./cli-worker.js", import.meta.url);
      const spawn = (): WorkerLike => new Worker(url) as unknown as WorkerLike;
      const local = (bs: typeof blocks extends AsyncIterable<infer B> ? B[] : never) => {
        const out: Rendered = { items: [], failed: 0 };
        for (const b of bs) {
          const r = renderBlock(b, render);
          for (const item of r.items) out.items.push(item);
          out.failed += r.failed;
        }
        return out;
      };
      await runPool(batches(blocks), flags.jobs, render, spawn, local, emit);
    }
    const n = printer.messages - before;
    if (n > 1 && flags.format !== "ndjson") {
      process.stderr.write(`dpa-afx: ${name(f)} holds ${n} messages; parsed as a feed (--format ndjson prints one per line)\n`);
    }
  }
  await printer.end();
  if (failed > 0) {
    process.stderr.write(`dpa-afx: the parser failed on ${plural(failed, "message")}; each is printed with an internal/exception error\n`);
    return EXIT.internal;
  }
  return EXIT.ok;
}

// ---- check

async function runCheck(files: string[], flags: { strict?: boolean; zone: string }): Promise<number> {
  let worst: number = EXIT.ok;
  let withErrors = 0;
  let warnings = 0;
  let unreadable = 0;
  const list = inputs(files);
  for (const f of list) {
    let bytes: Uint8Array;
    try {
      bytes = await readAll(f);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      process.stderr.write(`dpa-afx: ${e.message}\n`);
      unreadable++;
      worst = Math.max(worst, e.exitCode);
      continue;
    }
    const text = decodeBytes(bytes).text;
    let fileErrors = 0;
    for (const a of parseFeed(bytes, { zone: flags.zone })) {
      for (const d of a.diagnostics) {
        const { line, column } = d.position.start;
        const frame = formatDiagnostic(text, d).split("\n").slice(1).join("\n");
        await write(`${name(f)}:${line}:${column}: ${d.severity} ${d.code}: ${d.message}\n${frame}\n`);
        if (d.severity === "error") fileErrors++;
        if (d.severity === "warning") warnings++;
        if (d.severity === "error" || (flags.strict && d.severity === "warning")) worst = Math.max(worst, EXIT.problems);
      }
    }
    if (fileErrors > 0) withErrors++;
  }
  const parts = [plural(list.length, "file"), `${withErrors} with errors`, plural(warnings, "warning")];
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  await write(`${parts.join(", ")}\n`);
  return worst;
}

// ---- program

const zoneOption = () =>
  new Option("-z, --zone <zone>", "IANA zone the dates are read in").default(DEFAULT_ZONE).argParser((z: string) => {
    try {
      checkZone(z);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
    return z;
  });

function jobsOption(): Option {
  return new Option("-j, --jobs <n>", "worker threads parsing in parallel (every format; output stays in input order)").default(1).argParser((v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("wants a whole number from 1 to 256.");
    return n;
  });
}

export function program(): Command {
  const version = (createRequire(import.meta.url)("../package.json") as { version: string }).version;
  const p = new Command("dpa-afx")
    .description("Parse, check and split dpa-AFX news wire text.")
    .version(version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      "after",
      `
Examples:
  dpa-afx parse meldung.txt --pretty
  dpa-afx parse feed.txt --format ndjson | head -1
  dpa-afx check *.txt
  dpa-afx split feed.txt --out meldungen/

Exit codes: 0 success, 1 check found problems, 2 usage error, 3 input unreadable (missing, directory, binary),
4 split would overwrite a file or follow a symbolic link, 5 the parser failed on some message.`,
    );
  p.command("parse")
    .description(
      "Parse files (or stdin) and print them. A file holding several messages (a feed, a newsticker page) is parsed as a feed: json and ninjs print an array, text separates messages by a blank line.",
    )
    .argument("[files...]", "files to read; none or '-' reads stdin")
    .addOption(new Option("-f, --format <format>", "output format: json, ndjson (one message per line), text (canonical wire text), html, ninjs (IPTC ninjs 3.1)").choices(["json", "ndjson", "text", "html", "ninjs"]).default("json"))
    .option("-p, --pretty", "indent JSON (json and ninjs; ndjson stays one line per message)")
    .option("--no-positions", "leave out every node's position (JSON about 40% smaller)")
    .addOption(jobsOption())
    .addOption(zoneOption())
    .addHelpText(
      "after",
      `
Examples:
  dpa-afx parse meldung.txt --pretty
  dpa-afx parse feed.txt --format ndjson --jobs 4 > feed.ndjson
  cat meldung.txt | dpa-afx parse --format text --zone UTC`,
    )
    .action(async (files: string[], flags: ParseFlags) => {
      process.exitCode = await runParse(files, flags);
    });
  p.command("check")
    .description("Print diagnostics as file:line:column: severity code: message with the line, then a summary; exit 1 on errors.")
    .argument("[files...]", "files to read; none or '-' reads stdin")
    .option("-s, --strict", "warnings count as problems too")
    .addOption(zoneOption())
    .addHelpText(
      "after",
      `
Examples:
  dpa-afx check meldung.txt
  dpa-afx check --strict archive/*.txt`,
    )
    .action(async (files: string[], flags: { strict?: boolean; zone: string }) => {
      process.exitCode = await runCheck(files, flags);
    });
  p.command("split")
    .description("Write one file per message of a feed, named from number, date and headline; the files together give the feed back.")
    .argument("<feed>", "the feed file ('-' for stdin)")
    .requiredOption("-o, --out <dir>", "directory to write to (required; created when missing)")
    .option("--force", "overwrite existing files (never through a symbolic link)")
    .option("--skip-existing", "keep files already there and write the rest (to resume an interrupted split)")
    .addOption(zoneOption())
    .addHelpText(
      "after",
      `
Examples:
  dpa-afx split feed.txt --out meldungen/
  dpa-afx split feed.txt --out meldungen/ --skip-existing`,
    )
    .action(async (feed: string, flags: { out: string; force?: boolean; skipExisting?: boolean; zone: string }) => {
      process.exitCode = await runSplit(feed, flags);
    });
  return p;
}

/**
 * V8 flags for a lean streaming parse: the young generation is most of its memory, and one megabyte
 * semi-spaces keep it small; `--optimize-for-size` keeps the old generation tight (about 82 instead of
 * 102 MB peak RSS on a 68 MB feed, for about 8% more time).
 */
const LEAN_HEAP = ["--max-semi-space-size=1", "--optimize-for-size"];
/** Set in the environment of the re-run process: its presence forbids another re-run. */
export const RESPAWNED = "DPA_AFX_RESPAWNED";

/** What decides a re-run: the arguments, the environment, the runtime. */
export interface RespawnContext {
  env: Record<string, string | undefined>;
  versions: Record<string, string | undefined>;
  execArgv: readonly string[];
  /** True when a `Deno` global exists (Deno's Node compatibility may not say so in `versions`). */
  deno: boolean;
}

/**
 * True when `dpa-afx` should re-run itself with {@link LEAN_HEAP}: streaming `parse --format ndjson`,
 * under Node itself (not Bun or Deno, whose executables take other flags), never in the re-run process
 * (its environment carries {@link RESPAWNED}), never when the flag is set already or DPA_AFX_NO_RESPAWN is.
 */
export function shouldRespawn(args: readonly string[], ctx: RespawnContext): boolean {
  const streaming = args[0] === "parse" && args.some((a, k) => a === "--format=ndjson" || ((a === "--format" || a === "-f") && args[k + 1] === "ndjson"));
  if (!streaming || ctx.env[RESPAWNED] || ctx.env.DPA_AFX_NO_RESPAWN) return false;
  if (typeof ctx.versions.node !== "string" || ctx.versions.bun !== undefined || ctx.versions.deno !== undefined || ctx.deno) return false;
  return !ctx.execArgv.some((a) => a.startsWith("--max-semi-space-size"));
}

/** The part of `child_process.spawn` the re-run uses (tests pass their own). */
export type SpawnLike = (command: string, args: string[], options: { stdio: "inherit"; env: Record<string, string | undefined> }) => {
  on(event: "spawn", listener: () => void): unknown;
  on(event: "error", listener: (e: Error) => void): unknown;
  on(event: "exit", listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  kill(signal: NodeJS.Signals): unknown;
};

/**
 * Streaming `parse --format ndjson` re-runs itself once under Node with {@link LEAN_HEAP}: a gigabyte
 * feed then streams in well under 100 MB of RSS (see {@link shouldRespawn} for when). When the child
 * cannot start, the work is done in this process. Signals reach the child, and this process ends the way
 * the child ended. Returns the child's exit code, or null when this process should do the work itself.
 */
export async function respawnLean(argv: string[], spawn?: SpawnLike): Promise<number | null> {
  const args = argv.slice(2);
  const ctx: RespawnContext = { env: process.env, versions: process.versions as Record<string, string | undefined>, execArgv: process.execArgv, deno: "Deno" in globalThis };
  if (!shouldRespawn(args, ctx)) return null;
  spawn ??= (await import("node:child_process")).spawn as unknown as SpawnLike;
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve) => {
    let child: ReturnType<SpawnLike>;
    try {
      child = spawn(process.execPath, [...LEAN_HEAP, ...process.execArgv, script, ...args], { stdio: "inherit", env: { ...process.env, [RESPAWNED]: "1" } });
    } catch {
      resolve(null);
      return;
    }
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal);
    };
    for (const s of signals) process.on(s, forward);
    const done = () => {
      for (const s of signals) process.off(s, forward);
    };
    let started = false;
    child.on("spawn", () => (started = true));
    child.on("error", () => {
      done();
      if (!started) resolve(null); // could not start: run in this process
    });
    child.on("exit", (code, signal) => {
      done();
      if (signal) {
        // End as the child ended, so whoever waits on us sees the same signal.
        process.kill(process.pid, signal);
        return;
      }
      resolve(code ?? EXIT.input);
    });
  });
}

/** Runs the command line with `argv` (as `process.argv`). */
export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedOutput();
  const code = await respawnLean(argv);
  if (code !== null) {
    process.exitCode = code;
    return;
  }
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`dpa-afx: ${message}\n`);
    process.exitCode = e instanceof CliError ? e.exitCode : EXIT.input;
  }
}
