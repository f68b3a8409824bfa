/**
 * `parseStream`: messages from a stream of text or bytes, as they complete. Chunk boundaries may fall
 * anywhere (mid-line, mid-character, mid-CRLF); the articles are exactly those `parseFeed` gives on the
 * whole text, positions included. Memory holds the message being read, not the input.
 */
import type { Diagnostic } from "./article/diagnostics.js";
import type { Article } from "./article/types.js";
import { LineIndex } from "./article/position.js";
import { SNIFF_BYTES, decodeWindows1252, firstInvalid, sniffEncoding, windows1252Diagnostic, type TextEncoding } from "./decode.js";
import type { Grammar, LineRange } from "./grammar/index.js";
import { dpaAfx } from "./grammars/dpa-afx/index.js";
import type { ParseOptions } from "./options.js";
import { feedArticleIterator, rebaseSource } from "./parse.js";

/**
 * What `parseStream` reads: a Node `Readable`, a web `ReadableStream`, or any async iterable of chunks
 * (strings or bytes; chunk boundaries may fall anywhere).
 *
 * @example
 * parseStream(createReadStream("feed.txt"));
 * parseStream((await fetch(url)).body!);
 */
export type StreamSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>;

/** The smallest buffer worth re-splitting when no message has completed yet. */
const MIN_ATTEMPT = 64 * 1024;

async function* chunks(source: StreamSource): AsyncGenerator<string | Uint8Array> {
  if (Symbol.asyncIterator in (source as object)) {
    yield* source as AsyncIterable<string | Uint8Array>;
    return;
  }
  const reader = (source as ReadableStream<string | Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Offset after the last complete line break of `text` (a final `\r` may be half a CRLF), or 0. */
function completeLinesEnd(text: string): number {
  let k = text.length - 1;
  if (k >= 0 && text.charCodeAt(k) === 13) k--;
  while (k >= 0) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return k + 1;
    k--;
  }
  return 0;
}

/** Moves every position in a parsed article by `offset` characters and `lines` lines (the text before it). */
function shift(node: unknown, offset: number, lines: number, seen: WeakSet<object>): void {
  if (node === null || typeof node !== "object" || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const x of node) shift(x, offset, lines, seen);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.offset === "number" && typeof o.line === "number" && typeof o.column === "number") {
    o.offset += offset;
    o.line += lines;
    return;
  }
  for (const key of Object.keys(o)) {
    if (key === "value" && o.type === "date") continue; // a lazy getter: never build the DateTime here
    shift(o[key], offset, lines, seen);
  }
}

/** A stretch of whole messages cut from a stream, and where it stands in the whole input. */
export interface MessageBlock {
  /** The text of one or more complete messages (the last block: whatever is left). */
  text: string;
  /** Offset of `text` in the whole (decoded) input. */
  offset: number;
  /** Lines before `text` in the whole input. */
  line: number;
  /** The `input/windows-1252` note for the whole input, on the first block only. */
  note: Diagnostic | null;
  /**
   * The split already made (in-process only, never sent to workers): a text starting like `text`, its
   * line index and the ranges of the messages in `text`.
   */
  split?: { input: string; index: LineIndex; ranges: LineRange[] };
}

/**
 * Cuts a stream into blocks of complete messages, decoding bytes on the way. A block ends where the
 * grammar's `split` finds a later message start; the text after it stays buffered. Re-splitting waits
 * until the buffer doubles while no message completes, so a huge message costs linear time.
 * @internal
 */
export async function* messageBlocks(source: StreamSource, grammar: Grammar): AsyncGenerator<MessageBlock, void, undefined> {
  if (source === null || typeof source !== "object") throw new TypeError("parseStream expects a stream or an async iterable.");
  let text = ""; // the unconsumed text; always starts at a line start
  let baseOffset = 0;
  let baseLine = 0;
  let nextAttempt = 0;
  let encoding: TextEncoding | null = null;
  let sniffed: Uint8Array[] = [];
  let sniffedBytes = 0;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let note: Diagnostic | null = null;
  let noteDone = false;

  const decode = (bytes: Uint8Array, last: boolean): string => {
    if (encoding === "windows-1252") return decodeWindows1252(bytes);
    decoder ??= new TextDecoder("utf-8");
    return decoder.decode(bytes, { stream: !last });
  };
  const flush = (): string => (decoder ? decoder.decode() : "");
  const settle = (all: Uint8Array, last: boolean): string => {
    encoding = sniffEncoding(all);
    const decoded = decode(all, last);
    if (encoding === "windows-1252") {
      // Line and column from the decoded sample (offsets equal byte offsets in Windows-1252).
      const at = firstInvalid(all);
      const p = new LineIndex(decoded.slice(0, at + 1)).point(at);
      note = windows1252Diagnostic(at, p.line, p.column);
    }
    return decoded;
  };
  const takeNote = (): Diagnostic | null => {
    if (noteDone) return null;
    noteDone = true;
    return note;
  };

  function* drain(final: boolean): Generator<MessageBlock> {
    if (final) {
      if (text.length > 0 || !noteDone) yield { text, offset: baseOffset, line: baseLine, note: takeNote() };
      text = "";
      return;
    }
    if (text.length < nextAttempt) return;
    const cut = completeLinesEnd(text);
    if (cut === 0) return;
    const part = cut === text.length ? text : text.slice(0, cut);
    const index = new LineIndex(part);
    const ranges = grammar.split(part, grammar, index);
    if (ranges.length < 2) {
      nextAttempt = Math.max(text.length * 2, MIN_ATTEMPT);
      return;
    }
    const lastTop = ranges[ranges.length - 1]!.first;
    const from = index.starts[lastTop]!;
    yield {
      text: part.slice(0, index.ends[lastTop - 1]!),
      offset: baseOffset,
      line: baseLine,
      note: takeNote(),
      split: { input: part, index, ranges: ranges.slice(0, -1) },
    };
    text = text.slice(from);
    baseOffset += from;
    baseLine += lastTop;
    nextAttempt = 0;
  }

  for await (const chunk of chunks(source)) {
    if (typeof chunk === "string") {
      text += chunk;
    } else if (encoding === null) {
      sniffed.push(chunk.slice()); // a copy: sources may reuse their buffer for the next chunk
      sniffedBytes += chunk.length;
      if (sniffedBytes < SNIFF_BYTES) continue;
      text += settle(concat(sniffed, sniffedBytes), false);
      sniffed = [];
    } else {
      text += decode(chunk, false);
    }
    yield* drain(false);
  }
  if (encoding === null && sniffedBytes > 0) text += settle(concat(sniffed, sniffedBytes), true);
  else text += flush();
  yield* drain(true);
}

/** Parses one block, one message at a time, and moves their positions into the whole input. @internal */
export function* parseBlock(block: MessageBlock, options?: ParseOptions): Generator<Article> {
  const articles = block.split
    ? feedArticleIterator(block.split.input, options, { index: block.split.index, ranges: block.split.ranges })
    : feedArticleIterator(block.text, options);
  let first = true;
  for (const a of articles) {
    shift(a, block.offset, block.line, new WeakSet());
    rebaseSource(a, block.offset);
    if (first && block.note) {
      a.diagnostics = [...a.diagnostics, block.note].sort((x, y) => x.position.start.offset - y.position.start.offset);
    }
    first = false;
    yield a;
  }
}

/**
 * Parses messages from a stream as they complete: an async iterable of Articles, in input order, exactly
 * those `parseFeed` gives on the whole text. Bytes are decoded as UTF-8, or as Windows-1252 when the first
 * 64 KiB are not UTF-8 (the first article then carries an `input/windows-1252` warning).
 *
 * @example
 * import { createReadStream } from "node:fs";
 * for await (const article of parseStream(createReadStream("feed.txt"))) {
 *   console.log(article.dateline?.locations, article.headline?.text);
 * }
 */
export async function* parseStream(source: StreamSource, options?: ParseOptions): AsyncGenerator<Article, void, undefined> {
  const grammar = (options?.grammar ?? dpaAfx) as Grammar;
  for await (const block of messageBlocks(source, grammar)) yield* parseBlock(block, options);
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
