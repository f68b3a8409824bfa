/**
 * `parseStream`: messages from a stream of text or bytes, as they complete. Chunk boundaries may fall
 * anywhere (mid-line, mid-character, mid-CRLF); the articles are exactly those `parseFeed` gives on the
 * whole text, positions included. Memory holds the message being read, not the input.
 *
 * How: every line is asked once, as soon as its line break arrives, whether a new message starts on it
 * (the grammar's `messageTop`). When one does, the message before it is complete and is parsed and
 * yielded at once; its text leaves the buffer. No threshold, no re-scan: linear in the input.
 */
import type { Diagnostic } from "./article/diagnostics.js";
import type { Article } from "./article/types.js";
import { LineIndex, lineAt } from "./article/position.js";
import {
  SNIFF_BYTES,
  decodeWindows1252,
  firstInvalid,
  sniffEncoding,
  truncatedTail,
  truncatedUtf8Diagnostic,
  windows1252Diagnostic,
  type TextEncoding,
} from "./decode.js";
import { feedDoc, indexOf, messageBreakAt, messageTop } from "./grammar/driver.js";
import type { Grammar, LineRange } from "./grammar/index.js";
import type { Doc } from "./combinators/lines.js";
import { dpaAfx } from "./grammars/dpa-afx/index.js";
import { asChunk, chunks, concat, MAX_MESSAGE_BYTES, notASource, type HeldText, type MessageBlock, type StreamOptions, type StreamSource } from "./stream-input.js";
import type { ParseOptions } from "./options.js";
import { feedArticleIterator } from "./parse.js";

export { MAX_MESSAGE_BYTES } from "./stream-input.js";
export type { HeldText, MessageBlock, StreamOptions, StreamSource } from "./stream-input.js";

/**
 * Bytes decoded at a time: a chunk is decoded and read in pieces this long, each piece's messages out
 * before the next is decoded, so the text alive at any moment is the open message and one piece, not a
 * whole chunk (a file stream's are 64 KiB). A chunk's text that outlived two collections was copied into
 * V8's old generation, all of the input in turn: with `--max-semi-space-size=1` the old generation grew
 * to 33 MB and the process peaked at 94 MB on a 68 MB feed; in pieces it stays at 8 MB and the process
 * at 68 MB. (With Node's default flags the young generation grows to its 32 MB maximum either way.)
 */
const DECODE_PIECE = 4096;

/**
 * Cuts a stream into blocks of one message each (the first with the page header above it), decoding
 * bytes on the way. A block is yielded as soon as the line holding the next message's dateline is
 * complete, or when the source ends.
 *
 * Linear whatever the chunks: each chunk is scanned once for line breaks; each complete line is asked
 * once whether a message starts on it, over a small flat tail of the latest lines (the grammar's
 * `messageLookback`); the open message's text is kept as the chunks that brought it and joined once,
 * when its block goes out. Everything is in whole-input offsets and line numbers.
 * @internal
 */
export async function* messageBlocks(source: StreamSource, grammar: Grammar, options?: StreamOptions, watch?: (held: HeldText) => void): AsyncGenerator<MessageBlock, void, undefined> {
  if (typeof source === "string") throw notASource("string");
  if (source === null || typeof source !== "object") throw notASource();
  const max = options?.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  if (!(max >= 1)) throw new RangeError(`maxMessageBytes must be at least 1, got ${String(max)}.`);
  const lookback = grammar.messageLookback;

  // The text received and not yet sent out, as pieces with their whole-input offsets.
  const parts: { text: string; at: number }[] = [];
  let received = 0;
  // Complete lines in whole-input offsets: line L is at index L - lineBase. `next` starts the open line.
  let starts: number[] = [];
  let lineBase = 0;
  let next = 0;
  let pendingCR = -1; // a "\r" ended the last chunk: its offset (half a CRLF, perhaps)
  // The flat tail `messageTop` reads: from whole offset tailAt (the start of line tailLine) to `received`.
  let tail = "";
  let tailAt = 0;
  let tailLine = 0;
  // Lines asked so far, the floor for the next message, the open message's top line (-1: none yet).
  let checked = 0;
  let floor = 0;
  let top = -1;
  // A line cut inside by the bound before it was complete: the tail keeps it, as it is still to be asked
  // whether a message starts on it (as it was when complete before the cut).
  let cutInside = -1;
  // Where the open message (the next block) starts.
  let msg = { offset: 0, line: 0, column: 0 };

  let encoding: TextEncoding | null = null;
  let sniffed: Uint8Array[] = [];
  let sniffedBytes = 0;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let note: Diagnostic | null = null;
  let noteDone = false;
  let truncatedAt = -1; // whole offset of a UTF-8 sequence cut by the end of the source

  const decode = (bytes: Uint8Array, last: boolean): string => {
    if (encoding === "windows-1252") return decodeWindows1252(bytes);
    decoder ??= new TextDecoder("utf-8");
    return decoder.decode(bytes, { stream: !last });
  };
  /** Bytes held back for sniffing, decoded now: when enough arrived, before a string chunk, or at the end. */
  const settleSniffed = (last: boolean): string => {
    if (sniffedBytes === 0) return ""; // nothing held back (bytes are held only until the encoding is known)
    const all = concat(sniffed, sniffedBytes);
    sniffed = [];
    sniffedBytes = 0;
    encoding = sniffEncoding(all);
    const decoded = decode(all, last);
    if (encoding === "windows-1252") {
      // Line and column from the decoded sample (offsets equal byte offsets in Windows-1252).
      const at = firstInvalid(all);
      const p = new LineIndex(decoded).point(at);
      note = windows1252Diagnostic(at, p.line, p.column);
    } else if (last && truncatedTail(all) !== -1) {
      truncatedAt = received + decoded.length - 1;
    }
    return decoded;
  };
  /** Half a character the UTF-8 decoder still holds, as U+FFFD (at the end, or before a string chunk). */
  const flushDecoder = (last: boolean): string => {
    if (decoder === null) return ""; // none yet, or Windows-1252 (decoded without one)
    const rest = decoder.decode();
    if (last && rest.length > 0) truncatedAt = received + rest.length - 1;
    return rest;
  };
  const takeNote = (): Diagnostic | null => {
    if (noteDone) return null;
    noteDone = true;
    return note;
  };
  /** A line break ends the open line; the next line starts at `nextStart`. */
  const lineEnd = (nextStart: number) => {
    starts.push(next);
    next = nextStart;
  };

  /** Takes in decoded text: its line breaks, its piece of the message text, the tail. */
  function take(s: string): void {
    if (s.length === 0) return;
    const at = received;
    parts.push({ text: s, at });
    received += s.length;
    let k = 0;
    if (pendingCR !== -1) {
      // The "\r" that ended the last piece: a CRLF when this piece starts with "\n".
      const lf = s.charCodeAt(0) === 10;
      lineEnd(pendingCR + (lf ? 2 : 1));
      pendingCR = -1;
      if (lf) k = 1;
    }
    if (s.indexOf("\r", k) === -1) {
      // Most text: only "\n" ends lines (a fast path; the loop below reads the same).
      for (let i = s.indexOf("\n", k); i !== -1; i = s.indexOf("\n", i + 1)) lineEnd(at + i + 1);
    } else {
      for (; k < s.length; k++) {
        const c = s.charCodeAt(k);
        // A "\r" before a "\n" is half a CRLF: the "\n" ends the line.
        if (c === 10) lineEnd(at + k + 1);
        else if (c === 13 && s.charCodeAt(k + 1) !== 10) {
          if (k + 1 === s.length) pendingCR = at + k;
          else lineEnd(at + k + 1);
        }
      }
    }
    // The tail keeps the lines `messageTop` may still read: from the line `lookback` above the first line
    // not yet asked (and never above the floor or the open message's first line).
    // Trimmed here only (never while messages go out), so the tail-local line index of `advance` stays
    // valid; kept small, so each piece costs its own length (a big tail is a big allocation per chunk).
    const keep = Math.max(checked - lookback, cutInside >= checked ? cutInside : Math.max(floor, msg.line), lineBase);
    if (keep > tailLine && keep - lineBase < starts.length) {
      // The first line kept starts in the old tail: it was complete, or the open line, before this piece.
      const from = starts[keep - lineBase]!;
      tail = tail.slice(from - tailAt) + s;
      tailAt = from;
      tailLine = keep;
    } else {
      tail += s;
    }
  }

  /** The text of `[from, to)` from the pieces (whole offsets); pieces before `to` are dropped. */
  function cutText(from: number, to: number): string {
    // The first piece reaches `from` (the pieces before the last cut went with its block).
    let out = "";
    while (parts.length > 0) {
      const p = parts[0]!;
      out += p.text.slice(Math.max(0, from - p.at), to - p.at);
      if (p.at + p.text.length > to) break;
      parts.shift();
    }
    return out;
  }

  /** Lines before whole line `line` are no longer needed: forget them (the arrays shrink now and then). */
  function forgetBefore(line: number): void {
    // No line above the open message is read again (the tail keeps its own text and index).
    const drop = line - lineBase;
    if (drop < starts.length / 2) return;
    starts = starts.slice(drop);
    lineBase += drop;
  }

  /** The block of `[msg.offset, cut)`, whose messages start on the given whole lines; the rest stays open. */
  function block(cut: number, firstLine: number, cutLine: number, cutColumn: number, tooLong: boolean): MessageBlock {
    const text = cutText(msg.offset, cut);
    const base = msg;
    // The rules read the block with no-break spaces as plain ones (see feedDoc); the block keeps its text.
    const doc = feedDoc(text);
    const index = indexOf(doc, base);
    const endNotes: Diagnostic[] = [];
    if (tooLong) {
      const p = index.point(text.length);
      endNotes.push({
        code: "input/message-too-long",
        severity: "error",
        message: `A message ran past maxMessageBytes (${max}) with no next message in sight; it was cut here and parsing went on.`,
        position: { start: p, end: p },
      });
    }
    const out: MessageBlock = {
      text,
      offset: base.offset,
      line: base.line,
      column: base.column,
      // A block cut at a line start ends with that line's break: its last line is the one before.
      messages: [{ first: Math.max(0, firstLine - base.line), last: index.lineCount - 1 - (cutColumn === 0 ? 1 : 0) }],
      note: takeNote(),
      endNotes,
      doc,
      index,
    };
    msg = { offset: cut, line: cutLine, column: cutColumn };
    forgetBefore(cutLine);
    return out;
  }

  /** Asks each newly completed line whether a message starts there; yields the message that start closes. */
  function* advance(): Generator<MessageBlock> {
    const complete = lineBase + starts.length;
    // The tail's lines, lexed once per batch (the tail does not change while messages go out).
    let doc: Doc | null = null;
    for (; checked < complete; checked++) {
      const line = checked;
      const low = Math.max(floor, line - lookback, tailLine);
      // The tail as the rules read it (see feedDoc), as parseFeed splits.
      doc ??= feedDoc(tail);
      let t = messageTop(doc.input, grammar, line - tailLine, low - tailLine, doc);
      let opens = false;
      if (t < 0) {
        // A message break opens a message too; it stays the floor, so a lead below may join it (as in splitMessages).
        if (!messageBreakAt(doc.input, grammar, line - tailLine, low - tailLine, doc, line === 0)) continue;
        opens = true;
        t = line - tailLine;
      }
      const topLine = t + tailLine;
      floor = opens ? line : line + 1;
      if (top === -1) {
        top = topLine; // the first message: lines above it are the page header, kept with it
        continue;
      }
      if (topLine === top) continue; // a lead joining the message a break opened
      const cut = starts[topLine - lineBase]!;
      // A message that grew past the bound inside this chunk is cut first, like one still open.
      yield* bound(cut);
      if (cut <= msg.offset) continue; // the new top is where the open message starts (right after a cut)
      yield block(cut, top, topLine, 0, false);
      top = topLine;
    }
  }

  /**
   * An open message past `max` (counting the text up to `upTo`) is cut, at a line start where one is in
   * reach, and goes out with an error; what follows goes on as the open message.
   */
  function* bound(upTo = received): Generator<MessageBlock> {
    while (upTo - msg.offset > max) {
      const limit = msg.offset + max;
      // The last line start in (msg.offset, limit]: the open line's, or a complete line's.
      let cut = next > msg.offset && next <= limit ? next : -1;
      // The open line may still turn out to start the next message: wait for its end while it fits the
      // bound, so that where the chunks end never decides whether a message is cut.
      if (cut !== -1 && upTo - next <= max) return;
      let cutLine = lineBase + starts.length; // the open line's (the others set their own)
      for (let k = starts.length - 1; cut === -1 && k >= 0 && starts[k]! > msg.offset; k--) {
        if (starts[k]! <= limit) {
          cut = starts[k]!;
          cutLine = lineBase + k;
        }
      }
      let cutColumn = 0;
      // A cut before a line longer than the bound is made by that line, not by the text before it (which
      // fits): it carries no error, the cuts inside the line do. So whether that line turns out to start
      // a message (known only when it ends) never changes what goes out before it.
      let clean = false;
      if (cut !== -1) {
        const k = cutLine - lineBase;
        const after = k + 1 < starts.length ? starts[k + 1]! : k < starts.length ? next : upTo;
        clean = after - cut > max;
      } else {
        // One line longer than the bound: cut inside it, never between a surrogate pair's halves.
        cut = limit;
        const c = charAt(cut - 1);
        // A bound of one unit that meets a pair takes the whole pair: a cut must move forward.
        if (c >= 0xd800 && c < 0xdc00) cut += cut - 1 > msg.offset ? -1 : 1;
        // Never between the halves of a CRLF either (a "\r" here is one: a lone one would end the line, and
        // its line start would be in reach): the cut moves after it, to a line start.
        else if (c === 13) cut++;
        // The cut lies on the open message's first line (no other line start is in reach), or after a CRLF.
        cutLine = lineOfOffset(cut);
        cutColumn = cutLine === msg.line ? msg.column + cut - msg.offset : 0;
      }
      // The open message's top may lie after the cut (a page header longer than the bound): then the
      // block holds no message start and is one message of its own, and the top stays where it is.
      const topAfter = top > cutLine || (top === cutLine && cutColumn === 0);
      yield block(cut, topAfter ? msg.line : top, cutLine, cutColumn, !clean);
      // What follows continues as the open message (its blocks start at their first line: `top` lies above
      // them), or still leads to its top.
      floor = Math.max(floor, cutColumn === 0 ? cutLine : cutLine + 1);
      if (cutColumn !== 0 && cutLine >= checked) cutInside = cutLine;
    }
  }

  /** The character at whole offset `at` (from the pieces). */
  function charAt(at: number): number {
    // The pieces are in order and the first reaches the open message: the first that ends after `at` holds it.
    for (const p of parts) if (at < p.at + p.text.length) return p.text.charCodeAt(at - p.at);
    return -1;
  }
  /** The whole line number holding whole offset `at` (among the lines still kept, or the open line). */
  function lineOfOffset(at: number): number {
    if (at >= next) return lineBase + starts.length;
    return lineBase + lineAt(starts, at);
  }

  /** The lines completed so far asked, messages out; what is held reported to `watch`. */
  function* step(): Generator<MessageBlock> {
    yield* advance();
    yield* bound();
    watch?.({ pieces: parts.length, text: parts.length === 0 ? 0 : received - parts[0]!.at, lines: starts.length, tail: tail.length });
  }

  for await (const raw of chunks(source)) {
    const chunk = asChunk(raw);
    if (typeof chunk === "string") {
      // Text keeps its place after bytes still held back for sniffing or half a character.
      take(settleSniffed(false));
      take(flushDecoder(false));
      take(chunk);
    } else if (encoding === null) {
      // Held back: a copy, as the source may reuse its buffer (`new Uint8Array`, since a Node Buffer's
      // `slice()` is a view of the same memory).
      sniffed.push(new Uint8Array(chunk));
      sniffedBytes += chunk.length;
      if (sniffedBytes < SNIFF_BYTES) continue;
      take(settleSniffed(false));
    } else {
      // In pieces (see DECODE_PIECE); the decoder keeps a character cut between two pieces.
      let at = 0;
      for (; chunk.length - at > DECODE_PIECE; at += DECODE_PIECE) {
        take(decode(chunk.subarray(at, at + DECODE_PIECE), false));
        yield* step();
      }
      take(decode(chunk.subarray(at), false));
    }
    yield* step();
  }
  take(settleSniffed(true));
  take(flushDecoder(true));
  // The end completes the last line (a "\r" left waiting ends it as well as the end does).
  lineEnd(received);
  yield* advance();
  yield* bound();
  // What is left is the last message (or the only one, or no message at all).
  const text = cutText(msg.offset, received);
  const doc = feedDoc(text);
  const index = indexOf(doc, msg);
  const endNotes: Diagnostic[] = [];
  if (truncatedAt >= msg.offset) {
    const p = index.point(truncatedAt - msg.offset);
    endNotes.push(truncatedUtf8Diagnostic(p.offset, p.line, p.column));
  }
  yield {
    text,
    offset: msg.offset,
    line: msg.line,
    column: msg.column,
    messages: [{ first: Math.max(0, top - msg.line), last: index.lineCount - 1 }],
    note: takeNote(),
    endNotes,
    doc,
    index,
  };
}

/** Parses one block, one message at a time; positions are already in the whole input's terms. @internal */
export function* parseBlock(block: MessageBlock, options?: ParseOptions): Generator<Article> {
  const doc = block.doc ?? feedDoc(block.text);
  const index = block.index ?? indexOf(doc, { offset: block.offset, line: block.line, column: block.column });
  const ranges: LineRange[] = block.messages.map((m) => ({ index, first: m.first, last: m.last }));
  const articles = [...feedArticleIterator(block.text, options, { doc, index, ranges })];
  articles.forEach((a, k) => {
    if (k === articles.length - 1 && block.endNotes.length > 0) a.diagnostics = a.diagnostics.concat(block.endNotes).sort(byOffset);
    if (k === 0 && block.note) a.diagnostics = a.diagnostics.concat(block.note).sort(byOffset);
  });
  yield* articles;
}

const byOffset = (x: Diagnostic, y: Diagnostic) => x.position.start.offset - y.position.start.offset;

/**
 * Parses messages from a stream as they complete: an async iterable of Articles, in input order, exactly
 * those `parseFeed` gives on the whole text. Each message is yielded as soon as the next message's start
 * (or the end of the source) arrives. Bytes are decoded as UTF-8, or as Windows-1252 when the first
 * 64 KiB are not UTF-8 (the first article then carries an `input/windows-1252` warning).
 *
 * @example
 * import { createReadStream } from "node:fs";
 * for await (const article of parseStream(createReadStream("feed.txt"))) {
 *   console.log(article.dateline?.locations, article.headline?.text);
 * }
 */
export async function* parseStream(source: StreamSource, options?: StreamOptions): AsyncGenerator<Article, void, undefined> {
  const grammar = (options?.grammar ?? dpaAfx) as Grammar;
  for await (const block of messageBlocks(source, grammar, options)) yield* parseBlock(block, options);
}
