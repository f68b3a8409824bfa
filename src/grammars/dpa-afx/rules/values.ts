/** The typed values the dpa-AFX rules yield. Spans are offsets into the string the rule ran on. */
import type { Span } from "../../../article/position.js";
import type { DateParts } from "../../../article/build.js";
import type { Located } from "../../../combinators/index.js";

/** A written date, before luxon sees it, and where it was written. */
export interface DateValue extends DateParts {
  span: Span;
}

export interface DatelineValue {
  locations: Located<string>[];
  agency: Located<string> | null;
  /** The dash and the spaces around it; null for a dateline standing alone at the end. */
  dash: Located<string> | null;
  span: Span;
}

export interface HeadlineValue {
  tags: Located<string>[];
  topics: Located<string>[];
  title: Located<string>;
}

export interface EditorialNoteValue {
  text: string;
  kind: string;
  span: Span;
}

export interface BylineValue {
  text: Located<string>;
  authors: string[];
  agency: string | null;
  /** True when written as `--- Von ..., dpa-AFX ---`. */
  ruled: boolean;
  span: Span;
}

export interface TrailerValue {
  codes: Located<string>[];
  /** A `°` end mark before the trailer (old feeds). */
  endMark: Located<string> | null;
  /** A stray `/` or `;` after the last code. */
  stray: Located<string> | null;
  span: Span;
}

export interface FeedStampValue {
  id: string;
  date: DateValue;
  span: Span;
}

export interface FooterValue {
  kind: string;
  text: Located<string>;
}
