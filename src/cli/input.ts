/** Reading the command line's inputs: files or standard input, whole or as a byte stream. */
import { closeSync, openSync, read, readFileSync, readSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { CliError, EXIT } from "./exit.js";

export const STDIN = "-";
const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

/** How an input is named in messages. */
export const name = (file: string) => (file === STDIN ? "<stdin>" : file);
/** The inputs to read: the files given, or standard input. */
export const inputs = (files: string[]) => (files.length === 0 ? [STDIN] : files);

function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/** The size of a readable text file; a clear error for a missing file, a directory, a binary file. */
export function checkReadable(file: string): number {
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

/** A whole input as bytes. */
export async function readAll(file: string): Promise<Uint8Array> {
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
export async function* openStream(file: string): AsyncGenerator<Uint8Array> {
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
