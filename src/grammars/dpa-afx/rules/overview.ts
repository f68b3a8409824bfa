/**
 * Document rules for overviews (`dpa-AFX Überblick`, weekly analyst lists): items, each a headline over
 * a dateline without agency (`FRANKFURT - `), with a day heading (`MONTAG`) above some of them.
 */
import type { Span } from "../../../article/position.js";
import { cannotStart, fail, firstOf, fromRaw, quick, quickOf, rawOf, reg, type Parser, type Quick, type Raw } from "../../../combinators/fast.js";
import { hspace, quiet, token } from "../../../combinators/index.js";
import { union, type First } from "../../../combinators/first.js";
import { docOf, inRegion, isBlank, lineAt, memoAt, memoLine, rawInRegion, textFrom, type Doc } from "../../../combinators/lines.js";
import { isDigit, isUpper } from "../../../text/chars.js";
import { emphasisEnd } from "../../../text/markdown.js";
import { entry, type DpaAfxEntry, type EntryOf, type ItemHeadValue } from "../outline.js";
import type { LeadValue } from "./front.js";
import type { TailValue } from "./tail-walk.js";
import { datePrefixEnd, endsInFullStop, pushAll, skipSpaces, trimEnd } from "./util.js";
import type { DatelineValue, DateValue, HeadlineValue } from "./values.js";
import type { DpaAfxRules } from "./index.js";

type OverviewRefs = Pick<
  DpaAfxRules,
  "datePrefix" | "dateline" | "headline" | "metaDate" | "metaLine" | "frontLine" | "lead" | "trailerLine" | "headlineLine" | "itemLead" | "dayHeading" | "itemHeads" | "body" | "bareTail"
>;

/**
 * A line that can be a headline: at most 200 characters, no final full stop (an ellipsis is none), no metadata (a date, a
 * note, a byline, a site label) and no trailer. Consumes the line; yields its text's span.
 * @example headlineLine.parse("Starke PC-Nachfrage beschert Gewinne") // { start: 0, end: 36 }
 */
export const headlineLine = (r: OverviewRefs): Parser<Span> => {
  const datePrefix = rawOf(r.datePrefix);
  const metaDate = rawOf(r.metaDate);
  const metaLine = rawOf(r.metaLine);
  const trailerLine = rawOf(r.trailerLine);
  return memoLine(
    fromRaw<Span>((input, i) => {
      const doc = docOf(input);
      const k = lineAt(doc, i);
      if (isBlank(doc, k)) return fail(i, "a headline");
      const s = textFrom(doc, k, i);
      const e = doc.lines.last[k]!;
      if (e - s > 200 || endsInFullStop(input, e)) return fail(i, "a headline");
      if (datePrefixEnd(datePrefix, input, s, e) >= 0) return fail(i, "a headline");
      if (metaDate(input, s) >= 0 || metaLine(input, s) >= 0) return fail(i, "a headline");
      if (inRegion(doc, k + 1, input.length, () => trailerLine(input, s)) >= 0) return fail(i, "a headline");
      reg.value = { start: s, end: e };
      return doc.lines.next[k]!;
    }),
  );
};

/** The characters a Markdown emphasis opens with (`*`, `_`): an item's place may be set in one. */
const EMPHASIS_FIRST = firstOf(token(/[*_]/y));

/**
 * The line opening an item's text: a dateline without agency at the line's start (`FRANKFURT - `), its
 * place perhaps set in Markdown emphasis (`**FRANKFURT** - `).
 * Yields the dateline and where the text after it starts.
 * @example itemLead.parse("LÜBECK - Beim Anbieter ...") // dateline LÜBECK, textStart 9
 */
export const itemLead = (r: OverviewRefs): Parser<{ dateline: DatelineValue; textStart: number }> => {
  const dateline = rawOf(r.dateline);
  // It starts where its dateline does, after any indentation; asked where its text starts, the dateline's
  // quick test is its own.
  return quick(memoLine(
    fromRaw<{ dateline: DatelineValue; textStart: number }>((input, i) => {
      const doc = docOf(input);
      const k = lineAt(doc, i);
      const s = textFrom(doc, k, i);
      let end = dateline(input, s);
      // A place set in Markdown emphasis (`**FRANKFURT** - `; it closes in the dateline's gap): read after the mark.
      if (end < 0) {
        const o = emphasisEnd(input, s);
        if (o === -1) return -1;
        end = dateline(input, o);
        if (end < 0) return -1;
      }
      const d = reg.value as DatelineValue;
      if (d.agency !== null) return fail(s, "a dateline without agency");
      const textStart = skipSpaces(input, end, doc.lines.last[k]!);
      reg.value = { dateline: d, textStart };
      return textStart;
    }, () => union(union(firstOf(r.dateline), firstOf(hspace)), EMPHASIS_FIRST)),
  ), () => quickOf(r.dateline));
};

/**
 * The lead of an overview's first item where the overview has no dateline of its own, as a feed meets it
 * after another message: a dateline without agency (`BERLIN - `) under the item's headline, which stands
 * under the overview's tagged headline (`dpa-AFX Überblick: KONJUNKTUR vom 02.03.2026`), blank lines
 * aside. Later items stand under the text of the item before, so they open no message. Reads the lines
 * above its own, never above the doc's `floor`. Yields what `lead` yields.
 * @example overviewLead asked at line 4 of "dpa-AFX Überblick: KONJUNKTUR\n\nIfo-Index steigt\n\nBERLIN - Text." // succeeds
 */
export const overviewLead = (r: OverviewRefs): Parser<LeadValue> => {
  const itemLead = rawOf(quiet(r.itemLead));
  const headlineLine = rawOf(r.headlineLine);
  const headline = rawOf(r.headline);
  const datePrefix = rawOf(r.datePrefix);
  const lead = rawOf(r.lead);
  let leadFirst: First | null = null;
  let mayLead: Quick | null = null;
  /** Where the text of line `k` starts after a date glued to its start; -1 when the date is all it holds. */
  const afterDate = (doc: Doc, input: string, k: number): number => {
    const s = doc.lines.first[k]!;
    const e = doc.lines.last[k]!;
    const d = datePrefixEnd(datePrefix, input, s, e);
    const rest = d >= 0 ? skipSpaces(input, d, e) : s;
    return rest < e ? rest : -1;
  };
  return fromRaw<LeadValue>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    const at = textFrom(doc, k, i);
    // A feed asks every line: most are ruled out by the item lead's first characters and quick test, as in
    // `itemHeads`, then by the item lead itself (quiet: a failed parse reports what the lead expected), and
    // the items after the first by the line two up (the text of the item before: it ends in a full stop,
    // or it is that item's lead).
    if (cannotStart((leadFirst ??= firstOf(r.itemLead)), input, at) || !(mayLead ??= quickOf(r.itemLead))(input, at) || itemLead(input, at) < 0) return fail(i, "an overview's first item");
    const p = lineAbove(doc, k, doc.floor);
    const q = p >= 0 ? lineAbove(doc, p, doc.floor) : -1;
    const overviewAt = q >= 0 ? afterDate(doc, input, q) : -1;
    const titleAt = overviewAt >= 0 && headlineLine(input, overviewAt) >= 0 && isTaggedHeadline(headline, itemLead, input, overviewAt) ? afterDate(doc, input, p) : -1;
    if (titleAt < 0 || headlineLine(input, titleAt) < 0) return fail(i, "an overview's first item");
    return lead(input, i);
  });
};

/**
 * True when the text at `s` reads as a headline with tags and is no item's lead: `BERLIN - Stimmung
 * hellt sich auf?` reads as the tag `BERLIN` over a title, like `Aktien Wien Schluss - ATX fester`.
 * `headline` and `itemLead` are the grammar's rules (as raws; `itemLead` quiet).
 */
export function isTaggedHeadline(headline: Raw, itemLead: Raw, input: string, s: number): boolean {
  return itemLead(input, s) < 0 && headline(input, s) >= 0 && (reg.value as HeadlineValue).tags.length > 0;
}

/**
 * A day heading of a weekly overview: a line of at most 40 characters in capitals, digits, commas and
 * full stops (`MONTAG`, `DIENSTAG, 3. MÄRZ`).
 * @example dayHeading.parse("MONTAG") // { start: 0, end: 6 }
 */
export const dayHeading = (): Parser<Span> =>
  fromRaw<Span>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    const s = textFrom(doc, k, i);
    const e = doc.lines.last[k]!;
    if (e - s > 40 || e <= s) return fail(i, "a day heading");
    for (let c = s; c < e; c++) {
      const x = input.charCodeAt(c);
      if (!(isUpper(x) || x === 32 || x === 44 || x === 46 || isDigit(x))) return fail(i, "a day heading");
    }
    reg.value = { start: s, end: e };
    return doc.lines.next[k]!;
  });

/** The previous non-blank line before `k` not above `low`, or -1. */
function lineAbove(doc: Doc, k: number, low: number): number {
  let p = k - 1;
  while (p >= low && isBlank(doc, p)) p--;
  return p >= low ? p : -1;
}

/**
 * The item head whose lead is line `l` and whose headline is line `p` (from `s` on, after a date prefix
 * glued to it), with its day heading, if any.
 */
function headAt(doc: Doc, input: string, p: number, lead: { dateline: DatelineValue; textStart: number }, low: number, headline: Raw, dayHeading: Raw, s = doc.lines.first[p]!, date: DateValue | null = null): ItemHeadValue {
  const e = doc.lines.last[p]!;
  const title = headline(input, s) >= 0 ? (reg.value as HeadlineValue) : { tags: [], topics: [], title: { value: input.slice(s, e), span: { start: s, end: e } } };
  const above = lineAbove(doc, p, low);
  const day = above >= 0 && dayHeading(input, doc.lines.start[above]!) >= 0 ? (reg.value as Span) : null;
  return { headline: { start: s, end: e }, title, dateline: lead.dateline, dayHeading: day, textStart: lead.textStart, date };
}

/**
 * The heads of the items in the region: each a headline line right above (blank lines aside) a line
 * opening with a dateline without agency. Consumes nothing; yields the heads in input order.
 * @example itemHeads.parse("Dax legt zu\n\nFRANKFURT - Der Dax ...") // one head
 */
export const itemHeads = (r: OverviewRefs): Parser<ItemHeadValue[]> => {
  const itemLead = rawOf(r.itemLead);
  const headlineLine = rawOf(r.headlineLine);
  const headline = rawOf(r.headline);
  const dayHeading = rawOf(r.dayHeading);
  const datePrefix = rawOf(r.datePrefix);
  let leadFirst: First | null = null;
  let mayLead: Quick | null = null;
  return memoAt(fromRaw<ItemHeadValue[]>((input, i) => {
    const doc = docOf(input);
    const k0 = lineAt(doc, i);
    const out: ItemHeadValue[] = [];
    let prev = -1;
    for (let l = k0; l < doc.stop; l++) {
      if (isBlank(doc, l)) continue;
      const at = doc.lines.first[l]!;
      // A line that cannot open an item's lead is not asked: a small letter opening a wrapped line, or one
      // the lead's quick test rules out (a capital and a small letter: no place in capitals).
      if (prev !== -1 && !cannotStart((leadFirst ??= firstOf(r.itemLead)), input, at) && (mayLead ??= quickOf(r.itemLead))(input, at) && itemLead(input, at) >= 0) {
        const lead = reg.value as { dateline: DatelineValue; textStart: number };
        if (headlineLine(input, doc.lines.start[prev]!) >= 0) out.push(headAt(doc, input, prev, lead, k0, headline, dayHeading));
        else {
          // A date prefix glued to the headline (`date 2026-01 Dax legt zu`): the headline after it.
          const s = doc.lines.first[prev]!;
          const d = datePrefixEnd(datePrefix, input, s, doc.lines.last[prev]!);
          const date = d >= 0 ? (reg.value as DateValue) : null;
          const rest = d >= 0 ? skipSpaces(input, d, doc.lines.last[prev]!) : -1;
          if (rest !== -1 && rest < doc.lines.last[prev]! && headlineLine(input, rest) >= 0) out.push(headAt(doc, input, prev, lead, k0, headline, dayHeading, rest, date));
        }
      }
      prev = l;
    }
    reg.value = out;
    return i;
  }));
};

/**
 * The items of the given heads (each after the date glued to its headline, if any), each with its paragraphs: the blocks from its text to the next item's
 * day heading or headline, the last one's to the end of the body (`bodyEnd` on line `bodyEndLine`).
 */
export function itemsOf(doc: Doc, input: string, heads: ItemHeadValue[], bodyEndLine: number, bodyEnd: number, body: Raw): DpaAfxEntry[] {
  // A loop, not `flatMap`: an array and a callback for each item cost more than its entries.
  const out: DpaAfxEntry[] = [];
  for (let k = 0; k < heads.length; k++) {
    const head = heads[k]!;
    const next = heads[k + 1];
    let stop: number;
    let cut: number;
    if (next) {
      stop = lineAt(doc, (next.dayHeading ?? next.headline).start);
      cut = input.length;
    } else {
      stop = bodyEndLine + 1;
      cut = bodyEnd;
    }
    const blocks = rawInRegion(doc, stop, cut, body, input, head.textStart) >= 0 ? (reg.value as EntryOf<"block">[]) : [];
    const paragraphs = blocks.map((b) => b.value.lines);
    const start = (head.dayHeading ?? head.headline).start;
    const lastBlock = blocks[blocks.length - 1];
    const end = lastBlock ? lastBlock.span.end : trimEnd(input, head.dateline.span.start, head.dateline.span.end);
    // A date prefix glued to the item's headline is a date of the message.
    if (head.date) out.push(entry("date", head.date.span, { date: head.date, source: "prefix", primary: false }));
    out.push(entry("item", { start, end }, { head, paragraphs }));
  }
  return out;
}

/**
 * An overview: two or more items, and above the first one no lead dateline naming an agency (an overview
 * with its own dateline reads as an ordinary message listing its items). Above the first item stand
 * metadata lines, a tagged headline (`dpa-AFX Überblick: KONJUNKTUR`) and an intro; after the last, the
 * tail. Yields the whole message's entries.
 * @example overview.parse("Dax legt zu\n\nFRANKFURT - Text.\n\nÖlpreise fallen\n\nNEW YORK - Text.") // two item entries
 */
export const overview = (r: OverviewRefs): Parser<DpaAfxEntry[]> => {
  const itemHeads = rawOf(r.itemHeads);
  const lead = rawOf(r.lead);
  const datePrefix = rawOf(r.datePrefix);
  const metaDate = rawOf(r.metaDate);
  const metaLine = rawOf(r.metaLine);
  const frontLine = rawOf(r.frontLine);
  const headline = rawOf(r.headline);
  const body = rawOf(r.body);
  const bareTail = rawOf(r.bareTail);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const { start, first, last } = doc.lines;
    if (itemHeads(input, i) < 0) return -1;
    const heads = reg.value as ItemHeadValue[];
    if (heads.length < 2) return fail(i, "an overview of two or more items");
    const k0 = lineAt(doc, i);
    const firstHead = lineAt(doc, heads[0]!.headline.start);
    for (let k = k0; k < firstHead; k++) {
      if (!isBlank(doc, k) && lead(input, start[k]!) >= 0 && (reg.value as LeadValue).entries.some((e) => e.kind === "dateline" && e.value.dateline.agency !== null)) {
        return fail(start[k]!, "an overview of two or more items");
      }
    }
    const out: DpaAfxEntry[] = [];
    const days = new Set(heads.map((h) => h.dayHeading?.start ?? -1));
    const intro: Span[][] = [];
    let headlineSeen = false;
    let prevIntro = -2;
    for (let k = k0; k < firstHead; k++) {
      if (isBlank(doc, k) || days.has(first[k]!)) continue;
      const s = first[k]!;
      const e = last[k]!;
      const d = datePrefixEnd(datePrefix, input, s, e);
      const dated = d >= 0;
      const dv = dated ? (reg.value as DateValue) : null;
      const rest = dated ? skipSpaces(input, d, e) : s;
      const meta = rest >= e || metaDate(input, rest) >= 0 || metaLine(input, rest) >= 0;
      if (meta) {
        if (frontLine(input, start[k]!) >= 0) pushAll(out, reg.value as DpaAfxEntry[]);
        continue;
      }
      if (!headlineSeen && headline(input, rest) >= 0 && (reg.value as HeadlineValue).tags.length > 0) {
        headlineSeen = true;
        if (dv) out.push(entry("date", dv.span, { date: dv, source: "prefix", primary: false }));
        out.push(entry("headline", { start: rest, end: e }, reg.value as HeadlineValue));
        continue;
      }
      // Intro lines: consecutive lines form one block.
      if (prevIntro === k - 1) intro[intro.length - 1]!.push({ start: s, end: e });
      else intro.push([{ start: s, end: e }]);
      prevIntro = k;
    }
    for (const lines of intro) out.push(entry("block", { start: lines[0]!.start, end: lines[lines.length - 1]!.end }, { lines, standalone: lines.length === 1 }));
    const lastHead = heads[heads.length - 1]!;
    const end = bareTail(input, lastHead.textStart);
    const tail = end >= 0 ? (reg.value as TailValue) : { entries: [], bodyEnd: lastHead.textStart, bodyEndLine: lineAt(doc, lastHead.textStart) };
    out.push(entry("body", { start: lastHead.textStart, end: tail.bodyEnd }, null));
    pushAll(out, itemsOf(doc, input, heads, tail.bodyEndLine, tail.bodyEnd, body));
    pushAll(out, tail.entries);
    reg.value = out;
    return end >= 0 ? end : lastHead.textStart;
  });
};
