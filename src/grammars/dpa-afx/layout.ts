/**
 * The dpa-AFX layout: finds where each element of a message stands and runs the element's rule there.
 * It works on lines (one pass to index them) and never normalises the input: every node keeps its span.
 *
 * Order of work: front matter and the dateline from the top; trailer, byline and footers by scanning
 * back from the end; what lies between is the body, handed to the refiners as blank-line blocks.
 */
import { makeDateNode, normaliseText, isRealDate } from "../../article/build.js";
import type { Diagnostic, DiagnosticCode, Severity } from "../../article/diagnostics.js";
import { LineIndex, type Span } from "../../article/position.js";
import type {
  Article,
  Byline,
  DateNode,
  DateSource,
  Dateline,
  EditorialNote,
  Extra,
  Footer,
  Headline,
  HeadlineFlags,
  Heading,
  OverviewItem,
  Paragraph,
  Standfirst,
  Trailer,
} from "../../article/types.js";
import P from "parsimmon";
import { exec, type Parser } from "../../combinators/index.js";
import type { Draft, DraftBlock, Grammar, LineRange } from "../../grammar/index.js";
import type { ResolvedOptions } from "../../options.js";
import type { DpaAfxRules } from "./rules/index.js";
import type { BylineValue, DateValue, DatelineValue, TrailerValue } from "./rules/values.js";
import type { DpaAfxVocabulary } from "./vocabulary.js";

/** How many non-blank lines from the top may stand before the dateline. */
const FRONT_LINES = 12;
/** A front line longer than this is body text, not front matter. */
const FRONT_MAX = 600;
/** Unrecognised short lines that may stand after a trailer (a site's duplicated fragment). */
const AFTER_TRAILER_LINES = 2;
const AFTER_TRAILER_MAX = 160;
/** How many lines up a hard-wrapped footer may open (a wrapped disclosure notice takes four or five). */
const WRAPPED_FOOTER_LINES = 8;
/** Codes a trailer may hold at most (real ones hold up to five). */
const TRAILER_MAX_CODES = 12;

const isSpaceCode = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 0xa0 ||
  c === 0x202f ||
  c === 0xfeff ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0x1680 ||
  c === 11 ||
  c === 12;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
/** Characters of places in a dateline: capitals, umlauts, slash, hyphen, space. */
const isPlaceChar = (c: number) => isUpperAscii(c) || c === 0xc4 || c === 0xd6 || c === 0xdc || c === 47 || c === 45 || c === 32;
const isAlnum = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c > 0xbf;

/** The layout's working state for one input. */
class Scan {
  readonly index: LineIndex;
  readonly starts: number[];
  readonly ends: number[];
  readonly diagnostics: Diagnostic[] = [];
  readonly dates: DateNode[] = [];
  readonly footers: Footer[] = [];
  readonly extras: Extra[] = [];
  headline: Headline | null = null;
  editorialNote: EditorialNote | null = null;
  byline: Byline | null = null;
  dateline: Dateline | null = null;
  standfirst: Standfirst | null = null;
  trailer: Trailer | null = null;

  constructor(
    readonly input: string,
    readonly rules: DpaAfxRules,
    readonly vocabulary: DpaAfxVocabulary,
    readonly openers: RegExp,
    readonly options: ResolvedOptions,
    index?: LineIndex,
  ) {
    this.index = index ?? new LineIndex(input);
    this.starts = this.index.starts;
    this.ends = this.index.ends;
  }

  pos(start: number, end: number) {
    return this.index.position(start, end);
  }

  report(code: DiagnosticCode, severity: Severity, message: string, span: Span) {
    this.diagnostics.push({ code, severity, message, position: this.pos(span.start, span.end) });
  }

  /** First non-space offset at or after `i`, not past `end`. */
  skipSpace(i: number, end: number) {
    while (i < end && isSpaceCode(this.input.charCodeAt(i))) i++;
    return i;
  }

  /** Offset after the last non-space character before `end`, not before `start`. */
  trimEnd(start: number, end: number) {
    while (end > start && isSpaceCode(this.input.charCodeAt(end - 1))) end--;
    return end;
  }

  isBlank(line: number) {
    return this.skipSpace(this.starts[line]!, this.ends[line]!) === this.ends[line]!;
  }

  text(start: number, end: number) {
    return this.input.slice(start, end);
  }

  // ---- nodes

  addDate(v: DateValue, source: DateSource, span: Span) {
    const node = makeDateNode(v, source, this.text(span.start, span.end), this.pos(span.start, span.end), this.options.zone);
    if (!isRealDate(v)) this.report("date/invalid", "warning", `'${node.text}' is not a real date.`, span);
    this.dates.push(node);
  }

  addExtra(kind: Extra["kind"], start: number, end: number) {
    this.extras.push({ type: "extra", kind, text: normaliseText(this.text(start, end)), position: this.pos(start, end) });
    if (kind === "unrecognised") this.report("line/unrecognised", "info", "This text fits no element of a dpa-AFX message.", { start, end });
  }

  setDateline(v: DatelineValue, placement: Dateline["placement"], textEnd: number) {
    const start = v.span.start;
    const end = this.trimEnd(start, textEnd);
    this.dateline = {
      type: "dateline",
      text: normaliseText(this.text(start, end)),
      locations: v.locations.map((l) => l.value),
      agency: v.agency ? v.agency.value : null,
      placement,
      position: this.pos(start, end),
    };
  }

  setByline(v: BylineValue) {
    if (this.byline) {
      const same = normaliseText(v.text.value) === this.byline.text;
      this.addExtra(same ? "duplicate" : "unrecognised", v.span.start, v.span.end);
      return;
    }
    this.byline = {
      type: "byline",
      text: normaliseText(v.text.value),
      authors: v.authors,
      agency: v.agency,
      position: this.pos(v.span.start, v.span.end),
    };
  }

  setNote(text: string, kind: string, span: Span) {
    if (this.editorialNote) {
      this.addExtra("unrecognised", span.start, span.end);
      return;
    }
    this.editorialNote = { type: "editorialNote", text: normaliseText(text), kind, position: this.pos(span.start, span.end) };
  }

  // ---- front

  /** A date prefix at `i` that is followed by a space or the end of the line; returns where the rest starts. */
  datePrefixAt(i: number, end: number): number {
    const d = exec(this.rules.datePrefix, this.input, i);
    if (!d || (d.end < end && !isSpaceCode(this.input.charCodeAt(d.end)))) return i;
    this.addDate(d.value, "prefix", d.value.span);
    return this.skipSpace(d.end, end);
  }

  /** True when a date prefix stands at `i`, followed by a space or `end`. */
  datePrefixAtPeek(i: number, end: number): boolean {
    const d = exec(this.rules.datePrefix, this.input, i);
    return d !== null && (d.end === end || isSpaceCode(this.input.charCodeAt(d.end)));
  }

  /** The dateline that opens the lead, at `i` (after a glued date prefix and editorial note). */
  leadDatelineAt(line: number): { start: number; note: { text: string; kind: string; span: Span } | null; value: DatelineValue; end: number; dateEnd: number } | null {
    const end = this.ends[line]!;
    let i = this.skipSpace(this.starts[line]!, end);
    // A date prefix is only committed once a dateline follows; peek at it here.
    const d = exec(this.rules.datePrefix, this.input, i);
    const dateEnd = d && (d.end === end || isSpaceCode(this.input.charCodeAt(d.end))) ? d.end : -1;
    if (dateEnd !== -1) i = this.skipSpace(dateEnd, end);
    if (i >= end) return null;
    let note: { text: string; kind: string; span: Span } | null = null;
    const n = exec(this.rules.editorialNote, this.input, i);
    if (n) {
      note = n.value;
      i = this.skipSpace(n.end, end);
      if (i >= end) return null;
    }
    const dl = exec(this.rules.dateline, this.input, i) ?? exec(this.rules.prefixDateline, this.input, i);
    if (!dl) return null;
    return { start: i, note, value: dl.value, end: dl.end, dateEnd };
  }

  /** Overview items, when the message is an overview. */
  items: OverviewItem[] = [];

  /**
   * The blank-line blocks of the lines from (`fromLine`, `fromOffset`) to (`toLine`, `toOffset`), trimmed.
   * Day headings of the `items` are left out (they belong to the item below them).
   */
  blocksBetween(fromLine: number, fromOffset: number, toLine: number, toOffset: number, cutTrailers: boolean, heads?: ReadonlySet<number>): DraftBlock[] {
    const blocks: DraftBlock[] = [];
    let current: Span[] = [];
    for (let l = fromLine; l <= toLine && l >= 0 && l < this.index.lineCount; l++) {
      const s = l === fromLine ? fromOffset : this.starts[l]!;
      const e = l === toLine ? Math.min(this.ends[l]!, toOffset) : this.ends[l]!;
      const ts = this.skipSpace(s, e);
      const te = this.trimEnd(ts, e);
      if (te <= ts || (heads && isDayHeading(this, l, heads))) {
        if (current.length) blocks.push({ lines: current });
        current = [];
        continue;
      }
      current.push({ start: ts, end: !cutTrailers || l === toLine ? te : this.cutRepeatedTrailer(ts, te) });
    }
    if (current.length) blocks.push({ lines: current });
    return blocks;
  }

  /** The blocks of the given (non-blank) lines: consecutive lines form one block. */
  blocksOf(lines: number[]): DraftBlock[] {
    const blocks: DraftBlock[] = [];
    for (const l of lines) {
      const s = this.skipSpace(this.starts[l]!, this.ends[l]!);
      const span = { start: s, end: this.trimEnd(s, this.ends[l]!) };
      const prev = blocks[blocks.length - 1];
      const prevLine = prev ? this.index.lineOf(prev.lines[prev.lines.length - 1]!.start) : -2;
      if (prev && prevLine === l - 1) prev.lines.push(span);
      else blocks.push({ lines: [span] });
    }
    return blocks;
  }

  /** An overview item from its start and its body blocks (one paragraph per block). */
  makeItem(it: ItemStart, blocks: DraftBlock[], heads: ReadonlySet<number>): OverviewItem {
    const hs = this.skipSpace(this.starts[it.head]!, this.ends[it.head]!);
    const he = this.trimEnd(hs, this.ends[it.head]!);
    const saved = this.headline;
    this.setHeadline(hs, he);
    const headline = this.headline;
    this.headline = saved;
    const dl = it.value;
    const dateline: Dateline = {
      type: "dateline",
      text: normaliseText(this.text(dl.span.start, this.trimEnd(dl.span.start, dl.span.end))),
      locations: dl.locations.map((x) => x.value),
      agency: dl.agency ? dl.agency.value : null,
      placement: "lead",
      position: this.pos(dl.span.start, this.trimEnd(dl.span.start, dl.span.end)),
    };
    const paragraphs: Paragraph[] = blocks.map((b) => {
      const start = b.lines[0]!.start;
      const end = b.lines[b.lines.length - 1]!.end;
      return { type: "paragraph", text: normaliseText(this.text(start, end)), position: this.pos(start, end) };
    });
    let heading: Heading | null = null;
    let start = hs;
    let p = it.head - 1;
    while (p >= 0 && this.isBlank(p)) p--;
    if (p >= 0 && isDayHeading(this, p, heads)) {
      const s = this.skipSpace(this.starts[p]!, this.ends[p]!);
      const e = this.trimEnd(s, this.ends[p]!);
      heading = { type: "heading", text: normaliseText(this.text(s, e)), position: this.pos(s, e) };
      start = s;
    }
    // Offsets in this input (positions may stand in a longer one: a stream's message).
    const lastBlock = blocks[blocks.length - 1];
    const end = lastBlock ? lastBlock.lines[lastBlock.lines.length - 1]!.end : this.trimEnd(dl.span.start, dl.span.end);
    return { type: "item", heading, headline, dateline, paragraphs, position: this.pos(start, end) };
  }

  /**
   * Metadata filling the rest of a line from `i` to `end`: a date line (`21.08.2014`, a feed stamp) or
   * other metadata (editorial note, byline, site label); null for anything else.
   */
  metaAt(i: number, end: number): "date" | "meta" | null {
    const whole = (r: { end: number } | null) => r !== null && this.skipSpace(r.end, end) === end;
    if (whole(exec(this.rules.dottedDate, this.input, i)) || whole(exec(this.rules.feedStamp, this.input, i))) return "date";
    if (whole(exec(this.rules.editorialNote, this.input, i)) || whole(exec(this.rules.byline, this.input, i))) return "meta";
    if (whole(exec(this.rules.siteLabel, this.input, i))) return "meta";
    return null;
  }

  /** What a line above a dateline is, for splitting feeds: a date line, other metadata, a headline, or none. */
  frontKind(line: number): "date" | "meta" | "headline" | null {
    const end = this.trimEnd(this.starts[line]!, this.ends[line]!);
    const i = this.skipSpace(this.starts[line]!, end);
    if (this.datePrefixAtPeek(i, end)) return "date";
    const meta = this.metaAt(i, end);
    if (meta) return meta;
    const last = this.input.charCodeAt(end - 1);
    if (end - i <= 200 && last !== 46 /* . */ && this.trailerEndingAt(i, end) === null) return "headline";
    return null;
  }

  /** Classifies one front line (before the dateline, or at the top of a text without one). */
  frontLine(line: number) {
    const end = this.trimEnd(this.starts[line]!, this.ends[line]!);
    let i = this.skipSpace(this.starts[line]!, end);
    i = this.datePrefixAt(i, end);
    if (i >= end) return;
    const whole = <T>(r: { value: T; end: number } | null) => (r && this.skipSpace(r.end, end) === end ? r : null);
    const dotted = whole(exec(this.rules.dottedDate, this.input, i));
    if (dotted) return this.addDate(dotted.value, "dotted", dotted.value.span);
    const stamp = whole(exec(this.rules.feedStamp, this.input, i));
    if (stamp) {
      this.addDate(stamp.value.date, "feedStamp", stamp.value.date.span);
      return this.addFooter("feedStamp", i, end, stamp.value.id);
    }
    if (whole(exec(this.rules.siteLabel, this.input, i))) return this.addExtra("siteLabel", i, end);
    const note = whole(exec(this.rules.editorialNote, this.input, i));
    if (note) return this.setNote(note.value.text, note.value.kind, note.value.span);
    const by = whole(exec(this.rules.byline, this.input, i));
    if (by) return this.setByline(by.value);
    const last = this.input.charCodeAt(end - 1);
    if (!this.headline && last !== 46 /* . */) return this.setHeadline(i, end);
    if (!this.standfirst && !this.dateline) {
      this.standfirst = { type: "standfirst", text: normaliseText(this.text(i, end)), position: this.pos(i, end) };
      return;
    }
    this.addExtra("unrecognised", i, end);
  }

  setHeadline(start: number, end: number) {
    const h = exec(this.rules.headline, this.input, start);
    const tags = h ? h.value.tags.map((t) => t.value.trim()) : [];
    const titleStart = h ? h.value.title.span.start : start;
    this.headline = {
      type: "headline",
      text: normaliseText(this.text(start, end)),
      tags,
      topics: h ? h.value.topics.map((t) => t.value.trim()) : [],
      title: normaliseText(this.text(titleStart, end)),
      flags: headlineFlags(tags, this.vocabulary),
      position: this.pos(start, end),
    };
  }

  // ---- back

  addFooter(kind: string, start: number, end: number, value: string | null = null) {
    end = this.trimEnd(start, end);
    if (end <= start) return;
    this.footers.push({ type: "footer", kind, text: normaliseText(this.text(start, end)), value, position: this.pos(start, end) });
  }

  /** The datum a footer carries: the ISIN, the feed id, the source name. */
  footerValue(kind: string, start: number, end: number): string | null {
    const t = this.text(start, end);
    if (kind === "isin") return /[A-Z]{2}[A-Z0-9]{9}\d/.exec(t)?.[0] ?? null;
    if (kind === "source") return t.replace(/^Quelle:\s*/, "").trim() || null;
    if (kind === "feedStamp") return t.slice(0, 7);
    return null;
  }

  /**
   * Reads the footers (and ruled bylines) from `start` to `end` on one line: each runs to the next opener.
   * Returns false when the text does not start with a footer or byline.
   */
  footersIn(start: number, end: number): boolean {
    start = this.skipSpace(start, end);
    if (start >= end) return true;
    // Each footer runs to the next opener: segment k is [starts[k], starts[k + 1] or end).
    const found = this.openersIn(start, end);
    const starts = found[0] === start ? found : [start].concat(found);
    // An opener is read up to the next opener, or to the end of its own line for the last segment: a
    // line of many footers costs its length once, not once per footer.
    const limit = (k: number, at: number) => (k + 1 < starts.length ? starts[k + 1]! : this.ends[this.index.lineOf(at)]!);
    if (this.footerKindAt(start, limit(0, start)) === null && !this.bylineAt(start, end, true)) return false;
    for (let k = 0; k < starts.length; k++) {
      const segmentEnd = k + 1 < starts.length ? starts[k + 1]! : end;
      const s = this.skipSpace(starts[k]!, segmentEnd);
      const e = this.trimEnd(s, segmentEnd);
      if (s >= e) continue;
      const kind = this.footerKindAt(s, limit(k, s));
      const f = kind === null ? null : { value: { kind } };
      if (f) {
        if (f.value.kind === "analysisDate") {
          const d = exec(this.rules.analysisDate, this.input, s);
          if (d) this.addDate(d.value, "analysisDate", d.value.span);
        }
        if (f.value.kind === "feedStamp") {
          const st = exec(this.rules.feedStamp, this.input, s);
          if (st) this.addDate(st.value.date, "feedStamp", st.value.date.span);
        }
        this.addFooter(f.value.kind, s, e, this.footerValue(f.value.kind, s, e));
      } else if (!this.bylineAt(s, e, false)) {
        this.addExtra("unrecognised", s, e);
      }
    }
    return true;
  }

  /**
   * The first line of a footer hard-wrapped down to `line`, as old feeds wrap everything near 70 columns:
   * the first line of the block holding `line` (after a blank line or the trailer's line), when it opens
   * a footer and lies at most 8 lines up, never the lead's line `first`. -1 when there is none.
   */
  wrappedFooterStart(line: number, first: number): number {
    for (let k = line - 1; k > first && k >= line - WRAPPED_FOOTER_LINES; k--) {
      if (this.isBlank(k)) return -1;
      if (!this.isBlank(k - 1) && this.trailerOnLine(k - 1) === null) continue;
      return this.footerKindAt(this.skipSpace(this.starts[k]!, this.ends[k]!), this.ends[k]!) !== null ? k : -1;
    }
    return -1;
  }

  /** A byline at `start` reaching `end`; with `peek` it only tells whether there is one. */
  bylineAt(start: number, end: number, peek: boolean): boolean {
    const b = exec(this.rules.byline, this.input, start);
    if (!b || this.skipSpace(b.end, end) < this.trimEnd(start, end)) return false;
    if (!peek) this.setByline(b.value);
    return true;
  }

  /**
   * Finds a trailer ending at `end` by scanning back over `/code` groups: linear in the trailer's length,
   * whatever the input holds (no end-anchored regular expression that could backtrack).
   */
  trailerEndingAt(lineStart: number, end: number): { value: TrailerValue; end: number } | null {
    const s = this.input;
    let j = this.trimEnd(lineStart, end);
    const stop = j;
    if (j > lineStart && s.charCodeAt(j - 1) === 59 /* ; */) j--;
    if (j > lineStart && s.charCodeAt(j - 1) === 47 /* / */) j--;
    let codes = 0;
    let k = j;
    for (;;) {
      let letters = 0;
      while (k > lineStart && isAsciiLetter(s.charCodeAt(k - 1)) && letters <= 6) {
        k--;
        letters++;
      }
      if (letters === 0 || letters > 6 || k <= lineStart || s.charCodeAt(k - 1) !== 47) return null;
      k--; // the slash
      codes++;
      if (codes > TRAILER_MAX_CODES) return null;
      const before = k > lineStart ? s.charCodeAt(k - 1) : -1;
      if (before === -1 || !isAlnum(before)) {
        if (before === 47) return null;
        break;
      }
      if (!isAsciiLetter(before)) return null;
    }
    // An old feed's end mark: "° /wb/DP/aa".
    let start = k;
    const m = this.trimEnd(lineStart, k);
    if (m > lineStart && s.charCodeAt(m - 1) === 0xb0) start = m - 1;
    const t = exec(this.rules.trailer, s, start);
    if (!t || t.end !== stop) {
      if (start === k) return null;
      const t2 = exec(this.rules.trailer, s, k);
      if (!t2 || t2.end !== stop) return null;
      return { value: t2.value, end: t2.end };
    }
    return { value: t.value, end: t.end };
  }

  /** A trailer on `line`: at its end, or followed on the same line by footers or a ruled byline. */
  trailerOnLine(line: number, le = this.ends[line]!): { value: TrailerValue; end: number } | null {
    const ls = this.starts[line]!;
    const atEnd = this.trailerEndingAt(ls, le);
    if (atEnd) return atEnd;
    for (const at of this.openersIn(ls, le)) {
      const t = this.trailerEndingAt(ls, at);
      if (t) return t;
    }
    return null;
  }

  /**
   * Offsets of the footer and ruled-byline openers in `[from, end)`, searched in that stretch only (a slice
   * of one line): never past `end`, whatever follows in the input. The shared expression's `lastIndex` is
   * set before every search, so nothing carries over between calls.
   */
  openersIn(from: number, end: number): number[] {
    const out: number[] = [];
    if (end <= from) return out;
    const re = this.openers;
    const line = this.input.slice(from, end);
    let at = 0;
    while (at < line.length) {
      re.lastIndex = at;
      const m = re.exec(line);
      if (m === null) break;
      out.push(from + m.index);
      at = m.index + Math.max(1, m[0].length);
    }
    return out;
  }

  /**
   * The kind of the footer opening at `start`, read within `[start, limit)` only: the footer rule's text
   * runs to the end of what it is given, so several footers on one line cost their own lengths, not the line's.
   */
  footerKindAt(start: number, limit: number): string | null {
    const f = exec(this.rules.footer, this.input.slice(start, Math.max(start, limit)), 0);
    return f ? f.value.kind : null;
  }

  /**
   * A dateline without dash glued to the end of a line, as some feeds print it after the trailer and footers:
   * `...darunter./ajx/tih/misFRANKFURT (dpa-AFX)`. Scans back from the line end over the parentheses and the
   * capitals before them (bounded), then runs the `endDateline` rule there.
   */
  gluedEndDateline(lineStart: number, lineEnd: number): { value: DatelineValue; start: number; end: number } | null {
    const s = this.input;
    const end = this.trimEnd(lineStart, lineEnd);
    if (end <= lineStart || s.charCodeAt(end - 1) !== 41 /* ) */) return null;
    let k = end - 1;
    const openLimit = Math.max(lineStart, end - 40);
    while (k > openLimit && s.charCodeAt(k) !== 40 /* ( */) k--;
    if (s.charCodeAt(k) !== 40) return null;
    const placeLimit = Math.max(lineStart, k - 60);
    while (k > placeLimit && isSpaceCode(s.charCodeAt(k - 1))) k--;
    while (k > placeLimit && isPlaceChar(s.charCodeAt(k - 1)) && !(s.charCodeAt(k - 1) === 45 && s.charCodeAt(k - 2) === 45)) k--;
    while (k < end && !isUpperAscii(s.charCodeAt(k)) && s.charCodeAt(k) < 0xc0) k++;
    if (k <= lineStart) return null;
    const d = exec(this.rules.endDateline, s, k);
    if (!d || this.skipSpace(d.value.span.end, lineEnd) !== lineEnd) return null;
    return { value: d.value, start: k, end: d.value.span.end };
  }

  /**
   * Where a body line ends with the trailer again (a site duplicated the last paragraph), the repeated
   * trailer becomes an extra and the line ends before it. Returns the line's new end.
   */
  cutRepeatedTrailer(start: number, end: number): number {
    const t = this.trailer;
    if (t === null || this.input.charCodeAt(end - 1) === 46 /* . fast path: no trailer ends in a full stop */) return end;
    const found = this.trailerEndingAt(start, end);
    if (!found || this.text(found.value.span.start, found.end) !== t.text) return end;
    const at = found.value.span;
    this.addExtra("duplicate", at.start, at.end);
    this.report("trailer/repeated", "info", "The trailer appears again inside the body: a copy repeated the last paragraph.", at);
    return this.trimEnd(start, at.start);
  }

  setTrailer(v: TrailerValue) {
    const { start, end } = v.span;
    this.trailer = {
      type: "trailer",
      text: this.text(start, end),
      codes: v.codes.map((c) => c.value),
      position: this.pos(start, end),
    };
    if (v.stray) {
      this.report("trailer/stray-punctuation", "info", `The trailer ends with a stray '${v.stray.value}'.`, v.stray.span);
    }
  }
}

const openersCache = new WeakMap<DpaAfxVocabulary, RegExp>();

/** The openers of footers and ruled bylines, as one global expression to find them inside a line (built once per vocabulary). */
export function footerOpeners(v: DpaAfxVocabulary): RegExp {
  const cached = openersCache.get(v);
  if (cached) return cached;
  const parts = v.footers.map((f) => f.pattern.source);
  parts.push(String.raw`(?<!-)-{2,8}[ \t]{0,8}Von `);
  const re = new RegExp(parts.map((p) => `(?:${p})`).join("|"), "g");
  openersCache.set(v, re);
  return re;
}

/**
 * The dpa-AFX layout. Total: it never throws on a string and reports what it cannot place.
 */
export function dpaAfxLayout(
  input: string,
  grammar: Grammar<DpaAfxRules, DpaAfxVocabulary>,
  options: ResolvedOptions,
  range?: LineRange,
): Draft {
  const sc = new Scan(input, grammar.rules, grammar.vocabulary, footerOpeners(grammar.vocabulary), options, range?.index);
  const n = sc.index.lineCount;
  const { starts, ends } = sc;
  const from = range ? Math.max(0, range.first) : 0;
  const to = range ? Math.min(n - 1, range.last) : n - 1;
  const whole = range?.span ?? { start: starts[from]!, end: range ? ends[to]! : input.length };

  let first = from;
  while (first <= to && sc.isBlank(first)) first++;
  let last = to;
  while (last >= first && sc.isBlank(last)) last--;

  if (first > last) {
    sc.report("input/empty", "error", "The text is empty or holds only white space.", whole);
    return finish(grammar, sc, input, options, [], whole);
  }

  // ---- an overview: items, each a headline over a dateline without agency ("FRANKFURT - ")
  const itemStarts = findItems(sc, first, last);
  let overview = itemStarts.length >= 2;
  const heads: ReadonlySet<number> = new Set(itemStarts.map((it) => it.head));
  // An overview with its own dateline ("FRANKFURT (dpa-AFX) - Ausgewählte ...") reads as an ordinary
  // message whose body holds the items; the items are listed as well.
  for (let l = first; overview && l < itemStarts[0]!.head; l++) {
    if (!sc.isBlank(l) && sc.leadDatelineAt(l)?.value.agency) overview = false;
  }

  // ---- the dateline and the front matter before it
  let bodyStart = -1; // offset where the body begins
  let bodyFirstLine = -1;
  let seen = 0;
  let datelineLine = -1;
  for (let l = first; !overview && l <= last && seen < FRONT_LINES; l++) {
    if (sc.isBlank(l)) continue;
    seen++;
    const found = sc.leadDatelineAt(l);
    if (found) {
      datelineLine = l;
      for (let f = first; f < l; f++) if (!sc.isBlank(f)) sc.frontLine(f);
      if (found.dateEnd !== -1) {
        const d = exec(grammar.rules.datePrefix, input, sc.skipSpace(starts[l]!, ends[l]!));
        if (d) sc.addDate(d.value, "prefix", d.value.span);
      }
      if (found.note) sc.setNote(found.note.text, found.note.kind, found.note.span);
      sc.setDateline(found.value, "lead", found.end);
      bodyStart = sc.skipSpace(found.end, ends[l]!);
      bodyFirstLine = l;
      if (bodyStart === ends[l]!) {
        // Dateline alone on its line: the lead starts on the next non-blank line.
        let k = l + 1;
        while (k <= last && sc.isBlank(k)) k++;
        bodyFirstLine = k;
        bodyStart = k <= last ? starts[k]! : ends[last]!;
      }
      break;
    }
    if (ends[l]! - starts[l]! > FRONT_MAX) break;
  }

  let introBlocks: DraftBlock[] = [];
  if (overview) {
    // The front: metadata lines, a tagged headline ("dpa-AFX Überblick: ..."), an intro that leads the body.
    const firstHead = itemStarts[0]!.head;
    const intro: number[] = [];
    for (let l = first; l < firstHead; l++) {
      if (sc.isBlank(l) || isDayHeading(sc, l, heads)) continue;
      const s = sc.skipSpace(starts[l]!, ends[l]!);
      const e = sc.trimEnd(s, ends[l]!);
      const d = exec(grammar.rules.datePrefix, input, s);
      const rest = d && sc.datePrefixAtPeek(s, e) ? sc.skipSpace(d.end, e) : s;
      const isMeta = rest >= e || sc.metaAt(rest, e) !== null;
      const h = isMeta ? null : exec(grammar.rules.headline, input, rest);
      if (isMeta) sc.frontLine(l);
      else if (!sc.headline && h !== null && h.value.tags.length > 0) {
        sc.datePrefixAt(s, e);
        sc.setHeadline(rest, e);
      }
      else intro.push(l);
    }
    introBlocks = sc.blocksOf(intro);
    const lastItem = itemStarts[itemStarts.length - 1]!;
    bodyFirstLine = lastItem.line;
    bodyStart = lastItem.bodyStart;
  } else if (datelineLine === -1) {
    // No leading dateline: the front is the metadata lines at the top and a headline-like first line.
    let l = first;
    for (; l <= last; l++) {
      if (sc.isBlank(l)) continue;
      const s = sc.skipSpace(starts[l]!, ends[l]!);
      const e = sc.trimEnd(s, ends[l]!);
      if (sc.datePrefixAtPeek(s, e) || sc.metaAt(s, e) !== null) {
        sc.frontLine(l);
        continue;
      }
      if (!sc.headline && looksLikeHeadline(sc, l, s, e, last)) {
        sc.frontLine(l);
        continue;
      }
      break;
    }
    bodyFirstLine = l;
    bodyStart = l <= last ? sc.skipSpace(starts[l]!, ends[l]!) : ends[last]!;
  }

  // ---- the end: trailer, byline, footers, a dateline moved to the end
  let bodyEndLine = last;
  let bodyEnd = ends[last]!;
  const pending: number[] = [];
  let trailerFound = false;
  for (let l = last; l >= bodyFirstLine && l >= 0; l--) {
    if (sc.isBlank(l)) continue;
    const ls = l === bodyFirstLine ? bodyStart : starts[l]!;
    const le = ends[l]!;
    let lineEnd = le;
    if (!sc.dateline) {
      const g = sc.gluedEndDateline(ls, le);
      if (g) {
        sc.setDateline(g.value, "end", g.end);
        sc.report("dateline/trailing", "info", "The dateline stands after the body, not before the lead.", g.value.span);
        lineEnd = g.start;
      }
    }
    const t = sc.trailerOnLine(l, lineEnd);
    if (t && t.value.span.start >= ls) {
      sc.setTrailer(t.value);
      if (!sc.footersIn(t.end, lineEnd)) {
        const s = sc.skipSpace(t.end, lineEnd);
        sc.addExtra("unrecognised", s, sc.trimEnd(s, lineEnd));
      }
      for (const p of pending) placeAfterTrailer(sc, p, bodyFirstLine, l);
      pending.length = 0;
      bodyEndLine = l;
      bodyEnd = t.value.span.start;
      trailerFound = true;
      if (sc.skipSpace(ls, le) === t.value.span.start) {
        // The trailer stands alone: an old feed's end mark may close the line above ("=====°").
        let p = l - 1;
        while (p >= bodyFirstLine && sc.isBlank(p)) p--;
        const pe = p >= bodyFirstLine ? sc.trimEnd(starts[p]!, ends[p]!) : -1;
        if (pe > (p === bodyFirstLine ? bodyStart : starts[p]!) && input.charCodeAt(pe - 1) === 0xb0 /* ° */) {
          sc.addExtra("endMark", pe - 1, pe);
          bodyEndLine = p;
          bodyEnd = pe - 1;
        }
      }
      break;
    }
    if (l === bodyFirstLine) break;
    const s = sc.skipSpace(ls, le);
    const e = sc.trimEnd(s, le);
    if (pending.length === 0) {
      const ruleLine = /^[-=_*]{5,}$/.test(input.slice(s, Math.min(e, s + 200))) && e - s < 200;
      if (ruleLine) {
        sc.addFooter("rule", s, e);
        bodyEndLine = l - 1;
        continue;
      }
      if (sc.footersIn(s, e)) {
        bodyEndLine = l - 1;
        continue;
      }
      const wrapped = sc.wrappedFooterStart(l, bodyFirstLine);
      if (wrapped !== -1 && sc.footersIn(sc.skipSpace(starts[wrapped]!, ends[wrapped]!), e)) {
        bodyEndLine = wrapped - 1;
        l = wrapped;
        continue;
      }
      if (!sc.dateline) {
        const d = exec(grammar.rules.endDateline, input, s);
        if (d) {
          sc.setDateline(d.value, "end", d.end);
          sc.report("dateline/trailing", "info", "The dateline stands after the body, not before the lead.", d.value.span);
          bodyEndLine = l - 1;
          continue;
        }
      }
    }
    if (pending.length < AFTER_TRAILER_LINES && e - s <= AFTER_TRAILER_MAX) {
      pending.push(l);
      continue;
    }
    break;
  }
  if (!trailerFound) {
    // Lines held back in the hope of a trailer above them are body after all.
    while (bodyEndLine >= bodyFirstLine && bodyEndLine >= 0 && sc.isBlank(bodyEndLine)) bodyEndLine--;
    bodyEnd = bodyEndLine >= bodyFirstLine && bodyEndLine >= 0 ? ends[bodyEndLine]! : bodyStart;
    if (bodyEndLine === bodyFirstLine) bodyEnd = Math.max(bodyEnd, bodyStart);
  }

  // ---- the body as blocks of lines
  let blocks = sc.blocksBetween(bodyFirstLine, bodyStart, bodyEndLine, bodyEnd, true);
  if (itemStarts.length >= 2) {
    sc.items = itemStarts.map((it, k) => {
      const next = itemStarts[k + 1];
      const itemBlocks = next
        ? sc.blocksBetween(it.line, it.bodyStart, next.head - 1, ends[next.head - 1]!, false, heads)
        : sc.blocksBetween(it.line, it.bodyStart, bodyEndLine, bodyEnd, false);
      return sc.makeItem(it, itemBlocks, heads);
    });
  }
  if (overview) blocks = introBlocks;
  sortByOffset(sc.footers);
  sortByOffset(sc.extras);
  sortByOffset(sc.dates);

  const bodyAt = { start: bodyStart, end: bodyStart };
  if (!sc.dateline && sc.items.length === 0) {
    sc.report("dateline/missing", "warning", "No dateline such as 'FRANKFURT (dpa-AFX) - ' opens the lead.", bodyAt);
    const line = sc.index.lineOf(bodyStart);
    sc.diagnostics[sc.diagnostics.length - 1]!.expected = expectedAt(grammar.rules.dateline, input.slice(bodyStart, Math.max(bodyStart, ends[line]!)));
  }
  if (blocks.length === 0 && sc.items.length === 0) {
    const at = { start: ends[last]!, end: ends[last]! };
    sc.report("body/missing", "error", "The text has no body paragraphs.", at);
  }
  if (!sc.trailer) {
    const at = { start: bodyEnd, end: bodyEnd };
    sc.report("trailer/missing", "info", "No agency trailer such as '/evs/DP/nas' ends the body.", at);
  }
  if (!sc.dateline && !sc.trailer && sc.items.length === 0 && !otherMarks(sc)) {
    // No dateline, no trailer, and none of the other marks copies keep when both are lost (a copy cut
    // before its trailer, a site that dropped the dateline): some other text. Say what the rules looked for.
    const line = sc.index.lineOf(bodyStart);
    const expected = expectedAt(grammar.rules.dateline, input.slice(bodyStart, Math.max(bodyStart, ends[line]!)));
    for (const label of expectedAt(grammar.rules.trailer, "")) if (!expected.includes(label)) expected.push(label);
    sc.diagnostics.push({
      code: "input/not-dpa-afx",
      severity: "error",
      message: "The text has no dateline such as 'FRANKFURT (dpa-AFX) - ', no agency trailer such as '/evs/DP/nas', nor any other mark of a dpa-AFX copy: it is no dpa-AFX message.",
      position: sc.pos(bodyStart, bodyStart),
      expected,
    });
  }
  // Searched in the message's own stretch: a feed's messages never search each other's text.
  const local = input.slice(whole.start, whole.end).indexOf("\ufffd");
  const fffd = local === -1 ? -1 : whole.start + local;
  if (fffd !== -1) {
    sc.report("input/replacement-character", "warning", "The text holds U+FFFD: it was decoded from bytes in the wrong encoding.", {
      start: fffd,
      end: fffd + 1,
    });
  }
  return finish(grammar, sc, input, options, blocks, whole);
}

/**
 * Marks of a dpa-AFX copy besides dateline and trailer: a data set's `date` prefix, a feed stamp, a footer,
 * or a desk tag the vocabulary knows in the headline.
 */
function otherMarks(sc: Scan): boolean {
  if (sc.footers.length > 0) return true;
  if (sc.dates.some((d) => d.source === "prefix" || d.source === "feedStamp")) return true;
  const meanings = tagMeanings(sc.vocabulary);
  return (sc.headline?.tags ?? []).some((tag) => {
    const word = tag.replace(/ \d{1,2}$/, "");
    return meanings.has(word) || sc.vocabulary.deskHeads.some((h) => word === h || word.startsWith(`${h} `));
  });
}

/**
 * What `rule` expected where it failed on `text` (its `.desc()` labels, through parsimmon's own `parse`);
 * empty when it matched.
 */
function expectedAt(rule: Parser<unknown>, text: string): string[] {
  const r = rule.skip(P.all).parse(text);
  return r.status ? [] : [...new Set(r.expected)];
}

const meaningsCache = new WeakMap<DpaAfxVocabulary, Map<string, string>>();

/** Tag meanings of a vocabulary as one map (built once per vocabulary). */
function tagMeanings(v: DpaAfxVocabulary): Map<string, string> {
  let m = meaningsCache.get(v);
  if (!m) {
    m = new Map(v.upperTags.map((t) => [t.tag, t.meaning] as [string, string]));
    for (const t of v.otherTags) m.set(t, "desk");
    meaningsCache.set(v, m);
  }
  return m;
}

/** What headline tags mean, from the vocabulary: repeat, correction, revision number, desk. */
export function headlineFlags(tags: readonly string[], v: DpaAfxVocabulary): HeadlineFlags {
  const flags: HeadlineFlags = { repeat: false, correction: false, revision: null, desk: null };
  if (tags.length === 0) return flags;
  const meanings = tagMeanings(v);
  for (const tag of tags) {
    let word = tag;
    const sp = tag.lastIndexOf(" ");
    if (sp !== -1 && sp >= tag.length - 3 && isAllDigits(tag, sp + 1)) {
      flags.revision = Number(tag.slice(sp + 1));
      word = tag.slice(0, sp);
    }
    const meaning = meanings.get(word);
    if (meaning === "repeat") flags.repeat = true;
    else if (meaning === "correction") flags.correction = true;
    else if (meaning === "desk" || (meaning === undefined && v.deskHeads.some((h) => tag === h || tag.startsWith(`${h} `)))) flags.desk ??= tag;
  }
  return flags;
}

function isAllDigits(s: string, from: number): boolean {
  if (from >= s.length) return false;
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Where an overview item starts: its headline line, its dateline line, the dateline and where its text begins. */
interface ItemStart {
  head: number;
  line: number;
  value: DatelineValue;
  bodyStart: number;
}

/**
 * The items of an overview: lines opening with a dateline without agency (`FRANKFURT - `) right under a
 * headline-like line. Only lines starting with two capitals are tried (a cheap filter).
 */
function findItems(sc: Scan, first: number, last: number): ItemStart[] {
  const out: ItemStart[] = [];
  let prev = -1;
  for (let l = first; l <= last; l++) {
    if (sc.isBlank(l)) continue;
    const s = sc.skipSpace(sc.starts[l]!, sc.ends[l]!);
    const c0 = sc.input.charCodeAt(s);
    const c1 = sc.input.charCodeAt(s + 1);
    if (prev !== -1 && isCapital(c0) && isCapital(c1) && bareDatelineAhead(sc.input, s, sc.ends[l]!)) {
      const d = exec(sc.rules.dateline, sc.input, s);
      if (d && d.value.agency === null && sc.frontKind(prev) === "headline") {
        out.push({ head: prev, line: l, value: d.value, bodyStart: sc.skipSpace(d.end, sc.ends[l]!) });
      }
    }
    prev = l;
  }
  return out;
}

/** Capitals (places) up to a spaced dash within the first 60 characters: `PALO ALTO/ROUND ROCK - `. */
function bareDatelineAhead(input: string, start: number, end: number): boolean {
  const stop = Math.min(end - 2, start + 60);
  for (let k = start; k < stop; k++) {
    const c = input.charCodeAt(k);
    if (c === 32) {
      const d = input.charCodeAt(k + 1);
      if ((d === 45 || d === 0x2013 || d === 0x2014) && input.charCodeAt(k + 2) === 32) return true;
    } else if (!isPlaceChar(c) && c !== 46 && c !== 39) return false;
  }
  return false;
}

const isCapital = (c: number) => (c >= 65 && c <= 90) || c === 0xc4 || c === 0xd6 || c === 0xdc;

/** A day heading of a weekly overview (`MONTAG`): a short line in capitals right above an item's headline. */
function isDayHeading(sc: Scan, line: number, heads: ReadonlySet<number>): boolean {
  const s = sc.skipSpace(sc.starts[line]!, sc.ends[line]!);
  const e = sc.trimEnd(s, sc.ends[line]!);
  if (e - s > 40 || e <= s) return false;
  for (let k = s; k < e; k++) {
    const c = sc.input.charCodeAt(k);
    if (!(isCapital(c) || c === 32 || c === 44 || c === 46 || (c >= 48 && c <= 57))) return false;
  }
  let n = line + 1;
  while (n < sc.index.lineCount && sc.isBlank(n)) n++;
  return heads.has(n);
}

/** A first line that reads as a headline: short, alone or above a blank line, not a sentence. */
function looksLikeHeadline(sc: Scan, line: number, s: number, e: number, last: number): boolean {
  if (line >= last || e - s > 200) return false;
  const endsSentence = /[.,;:]/.test(sc.input.charAt(e - 1));
  return !endsSentence && (sc.isBlank(line + 1) || e - s <= 120);
}

/** A line found between the trailer and the footers: a site's duplicated fragment, or unknown. */
function placeAfterTrailer(sc: Scan, line: number, from: number, to: number) {
  const s = sc.skipSpace(sc.starts[line]!, sc.ends[line]!);
  const e = sc.trimEnd(s, sc.ends[line]!);
  const fragment = sc.text(s, e);
  let duplicate = false;
  for (let l = from; l <= to && !duplicate; l++) {
    if (sc.ends[l]! - sc.starts[l]! > e - s && sc.text(sc.starts[l]!, sc.ends[l]!).includes(fragment)) duplicate = true;
  }
  sc.addExtra(duplicate ? "duplicate" : "unrecognised", s, e);
}

function sortByOffset(nodes: { position?: { start: { offset: number } } }[]) {
  nodes.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
}

function finish(grammar: Grammar<DpaAfxRules, DpaAfxVocabulary>, sc: Scan, input: string, options: ResolvedOptions, blocks: DraftBlock[], whole: Span): Draft {
  const article: Omit<Article, "sections"> = {
    type: "article",
    date: null,
    dates: sc.dates,
    headline: sc.headline,
    editorialNote: sc.editorialNote,
    byline: sc.byline,
    dateline: sc.dateline,
    standfirst: sc.standfirst,
    trailer: sc.trailer,
    footers: sc.footers,
    extras: sc.extras,
    items: sc.items,
    language: null,
    diagnostics: [],
    position: sc.pos(whole.start, whole.end),
  };
  return { grammar: grammar as unknown as Grammar, input, index: sc.index, options, article, blocks, units: [], diagnostics: sc.diagnostics };
}

/** How many non-blank lines above a dateline may belong to its message (date, headline, note, byline). */
const MESSAGE_FRONT_LINES = 5;

/**
 * Where a message of a feed or newsticker stretch starts. A message starts at a line opening with a
 * dateline that names an agency (`BOISE/SANTA CLARA (dpa-AFX) - `), moved up over the front matter
 * directly above it: notes, bylines and site labels, at most one headline, and a date line on top, never
 * above `floor`. Datelines without an agency (`FRANKFURT - `) open items of an overview, not messages.
 * Returns the top line, or -1 when no message starts on `line`.
 */
export function dpaAfxMessageTop(input: string, grammar: Grammar<DpaAfxRules, DpaAfxVocabulary>, index: LineIndex, line: number, floor: number): number {
  // A cheap filter first: most lines hold no "(" early, and most that do open no message.
  if (!hasParenthesisEarly(input, index.starts[line]!, index.ends[line]!)) return -1;
  const sc = scanFor(input, grammar, index);
  const found = sc.leadDatelineAt(line);
  if (!found || found.value.agency === null) return -1;
  let top = line;
  let headline = false;
  let seen = 0;
  for (let p = line - 1; p >= floor && seen < MESSAGE_FRONT_LINES; p--) {
    if (sc.isBlank(p)) continue;
    seen++;
    const kind = sc.frontKind(p);
    if (kind === "meta") top = p;
    else if (kind === "headline" && !headline) {
      headline = true;
      top = p;
    } else {
      if (kind === "date") top = p;
      break;
    }
  }
  return top;
}

/** The last scanner made for splitting, per line index: a feed's lines are asked one after another. */
const splitScans = new WeakMap<LineIndex, Scan>();

function scanFor(input: string, grammar: Grammar<DpaAfxRules, DpaAfxVocabulary>, index: LineIndex): Scan {
  const cached = splitScans.get(index);
  if (cached && cached.input === input && cached.rules === grammar.rules) return cached;
  const sc = new Scan(input, grammar.rules, grammar.vocabulary, footerOpeners(grammar.vocabulary), { zone: "UTC", strict: false }, index);
  splitScans.set(index, sc);
  return sc;
}

/** A `(` among the first 120 characters of a line: a cheap filter before trying the dateline rule. */
function hasParenthesisEarly(input: string, start: number, end: number): boolean {
  const stop = Math.min(end, start + 120);
  for (let k = start; k < stop; k++) if (input.charCodeAt(k) === 40) return true;
  return false;
}
