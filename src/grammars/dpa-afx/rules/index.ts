/**
 * The dpa-AFX rule map. Every rule reaches the others only through `r`, so overriding one rule
 * (with `extendGrammar`) changes every rule that uses it.
 */
import type { Located, Parser } from "../../../combinators/index.js";
import type { RuleSpec } from "../../../grammar/index.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { analysisDate, datePrefix, dottedDate, feedStamp } from "./dates.js";
import { agency, dash, dateline, endDateline, place, places, prefixDateline } from "./dateline.js";
import { deskTag, headline, headlineTag, headlineTopic, upperTag } from "./headline.js";
import { byline, editorialNote, footer, siteLabel } from "./notes.js";
import { trailer, trailerCode } from "./trailer.js";
import type {
  BylineValue,
  DatelineValue,
  DateValue,
  EditorialNoteValue,
  FeedStampValue,
  FooterValue,
  HeadlineValue,
  TrailerValue,
} from "./values.js";

/**
 * The rules of the dpa-AFX grammar, each a parsimmon parser usable on its own.
 *
 * @example
 * dpaAfx.rules.headline.tryParse("WDH/ROUNDUP 2: Dax legt zu").tags.map((t) => t.value); // ["WDH", "ROUNDUP 2"]
 */
export interface DpaAfxRules {
  /** `date 2026-01-06` */
  datePrefix: Parser<DateValue>;
  /** `21.08.2014` */
  dottedDate: Parser<DateValue>;
  /** `AXC0135 2017-07-27/11:08` */
  feedStamp: Parser<FeedStampValue>;
  /** `Datum der Analyse: 17.11.2017` */
  analysisDate: Parser<DateValue>;
  /** `NEW YORK` */
  place: Parser<string>;
  /** `NEW YORK/FRANKFURT` */
  places: Parser<Located<string>[]>;
  /** `(dpa-AFX Analyser)` */
  agency: Parser<Located<string>>;
  /** `-`, `–` */
  dash: Parser<string>;
  /** `PARIS (dpa-AFX) - ` */
  dateline: Parser<DatelineValue>;
  /** `FRANKFURT (dpa-AFX Broker)` alone on a line */
  endDateline: Parser<DatelineValue>;
  /** `dpa-afx FRANKFURT. ` */
  prefixDateline: Parser<DatelineValue>;
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
  /** `(Wiederholung: ...)` */
  editorialNote: Parser<EditorialNoteValue>;
  /** `Von Anna Ringle, dpa-AFX` */
  byline: Parser<BylineValue>;
  /** `evs` */
  trailerCode: Parser<string>;
  /** `/evs/DP/nas` */
  trailer: Parser<TrailerValue>;
  /** `Quelle: dpa-AFX` */
  footer: Parser<FooterValue>;
  /** `dpa-AFX · Uhr` */
  siteLabel: Parser<string>;
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
    place,
    places,
    agency,
    dash,
    dateline,
    endDateline,
    prefixDateline,
    upperTag: upperTag(v),
    deskTag: deskTag(v),
    headlineTag,
    headlineTopic,
    headline,
    editorialNote: editorialNote(v),
    byline,
    trailerCode,
    trailer,
    footer: footer(v),
    siteLabel: siteLabel(v),
  };
}
