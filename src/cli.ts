/**
 * The `dpa-afx` command line: parse, check and split dpa-AFX wire text.
 *
 * Exit codes: 0 success; 1 `check` found problems (errors, or warnings with `--strict`); 2 usage error;
 * 3 an input cannot be read (missing file, directory, binary file); 4 `split` would overwrite a file.
 */
import { closeSync, existsSync, mkdirSync, openSync, read, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { Command, CommanderError, Option } from "commander";
import { decodeBytes, formatArticle, formatDiagnostic, parseArticle, printSource, toHtml, toNinjs, parseFeed, parseStream, type Article, type ParseOptions } from "./index.js";
import { dpaAfx } from "./grammars/dpa-afx/index.js";
import { messageBlocks, type MessageBlock } from "./stream.js";
import type { Grammar } from "./grammar/index.js";

export const EXIT = { ok: 0, problems: 1, usage: 2, input: 3, output: 4 } as const;

/** An error with a one-line message and an exit code; printed without a stack trace. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
const STDIN = "-";

/** The first bytes of a file, to refuse binary files and directories with a clear message. */
function checkReadable(file: string): number {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new CliError(`${file}: is a directory`, EXIT.input);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${file}: no such file or not readable`, EXIT.input);
  }
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(8192);
    const n = readSync(fd, head, 0, head.length, 0);
    if (looksBinary(head.subarray(0, n))) throw new CliError(`${file}: looks like a binary file, not wire text`, EXIT.input);
  } finally {
    closeSync(fd);
  }
  return size;
}

function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

async function readAll(file: string): Promise<Uint8Array> {
  if (file === STDIN) {
    const parts: Buffer[] = [];
    for await (const chunk of process.stdin) parts.push(chunk as Buffer);
    const all = Buffer.concat(parts);
    if (looksBinary(all.subarray(0, 8192))) throw new CliError(`<stdin>: looks like a binary file, not wire text`, EXIT.input);
    return new Uint8Array(all.buffer, all.byteOffset, all.length);
  }
  checkReadable(file);
  const b = readFileSync(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/**
 * A byte stream of a file or stdin, with a progress bar on a terminal for large files. Reads into one
 * reused buffer (the parser decodes each chunk before asking for the next), which keeps the memory of a
 * gigabyte feed flat; Node's own streams allocate a fresh buffer per chunk.
 */
async function* openStream(file: string): AsyncGenerator<Uint8Array> {
  const size = file === STDIN ? 0 : checkReadable(file);
  const bar = size > PROGRESS_MIN_BYTES && process.stderr.isTTY ? progress(file, size) : null;
  const handle = file === STDIN ? null : await open(file, "r");
  const buf = Buffer.allocUnsafe(1 << 16);
  let first = true;
  try {
    for (;;) {
      const n = handle ? (await handle.read(buf, 0, buf.length, null)).bytesRead : await readStdin(buf);
      if (n === 0) break;
      const bytes = buf.subarray(0, n);
      if (first && looksBinary(bytes.subarray(0, 8192))) throw new CliError(`${name(file)}: looks like a binary file, not wire text`, EXIT.input);
      first = false;
      bar?.(n);
      yield bytes;
    }
  } finally {
    bar?.(-1);
    await handle?.close();
  }
}

/** Reads from stdin (fd 0) into `buf`; waits and retries while a non-blocking stdin has nothing yet. */
function readStdin(buf: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const attempt = () =>
      read(0, buf, 0, buf.length, null, (err, n) => {
        if (err && (err as NodeJS.ErrnoException).code === "EAGAIN") setTimeout(attempt, 5);
        else if (err && (err as NodeJS.ErrnoException).code === "EOF") resolve(0);
        else if (err) reject(err);
        else resolve(n);
      });
    attempt();
  });
}

function progress(file: string, size: number): (n: number) => void {
  let done = 0;
  let shown = -1;
  return (n) => {
    if (n < 0) {
      process.stderr.write("\r\x1b[K");
      return;
    }
    done += n;
    const pct = Math.floor((100 * done) / size);
    if (pct === shown) return;
    shown = pct;
    const width = 30;
    const fill = Math.round((width * pct) / 100);
    process.stderr.write(`\r[${"#".repeat(fill)}${" ".repeat(width - fill)}] ${String(pct).padStart(3)}% ${file}`);
  };
}

const name = (file: string) => (file === STDIN ? "<stdin>" : file);
const inputs = (files: string[]) => (files.length === 0 ? [STDIN] : files);

// ---- parse

interface ParseFlags {
  format: "json" | "ndjson" | "text" | "html" | "ninjs";
  pretty?: boolean;
  jobs: string;
  zone?: string;
}

async function runParse(files: string[], flags: ParseFlags): Promise<number> {
  const options: ParseOptions = flags.zone ? { zone: flags.zone } : {};
  const indent = flags.pretty ? 2 : undefined;
  if (flags.format === "text" || flags.format === "html") {
    for (const f of inputs(files)) {
      const a = parseArticle(await readAll(f), options);
      process.stdout.write(flags.format === "text" ? formatArticle(a) : toHtml(a));
    }
    return EXIT.ok;
  }
  if (flags.format === "ninjs") {
    const out = [];
    for (const f of inputs(files)) out.push(toNinjs(parseArticle(await readAll(f), options)));
    process.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, indent) + "\n");
    return EXIT.ok;
  }
  if (flags.format === "json") {
    const articles: Article[] = [];
    for (const f of inputs(files)) articles.push(parseArticle(await readAll(f), options));
    process.stdout.write(JSON.stringify(articles.length === 1 ? articles[0] : articles, null, indent) + "\n");
    return EXIT.ok;
  }
  const jobs = Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new CliError(`--jobs wants a whole number of at least 1, got '${flags.jobs}'`, EXIT.usage);
  for (const f of inputs(files)) {
    if (jobs === 1) {
      for await (const a of parseStream(openStream(f), options)) await write(JSON.stringify(a, null, indent) + "\n");
    } else {
      await parseInWorkers(openStream(f), options, jobs, indent);
    }
  }
  return EXIT.ok;
}

/** Writes to stdout, waiting when the pipe is full (bounded memory on large outputs). */
function write(s: string): Promise<void> | void {
  if (process.stdout.write(s)) return;
  return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}

/** Parses blocks of messages on `jobs` worker threads and prints them in input order. */
async function parseInWorkers(source: AsyncIterable<Uint8Array>, options: ParseOptions, jobs: number, indent: number | undefined): Promise<void> {
  const url = new URL("./cli-worker.js", import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(url, { workerData: { options, indent } }));
  // Each block's result is awaited in input order; the promise exists before its message is posted.
  const waiting = new Map<number, (text: string) => void>();
  for (const w of workers) {
    w.on("message", (m: { id: number; text: string }) => {
      waiting.get(m.id)?.(m.text);
      waiting.delete(m.id);
    });
  }
  const queue: Promise<string>[] = []; // results not printed yet, oldest first
  let next = 0;
  try {
    for await (const block of messageBlocks(source, dpaAfx as Grammar)) {
      const id = next++;
      queue.push(new Promise<string>((resolve) => waiting.set(id, resolve)));
      const { text, offset, line, note } = block; // the in-process split stays here
      workers[id % jobs]!.postMessage({ id, block: { text, offset, line, note } } satisfies { id: number; block: MessageBlock });
      // At most 2 blocks per worker in flight: print the oldest before reading on.
      while (queue.length >= 2 * jobs) await write(await queue.shift()!);
    }
    while (queue.length > 0) await write(await queue.shift()!);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

// ---- check

async function runCheck(files: string[], flags: { strict?: boolean; zone?: string }): Promise<number> {
  let failed = false;
  for (const f of inputs(files)) {
    const bytes = await readAll(f);
    const text = decodeBytes(bytes).text;
    for (const a of parseFeed(bytes, flags.zone ? { zone: flags.zone } : {})) {
      for (const d of a.diagnostics) {
        const { line, column } = d.position.start;
        const frame = formatDiagnostic(text, d).split("\n").slice(1).join("\n");
        process.stdout.write(`${name(f)}:${line}:${column}: ${d.severity} ${d.code}: ${d.message}\n${frame}\n`);
        if (d.severity === "error" || (flags.strict && d.severity === "warning")) failed = true;
      }
    }
  }
  return failed ? EXIT.problems : EXIT.ok;
}

// ---- split

const TRANSLIT: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue" };

/** A file-name slug from a headline: lower case ASCII words joined by hyphens, at most 60 characters. */
export function slug(text: string): string {
  const ascii = text
    .replace(/[äöüß]/gi, (c) => TRANSLIT[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let out = "";
  for (const w of words) {
    if (out.length + w.length + 1 > 60) break;
    out = out ? `${out}-${w}` : w;
  }
  return out || "message";
}

async function runSplit(feed: string, flags: { out: string; force?: boolean }): Promise<number> {
  const bytes = await readAll(feed);
  const articles = parseFeed(bytes);
  const files = articles.map((a, k) => {
    const title = a.headline?.title ?? a.sections[0]?.paragraphs[0]?.text ?? "message";
    const date = a.date?.iso.slice(0, 10) ?? "undated";
    const file = join(flags.out, `${String(k + 1).padStart(3, "0")}-${date}-${slug(title)}.txt`);
    return { file, body: printSource(a) + "\n" };
  });
  if (!flags.force) {
    const clash = files.find((f) => existsSync(f.file));
    if (clash) throw new CliError(`${clash.file}: exists; use --force to overwrite`, EXIT.output);
  }
  mkdirSync(flags.out, { recursive: true });
  for (const f of files) writeFileSync(f.file, f.body);
  process.stderr.write(`${files.length} messages written to ${flags.out}\n`);
  return EXIT.ok;
}

// ---- program

function program(): Command {
  const version = (createRequire(import.meta.url)("../package.json") as { version: string }).version;
  const p = new Command("dpa-afx")
    .description("Parse, check and split dpa-AFX news wire text.")
    .version(version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      "after",
      "\nExit codes: 0 success, 1 check found problems, 2 usage error, 3 input unreadable (missing, directory, binary), 4 split would overwrite.",
    );
  p.command("parse")
    .description("Parse files (or stdin) and print JSON; --format ndjson prints one message per line, text canonical wire text, html an <article>, ninjs IPTC ninjs 3.1.")
    .argument("[files...]", "files to read; none or '-' reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "ndjson", "text", "html", "ninjs"]).default("json"))
    .option("-p, --pretty", "indent the JSON")
    .option("-j, --jobs <n>", "worker threads for --format ndjson", "1")
    .option("-z, --zone <zone>", "IANA zone for dates", undefined)
    .action(async (files: string[], flags: ParseFlags) => {
      process.exitCode = await runParse(files, flags);
    });
  p.command("check")
    .description("Print diagnostics as file:line:column: severity code: message with the line; exit 1 on errors.")
    .argument("[files...]", "files to read; none or '-' reads stdin")
    .option("-s, --strict", "warnings count as problems too")
    .option("-z, --zone <zone>", "IANA zone for dates", undefined)
    .action(async (files: string[], flags: { strict?: boolean; zone?: string }) => {
      process.exitCode = await runCheck(files, flags);
    });
  p.command("split")
    .description("Write one file per message of a feed, named from date and headline.")
    .argument("<feed>", "the feed file ('-' for stdin)")
    .requiredOption("-o, --out <dir>", "directory to write to")
    .option("--force", "overwrite existing files")
    .action(async (feed: string, flags: { out: string; force?: boolean }) => {
      process.exitCode = await runSplit(feed, flags);
    });
  return p;
}

/** V8's young generation is most of a streaming parse's memory; one megabyte semi-spaces keep it small. */
const LEAN_HEAP = "--max-semi-space-size=1";

/**
 * Streaming `parse --format ndjson` re-runs itself once with {@link LEAN_HEAP} (unless Node already has
 * the flag or DPA_AFX_NO_RESPAWN is set): a gigabyte feed then streams in well under 100 MB of RSS.
 * Returns the child's exit code, or null when this process should do the work itself.
 */
async function respawnLean(argv: string[]): Promise<number | null> {
  const args = argv.slice(2);
  const streaming = args[0] === "parse" && args.some((a, k) => a === "--format=ndjson" || (a === "--format" || a === "-f") && args[k + 1] === "ndjson");
  if (!streaming || process.env.DPA_AFX_NO_RESPAWN || process.execArgv.some((a) => a.startsWith("--max-semi-space-size"))) return null;
  const { spawn } = await import("node:child_process");
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [LEAN_HEAP, ...process.execArgv, script, ...args], { stdio: "inherit" });
    child.on("error", () => resolve(null));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : EXIT.input)));
  });
}

/** Runs the command line with `argv` (as `process.argv`). */
export async function main(argv: string[]): Promise<void> {
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

await main(process.argv);
