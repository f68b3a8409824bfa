/** The typed values the dpa-AFX rules yield. Spans are offsets into the string the rule ran on. */
import type { Span } from "../../../article/position.js";
import type { DateParts } from "../../../article/build.js";
import type { Located } from "../../../combinators/index.js";

/**
 * A written date, before luxon sees it, and where it was written.
 *
 * @example
 * dpaAfx.rules.dottedDate.tryParse("21.08.2014"); // { iso: "2014-08-21", precision: "day", ..., span: { start: 0, end: 10 } }
 */
export interface DateValue extends DateParts {
  span: Span;
}

/**
 * What the `dateline` rules yield: the places, the agency and the dash, located.
 *
 * @example
 * dpaAfx.rules.dateline.tryParse("PARIS (dpa-AFX) - ").agency; // { value: "dpa-AFX", span: { start: 7, end: 14 } }
 */
export interface DatelineValue {
  locations: Located<string>[];
  agency: Located<string> | null;
  /**
   * The dash and the spaces around it; null for a dateline standing alone at the end, or a lead's that lost
   * it (`KIEL (dpa-AFX) Der ...`).
   */
  dash: Located<string> | null;
  span: Span;
}

/**
 * What the `headline` rule yields: tags, topics and the title, located.
 *
 * @example
 * dpaAfx.rules.headline.tryParse("ROUNDUP/Streit um Zölle: Minister reist ab").topics[0]?.value; // "Streit um Zölle"
 */
export interface HeadlineValue {
  tags: Located<string>[];
  topics: Located<string>[];
  title: Located<string>;
}

/**
 * What the `editorialNote` rule yields.
 *
 * @example
 * dpaAfx.rules.editorialNote.tryParse("(Wiederholung: Text)"); // { text: "(Wiederholung: Text)", kind: "repeat", span: { start: 0, end: 20 } }
 */
export interface EditorialNoteValue {
  text: string;
  kind: string;
  span: Span;
}

/**
 * What the `byline` rule yields.
 *
 * @example
 * dpaAfx.rules.byline.tryParse("Von Anna Berg, dpa-AFX").authors; // ["Anna Berg"]
 */
export interface BylineValue {
  text: Located<string>;
  authors: string[];
  agency: string | null;
  /** True when written as `--- Von ..., dpa-AFX ---`. */
  ruled: boolean;
  span: Span;
}

/**
 * What the `trailer` rule yields.
 *
 * @example
 * dpaAfx.rules.trailer.tryParse("/la/tih/jha/").stray?.value; // "/"
 */
export interface TrailerValue {
  codes: Located<string>[];
  /** A `°` end mark before the trailer (old feeds). */
  endMark: Located<string> | null;
  /** A stray `/` or `;` after the last code. */
  stray: Located<string> | null;
  span: Span;
}

/**
 * What the `feedStamp` rule yields: the feed id and the date and time.
 *
 * @example
 * dpaAfx.rules.feedStamp.tryParse("AXC0135 2017-07-27/11:08").id; // "AXC0135"
 */
export interface FeedStampValue {
  id: string;
  date: DateValue;
  span: Span;
}

/**
 * What the `footer` rule yields: the footer's kind and its text to the end of the line.
 *
 * @example
 * dpaAfx.rules.footer.tryParse("Quelle: dpa-AFX"); // { kind: "source", text: { value: "Quelle: dpa-AFX", ... }, value: "dpa-AFX" }
 */
export interface FooterValue {
  kind: string;
  text: Located<string>;
  /** The footer's datum from its text (the vocabulary's `value` expression): the ISIN, the feed id, the source; null when none. */
  value: string | null;
}
