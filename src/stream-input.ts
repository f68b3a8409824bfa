/**
 * What `parseStream` reads and cuts: its sources and options, the chunks it takes from a source, and the
 * blocks of whole messages it cuts them into.
 */
import type { Diagnostic } from "./article/diagnostics.js";
import type { LineIndex } from "./article/position.js";
import type { Doc } from "./combinators/lines.js";
import type { ParseOptions } from "./options.js";

/**
 * What `parseStream` reads: a Node `Readable`, a web `ReadableStream`, any async iterable of chunks, or an
 * array (or generator) of chunks already in memory. A chunk is a string, a `Uint8Array` (a Node `Buffer`
 * is one) or an `ArrayBuffer`; chunk boundaries may fall anywhere. Any other chunk is a `TypeError` naming
 * its type; so is one whole string or byte array given as the source (for a text in memory, `parseFeed`).
 *
 * @example
 * parseStream(createReadStream("feed.txt"));
 * parseStream((await fetch(url)).body!);
 * parseStream(["KIEL (dpa-AFX) - Die Werft baut zwei ", "Fähren./kro/DP/men"]);
 */
export type StreamSource =
  | AsyncIterable<string | Uint8Array | ArrayBuffer>
  | ReadableStream<string | Uint8Array | ArrayBuffer>
  | readonly (string | Uint8Array | ArrayBuffer)[]
  | Iterable<Uint8Array | ArrayBuffer>
  | Generator<string | Uint8Array | ArrayBuffer, unknown, undefined>;

/**
 * Options of `parseStream`: those of `parseArticle`, and a bound on one message's size.
 *
 * @example
 * parseStream(createReadStream("feed.txt"), { zone: "UTC", maxMessageBytes: 1 << 20 });
 */
export interface StreamOptions extends ParseOptions {
  /**
   * The most text one message may hold, in UTF-16 code units of the decoded text (for ASCII and
   * Windows-1252 input these are bytes; for UTF-8 never more than its bytes). A source that sends no
   * message boundary for longer is cut there: the part read so far becomes a message with an error
   * `input/message-too-long` at the cut, and parsing goes on with the rest. The cut falls at the last line
   * start within the bound, else inside the line (one unit past the bound rather than between the halves of
   * a surrogate pair or a CRLF). A line not yet complete is waited for while it fits the bound (it may start
   * the next message), so where chunks end never decides a cut; memory stays within twice the bound.
   * @default 16777216 (16 MiB)
   */
  maxMessageBytes?: number;
}

/** The default of {@link StreamOptions.maxMessageBytes}. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** The `TypeError` for a source `parseStream` cannot read; `whole` names the type of one whole text given instead. */
export function notASource(whole?: string): TypeError {
  return new TypeError(`parseStream expects a stream, an async iterable or an iterable of chunks${whole ? `, got one ${whole}: for a whole text in memory, use parseFeed` : ""}.`);
}

/** The chunks of a source, in order; a web stream read without async iteration is cancelled when left early. */
export async function* chunks(source: StreamSource): AsyncGenerator<unknown> {
  // A byte array is iterable too (by byte): one whole text, not a source of chunks (a string is refused before).
  if (ArrayBuffer.isView(source)) throw notASource(typeName(source));
  const web = source as ReadableStream<unknown>;
  if (typeof web.getReader === "function") {
    const reader = web.getReader();
    let done = false;
    try {
      for (;;) {
        const r = await reader.read();
        if (r.done) {
          done = true;
          return;
        }
        yield r.value;
      }
    } finally {
      // Left early (a `break`, an error): cancel the source so it stops producing, then let it go.
      if (!done) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
  if (typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    yield* source as AsyncIterable<unknown>;
    return;
  }
  if (typeof (source as Iterable<unknown>)[Symbol.iterator] === "function") {
    yield* source as Iterable<unknown>;
    return;
  }
  throw notASource();
}

/** The name of a value's type for error messages: `Uint16Array`, `number`, `Object`. */
export function typeName(x: unknown): string {
  if (x === null) return "null";
  if (typeof x !== "object") return typeof x;
  const tag = Object.prototype.toString.call(x).slice(8, -1);
  return tag === "Object" ? ((x as object).constructor?.name ?? "Object") : tag;
}

/**
 * A chunk as text or as bytes. Bytes are not copied here: they are decoded before the next chunk is
 * asked for, and copied only when held back for sniffing (sources may reuse their buffer).
 */
export function asChunk(x: unknown): string | Uint8Array {
  if (typeof x === "string") return x;
  const tag = Object.prototype.toString.call(x);
  if (tag === "[object Uint8Array]") return x as Uint8Array;
  if (tag === "[object ArrayBuffer]") return new Uint8Array(x as ArrayBuffer);
  throw new TypeError(`parseStream reads strings, Uint8Array and ArrayBuffer chunks; got a chunk of type ${typeName(x)}.`);
}

/**
 * A stretch of whole messages cut from a stream, and where it stands in the whole input. Plain data, so
 * it can be posted to a worker thread.
 */
export interface MessageBlock {
  /** The text of one message (with the page header above the first). */
  text: string;
  /** Offset of `text` in the whole (decoded) input. */
  offset: number;
  /** Lines before `text` in the whole input. */
  line: number;
  /** Columns before `text` on its first line (non-zero only after a cut inside a line). */
  column: number;
  /** The line ranges of the messages in `text` (first and last line, inclusive). */
  messages: { first: number; last: number }[];
  /** The `input/windows-1252` note for the whole input, on the first block only (whole-input coordinates). */
  note: Diagnostic | null;
  /** Diagnostics of the block's last message, in whole-input coordinates: a cut, a truncated ending. */
  endNotes: Diagnostic[];
  /** The block's lexed text and line index, when already made (in-process only, never sent to workers). */
  doc?: Doc;
  index?: LineIndex;
}

/** What `messageBlocks` holds after a chunk, or after each piece a chunk of bytes is decoded in: pieces of text and their length, lines indexed, the tail. @internal */
export interface HeldText {
  pieces: number;
  text: number;
  lines: number;
  tail: number;
}

/** The parts joined into one array of `size` bytes. */
export function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
