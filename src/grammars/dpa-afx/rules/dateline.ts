import { choice, endOfLine, hspace, located, mapValue, optHspace, sequence, slashList, token, type Located, type Parser } from "../../../combinators/index.js";
import type { DatelineValue } from "./values.js";

interface DatelineRefs {
  place: Parser<string>;
  places: Parser<Located<string>[]>;
  agency: Parser<Located<string>>;
  dash: Parser<string>;
}

/**
 * One dateline place in capitals, possibly several words: `PARIS`, `NEW YORK`, `NÜRNBERG`, `ST. GALLEN`,
 * `BADEN-BADEN` (a hyphen joins two words, never starts or ends one). Never followed by a small letter,
 * so an ordinary sentence (`Der Dax ...`) fails here at once.
 * @example place.parse("SANTA CLARA") // "SANTA CLARA"
 */
export const place = (): Parser<string> =>
  token(/[A-ZÄÖÜ][A-ZÄÖÜÉÈÀÇ']*(?:-[A-ZÄÖÜÉÈÀÇ']+)*(?:\.(?= [A-ZÄÖÜ]{2}))?(?: [A-ZÄÖÜ][A-ZÄÖÜÉÈÀÇ']*(?:-[A-ZÄÖÜÉÈÀÇ']+)*(?:\.(?= [A-ZÄÖÜ]{2}))?){0,3}(?![a-zäöüß])/y).desc("a place in capitals");

/** Places split on `/`: `NEW YORK/FRANKFURT`. */
export const places = (r: DatelineRefs): Parser<Located<string>[]> => slashList(r.place);

/**
 * The agency in parentheses, `(dpa-AFX Analyser)`; the value is the text inside.
 * @example agency.parse("(dpa-AFX Broker)") // value "dpa-AFX Broker"
 */
export const agency = (): Parser<Located<string>> =>
  mapValue(sequence(token(/\(/y), located(token(/[a-z][\w.&/-]*(?: [\w.&/-]+){0,3}/iy)), token(/\)/y)), ([, inner]) => inner).desc(
    "an agency in parentheses",
  );

/** The dateline dash: hyphen, en dash or em dash. */
export const dash = (): Parser<string> => token(/[-–—]/y).desc("a dash");

/**
 * The dateline opening the lead, with the spaces after its dash:
 * `PARIS (dpa-AFX) - `, `BERLIN(dpa-AFX) - `, `FRANKFURT (dpa-AFX) – `, `(dpa-AFX) -Eine`, and the
 * agency-less form of overview items `FRANKFURT - ` (which needs spaces around the dash).
 * @example dateline.parse("NEW YORK/FRANKFURT (dpa-AFX Analyser) - ")
 */
export const dateline = (r: DatelineRefs): Parser<DatelineValue> => {
  // The places are read once; then either the agency form or the agency-less form follows.
  const withAgency = mapValue(sequence(optHspace, r.agency, located(sequence(optHspace, r.dash, optHspace))), ([, agency, dash]) => ({
    agency: agency as Located<string> | null,
    dash: { value: dash.value.join(""), span: dash.span },
  }));
  // Spaces on both sides; a no-break space before the dash is common typography in web copies.
  const withoutAgency = mapValue(located(sequence(hspace, r.dash, hspace).desc("a dash between spaces")), (dash) => ({
    agency: null as Located<string> | null,
    dash: { value: dash.value.join(""), span: dash.span },
  }));
  return mapValue(sequence(r.places, choice(withAgency, withoutAgency)), ([locations, rest]) => ({
    locations,
    agency: rest.agency,
    dash: rest.dash,
    span: { start: locations[0]!.span.start, end: rest.dash.span.end },
  }));
};

/**
 * A dateline standing alone on a line with no dash, as some sites print it after the body:
 * `FRANKFURT (dpa-AFX Broker)`.
 */
export const endDateline = (r: DatelineRefs): Parser<DatelineValue> =>
  mapValue(sequence(r.places, optHspace, r.agency, optHspace, endOfLine), ([locations, , agency]) => ({
    locations,
    agency,
    dash: null,
    span: { start: locations[0]!.span.start, end: agency.span.end + 1 },
  }));

/**
 * The old archive form with the agency in front and a full stop: `dpa-afx FRANKFURT. `.
 * The agency written this way is not in parentheses, so `agency` stays null.
 */
export const prefixDateline = (r: DatelineRefs): Parser<DatelineValue> =>
  mapValue(sequence(token(/dpa-afx[ \t]+/iy), r.places, located(token(/\.[ \t]*/y))), ([prefix, locations, dash]) => ({
    locations,
    agency: null,
    dash,
    span: { start: locations[0]!.span.start - prefix.length, end: dash.span.end },
  }));
