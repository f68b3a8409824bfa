/**
 * The dpa-AFX rule map: inline rules (over the characters of one line) and document rules (over lines).
 * Every rule reaches the others only through `r`, so overriding one rule (with `extendGrammar`) changes
 * every rule that uses it, and so what is found in a whole text.
 */
import type { Span } from "../../../article/position.js";
import type { Located, Parser } from "../../../combinators/index.js";
import type { RuleSpec } from "../../../grammar/index.js";
import type { DpaAfxEntry, EntryOf, ItemHeadValue } from "../outline.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { block, body, calendarRow, heading, paragraph } from "./body.js";
import { analysisDate, datePrefix, dottedDate, feedStamp, siteDate } from "./dates.js";
import { agency, dash, dashlessDateline, dateline, endDateline, partnerDateline, partnerPlace, place, places, prefixDateline } from "./dateline.js";
import { bareFront, frontLine, frontMatter, lead, leadDate, metaDate, metaLine, type LeadValue } from "./front.js";
import { deskTag, headline, headlineTag, headlineTopic, upperTag } from "./headline.js";
import { article, message, messageBreak, messageFront, messageLead } from "./message.js";
import { byline, chromeLine, editorialNote, frontChromeLine, footer, siteLabel, teaserMark, wrappedNote } from "./notes.js";
import { dayHeading, headlineLine, itemHeads, itemLead, overview, overviewLead } from "./overview.js";
import { bareTail, endDatelineLine, footerLines, footers, gluedEndDateline, strayLine, tail, trailerLine, type GluedDatelineValue, type TailValue, type TrailerLineValue } from "./tail.js";
import { endMark, trailer, trailerCode } from "./trailer.js";
import type { BylineValue, DatelineValue, DateValue, EditorialNoteValue, FeedStampValue, FooterValue, HeadlineValue, TrailerValue } from "./values.js";

export type { GluedDatelineValue, LeadValue, TailValue, TrailerLineValue };

/**
 * The rules of the dpa-AFX grammar, each a parsimmon parser usable on its own. Inline rules read part of
 * a line; document rules read whole lines and yield outline entries.
 *
 * @example
 * dpaAfx.rules.headline.tryParse("WDH/ROUNDUP 2: Dax legt zu").tags.map((t) => t.value); // ["WDH", "ROUNDUP 2"]
 * dpaAfx.rules.message.tryParse("PARIS (dpa-AFX) - Text./ab").map((e) => e.kind); // ["dateline", "body", "block", "trailer"]
 */
export interface DpaAfxRules {
  // ---- inline rules: dates
  /** `date 2026-01-06` */
  datePrefix: Parser<DateValue>;
  /** `21.08.2014` */
  dottedDate: Parser<DateValue>;
  /** `AXC0135 2017-07-27/11:08` */
  feedStamp: Parser<FeedStampValue>;
  /** `Datum der Analyse: 17.11.2017` */
  analysisDate: Parser<DateValue>;
  /** `2023-10-12T14:05:00+02:00`, `12. Oktober 2023`, `Thu, 12 Oct 2023 12:05:00 GMT` */
  siteDate: Parser<DateValue>;
  // ---- inline rules: datelines
  /** `NEW YORK` */
  place: Parser<string>;
  /** `NEW YORK/FRANKFURT` */
  places: Parser<Located<string>[]>;
  /** `Zürich`, `Wien`: a place in mixed case, in partner copies (`Zürich (awp) - `) */
  partnerPlace: Parser<string>;
  /** `(dpa-AFX Analyser)` */
  agency: Parser<Located<string>>;
  /** `-`, `–` */
  dash: Parser<string>;
  /** `PARIS (dpa-AFX) - ` */
  dateline: Parser<DatelineValue>;
  /** `Zürich (awp) - `: a partner copy's dateline, in mixed case */
  partnerDateline: Parser<DatelineValue>;
  /** `FRANKFURT (dpa-AFX Broker)` alone on a line */
  endDateline: Parser<DatelineValue>;
  /** `dpa-afx FRANKFURT. ` */
  prefixDateline: Parser<DatelineValue>;
  /** `KIEL (dpa-AFX) ` before a sentence: a lead dateline that lost its dash */
  dashlessDateline: Parser<DatelineValue>;
  // ---- inline rules: headlines
  /** `ROUNDUP 2`, `AKTIE IM FOKUS` */
  upperTag: Parser<string>;
  /** `Aktien Frankfurt Schluss`, `Devisen` */
  deskTag: Parser<string>;
  /** either kind of tag */
  headlineTag: Parser<string>;
  /** `Verdacht des Abgasbetrugs` in `ROUNDUP/Verdacht des Abgasbetrugs:` */
  headlineTopic: Parser<string>;
  /** a whole headline line */
  headline: Parser<HeadlineValue>;
  // ---- inline rules: notes, bylines, trailers, footers
  /** `(Wiederholung: ...)` */
  editorialNote: Parser<EditorialNoteValue>;
  /** `(Wiederholung: Im dritten Absatz wurde\nein Wort ergänzt.)`, over lines */
  wrappedNote: Parser<EditorialNoteValue>;
  /** `Von Anna Ringle, dpa-AFX` */
  byline: Parser<BylineValue>;
  /** `evs` */
  trailerCode: Parser<string>;
  /** `°` */
  endMark: Parser<string>;
  /** `/evs/DP/nas` */
  trailer: Parser<TrailerValue>;
  /** `Quelle: dpa-AFX` */
  footer: Parser<FooterValue>;
  /** `Quelle: dpa-AFX ISIN DE0008404005`: footers in a row */
  footers: Parser<DpaAfxEntry[]>;
  /** `dpa-AFX · Uhr` */
  siteLabel: Parser<string>;
  /** `[mehr]`, `[+1040 chars]` where a teaser was cut */
  teaserMark: Parser<string>;
  /** `Erweiterte Funktionen`: a site's navigation or widget line */
  chromeLine: Parser<string>;
  /** `BASF 41,54 EUR +1,2%`: a quote box's row above the headline */
  frontChromeLine: Parser<string>;
  // ---- document rules: above the body
  /** a line `21.08.2014` or `AXC0135 2017-07-27/11:08` */
  metaDate: Parser<DpaAfxEntry[]>;
  /** a line holding a note, a byline or a site label */
  metaLine: Parser<DpaAfxEntry[]>;
  /** one line above the lead */
  frontLine: Parser<DpaAfxEntry[]>;
  /** the lines above the lead */
  frontMatter: Parser<DpaAfxEntry[]>;
  /** metadata and a headline at the top of a text without lead dateline */
  bareFront: Parser<DpaAfxEntry[]>;
  /** a date before the dateline on the lead line: `date 2026-01-06 `, `21.08.2014 ` */
  leadDate: Parser<DpaAfxEntry[]>;
  /** the line opening the body with its dateline */
  lead: Parser<LeadValue>;
  // ---- document rules: the body
  /** lines between blank lines */
  block: Parser<EntryOf<"block">>;
  /** the blocks of the body */
  body: Parser<DpaAfxEntry[]>;
  /** a line that reads as a section heading */
  heading: Parser<Span>;
  /** `10:00 DEU: Ifo-Index` */
  calendarRow: Parser<Span>;
  /** the lines of one paragraph of a copy that lost its blank lines */
  paragraph: Parser<number>;
  // ---- document rules: the tail
  /** a line holding the trailer */
  trailerLine: Parser<TrailerLineValue>;
  /** a footer line, or a footer hard-wrapped over lines */
  footerLines: Parser<DpaAfxEntry[]>;
  /** `FRANKFURT (dpa-AFX Broker)` alone on a line after the body */
  endDatelineLine: Parser<DpaAfxEntry[]>;
  /** `...mis FRANKFURT (dpa-AFX)` glued to a line's end */
  gluedEndDateline: Parser<GluedDatelineValue>;
  /** a short line after the trailer */
  strayLine: Parser<Span>;
  /** the tail of a message with a lead dateline */
  tail: Parser<TailValue>;
  /** the tail of a text without one */
  bareTail: Parser<TailValue>;
  // ---- document rules: overviews
  /** a line that can be a headline */
  headlineLine: Parser<Span>;
  /** `FRANKFURT - ` opening an item's text */
  itemLead: Parser<{ dateline: DatelineValue; textStart: number }>;
  /** `MONTAG` above an item */
  dayHeading: Parser<Span>;
  /** the heads of the items in a stretch */
  itemHeads: Parser<ItemHeadValue[]>;
  /** a message of two or more items */
  overview: Parser<DpaAfxEntry[]>;
  /** an overview's first item lead, opening a message of a feed where the overview has no dateline of its own */
  overviewLead: Parser<LeadValue>;
  // ---- document rules: messages
  /** an ordinary message */
  article: Parser<DpaAfxEntry[]>;
  /** one message: an overview or an ordinary message */
  message: Parser<DpaAfxEntry[]>;
  /** a line that opens a new message of a feed */
  messageLead: Parser<LeadValue>;
  /** the front matter a message of a feed carries above its lead */
  messageFront: Parser<null>;
  /** a line that opens a message of a feed whatever follows (`date 2026-07-31`, `21.08.2014` under a blank line) */
  messageBreak: Parser<DateValue>;
}

/**
 * The rule spec of dpa-AFX for a vocabulary: what extensions override.
 *
 * @example
 * const rules = buildRules(dpaAfxRuleSpec(dpaAfxVocabulary));
 */
export function dpaAfxRuleSpec(v: DpaAfxVocabulary): RuleSpec<DpaAfxRules> {
  return {
    datePrefix,
    dottedDate,
    feedStamp,
    analysisDate,
    siteDate: siteDate(v),
    place,
    places,
    partnerPlace: partnerPlace(v),
    agency,
    dash,
    dateline,
    partnerDateline: partnerDateline(v),
    endDateline,
    prefixDateline,
    dashlessDateline: dashlessDateline(v),
    upperTag: upperTag(v),
    deskTag: deskTag(v),
    headlineTag,
    headlineTopic,
    headline,
    editorialNote: editorialNote(v),
    wrappedNote: wrappedNote(v),
    byline: byline(v),
    trailerCode,
    endMark,
    trailer,
    footer: footer(v),
    footers: footers(v),
    siteLabel: siteLabel(v),
    teaserMark: teaserMark(v),
    chromeLine: chromeLine(v),
    frontChromeLine: frontChromeLine(v),
    metaDate,
    metaLine,
    frontLine,
    frontMatter,
    bareFront,
    leadDate,
    lead: lead(v),
    block,
    body,
    heading,
    calendarRow,
    paragraph,
    trailerLine: trailerLine(v),
    footerLines,
    endDatelineLine,
    gluedEndDateline,
    strayLine,
    tail,
    bareTail,
    headlineLine,
    itemLead,
    dayHeading,
    itemHeads,
    overview,
    overviewLead,
    article,
    message,
    messageLead,
    messageFront,
    messageBreak,
  };
}
