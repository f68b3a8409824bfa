import P from "parsimmon";
import { located, optHspace, slashList, token, type Located, type Parser } from "../../../combinators/index.js";
import type { DatelineValue } from "./values.js";

interface DatelineRefs {
  place: Parser<string>;
  places: Parser<Located<string>[]>;
  agency: Parser<Located<string>>;
  dash: Parser<string>;
}

/**
 * One dateline place in capitals, possibly several words: `PARIS`, `NEW YORK`, `NÜRNBERG`, `ST. GALLEN`.
 * @example place.parse("SANTA CLARA") // "SANTA CLARA"
 */
export const place = (): Parser<string> =>
  token(/[A-ZÄÖÜ][A-ZÄÖÜÉÈÀÇ'-]*(?:\.(?= [A-ZÄÖÜ]{2}))?(?: [A-ZÄÖÜ][A-ZÄÖÜÉÈÀÇ'-]*(?:\.(?= [A-ZÄÖÜ]{2}))?){0,3}/y).desc("a place in capitals");

/** Places split on `/`: `NEW YORK/FRANKFURT`. */
export const places = (r: DatelineRefs): Parser<Located<string>[]> => slashList(r.place);

/**
 * The agency in parentheses, `(dpa-AFX Analyser)`; the value is the text inside.
 * @example agency.parse("(dpa-AFX Broker)") // value "dpa-AFX Broker"
 */
export const agency = (): Parser<Located<string>> =>
  P.string("(")
    .then(located(token(/[a-z][\w.&/-]*(?: [\w.&/-]+){0,3}/iy)))
    .skip(P.string(")"))
    .desc("an agency in parentheses");

/** The dateline dash: hyphen, en dash or em dash. */
export const dash = (): Parser<string> => token(/[-–—]/y).desc("a dash");

/**
 * The dateline opening the lead, with the spaces after its dash:
 * `PARIS (dpa-AFX) - `, `BERLIN(dpa-AFX) - `, `FRANKFURT (dpa-AFX) – `, `(dpa-AFX) -Eine`, and the
 * agency-less form of overview items `FRANKFURT - ` (which needs spaces around the dash).
 * @example dateline.parse("NEW YORK/FRANKFURT (dpa-AFX Analyser) - ")
 */
export const dateline = (r: DatelineRefs): Parser<DatelineValue> =>
  P.alt(
    P.seqMap(r.places, optHspace, r.agency, located(P.seq(optHspace, r.dash, optHspace).tie()), (locations, _s, agency, dash) => ({
      locations,
      agency,
      dash,
      span: { start: locations[0]!.span.start, end: dash.span.end },
    })),
    P.seqMap(r.places, located(token(/[ \t]+[-–—][ \t]+/y)), (locations, dash) => ({
      locations,
      agency: null,
      dash,
      span: { start: locations[0]!.span.start, end: dash.span.end },
    })),
  );

/**
 * A dateline standing alone on a line with no dash, as some sites print it after the body:
 * `FRANKFURT (dpa-AFX Broker)`.
 */
export const endDateline = (r: DatelineRefs): Parser<DatelineValue> =>
  P.seqMap(r.places, optHspace, r.agency, optHspace, (locations, _s, agency) => ({
    locations,
    agency,
    dash: null,
    span: { start: locations[0]!.span.start, end: agency.span.end + 1 },
  })).skip(P.lookahead(token(/\r|\n|$/y)));

/**
 * The old archive form with the agency in front and a full stop: `dpa-afx FRANKFURT. `.
 * The agency written this way is not in parentheses, so `agency` stays null.
 */
export const prefixDateline = (r: DatelineRefs): Parser<DatelineValue> =>
  P.seqMap(token(/dpa-afx[ \t]+/iy), r.places, located(token(/\.[ \t]*/y)), (_prefix, locations, dash) => ({
    locations,
    agency: null,
    dash,
    span: { start: locations[0]!.span.start - _prefix.length, end: dash.span.end },
  }));
