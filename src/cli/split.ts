/**
 * `dpa-afx split`: one file per message of a feed, named from its number, date and headline. The files
 * tile the input (the page header stays with the first message), so `cat` of them gives the feed back.
 *
 * Safe to run on a folder others write to: each file is written under a temporary name created
 * exclusively, then linked to its name only if that name is still free (or renamed over it with
 * `--force`); a symbolic link is never followed; an interrupt leaves no partial file, and a rerun with
 * `--skip-existing` writes only what is missing.
 */
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync } from "node:fs";
import { copyFile, constants, link, lstat, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../article/types.js";
import { parseFeed, printSource } from "../parse.js";
import type { ParseOptions } from "../options.js";
import { CliError, EXIT } from "./exit.js";
import { readAll } from "./input.js";

const TRANSLIT: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue" };

/** A file-name slug: lower case ASCII words joined by hyphens, at most 60 characters. */
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
  return out;
}

/** What names a message: its headline, an overview's first item, its lead, or its date. */
function title(a: Article): string {
  const candidates = [a.headline?.title, a.items[0]?.headline?.title, a.sections[0]?.paragraphs[0]?.text, a.items[0]?.paragraphs[0]?.text];
  for (const c of candidates) {
    const s = c ? slug(c) : "";
    if (s) return s;
  }
  return "message";
}

/**
 * The file name of the `k`-th of `total` messages (0-based): `001-2026-03-12-brauerei-hebt-prognose.txt`.
 * The number is padded to the width of the total (at least three digits), so the names sort in message order.
 */
export function fileName(a: Article, k: number, total = 1): string {
  const date = a.date?.iso.slice(0, 10) ?? "undated";
  const width = Math.max(3, String(total).length);
  return `${String(k + 1).padStart(width, "0")}-${date}-${title(a)}.txt`;
}

/** `1 message`, `2 messages`. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

interface SplitFlags {
  out: string;
  force?: boolean;
  skipExisting?: boolean;
  zone?: string;
}

/** What stands at `path` now: nothing, a regular file, a symbolic link, or something else. */
function what(path: string): "none" | "file" | "link" | "other" {
  try {
    const st = lstatSync(path);
    return st.isSymbolicLink() ? "link" : st.isFile() ? "file" : "other";
  } catch {
    return "none";
  }
}

export async function runSplit(feed: string, flags: SplitFlags): Promise<number> {
  if (flags.force && flags.skipExisting) throw new CliError("--force and --skip-existing exclude each other", EXIT.usage);
  const options: ParseOptions = flags.zone ? { zone: flags.zone } : {};
  const articles = parseFeed(await readAll(feed), options);
  const files = articles.map((a, k) => ({ file: join(flags.out, fileName(a, k, articles.length)), body: printSource(a) }));
  // Up front: refuse before writing anything when a name is taken (the writes check again, exclusively).
  let toWrite = files;
  for (const f of files) {
    const kind = what(f.file);
    if (kind === "link") throw new CliError(`${f.file}: is a symbolic link; split never writes through one`, EXIT.output);
    if (kind === "other") throw new CliError(`${f.file}: exists and is not a regular file`, EXIT.output);
    if (kind === "file" && !flags.force && !flags.skipExisting) throw new CliError(`${f.file}: exists; use --force to overwrite or --skip-existing to keep it`, EXIT.output);
  }
  if (flags.skipExisting) toWrite = files.filter((f) => what(f.file) === "none");
  mkdirSync(flags.out, { recursive: true });

  // An interrupt stops the loop after the file being written: its temporary file is removed once the
  // write is done (removing it from the signal handler raced with an open still on its way, which could
  // create the file after the removal), finished files are whole, and the exit status is 130 (143 for
  // SIGTERM).
  let stop: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    stop ??= signal;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    for (const f of toWrite) {
      if (stop) break;
      const tmp = join(flags.out, `.dpa-afx-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
      try {
        await writeFile(tmp, f.body, { flag: "wx" }); // exclusive: never follows a link planted at the name
        if (!stop) await place(tmp, f.file, flags.force === true, flags.skipExisting === true);
      } finally {
        await unlink(tmp).catch(() => undefined);
      }
    }
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  if (stop) process.exit(stop === "SIGINT" ? 130 : 143);
  const skipped = files.length - toWrite.length;
  process.stderr.write(`${plural(toWrite.length, "message")} written to ${flags.out}${skipped ? ` (${skipped} already there, skipped)` : ""}\n`);
  return EXIT.ok;
}

/**
 * Gives the temporary file its name: a hard link that fails when the name was taken meanwhile; with
 * `force`, a rename over a regular file (a rename replaces the name itself, it never writes through a
 * link). Where hard links are not supported, an exclusive copy.
 */
export async function place(tmp: string, target: string, force: boolean, skipExisting: boolean): Promise<void> {
  const taken = async () => {
    const st = await lstat(target).catch(() => null);
    if (st?.isSymbolicLink()) throw new CliError(`${target}: is a symbolic link; split never writes through one`, EXIT.output);
    if (st && !st.isFile()) throw new CliError(`${target}: exists and is not a regular file`, EXIT.output);
    return st !== null;
  };
  if (force) {
    await taken();
    await rename(tmp, target);
    return;
  }
  try {
    await link(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      if (skipExisting && (await taken())) return;
      await taken();
      throw new CliError(`${target}: was created meanwhile; use --force to overwrite or --skip-existing to keep it`, EXIT.output);
    }
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw e;
    await copyFile(tmp, target, constants.COPYFILE_EXCL);
  }
}
