/**
 * Document rules for what stands above the body: metadata lines, the headline and other front lines,
 * and the lead line that opens the body with its dateline.
 */
import { quiet } from "../../../combinators/index.js";
import { anyScan, fail, firstOf, fromRaw, rawOf, reg, scan, scanOf, type Parser, type Quick, type Raw } from "../../../combinators/fast.js";
import { accepts, union, type First } from "../../../combinators/first.js";
import { docOf, inRegion, isBlank, lineAt, lineScan, memoLine, rawInRegion, textFrom, type Doc } from "../../../combinators/lines.js";
import { isSpace } from "../../../text/chars.js";
import { closingEmphasisEnd, emphasisEnd } from "../../../text/markdown.js";
import { entry, type DpaAfxEntry } from "../outline.js";
import { gluedLeadReader } from "./glued.js";
import { NOTE_LINES, parenAt } from "./notes.js";
import { datePrefixEnd, fills, holdsBar, pushAll, skipSpaces } from "./util.js";
import type { DatelineValue, DateValue, EditorialNoteValue, FeedStampValue, HeadlineValue, BylineValue } from "./values.js";
import type { DpaAfxRules } from "./index.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";

type FrontRefs = Pick<
  DpaAfxRules,
  "datePrefix" | "dottedDate" | "feedStamp" | "siteDate" | "leadDate" | "siteLabel" | "editorialNote" | "wrappedNote" | "byline" | "headline" | "dateline" | "partnerDateline" | "prefixDateline" | "dashlessDateline" | "metaDate" | "metaLine" | "frontLine" | "lead" | "trailerLine" | "chromeLine" | "frontChromeLine"
>;

/**
 * What the `lead` rule yields: the entries of the lead line's head (a glued date prefix, an editorial
 * note, the dateline) and where the text after the dateline starts on that line.
 *
 * @example
 * dpaAfx.rules.lead.tryParse("PARIS (dpa-AFX) - Die Gespräche dauern an.").textStart; // 18
 */
export interface LeadValue {
  entries: DpaAfxEntry[];
  /** Where the lead's text starts: after the dateline and its spaces (the line's end when nothing follows). */
  textStart: number;
}

/**
 * A date line: `21.08.2014` (a ticker's date, a time may follow), a feed stamp `AXC0135 2017-07-27/11:08`
 * (a date and a `feedStamp` footer) or a site's time stamp (`siteDate`: `2023-10-12T14:05:00+02:00`,
 * `12. Oktober 2023`), filling the rest of its line.
 * @example metaDate.parse("AXC0098 2018-02-15/09:55") // a date entry and a footer entry
 */
export const metaDate = (r: FrontRefs): Parser<DpaAfxEntry[]> => {
  const read = dateReader(r, false);
  // A line that holds nothing a date's scan finds (most headlines: no two digits in a row) is not read.
  let mayHold: Quick | null = null;
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    const s = textFrom(doc, k, i);
    const e = doc.lines.last[k]!;
    if (k >= doc.stop || s >= e) return fail(i, "a date line");
    if (!reg.exact && !(mayHold ??= lineScan(anyScan([r.dottedDate, r.feedStamp, r.siteDate].map(scanOf))))(input, s)) return -1;
    return read(input, s, e, true) >= 0 ? doc.lines.next[k]! : fail(s, "a date line");
  });
};

/**
 * Reads a date line's date at `s` (a ticker date, a feed stamp, a site's time stamp, in this order) that
 * fills the line up to `e` (`whole`), or that a space or the line's end follows; leaves its entries in
 * the register. Quiet forms (`quiet`) add no labels to what a failed parse expected.
 */
function dateReader(r: FrontRefs, quietly: boolean): (input: string, s: number, e: number, whole: boolean) => number {
  const dotted = rawOf(quietly ? quiet(r.dottedDate) : r.dottedDate);
  const stamp = rawOf(quietly ? quiet(r.feedStamp) : r.feedStamp);
  const site = rawOf(quietly ? quiet(r.siteDate) : r.siteDate);
  const ends = (input: string, end: number, e: number, whole: boolean) =>
    whole ? fills(input, end, e) : end >= 0 && (end >= e || isSpace(input.charCodeAt(end)));
  return (input, s, e, whole) => {
    const d = dotted(input, s);
    if (ends(input, d, e, whole)) {
      const v = reg.value as DateValue;
      reg.value = [entry("date", v.span, { date: v, source: "dotted", primary: false })];
      return d;
    }
    const f = stamp(input, s);
    if (ends(input, f, e, whole)) {
      const v = reg.value as FeedStampValue;
      reg.value = [entry("date", v.date.span, { date: v.date, source: "feedStamp", primary: false }), entry("footer", { start: s, end: whole ? e : f }, { kind: "feedStamp", value: v.id })];
      return f;
    }
    const t = site(input, s);
    if (ends(input, t, e, whole)) {
      const v = reg.value as DateValue;
      reg.value = [entry("date", v.span, { date: v, source: "stamp", primary: false })];
      return t;
    }
    return -1;
  };
}

/**
 * A date written before the dateline on the lead line: a date prefix (`date 2026-01-06`), or, where a
 * copy lost the line break under its date line, a ticker date (`21.08.2014`), a feed stamp
 * (`AXC0135 2017-07-27/11:08`) or a site's time stamp (`12.10.2023, 14:05 Uhr`). A space or the line's
 * end follows it. Yields its entries (a date; a feed stamp's footer too); consumes the date alone.
 * @example leadDate.parse("21.08.2014") // a date entry, source "dotted"
 */
export const leadDate = (r: FrontRefs): Parser<DpaAfxEntry[]> => {
  const datePrefix = rawOf(r.datePrefix);
  // Quiet: a lead that failed reports the date prefix only, not every form a lost line break can leave.
  const read = dateReader(r, true);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const e = doc.lines.last[lineAt(doc, i)]!;
    const d = datePrefixEnd(datePrefix, input, i, e);
    if (d >= 0) {
      const v = reg.value as DateValue;
      reg.value = [entry("date", v.span, { date: v, source: "prefix", primary: false })];
      return d;
    }
    const end = read(input, i, e, false);
    return end >= 0 ? end : fail(i, "a date prefix like 'date 2026-01-06'");
  });
};

/**
 * A line of metadata other than a date: a site label (`dpa-AFX · Uhr`), an editorial note or a byline,
 * filling the rest of its line.
 * @example metaLine.parse("Von Anna Ringle, dpa-AFX") // a byline entry
 */
export const metaLine = (r: FrontRefs): Parser<DpaAfxEntry[]> => {
  const site = rawOf(r.siteLabel);
  const note = rawOf(r.editorialNote);
  const byline = rawOf(r.byline);
  // What one of them can start with: a line starting otherwise is not read.
  let first: First | null = null;
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    const s = textFrom(doc, k, i);
    const e = doc.lines.last[k]!;
    if (k >= doc.stop || s >= e) return fail(i, "a line of metadata");
    if (!reg.exact && !accepts((first ??= union(union(firstOf(r.siteLabel), firstOf(r.editorialNote)), firstOf(r.byline))), input, s)) return -1;
    if (fills(input, site(input, s), e)) {
      reg.value = [entry("siteLabel", { start: s, end: e }, null)];
      return doc.lines.next[k]!;
    }
    if (fills(input, note(input, s), e)) {
      const v = reg.value as EditorialNoteValue;
      reg.value = [entry("note", v.span, v)];
      return doc.lines.next[k]!;
    }
    if (fills(input, byline(input, s), e)) {
      const v = reg.value as BylineValue;
      reg.value = [entry("byline", v.span, v)];
      return doc.lines.next[k]!;
    }
    return fail(s, "a line of metadata");
  });
};

/**
 * One line above the lead: a date prefix may open it (`date 2026-01-06`); the rest is a date line,
 * other metadata, or text (a `frontText` entry: the `front` refiner decides headline or standfirst).
 * @example frontLine.parse("WDH/ROUNDUP 2: Dax legt zu") // a frontText entry with tags "WDH", "ROUNDUP 2"
 */
export const frontLine = (r: FrontRefs): Parser<DpaAfxEntry[]> => {
  const datePrefix = rawOf(r.datePrefix);
  const metaDate = rawOf(r.metaDate);
  const metaLine = rawOf(r.metaLine);
  const headline = rawOf(r.headline);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    let s = textFrom(doc, k, i);
    const e = doc.lines.last[k]!;
    if (k >= doc.stop || s >= e) return fail(i, "a line above the lead");
    const out: DpaAfxEntry[] = [];
    const d = datePrefixEnd(datePrefix, input, s, e);
    if (d >= 0) {
      const v = reg.value as DateValue;
      out.push(entry("date", v.span, { date: v, source: "prefix", primary: false }));
      s = skipSpaces(input, d, e);
    }
    const next = doc.lines.next[k]!;
    if (s < e) {
      if (metaDate(input, s) >= 0 || metaLine(input, s) >= 0) {
        pushAll(out, reg.value as DpaAfxEntry[]);
      } else {
        const h = headline(input, s);
        const title = h >= 0 ? (reg.value as HeadlineValue) : { tags: [], topics: [], title: { value: input.slice(s, e), span: { start: s, end: e } } };
        out.push(entry("frontText", { start: s, end: e }, title));
      }
    }
    reg.value = out;
    return next;
  });
};

/**
 * The line that opens the body: a dateline, perhaps after a glued date (`leadDate`) and an editorial note
 * (`date 2026-01-06 (Wiederholung) PARIS (dpa-AFX) - `, `21.08.2014 FRANKFURT (dpa-AFX) - `), the note
 * perhaps hard-wrapped from the lines above (`wrappedNote`), the old `dpa-afx FRANKFURT. ` form, or one that
 * lost its dash (`KIEL (dpa-AFX) Der ...`, see `dashlessDateline`); where
 * none opens the line, a dateline naming an agency after a headline glued to it (`Dax legt zu FRANKFURT
 * (dpa-AFX) - `: a `frontText` entry, see `gluedLeadReader`). Consumes the dateline and the spaces after
 * it; yields the entries and where the lead's text starts.
 * @example lead.parse("PARIS (dpa-AFX) - ") // a dateline entry; textStart 18
 */
export const lead =
  (v: DpaAfxVocabulary) =>
  (r: FrontRefs): Parser<LeadValue> => {
    const leadDate = rawOf(r.leadDate);
    const note = rawOf(r.editorialNote);
    const wrapped = rawOf(quiet(r.wrappedNote)); // quiet: a lead that failed reports the one-line note
    const dateline = rawOf(r.dateline);
    const prefixDateline = rawOf(r.prefixDateline);
    const partnerDateline = rawOf(r.partnerDateline);
    // Quiet: a line that opens no dateline reports what a dateline with its dash expected.
    const dashless = rawOf(quiet(r.dashlessDateline));
    // Quiet: a line that opens no dateline still reports what a dateline at its start expected.
    const gluedLead = gluedLeadReader(v, rawOf(quiet(r.dateline)), rawOf(quiet(r.headline)), rawOf(quiet(r.editorialNote)));
    // Its scan: one of its datelines' scans, or the parenthesis of a dateline glued to a headline (see
    // `gluedPlaceStarts`). A line that holds none of them is not read (most lines above a lead).
    const leadScan = () => anyScan([...[r.dateline, r.partnerDateline, r.prefixDateline, r.dashlessDateline].map(scanOf), String.raw`\(`]);
    let mayHold: Quick | null = null;
    const parser = memoLine(
      fromRaw<LeadValue>((input, i) => {
        const doc = docOf(input);
        const k = lineAt(doc, i);
        let s = textFrom(doc, k, i);
        const e = doc.lines.last[k]!;
        if (s >= e) return fail(i, "a dateline such as 'FRANKFURT (dpa-AFX) - '");
        if (!reg.exact && !(mayHold ??= lineScan(leadScan()))(input, s)) return -1;
        const entries: DpaAfxEntry[] = [];
        const d = leadDate(input, s);
        if (d >= 0) {
          pushAll(entries, reg.value as DpaAfxEntry[]);
          s = skipSpaces(input, d, e);
          if (s >= e) return fail(s, "a dateline such as 'FRANKFURT (dpa-AFX) - '");
        }
        // A note hard-wrapped from a line above may close on this one (`ein Wort ergänzt.) PARIS (dpa-AFX) - `).
        let n = s === doc.lines.first[k] ? noteAbove(doc, input, k, wrapped) : -1;
        if (n < 0) n = note(input, s);
        if (n >= 0) {
          const v = reg.value as EditorialNoteValue;
          entries.push(entry("note", v.span, v));
          s = skipSpaces(input, n, e);
          if (s >= e) return fail(s, "a dateline such as 'FRANKFURT (dpa-AFX) - '");
        }
        let end = dateline(input, s);
        if (end < 0) end = partnerDateline(input, s);
        if (end < 0) end = prefixDateline(input, s);
        if (end < 0) end = dashless(input, s);
        // A Markdown emphasis opening the dateline (`**FRANKFURT (dpa-AFX)** - `; it closes in the
        // dateline's gaps or after its dash): the dateline after it, the mark kept as markup.
        let opened = false;
        if (end < 0) {
          // (The run is followed by text on this line: it opens no text past its end.)
          const o = emphasisEnd(input, s);
          if (o !== -1) {
            end = dateline(input, o);
            if (end < 0) end = partnerDateline(input, o);
            opened = end >= 0;
            if (opened) entries.push(entry("extra", { start: s, end: o }, { kind: "markup" }));
          }
        }
        if (end < 0) end = gluedLead(input, s, e, entries);
        if (end < 0) return -1;
        const dl = reg.value as DatelineValue;
        // The dateline node ends at its dash; the spaces after it belong to neither.
        let de = Math.min(end, e);
        while (de > dl.span.start && skipSpaces(input, de - 1, de) === de) de--;
        entries.push(entry("dateline", { start: dl.span.start, end: de }, { dateline: dl, placement: "lead" }));
        let textStart = skipSpaces(input, end, e);
        // The emphasis closing after the dash (`**KIEL (dpa-AFX) -** Die ...`): markup, before the text.
        const closed = opened ? closingEmphasisEnd(input, textStart) : -1;
        if (closed !== -1 && closed < e) {
          entries.push(entry("extra", { start: textStart, end: closed }, { kind: "markup" }));
          textStart = skipSpaces(input, closed, e);
        }
        reg.value = { entries, textStart };
        return textStart;
      }),
    );
    return scan(parser, leadScan);
  };

/**
 * A note hard-wrapped from a line above line `k` (no blank line between, never above the doc's floor)
 * that closes on line `k` at its first parenthesis: its end, its value in the register; otherwise -1.
 */
function noteAbove(doc: Doc, input: string, k: number, wrapped: Raw): number {
  const { first, last } = doc.lines;
  // (Most lead lines stand under a blank line: then no note runs into them, and the line is not read.)
  if (k - 1 < doc.floor || isBlank(doc, k - 1)) return -1;
  const c = parenAt(input, first[k]!, last[k]!);
  if (c === -1 || input.charCodeAt(c) !== 41) return -1;
  for (let t = k - 1; t >= doc.floor && t > k - NOTE_LINES && !isBlank(doc, t); t--) {
    if (input.charCodeAt(first[t]!) === 40) return rawInRegion(doc, k + 1, doc.cut, wrapped, input, first[t]!) === c + 1 ? c + 1 : -1;
    if (parenAt(input, first[t]!, last[t]!) !== -1) break;
  }
  return -1;
}

/** How many non-blank lines, the lead line included, the front matter and lead may take at most. */
const FRONT_LINES = 12;
/** A line longer than this is body text, never front matter. */
const FRONT_MAX = 600;

/**
 * Everything above the lead line (at most eleven non-blank lines, none longer than 600 characters), each
 * line read by `frontLine`. Succeeds only where a lead follows; consumes up to the lead line.
 * @example frontMatter.parse("21.08.2014\nHP enttäuscht\n") // fails: no lead follows
 */
export const frontMatter = (r: FrontRefs): Parser<DpaAfxEntry[]> => {
  const lead = rawOf(r.lead);
  const frontLine = rawOf(r.frontLine);
  const wrapped = rawOf(quiet(r.wrappedNote));
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const { start, end } = doc.lines;
    const k0 = lineAt(doc, i);
    // First find the lead line; then read the lines above it.
    let seen = 0;
    let leadLine = -1;
    for (let k = k0; k < doc.stop && seen < FRONT_LINES; k++) {
      if (isBlank(doc, k)) continue;
      seen++;
      if (lead(input, start[k]!) >= 0) {
        leadLine = k;
        break;
      }
      if (end[k]! - start[k]! > FRONT_MAX) break;
    }
    if (leadLine < 0) return fail(i, "a dateline such as 'FRANKFURT (dpa-AFX) - '");
    // The lead may start above its line (a note wrapped into it): the front ends where the lead starts.
    const top = lineAt(doc, (reg.value as LeadValue).entries[0]?.span.start ?? start[leadLine]!);
    const out: DpaAfxEntry[] = [];
    for (let k = k0; k < top; k++) {
      if (isBlank(doc, k)) continue;
      // A note hard-wrapped over lines of its own is one entry.
      const w = rawInRegion(doc, top, doc.cut, wrapped, input, doc.lines.first[k]!);
      if (w >= 0 && fills(input, w, doc.lines.last[lineAt(doc, w - 1)]!)) {
        const v = reg.value as EditorialNoteValue;
        out.push(entry("note", v.span, v));
        k = lineAt(doc, w - 1);
        continue;
      }
      if (frontLine(input, start[k]!) < 0) continue;
      pushAll(out, reg.value as DpaAfxEntry[]);
    }
    reg.value = out;
    return start[leadLine]!;
  });
};

/** Punctuation that ends a sentence or a clause: a line ending in one is no headline. */
const endsClause = (c: number) => c === 46 || c === 44 || c === 59 || c === 58;

/**
 * The front of a text without a lead dateline: metadata lines at the top (dates, notes, bylines, site
 * labels) and one headline-like line, short, standing alone or above a blank line, not a sentence; the
 * text's last line only under metadata (`date 2026-07-31` over a title: an RSS item without description).
 * @example bareFront.parse("Dax legt zu\n\n") // a frontText entry
 */
export const bareFront = (r: FrontRefs): Parser<DpaAfxEntry[]> => {
  const datePrefix = rawOf(r.datePrefix);
  const metaDate = rawOf(r.metaDate);
  const metaLine = rawOf(r.metaLine);
  const frontLine = rawOf(r.frontLine);
  const trailerLine = rawOf(r.trailerLine);
  const chromeLine = rawOf(r.chromeLine);
  const frontChromeLine = rawOf(r.frontChromeLine);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const { last, start, next } = doc.lines;
    const out: DpaAfxEntry[] = [];
    let headline = false;
    let at = i;
    let lastLine = doc.stop - 1;
    while (lastLine >= 0 && isBlank(doc, lastLine)) lastLine--;
    for (let k = lineAt(doc, i); k < doc.stop; k++) {
      if (isBlank(doc, k)) continue;
      const s = textFrom(doc, k, k === lineAt(doc, i) ? i : start[k]!);
      const e = last[k]!;
      // The last line is a headline only under metadata (a date line over a title alone), short, not cut
      // like a teaser (`[mehr]`, `…`) and without a trailer.
      const lastTitle = (from: number) =>
        out.some((x) => x.kind === "date") &&
        e - from <= 120 &&
        input.charCodeAt(e - 1) !== 93 &&
        input.charCodeAt(e - 1) !== 0x2026 &&
        inRegion(doc, k + 1, input.length, () => trailerLine(input, from)) < 0;
      const d = datePrefixEnd(datePrefix, input, s, e);
      const meta = d >= 0 || metaDate(input, s) >= 0 || metaLine(input, s) >= 0;
      const looksLikeHeadline = (from: number) => !headline && (k < lastLine || lastTitle(from)) && e - from <= 200 && !endsClause(input.charCodeAt(e - 1)) && (isBlank(doc, k + 1) || e - from <= 120);
      const headlineLike = !meta && looksLikeHeadline(s);
      if (!meta && !headlineLike) break;
      if (d >= 0) {
        // A date prefix glued to text that is no headline (`date 2017-06 Die Bank hat ...`): the body starts there.
        const v = reg.value as DateValue;
        const rest = skipSpaces(input, d, e);
        if (rest < e && !looksLikeHeadline(rest)) {
          out.push(entry("date", v.span, { date: v, source: "prefix", primary: false }));
          at = rest;
          break;
        }
      }
      if (frontLine(input, s) >= 0) {
        for (const x of reg.value as DpaAfxEntry[]) {
          out.push(x);
          // `front` makes the first text line not ending in a full stop the headline; site chrome (a line
          // the `chromeLine` or `frontChromeLine` rule knows, a menu or title with a bar) leaves room for
          // one below it.
          const { start: xs, end: xe } = x.span;
          if (x.kind === "frontText" && input.charCodeAt(xe - 1) !== 46 && chromeLine(input, xs) < 0 && frontChromeLine(input, xs) < 0 && !holdsBar(input, xs, xe)) headline = true;
        }
      }
      at = next[k]!;
    }
    reg.value = out;
    return at;
  });
};
