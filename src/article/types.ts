import type { DateTime } from "luxon";
import type { Rating } from "../ratings/types.js";
import type { Diagnostic } from "./diagnostics.js";
import type { Position } from "./position.js";

/**
 * Every node: a `type` to switch on and, when it was parsed from the input, its `position`.
 *
 * @example
 * for (const p of article.sections.flatMap((s) => s.paragraphs)) input.slice(p.position!.start.offset, p.position!.end.offset);
 */
export interface Node {
  type: string;
  /** Where the node stands in the original input; absent on synthesised nodes. */
  position?: Position;
}

/**
 * How precisely a metadata date was written.
 *
 * @example
 * parseArticle("date 2021-05 FRANKFURT (dpa-AFX) - Text./ab").date?.precision; // "month"
 */
export type DatePrecision = "year" | "month" | "day" | "minute";

/**
 * Where a metadata date came from. Open: extensions may add their own sources.
 *
 * - `prefix`: `date 2026-01-06` (scraped copies)
 * - `dotted`: a `21.08.2014` line above a ticker headline
 * - `feedStamp`: `AXC0135 2017-07-27/11:08`
 * - `analysisDate`: `Datum der Analyse: 17.11.2017`
 *
 * @example
 * parseArticle("AXC0135 2017-07-27/11:08\nBERLIN (dpa-AFX) - Text./ab").date?.source; // "feedStamp"
 */
export type DateSource =
  | "prefix" // `date 2026-01-06` (scraped copies)
  | "dotted" // `21.08.2014` line above a ticker headline
  | "feedStamp" // `AXC0135 2017-07-27/11:08`
  | "analysisDate" // `Datum der Analyse: 17.11.2017`
  | "stamp" // a site's or feed's time stamp in another form: `2023-10-12T14:05:00+02:00`, `12. Oktober 2023`
  | (string & {});

/**
 * A date the text states as its metadata (never a date mentioned in the story).
 *
 * @example
 * // "date 2021-05 FRANKFURT (dpa-AFX Analyser) - ..."
 * { type: "date", iso: "2021-05", precision: "month", source: "prefix", text: "date 2021-05", ... }
 */
export interface DateNode extends Node {
  type: "date";
  /** ISO 8601 at the precision written: `2021`, `2021-05`, `2026-01-06` or `2017-07-27T11:08`. */
  iso: string;
  precision: DatePrecision;
  source: DateSource;
  /** The date as written. */
  text: string;
  /**
   * The date as a luxon `DateTime` at the start of the period written, in the zone from the options
   * (default `Europe/Berlin`). Created on first read; invalid when the written date does not exist.
   */
  readonly value: DateTime;
}

/**
 * What a headline's tags say, so users need not re-parse them.
 *
 * @example
 * // "WDH/ROUNDUP 2: Dax legt zu"
 * { repeat: true, correction: false, revision: 2, desk: null }
 */
export interface HeadlineFlags {
  /** A repeated message (`WDH`). */
  repeat: boolean;
  /** A corrected message (`KORREKTUR`). */
  correction: boolean;
  /** The revision number of a tag such as `ROUNDUP 2`; null when none is written. */
  revision: number | null;
  /** The desk tag, such as `Aktien Frankfurt Schluss`, `Devisen`, `AKTIE IM FOKUS`; null when none. */
  desk: string | null;
}

/**
 * The headline, usually behind desk tags.
 *
 * @example
 * // "WDH/ROUNDUP 2: Dax legt zu"
 * { type: "headline", text: "WDH/ROUNDUP 2: Dax legt zu", tags: ["WDH", "ROUNDUP 2"], topics: [], title: "Dax legt zu" }
 */
export interface Headline extends Node {
  type: "headline";
  /** The headline as written, tags included. */
  text: string;
  /** Desk tags in front of the title, split on `/` (`WDH`, `ROUNDUP 2`, `Aktien Frankfurt Schluss`). */
  tags: string[];
  /** Topic labels among the tags that are not desk tags (`ROUNDUP/Verdacht des Abgasbetrugs:` gives one). */
  topics: string[];
  /** The headline without its tags. */
  title: string;
  /** What the tags say: repeat, correction, revision number, desk. */
  flags: HeadlineFlags;
}

/**
 * What an editorial note says about the message. Open vocabulary.
 *
 * @example
 * parseArticle("(Berichtigt wird der Kurs.)\nBERLIN (dpa-AFX) - Text./ab").editorialNote?.kind; // "correction"
 */
export type EditorialNoteKind = "repeat" | "correction" | "update" | "other" | (string & {});

/**
 * An editor's note in parentheses before the dateline.
 *
 * @example
 * // "(Berichtigt wird der Kurs im zweiten Absatz.)"
 * { type: "editorialNote", text: "(Berichtigt wird der Kurs im zweiten Absatz.)", kind: "correction" }
 */
export interface EditorialNote extends Node {
  type: "editorialNote";
  /** The note as written, with its parentheses. */
  text: string;
  kind: EditorialNoteKind;
}

/**
 * The author line, before the dateline or after the trailer.
 *
 * @example
 * // "--- Von Anna Ringle, dpa-AFX ---"
 * { type: "byline", text: "Von Anna Ringle, dpa-AFX", authors: ["Anna Ringle"], agency: "dpa-AFX" }
 */
export interface Byline extends Node {
  type: "byline";
  /** The byline as written, without surrounding `---`. */
  text: string;
  authors: string[];
  agency: string | null;
}

/**
 * The dateline that opens the lead.
 *
 * @example
 * // "NEW YORK/FRANKFURT (dpa-AFX Analyser) - "
 * { type: "dateline", text: "NEW YORK/FRANKFURT (dpa-AFX Analyser) -", locations: ["NEW YORK", "FRANKFURT"], agency: "dpa-AFX Analyser" }
 */
export interface Dateline extends Node {
  type: "dateline";
  /** The dateline as written, without the space after its dash. */
  text: string;
  /** The places, split on `/`, as written. */
  locations: string[];
  /** The text inside the parentheses (`dpa-AFX`, `dpa-AFX Broker`), or null when there are none. */
  agency: string | null;
  /**
   * Where it stood: `lead` opening the first paragraph (the normal case), `end` on a line of its own after
   * the body (some sites move it there).
   */
  placement: "lead" | "end";
}

/**
 * A short sentence between headline and dateline that some sites print as a teaser.
 *
 * @example
 * // "Die Aktie legte zu." standing alone above "FRANKFURT (dpa-AFX) - ..."
 * { type: "standfirst", text: "Die Aktie legte zu." }
 */
export interface Standfirst extends Node {
  type: "standfirst";
  text: string;
}

/**
 * A body paragraph. `text` joins hard-wrapped lines with one space and normalises odd spaces;
 * the raw text stays reachable through `position`.
 *
 * @example
 * // "Der Dax stieg\nam Montag."
 * { type: "paragraph", text: "Der Dax stieg am Montag." }
 */
export interface Paragraph extends Node {
  type: "paragraph";
  text: string;
}

/**
 * A section heading: a short stand-alone line that titles what follows.
 *
 * @example
 * // "Was wird aus dem Werk?" between two paragraphs
 * { type: "heading", text: "Was wird aus dem Werk?" }
 */
export interface Heading extends Node {
  type: "heading";
  text: string;
}

/**
 * A run of paragraphs under one heading. The first section has `heading: null` and opens with the lead;
 * sections are synthesised groupings and carry no position of their own.
 *
 * @example
 * article.sections.map((s) => s.heading?.text ?? "(lead)");
 */
export interface Section extends Node {
  type: "section";
  heading: Heading | null;
  paragraphs: Paragraph[];
}

/**
 * The agency trailer glued to the last sentence: initials of author and editors, `DP` for dpa copy,
 * a partner such as `APA`.
 *
 * @example
 * // "...wolle./evs/DP/nas"
 * { type: "trailer", text: "/evs/DP/nas", codes: ["evs", "DP", "nas"] }
 */
export interface Trailer extends Node {
  type: "trailer";
  /** The trailer as written, from its first `/` to its last code (stray `/` or `;` and a leading `°` included). */
  text: string;
  codes: string[];
}

/**
 * Kinds of footer. Open vocabulary.
 *
 * - `disclosure`: Veröffentlichung / Erstmalige Weitergabe der Original-Studie
 * - `notice`: Hinweis: Informationen zur Offenlegungspflicht ...
 * - `ratingExplanation`: Gemäß der Einstufung ... / Analysierendes Institut ...
 * - `analysisDate`: Datum der Analyse: 17.11.2017
 * - `isin`: ISIN DE0008404005
 * - `source`: Quelle: dpa-AFX
 * - `copyright`: Copyright RTT News/dpa-AFX
 * - `contact`: For comments and feedback contact: editorial@rttnews.com
 * - `disclaimer`: Alle Angaben ohne Gewähr. / Keine Anlageberatung.
 * - `feedStamp`: AXC0098 2018-02-15/09:55
 * - `product`: dpa-AFX Broker - die Trader News von dpa-AFX
 * - `rule`: a line of dashes
 *
 * @example
 * article.footers.filter((f) => f.kind === "isin").map((f) => f.value); // ["DE0008404005"]
 */
export type FooterKind =
  | "disclosure" // Veröffentlichung / Erstmalige Weitergabe der Original-Studie
  | "notice" // Hinweis: Informationen zur Offenlegungspflicht ...
  | "ratingExplanation" // Gemäß der Einstufung "Overweight" geht ... / Analysierendes Institut ...
  | "analysisDate" // Datum der Analyse: 17.11.2017
  | "isin" // ISIN DE0008404005
  | "source" // Quelle: dpa-AFX
  | "copyright" // Copyright RTT News/dpa-AFX
  | "contact" // For comments and feedback contact: editorial@rttnews.com
  | "disclaimer" // Alle Angaben ohne Gewähr. / Keine Anlageberatung.
  | "feedStamp" // AXC0098 2018-02-15/09:55
  | "product" // dpa-AFX Broker - die Trader News von dpa-AFX
  | "rule" // a line of dashes or equals signs
  | (string & {});

/**
 * A line (or part of one) after the body: disclosures, notices, ISIN, source, copyright, feed stamps.
 *
 * @example
 * // "ISIN DE0008404005"
 * { type: "footer", kind: "isin", text: "ISIN DE0008404005", value: "DE0008404005" }
 */
export interface Footer extends Node {
  type: "footer";
  kind: FooterKind;
  text: string;
  /** The footer's datum when it has one: the ISIN, the feed id, the source name. */
  value: string | null;
}

/**
 * Kinds of text that is not part of the message. Open vocabulary.
 *
 * - `siteLabel`: a site's source line between headline and dateline, `dpa-AFX`
 * - `duplicate`: a site's repetition of text already parsed (a repeated trailer or byline)
 * - `endMark`: the `°` ending an old feed message
 * - `unrecognised`: anything else; reported with a `line/unrecognised` info diagnostic
 *
 * @example
 * article.extras.filter((e) => e.kind === "unrecognised");
 */
export type ExtraKind =
  | "siteLabel" // a site's source line between headline and dateline: `dpa-AFX · Uhr`
  | "duplicate" // a site's repetition of text already in the body
  | "endMark" // `°` ending an old feed message
  | "pageHeader" // a page header above the first message of a feed: `dpa-AFX NEWSTICKER (Produktauszug)`
  | "chrome" // a site's label or navigation around the copy: `Erweiterte Funktionen`, `Artikel drucken`
  | "markup" // HTML tags or Markdown marks at a line's edges (`<p>`, `</p>`, `## `, `**`); its text is empty: marks are not text
  | "unrecognised" // anything else; reported with an `info` diagnostic
  | (string & {});

/**
 * Text in the input that belongs to no element of the message: site chrome, duplicates, unknown lines.
 * Kept as a node so nothing is lost.
 *
 * @example
 * // "Hier steht noch etwas von der Website" after the trailer
 * { type: "extra", kind: "unrecognised", text: "Hier steht noch etwas von der Website" }
 */
export interface Extra extends Node {
  type: "extra";
  kind: ExtraKind;
  text: string;
}

/**
 * One entry of an overview message (`dpa-AFX Überblick`, weekly analyst lists): its own headline,
 * a dateline usually without agency (`FRANKFURT - `) and paragraphs; `heading` is a day heading such as
 * `MONTAG` standing above it.
 *
 * @example
 * // "DZ Bank senkt Metro auf 'Verkaufen'\n\nFRANKFURT - Die DZ Bank hat ..."
 * { type: "item", heading: null, headline: { text: "DZ Bank senkt Metro auf 'Verkaufen'", ... }, dateline: { locations: ["FRANKFURT"], agency: null, ... }, paragraphs: [...] }
 */
export interface OverviewItem extends Node {
  type: "item";
  heading: Heading | null;
  headline: Headline | null;
  dateline: Dateline | null;
  paragraphs: Paragraph[];
}

/**
 * Extension point: a grammar extension adds fields to `Article` by declaration merging, so the types of
 * an extended Article stay exact. The package's own extension, `rating`, is declared here.
 *
 * @example
 * declare module "dpa-afx-parser" {
 *   interface ArticleExtensions { sentiment?: number | null }
 * }
 */
export interface ArticleExtensions {
  /**
   * The analyst rating the text reports: set by grammars with the `rating` refiner, such as
   * `dpaAfxRatings`; null when the text states none, absent with other grammars.
   */
  rating?: Rating | null;
}

/**
 * Extension point: node types added by grammar extensions, by declaration merging; they join
 * {@link ArticleNode}.
 *
 * @example
 * declare module "dpa-afx-parser" {
 *   interface ExtensionNodes { rating: RatingNode }
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExtensionNodes {}

/**
 * One parsed dpa-AFX message.
 *
 * @example
 * const a = parseArticle("date 2026-01-06 PARIS (dpa-AFX) - Die Gespräche dauern an./evs/DP/nas");
 * a.dateline?.locations; // ["PARIS"]
 * a.trailer?.codes;      // ["evs", "DP", "nas"]
 */
export interface Article extends Node, ArticleExtensions {
  type: "article";
  /** The most precise metadata date; null when the text states none. */
  date: DateNode | null;
  /** Every metadata date in input order (`date` is one of them). */
  dates: DateNode[];
  headline: Headline | null;
  editorialNote: EditorialNote | null;
  byline: Byline | null;
  dateline: Dateline | null;
  standfirst: Standfirst | null;
  sections: Section[];
  trailer: Trailer | null;
  footers: Footer[];
  extras: Extra[];
  /** The entries of an overview message, in order; empty for an ordinary message. */
  items: OverviewItem[];
  /**
   * The text's language as an IETF tag (`de`, or `en` for the English service), told by a
   * word-frequency test over the headline and the start of the body; null when the text is too short.
   */
  language: ArticleLanguage | null;
  /** Problems found, in input order. */
  diagnostics: Diagnostic[];
}

/**
 * A text's language: `de`, `en`, or another IETF tag an extension's vocabulary knows.
 *
 * @example
 * parseArticle("NEW YORK (dpa-AFX) - Shares of the company rose after the results were better than expected.").language; // "en"
 */
export type ArticleLanguage = "de" | "en" | (string & {});

/**
 * Any node an Article holds: a discriminated union on `type`.
 *
 * @example
 * function label(n: ArticleNode) {
 *   return n.type === "paragraph" ? n.text.slice(0, 20) : n.type;
 * }
 */
export type ArticleNode =
  | Article
  | DateNode
  | Headline
  | EditorialNote
  | Byline
  | Dateline
  | Standfirst
  | Section
  | Heading
  | Paragraph
  | Trailer
  | Footer
  | Extra
  | OverviewItem
  | ExtensionNodes[keyof ExtensionNodes];
