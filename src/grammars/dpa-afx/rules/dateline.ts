import { fail, firstOf, fromRaw, quick, quickOf, rawOf, reg, scan, scanOf, type Quick } from "../../../combinators/fast.js";
import { check, choice, endOfLine, located, mapValue, optHspace, quiet, sequence, slashList, spacesFrom, token, type Located, type Parser } from "../../../combinators/index.js";
import { ANY } from "../../../combinators/first.js";
import { lineScan, memoLine } from "../../../combinators/lines.js";
import { escapeRegExp, isDigit, isGermanLower, isUpper, oneSpace, SPACE_CLASS } from "../../../text/chars.js";
import { closingEmphasisEnd } from "../../../text/markdown.js";
import { CAPITAL_ENTITY } from "../../../text/entities.js";
import { edgeMarkupEnd } from "../../../text/markup.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { firstSignificant } from "./body.js";
import { knownAgency } from "./util.js";
import type { DatelineValue } from "./values.js";

interface DatelineRefs {
  place: Parser<string>;
  places: Parser<Located<string>[]>;
  partnerPlace: Parser<string>;
  agency: Parser<Located<string>>;
  dash: Parser<string>;
}

/** The place rule's quick test: no place in capitals starts at `i` when a small letter follows its first character. */
const mayBePlace: Quick = (input, i) => !isGermanLower(input.charCodeAt(i + 1));

/** A capital of a place: of Latin-1, or as an entity. */
const CAPITAL = String.raw`(?:[A-Z\u00c0-\u00d6\u00d8-\u00de]|${CAPITAL_ENTITY})`;
/** A place's later character: a capital or an apostrophe (`L'AQUILA`). */
const LATER = String.raw`(?:[A-Z\u00c0-\u00d6\u00d8-\u00de']|${CAPITAL_ENTITY})`;
/** One word of a place: a hyphen joins two parts (`BADEN-BADEN`); a full stop ends a short form before another word (`ST. GALLEN`). */
const PLACE_WORD = String.raw`${CAPITAL}${LATER}*(?:-${LATER}+)*(?:\.(?= +[A-Z\u00c0-\u00d6\u00d8-\u00de]{2}))?`;
/** A place of up to four words (spaces between them, any number), never followed by a small letter; matched in place. @internal */
export const PLACE_WORDS = new RegExp(String.raw`${PLACE_WORD}(?: +${PLACE_WORD}){0,3}(?![a-z\u00df-\u00f6\u00f8-\u00ff])`, "y");

/**
 * One dateline place in capitals, possibly several words: `PARIS`, `NEW YORK`, `NÜRNBERG`, `ST. GALLEN`,
 * `BADEN-BADEN`, `SÃO PAULO` (capitals of Latin-1; a hyphen joins two words, never starts or ends one), also
 * with a capital written as an HTML entity, as some web copies write them: `D&Uuml;SSELDORF`, `Z&#220;RICH` (the
 * dateline's `locations` read them decoded in such a message).
 * Never followed by a small letter, so an ordinary sentence (`Der Dax ...`) fails here at once.
 * @example place.parse("SANTA CLARA") // "SANTA CLARA"
 */
export const place = (): Parser<string> => {
  const word = token(PLACE_WORDS);
  const read = rawOf(word);
  // A capital and a small letter open most lines of German text: the expression would fail on its second
  // character, so such a line fails before it runs (and the quick test tells line-walking rules so).
  const place = fromRaw<string>((input, i) => (mayBePlace(input, i) ? read(input, i) : fail(i, "a place in capitals")), () => firstOf(word)).desc("a place in capitals");
  return quick(place, () => mayBePlace);
};

/** A word of a place in mixed case: a capital, then small letters, maybe a full stop (`St.`); or a capital with a full stop (`Frankfurt/M.`). */
const MIXED_WORD = String.raw`[A-Z\u00c0-\u00d6\u00d8-\u00de](?:[a-z\u00df-\u00f6\u00f8-\u00ff]+\.?|\.)`;

/**
 * The expression of a place in mixed case: up to four words joined by a hyphen or a space, where small
 * words of the vocabulary's `placeJoiners` may stand between two words (`Frankfurt am Main`), before a
 * slash or the agency's opening parenthesis; matched in place. @internal
 */
export function mixedPlacePattern(v: DpaAfxVocabulary): RegExp {
  const joiners = v.placeJoiners
    .map((j) => oneSpace(j.trim()))
    .filter((j) => j !== "")
    .map(escapeRegExp)
    .join("|");
  const join = joiners === "" ? "[ -]" : `(?:-| (?:(?:${joiners}) )?)`;
  return new RegExp(`${MIXED_WORD}(?:${join}${MIXED_WORD}){0,3}(?=\\/|[ \\t]{0,3}\\()`, "y");
}

/**
 * A place in mixed case, as partner agencies write it: `Zürich`, `Wien`, `Bad Homburg`, `St. Gallen`,
 * `São Paulo`, `Frankfurt am Main` (small words between two words from the vocabulary's `placeJoiners`),
 * before a slash or an opening parenthesis. Read only before a partner agency (see {@link dateline}), so
 * a sentence never opens a dateline. It does not take the slash or parenthesis it needs after it.
 * @example partnerPlace.skip(agency).parse("Frankfurt am Main(dpa)").value // "Frankfurt am Main"
 */
export const partnerPlace =
  (v: DpaAfxVocabulary) =>
  (): Parser<string> =>
    // Followed by a slash or the agency's parenthesis: an ordinary sentence fails inside the expression.
    token(mixedPlacePattern(v)).desc("a place in mixed case");

/**
 * How many places a dateline names at most (real ones name up to four: `NEW YORK/FRANKFURT`). A longer
 * run of capitals and slashes is no dateline, and is not read to its end.
 */
export const MAX_PLACES = 8;

/** Places split on `/`: `NEW YORK/FRANKFURT`, at most {@link MAX_PLACES}. */
export const places = (r: DatelineRefs): Parser<Located<string>[]> => quick(slashList(r.place, false, MAX_PLACES), () => quickOf(r.place));

/**
 * The agency in parentheses, `(dpa-AFX Analyser)`; the value is the text inside.
 * @example agency.parse("(dpa-AFX Broker)") // value "dpa-AFX Broker"
 */
export const agency = (): Parser<Located<string>> =>
  mapValue(sequence(token(/\(/y), located(token(/[a-z][\w.&/-]*(?: +[\w.&/-]+){0,3}/iy)), token(/\)/y)), ([, inner]) => inner).desc(
    "an agency in parentheses",
  );

/**
 * The dateline dash: hyphen, en dash or em dash, also as an HTML entity (`&ndash;`, `&#8211;`), or two
 * hyphens (a typewriter's dash in plain-text copies: `FRANKFURT (dpa-AFX) -- `); Unicode's other dashes
 * and minus (`‐`, `‒`, `―`, `−`); an en or em dash whose UTF-8 was read as Windows-1252 (`â€“`, `â€”`, in
 * scraped copies); and a colon right after the agency's parenthesis (`FRANKFURT (dpa-AFX): `).
 */
export const dash = (): Parser<string> =>
  // Its scan: where a dash starts (the colon without the parenthesis it needs before it).
  scan(token(/--?|[‐‒–—―−]|\u00e2\u20ac[\u201c\u201d]|(?<=\)[ \t]{0,8}):|&(?:[nm]dash|#821[12]|#x201[34]);/iy).desc("a dash"), () => String.raw`[-‐‒–—―−:]|\u00e2\u20ac|&(?:[nm]dash|#821[12]|#x201[34]);`);

/**
 * The scan of a dateline reading `agency` and `dash` (see `scan`): it holds its agency or, after a gap
 * (white space, a tag, an entity or an emphasis mark: see `gapFrom`), its dash; a tag may run on to the
 * next line, so a line holding one is never ruled out. Null when either scan is not known.
 */
function datelineScan(agency: Parser<unknown>, dash: Parser<unknown>): string | null {
  const a = scanOf(agency);
  const d = scanOf(dash);
  return a === null || d === null ? null : `<|${a}|[${SPACE_CLASS}>;*_](?:${d})`;
}

/** The scan of a dateline that names its agency (see `datelineScan`): its agency, or a tag. */
function agencyScan(agency: Parser<unknown>): string | null {
  const a = scanOf(agency);
  return a === null ? null : `<|${a}`;
}

/**
 * Where the gap between a dateline's parts that starts at `i` ends: white space, HTML tags and entities
 * of white space (`</strong> `, `&nbsp;`), as web copies write them around the agency and dash, and
 * Markdown emphasis marks (`FRANKFURT (dpa-AFX)** - `), as copies converted to Markdown write them.
 */
function gapFrom(input: string, i: number): number {
  let k = spacesFrom(input, i);
  for (;;) {
    let e = edgeMarkupEnd(input, k, input.length);
    if (e === -1) e = closingEmphasisEnd(input, k);
    if (e === -1) return k;
    k = spacesFrom(input, e);
  }
}

/** The gap between a dateline's parts (see `gapFrom`) of `least` characters at least; its value is its text. */
function gapOf(least: number): Parser<string> {
  return fromRaw<string>((input, i) => {
    const end = gapFrom(input, i);
    // A gap that must hold something is read only inside "a dash between spaces", whose label replaces this one.
    if (end - i < least) return fail(i, "white space");
    reg.value = input.slice(i, end);
    return end;
  }, ANY);
}

/** A gap, maybe empty. */
const gap = gapOf(0);
/** A gap of at least one character. */
const gap1 = gapOf(1);

/** The agency in parentheses and the dash after a dateline's places, with the spaces around them. */
function agencyAndDash(r: DatelineRefs): Parser<AfterPlaces> {
  return mapValue(sequence(gap, r.agency, located(sequence(gap, r.dash, optHspace))), ([, agency, dash]) => ({
    agency: agency as Located<string> | null,
    dash: { value: dash.value.join(""), span: dash.span },
  }));
}

/** What follows a dateline's places: its agency, if any, and its dash with the spaces around it. */
interface AfterPlaces {
  agency: Located<string> | null;
  dash: Located<string>;
}

/**
 * The agency and dash after a dateline's places, or the agency-less dash between spaces. Where no error
 * message is asked for, read without the combinators' arrays and objects (a dateline is asked of every
 * lead line and every overview item): the same rules in the same order, the same value. Where one is
 * asked for, the combinators run, so the failure says what each expected.
 */
function afterPlaces(r: DatelineRefs, withAgency: Parser<AfterPlaces>, withoutAgency: Parser<AfterPlaces>): Parser<AfterPlaces> {
  const either = choice(withAgency, withoutAgency);
  const exact = rawOf(either);
  const agency = rawOf(r.agency);
  const dash = rawOf(r.dash);
  // The dash's value with the spaces around it, as a sequence's parts joined (the dash rule's value is
  // its text, unless an override yields something else).
  const dashOf = (input: string, from: number, dashStart: number, dashEnd: number, to: number, value: unknown): Located<string> => ({
    value: typeof value === "string" ? input.slice(from, dashStart) + value + input.slice(dashEnd, to) : [input.slice(from, dashStart), value, input.slice(dashEnd, to)].join(""),
    span: { start: from, end: to },
  });
  return fromRaw<AfterPlaces>(
    (input, i) => {
      if (reg.exact) return exact(input, i);
      const a = gapFrom(input, i);
      const agencyEnd = agency(input, a);
      if (agencyEnd >= 0) {
        const found = reg.value as Located<string>;
        const dashStart = gapFrom(input, agencyEnd);
        const dashEnd = dash(input, dashStart);
        if (dashEnd >= 0) {
          const to = spacesFrom(input, dashEnd);
          reg.value = { agency: found, dash: dashOf(input, agencyEnd, dashStart, dashEnd, to, reg.value) };
          return to;
        }
      }
      if (a === i) return -1;
      const dashEnd = dash(input, a);
      if (dashEnd < 0) return -1;
      const to = gapFrom(input, dashEnd);
      if (to === dashEnd) return -1;
      reg.value = { agency: null, dash: dashOf(input, i, a, dashEnd, to, reg.value) };
      return to;
    },
    () => firstOf(either),
  );
}

/** A dateline's value from its places and what follows them. */
const datelineValue = ([locations, rest]: [Located<string>[], { agency: Located<string> | null; dash: Located<string> }]): DatelineValue => ({
  locations,
  agency: rest.agency,
  dash: rest.dash,
  span: { start: locations[0]!.span.start, end: rest.dash.span.end },
});

/**
 * The dateline opening the lead, with the spaces after its dash:
 * `PARIS (dpa-AFX) - `, `BERLIN(dpa-AFX) - `, `FRANKFURT (dpa-AFX) – `, `(dpa-AFX) -Eine`, and the
 * agency-less form of overview items `FRANKFURT - ` (which needs spaces around the dash).
 * @example dateline.parse("NEW YORK/FRANKFURT (dpa-AFX Analyser) - ")
 */
export const dateline = (r: DatelineRefs): Parser<DatelineValue> => {
  // The places are read once; then either the agency form or the agency-less form follows.
  // Spaces on both sides of an agency-less dash; a no-break space before it is common typography in web
  // copies. Between the parts, HTML tags and entities of white space read as spaces (see `gapFrom`).
  const withoutAgency = mapValue(located(sequence(gap1, r.dash, gap1).desc("a dash between spaces")), (dash) => ({
    agency: null as Located<string> | null,
    dash: { value: dash.value.join(""), span: dash.span },
  }));
  // It starts with its places: their quick test is its own. Remembered per line: the lead and the item
  // heads read the same line.
  // Its quick test: its places' and, on the rest of the line, its scan (the lines an overview's item
  // heads ask are mostly headings, ISINs and feed stamps in capitals).
  const read = memoLine(mapValue(sequence(r.places, afterPlaces(r, agencyAndDash(r), withoutAgency)), datelineValue));
  return scan(
    quick(read, () => {
      const places = quickOf(r.places);
      const holds = lineScan(datelineScan(r.agency, r.dash));
      return (input, i) => places(input, i) && holds(input, i);
    }),
    () => datelineScan(r.agency, r.dash),
  );
};

/**
 * A partner copy's dateline: places in mixed case before one of the vocabulary's `partnerAgencies`
 * (`Zürich (awp) - `, `Wien (APA/dpa-AFX) - `, and `Frankfurt/Main (dpa-AFX) - ` as some sites print
 * dpa-AFX's own). The lead tries it where `dateline` fails; its failures are
 * quiet, so a sentence that opens no dateline still reports that a place in capitals was expected.
 * @example partnerDateline.parse("Zürich (awp) - ") // locations ["Zürich"], agency "awp"
 */
export const partnerDateline =
  (v: DpaAfxVocabulary) =>
  (r: DatelineRefs): Parser<DatelineValue> => {
    const partners = new Set(v.partnerAgencies.map((a) => a.toLowerCase()));
    const read = check(
      sequence(slashList(r.partnerPlace, false, MAX_PLACES), agencyAndDash(r)),
      ([, rest]) => partners.has(rest.agency!.value.toLowerCase()),
      "a partner agency such as '(awp)'",
    );
    return scan(quiet(mapValue(read, datelineValue)), () => agencyScan(r.agency));
  };

/**
 * A dateline standing alone on a line with no dash, as some sites print it after the body:
 * `FRANKFURT (dpa-AFX Broker)`. Between its parts and after it, white space and markup as between a
 * lead dateline's parts (`**FRANKFURT** (dpa-AFX Broker)`, see `gapFrom`).
 */
export const endDateline = (r: DatelineRefs): Parser<DatelineValue> =>
  mapValue(sequence(r.places, gap, r.agency, gap, endOfLine), ([locations, , agency]) => ({
    locations,
    agency,
    dash: null,
    span: { start: locations[0]!.span.start, end: agency.span.end + 1 },
  }));

/**
 * A lead dateline that lost its dash, as scraped copies drop a dash written as markup or an entity:
 * `KIEL (dpa-AFX) Der Brauer ...`, `LÜBECK (dpa-AFX)„Wir ...`. Only an agency of the vocabulary
 * (`agencies`, `partnerAgencies`) counts, and a sentence must start after it (a capital or a digit, perhaps
 * after an opening quote), so words in parentheses after a word in capitals (`BASF (Xetra) Aktie`, `USA
 * (dpa-AFX) aber`) open none. Consumes the dateline and the white space after it; yields no dash.
 * @example dashlessDateline.skip(P.all).parse("KIEL (dpa-AFX) Der Brauer") // locations ["KIEL"], dash null
 */
export const dashlessDateline =
  (v: DpaAfxVocabulary) =>
  (r: DatelineRefs): Parser<DatelineValue> => {
    const read = check(
      sequence(r.places, gap, r.agency, gap, sentenceStart),
      ([, , agency]) => knownAgency(agency.value, v),
      "an agency of the vocabulary",
    );
    return scan(
      quick(
        mapValue(read, ([locations, , agency]) => ({ locations, agency, dash: null, span: { start: locations[0]!.span.start, end: agency.span.end + 1 } })),
        () => quickOf(r.places),
      ),
      () => agencyScan(r.agency),
    );
  };

/**
 * Where a sentence starts: a capital or a digit, perhaps after opening quotes (`„`, `"`, `&bdquo;`; never
 * a parenthesis). Consumes nothing.
 */
const sentenceStart = fromRaw<null>((input, i) => {
  const c = input.charCodeAt(i);
  const f = firstSignificant(input, i, Math.min(input.length, i + SENTENCE_START_REACH));
  if (c === 40 || !(isUpper(f) || isDigit(f))) return fail(i, "the start of a sentence");
  reg.value = null;
  return i;
});

/** How far opening quotes may reach before a sentence's first letter (`&bdquo;` is seven characters). */
const SENTENCE_START_REACH = 16;

/**
 * The old archive form with the agency in front and a full stop: `dpa-afx FRANKFURT. `.
 * The agency written this way is not in parentheses, so `agency` stays null.
 */
export const prefixDateline = (r: DatelineRefs): Parser<DatelineValue> =>
  scan(
    mapValue(sequence(token(/dpa-afx[ \t]+/iy), r.places, located(token(/\.[ \t]*/y))), ([prefix, locations, dash]) => ({
      locations,
      agency: null,
      dash,
      span: { start: locations[0]!.span.start - prefix.length, end: dash.span.end },
    })).desc("an archive dateline such as 'dpa-afx FRANKFURT. '"),
    () => String.raw`dpa-afx[ \t]`,
  );
