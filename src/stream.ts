/**
 * `parseStream`: messages from a stream of text or bytes, as they complete. Chunk boundaries may fall
 * anywhere (mid-line, mid-character, mid-CRLF); the articles are exactly those `parseFeed` gives on the
 * whole text, positions included. Memory holds the message being read, not the input.
 */
import type { Diagnostic } from "./article/diagnostics.js";
import type { Article } from "./article/types.js";
import { LineIndex } from "./article/position.js";
import { SNIFF_BYTES, decodeWindows1252, firstInvalid, sniffEncoding, windows1252Diagnostic, type TextEncoding } from "./decode.js";
import type { Grammar } from "./grammar/index.js";
import { dpaAfx } from "./grammars/dpa-afx/index.js";
import type { ParseOptions } from "./options.js";
import { feedArticles } from "./parse.js";

/**
 * What `parseStream` reads: a Node `Readable`, a web `ReadableStream`, or any async iterable of chunks
 * (strings or bytes; chunk boundaries may fall anywhere).
 *
 * @example
 * parseStream(createReadStream("feed.txt"));
 * parseStream((await fetch(url)).body!);
 */
export type StreamSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>;

/** Bytes gathered before the encoding is chosen (the same sample `decodeBytes` looks at). */
const SNIFF_BYTES_NEEDED = SNIFF_BYTES;

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

/**
 * Parses messages from a stream as they complete: an async iterable of Articles, in input order.
 * Bytes are decoded as UTF-8, or as Windows-1252 when the first 64 KiB are not UTF-8 (the first article
 * then carries an `input/windows-1252` warning), exactly as `parseFeed` decodes a whole buffer.
 *
 * @example
 * import { createReadStream } from "node:fs";
 * for await (const article of parseStream(createReadStream("feed.txt"))) {
 *   console.log(article.dateline?.locations, article.headline?.text);
 * }
 */
export async function* parseStream(source: StreamSource, options?: ParseOptions): AsyncGenerator<Article, void, undefined> {
  if (source === null || typeof source !== "object") throw new TypeError("parseStream expects a stream or an async iterable.");
  const grammar = (options?.grammar ?? dpaAfx) as Grammar;
  let text = ""; // the unconsumed text; always starts at a line start
  let baseOffset = 0;
  let baseLine = 0;
  let emitted = false;
  let nextAttempt = 0;
  let encoding: TextEncoding | null = null;
  let sniffed: Uint8Array[] = [];
  let sniffedBytes = 0;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let note: Diagnostic | null = null;

  const decode = (bytes: Uint8Array, last: boolean): string => {
    if (encoding === "windows-1252") return decodeWindows1252(bytes);
    decoder ??= new TextDecoder("utf-8");
    return decoder.decode(bytes, { stream: !last });
  };

  const flush = (): string => (decoder ? decoder.decode() : "");

  const settle = (all: Uint8Array, last: boolean): string => {
    encoding = sniffEncoding(all);
    if (encoding === "windows-1252") note = windows1252Diagnostic(firstInvalid(all));
    return decode(all, last);
  };

  function* drain(final: boolean): Generator<Article> {
    if (!final && text.length < nextAttempt) return;
    const cut = final ? text.length : completeLinesEnd(text);
    if (cut === 0 && !final) return;
    const part = cut === text.length ? text : text.slice(0, cut);
    const articles = feedArticles(part, { ...options, grammar });
    if (!final && articles.length < 2) {
      nextAttempt = Math.max(text.length * 2, MIN_ATTEMPT);
      return;
    }
    const done = final ? articles : articles.slice(0, -1);
    for (const a of done) {
      shift(a, baseOffset, baseLine, new WeakSet());
      if (!emitted && note) {
        // Line and column from the text read so far (it holds the whole sniffed sample).
        const n = note as Diagnostic;
        const at = n.position.start.offset;
        const p = new LineIndex(text.slice(0, Math.min(text.length, at + 1))).point(at);
        const d = windows1252Diagnostic(at, p.line, p.column);
        a.diagnostics = [...a.diagnostics, d].sort((x, y) => x.position.start.offset - y.position.start.offset);
      }
      emitted = true;
      yield a;
    }
    if (final) {
      text = "";
      return;
    }
    // Keep the incomplete last message: from its first line on.
    const keep = articles[articles.length - 1]!;
    const from = keep.position!.start.offset - (keep.position!.start.column - 1);
    const consumedLines = keep.position!.start.line - 1;
    text = text.slice(from);
    baseOffset += from;
    baseLine += consumedLines;
    nextAttempt = 0;
  }

  for await (const chunk of chunks(source)) {
    if (typeof chunk === "string") {
      text += chunk;
    } else if (encoding === null) {
      sniffed.push(chunk);
      sniffedBytes += chunk.length;
      if (sniffedBytes < SNIFF_BYTES_NEEDED) continue;
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

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
