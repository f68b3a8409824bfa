/**
 * The dpa-AFX outline: what the document rules find, entry by entry, before refiners judge it and
 * builders turn it into nodes. Spans are offsets into the text parsed.
 */
import type { Span } from "../../article/position.js";
import type { DateSource, ExtraKind } from "../../article/types.js";
import type { Entry } from "../../grammar/outline.js";
import type { BylineValue, DatelineValue, DateValue, EditorialNoteValue, HeadlineValue, TrailerValue } from "./rules/values.js";

/**
 * A metadata date. `primary` marks the article's date (the `articleDate` refiner sets it).
 *
 * @example
 * { kind: "date", span, value: { date: { iso: "2026-01-06", ... }, source: "prefix", primary: false } }
 */
export interface DateEntryValue {
  date: DateValue;
  source: DateSource;
  primary: boolean;
}

/**
 * A dateline and where it stands: opening the lead, or alone after the body.
 *
 * @example
 * { kind: "dateline", span, value: { dateline: { locations: [...], agency: {...}, ... }, placement: "lead" } }
 */
export interface DatelineEntryValue {
  dateline: DatelineValue;
  placement: "lead" | "end";
}

/**
 * Body text: lines between blank lines (a block), or once judged, a paragraph or a heading. Each line is
 * the span of its text (trimmed; the first may start after the dateline, the last end before the trailer).
 *
 * @example
 * { kind: "block", span: { start: 19, end: 44 }, value: { lines: [{ start: 19, end: 32 }, { start: 33, end: 44 }] } }
 */
export interface LinesValue {
  lines: Span[];
  /** True when the unit is a whole block of one line (a stand-alone line). */
  standalone: boolean;
}

/**
 * The head of an overview item: its headline line (and a day heading above it), and the dateline
 * without agency that opens its text (`FRANKFURT - `).
 *
 * @example
 * { headline: { start: 80, end: 95 }, title: { tags: [], ... }, dateline: { locations: [...], agency: null, ... }, dayHeading: null, textStart: 112 }
 */
export interface ItemHeadValue {
  headline: Span;
  title: HeadlineValue;
  dateline: DatelineValue;
  dayHeading: Span | null;
  /** Where the item's text starts (after the dateline); its lines are the blocks that follow. */
  textStart: number;
  /** A date prefix glued to the headline line (`date 2026-01 Dax legt zu`), or null. */
  date?: DateValue | null;
}

/**
 * An overview item: its head and its paragraphs (each a list of line spans).
 *
 * @example
 * { head: { ... }, paragraphs: [[{ start: 112, end: 180 }]] }
 */
export interface ItemValue {
  head: ItemHeadValue;
  paragraphs: Span[][];
}

/**
 * A footer: its kind from the vocabulary and the datum it carries (the ISIN, the feed id, the source).
 *
 * @example
 * { kind: "isin", value: "DE0008404005" }
 */
export interface FooterEntryValue {
  kind: string;
  value: string | null;
}

/**
 * Every entry of the dpa-AFX outline, a discriminated union on `kind`.
 *
 * - `frontText`: a line of text above the lead; the `front` refiner makes it the headline, the standfirst
 *   or an unrecognised extra.
 * - `body`: where the body starts (zero width), for diagnostics about a missing lead.
 * - `block`: body text between blank lines; the `paragraphs` refiner splits it into `paragraph`s, the
 *   `headings` refiner turns stand-alone ones into `heading`s.
 * - `itemHead`: the head of an overview item inside an ordinary message's body (the `items` refiner lists
 *   them as `item`s when there are two or more).
 * - `afterTrailer`: a short line between the trailer and the footers; the `afterTrailer` refiner tells a
 *   duplicate from an unrecognised line.
 *
 * @example
 * function isMeta(e: DpaAfxEntry) { return e.kind === "date" || e.kind === "note" || e.kind === "byline"; }
 */
export type DpaAfxEntry =
  | Entry<"date", DateEntryValue>
  | Entry<"siteLabel", null>
  | Entry<"note", EditorialNoteValue>
  | Entry<"byline", BylineValue>
  | Entry<"frontText", HeadlineValue>
  | Entry<"headline", HeadlineValue>
  | Entry<"standfirst", null>
  | Entry<"dateline", DatelineEntryValue>
  | Entry<"body", null>
  | Entry<"block", LinesValue>
  | Entry<"paragraph", LinesValue>
  | Entry<"heading", LinesValue>
  | Entry<"itemHead", ItemHeadValue>
  | Entry<"item", ItemValue>
  | Entry<"trailer", TrailerValue>
  | Entry<"footer", FooterEntryValue>
  | Entry<"afterTrailer", null>
  | Entry<"extra", { kind: ExtraKind }>;

/** The entries of one kind. */
export type EntryOf<K extends DpaAfxEntry["kind"]> = Extract<DpaAfxEntry, { kind: K }>;

/**
 * Makes an entry.
 *
 * @example
 * entry("extra", { start: 0, end: 7 }, { kind: "siteLabel" });
 */
export function entry<K extends DpaAfxEntry["kind"]>(kind: K, span: Span, value: EntryOf<K>["value"]): EntryOf<K> {
  return { kind, span, value } as EntryOf<K>;
}
