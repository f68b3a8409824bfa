import { choice, mapValue, sequence, token, tokenMatch, type Parser } from "../../../combinators/index.js";
import { fail, firstOf, fromRaw, rawOf, reg, scan } from "../../../combinators/fast.js";
import { accepts, firstOfRegex, union, type First } from "../../../combinators/first.js";
import { escapeRegExp, isDigit, skipSpaces } from "../../../text/chars.js";
import { withLetterEntities } from "../../../text/entities.js";
import { decodedWord } from "../../../text/markup.js";
import type { DateValue, FeedStampValue } from "./values.js";

/** A number below 100 in two digits (`7` -> `"07"`). */
const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function dateValue(
  start: number,
  end: number,
  year: number,
  month: number | null,
  day: number | null,
  hour: number | null = null,
  minute: number | null = null,
): DateValue {
  let iso = String(year);
  let precision: DateValue["precision"] = "year";
  if (month !== null) {
    iso += `-${pad(month)}`;
    precision = "month";
    if (day !== null) {
      iso += `-${pad(day)}`;
      precision = "day";
      if (hour !== null && minute !== null) {
        iso += `T${pad(hour)}:${pad(minute)}`;
        precision = "minute";
      }
    }
  }
  return { iso, precision, year, month, day, hour, minute, span: { start, end } };
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

/**
 * `date 2026-01-06`, `date 2021-05`: the date prefix scraped copies write above or before the dateline.
 * @example datePrefix.parse("date 2021-05") // iso "2021-05", precision "month"
 */
export const datePrefix = (): Parser<DateValue> =>
  mapValue(tokenMatch(/date[ \t]+(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?(?![\d-])/y), (m, span) => dateValue(span.start, span.end, Number(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5])))
    .desc("a date prefix like 'date 2026-01-06'");

/** The hour of a time of twelve hours (`2` and `p` for 2 PM): 12 AM is 0, 12 PM is 12. */
const hour24 = (hour: string, half: string) => (Number(hour) % 12) + (half === "p" || half === "P" ? 12 : 0);

/** A two-digit year: 70 to 99 in the 1900s, the rest in the 2000s. */
const fullYear = (yy: number) => (yy >= 70 ? 1900 + yy : 2000 + yy);
/** What a site writes between its stamp and the source beside it: `|`, `·`, `•`, `,`, `/` or a dash. */
const SOURCE_SEPARATOR = "[|·•,/–—-]";
/** What a site writes between a dotted date and its time: `-`, `–`, `|`, `·`, `•`, `,` or `um`, spaces around it. */
const SEPARATOR = String.raw`[ \t]*(?:-|–|\||·|•|,|um)[ \t]*`;
/** What a site writes between a time and the date after it: as {@link SEPARATOR}, with `am` for `um`. */
const TIME_FIRST_SEPARATOR = String.raw`[ \t]*(?:-|–|\||·|•|,|am)[ \t]*`;

/** The scan (see `scan`) of every date line's date: each form writes two digits in a row (a year, a minute). */
const TWO_DIGITS = String.raw`\d\d`;

/**
 * `21.08.2014`, optionally with a time `21.08.2014 14:23` or `21.08.2014, 14:23 Uhr` (seconds read and
 * left out: `21.08.2014 14:23:05`; a time with a dot only before `Uhr`: `21.08.2014, 14.23 Uhr`): a
 * ticker's date line; a site's stamp with a two-digit year when a time follows (`27.03.17 10:38`).
 * @example dottedDate.parse("21.08.2014") // iso "2014-08-21"
 * @example dottedDate.parse("27.03.17 10:38") // iso "2017-03-27T10:38"
 */
export const dottedDate = (): Parser<DateValue> =>
  scan(
    mapValue(
      tokenMatch(/(\d{1,2})\.(\d{1,2})\.(?:(\d{4})(?:,?[ \t]+(\d{1,2})(?::(\d{2})(?::\d{2})?|\.(\d{2})(?=[ \t]+Uhr))(?:[ \t]+Uhr)?)?|(\d{2}),?[ \t]+(\d{1,2})(?::(\d{2})(?::\d{2})?|\.(\d{2})(?=[ \t]+Uhr))(?:[ \t]+Uhr)?)(?!\d)/y),
      (m, span) =>
        m[3] !== undefined
          ? dateValue(span.start, span.end, Number(m[3]), Number(m[2]), Number(m[1]), num(m[4]), num(m[5] ?? m[6]))
          : dateValue(span.start, span.end, fullYear(Number(m[7])), Number(m[2]), Number(m[1]), num(m[8]), num(m[9] ?? m[10])),
    ).desc("a date like '21.08.2014'"),
    () => TWO_DIGITS,
  );

/**
 * `AXC0135 2017-07-27/11:08`: the feed stamp of a dpa-AFX message (feed id, date and time).
 * @example feedStamp.parse("AXC0098 2018-02-15/09:55") // id "AXC0098", date.iso "2018-02-15T09:55"
 */
export const feedStamp = (): Parser<FeedStampValue> =>
  scan(
    mapValue(tokenMatch(/([A-Z]{3}\d{4})[ \t]+(\d{4})-(\d{2})-(\d{2})\/(\d{2}):(\d{2})(?!\d)/y), (m, span) => {
      const dateStart = span.start + m[0].indexOf(m[2]!, m[1]!.length);
      return {
        id: m[1]!,
        date: dateValue(dateStart, span.end, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])),
        span,
      };
    }).desc("a feed stamp like 'AXC0135 2017-07-27/11:08'"),
    () => TWO_DIGITS,
  );

/**
 * `Datum der Analyse: 17.11.2017`: the study date printed after old analyst flashes.
 * @example analysisDate.parse("Datum der Analyse: 17.11.2017") // iso "2017-11-17"
 */
export const analysisDate = (r: { dottedDate: Parser<DateValue> }): Parser<DateValue> =>
  mapValue(sequence(token(/Datum +der +Analyse:[ \t]*/y), r.dottedDate), ([, date]) => date).desc("a study date like 'Datum der Analyse: 17.11.2017'");

/**
 * A vocabulary's names as one alternative of an expression, read as written, a letter also as an entity
 * (`M&auml;rz`). Their order does not matter: a name is always followed by a character no name holds, so a
 * shorter one (`Okt`) gives way to a longer.
 */
const alternative = (names: readonly string[]) => names.map((n) => withLetterEntities(escapeRegExp(n))).join("|");

/** Minutes east of UTC of a written zone: `Z`, `UT`, `UTC`, `GMT`, `+0200`, `+02:00`. */
function offsetOf(zone: string): number {
  if (!/^[+-]/.test(zone)) return 0;
  const digits = zone.replace(":", "");
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return zone.startsWith("-") ? -minutes : minutes;
}

/** A date at minute precision in a written offset: its ISO form keeps the zone as written (`Z`, `+02:00`). */
function zonedValue(start: number, end: number, year: number, month: number, day: number, hour: number, minute: number, zone: string): DateValue {
  const offset = offsetOf(zone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const suffix = offset === 0 ? "Z" : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  const local = dateValue(start, end, year, month, day, hour, minute);
  return { ...local, iso: `${local.iso}${suffix}`, offset };
}

/** The vocabulary `siteDate` reads: month and weekday names, the words before a stamp, the agencies beside it. */
type StampVocabulary = { readonly months: readonly (readonly string[])[]; readonly weekdays: readonly string[]; readonly stampLabels?: readonly string[]; readonly agencies: readonly string[] };

/** One form of a site's time stamp: its expression and how a match becomes a date. */
interface StampForm {
  re: RegExp;
  value: (m: RegExpExecArray, start: number, end: number) => DateValue;
}

/**
 * The forms `siteDate` reads, built from the vocabulary's month and weekday names (exported for the
 * backtracking check of every expression built at run time). @internal
 */
export function stampForms(v: StampVocabulary): StampForm[] {
  const monthOf = new Map<string, number>();
  v.months.forEach((names, k) => names.forEach((n) => monthOf.set(n, k + 1)));
  // A month's number from its name as matched (its letters perhaps written as entities: `M&auml;rz`).
  const monthNumber = (name: string) => monthOf.get(decodedWord(name))!;
  const M = `(${alternative([...monthOf.keys()])})`;
  const W = `(?:${alternative(v.weekdays)})`;
  const time = String.raw`(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?`;
  // A German time: as above, or with a dot before `Uhr` (`14.05 Uhr`); hour, then the minute in one of two groups.
  const deTime = String.raw`(\d{1,2})(?::(\d{2})(?::\d{2}(?:\.\d{1,9})?)?|\.(\d{2})(?=[ \t]+Uhr))`;
  const zone = String.raw`(Z|UTC|UT|GMT|[+-]\d{2}:?\d{2})`;
  return [
    {
      // ISO 8601: a date, a time after `T` or a space, the zone.
      re: new RegExp(String.raw`(\d{4})-(\d{2})-(\d{2})(?:[T ]${time}(?:[ \t]?${zone})?)?(?![\d:])`),
      value: (m, s, e) => (m[6] !== undefined ? zonedValue(s, e, +m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, m[6]) : dateValue(s, e, +m[1]!, +m[2]!, +m[3]!, num(m[4]), num(m[5]))),
    },
    {
      // German: `Donnerstag, 12. Oktober 2023, 14:05 Uhr`.
      re: new RegExp(String.raw`(?:${W}\.?,?[ \t]+)?(\d{1,2})\.[ \t]*${M}\.?[ \t]+(\d{4})(?:,?[ \t]+(?:um[ \t]+)?${deTime}(?:[ \t]+Uhr)?)?(?![\d:])`),
      value: (m, s, e) => dateValue(s, e, +m[3]!, monthNumber(m[2]!), +m[1]!, num(m[4]), num(m[5] ?? m[6])),
    },
    {
      // German with dots and a time: `Do., 12.10.2023 - 14:05`, `12.10.2023 um 14:05 Uhr`, `12.10.2023 14:05`;
      // a two-digit year only with a time (`Do., 12.10.23 - 14:05`, `12.10.23 14:05`).
      re: new RegExp(
        String.raw`(?:${W}\.?,?[ \t]+)?(\d{1,2})\.(\d{1,2})\.(?:(\d{4})(?:(?:${SEPARATOR}|[ \t]+)${deTime}(?:[ \t]+Uhr)?)?|(\d{2})(?:${SEPARATOR}|[ \t]+)${deTime}(?:[ \t]+Uhr)?)(?![\d:])`,
      ),
      value: (m, s, e) =>
        m[3] !== undefined
          ? dateValue(s, e, +m[3], +m[2]!, +m[1]!, num(m[4]), num(m[5] ?? m[6]))
          : dateValue(s, e, fullYear(+m[7]!), +m[2]!, +m[1]!, num(m[8]), num(m[9] ?? m[10])),
    },
    {
      // The time first: `14:05 Uhr, 12.10.2023`, `14:05 | 12.10.23`, `14.05 Uhr am 12. Oktober 2023`.
      re: new RegExp(
        String.raw`${deTime}(?:[ \t]+Uhr)?(?:${TIME_FIRST_SEPARATOR}|[ \t]+)(?:${W}\.?,?[ \t]+)?(\d{1,2})\.(?:(\d{1,2})\.(\d{4}|\d{2})|[ \t]*${M}\.?[ \t]+(\d{4}))(?![\d:])`,
      ),
      value: (m, s, e) => {
        const year = m[6] === undefined ? +m[8]! : m[6].length === 2 ? fullYear(+m[6]) : +m[6];
        return dateValue(s, e, year, m[5] === undefined ? monthNumber(m[7]!) : +m[5], +m[4]!, +m[1]!, +(m[2] ?? m[3])!);
      },
    },
    {
      // An RSS date (RFC 822): `Thu, 12 Oct 2023 12:05:00 GMT`.
      re: new RegExp(String.raw`(?:${W},[ \t]+)?(\d{1,2})[ \t]+${M}[ \t]+(\d{4})[ \t]+${time}[ \t]+${zone}(?![\d:])`),
      value: (m, s, e) => zonedValue(s, e, +m[3]!, monthNumber(m[2]!), +m[1]!, +m[4]!, +m[5]!, m[6]!),
    },
    {
      // English: `Oct 12, 2023`, `Thu Oct 12, 2023`, `Oct 12, 2023 10:05 AM ET` (a time of twelve hours;
      // a zone of the Eastern states that does not say summer or winter keeps the date alone).
      re: new RegExp(String.raw`(?:${W},?[ \t]+)?${M}\.?[ \t]+(\d{1,2}),[ \t]+(\d{4})(?:,?[ \t]+(?:at[ \t]+)?(\d{1,2}):(\d{2})(?::\d{2})?[ \t]?([AaPp])\.?[Mm]\.?(?:[ \t]+(GMT|UTC|EST|EDT|CET|CEST|ET))?)?(?![\d:])`),
      value: (m, s, e) => {
        const [year, month, day] = [+m[3]!, monthNumber(m[1]!), +m[2]!];
        if (m[4] === undefined || m[7] === "ET") return dateValue(s, e, year, month, day);
        const hour = hour24(m[4], m[6]!);
        const zone = NAMED_ZONES[String(m[7])];
        return zone === undefined ? dateValue(s, e, year, month, day, hour, +m[5]!) : zonedValue(s, e, year, month, day, hour, +m[5]!, zone);
      },
    },
    {
      // American, month first, only with a time of twelve hours (which says the form): `10/12/2023 2:30 PM`.
      re: /(\d{1,2})\/(\d{1,2})\/(\d{4}),?[ \t]+(\d{1,2}):(\d{2})(?::\d{2})?[ \t]?([ap])\.?m\.?(?![\d:])/i,
      value: (m, s, e) => dateValue(s, e, +m[3]!, +m[1]!, +m[2]!, hour24(m[4]!, m[6]!), +m[5]!),
    },
    {
      // English: `12 Oct 2023`.
      re: new RegExp(String.raw`(\d{1,2})[ \t]+${M}\.?[ \t]+(\d{4})(?!\d)`),
      value: (m, s, e) => dateValue(s, e, +m[3]!, monthNumber(m[2]!), +m[1]!),
    },
  ];
}

/**
 * A site's or feed's time stamp in the forms other than `dottedDate` and `feedStamp`: ISO 8601
 * (`2023-10-12`, `2023-10-12 14:05`, `2023-10-12T14:05:00+02:00`), German (`12. Oktober 2023`,
 * `Donnerstag, 12. Oktober 2023, 14:05 Uhr`, `Do., 12.10.2023 - 14:05`, `12.10.2023, 14.05 Uhr`,
 * `12.10.2023 · 14:05`, the time first: `14:05 Uhr, 12.10.2023`), an RSS date (`Thu, 12 Oct 2023 12:05:00 GMT`)
 * and English (`Oct 12, 2023`, `Oct 12, 2023 10:05 AM EDT`, `12 Oct 2023`, `10/12/2023 2:30 PM`). Month and weekday names
 * come from the vocabulary, and so do the words a site may write before the stamp (`Veröffentlicht am`,
 * `Stand:`). A stamp that writes its zone keeps it: its `offset`, and its ISO form ends in it. A stamp may
 * stand in brackets (`[04.12.2026 10:15]`, `(04.12.2026)`); the date node holds them.
 * @example siteDate.parse("Donnerstag, 12. Oktober 2023, 14:05 Uhr") // iso "2023-10-12T14:05"
 * @example siteDate.parse("Thu, 12 Oct 2023 12:05:00 GMT") // iso "2023-10-12T12:05Z", offset 0
 */
export const siteDate =
  (v: StampVocabulary) =>
  (): Parser<DateValue> => {
    const forms = stampForms(v);
    // `tokenMatch` matches each form in place (a sticky copy).
    const parsers = forms.map((f) => mapValue(tokenMatch(f.re), (m, span) => f.value(m, span.start, span.end)));
    // eslint-disable-next-line no-restricted-syntax -- six forms, never input-sized
    const anyForm = choice(...parsers);
    const read = rawOf(anyForm);
    // A site's words before the stamp (`Veröffentlicht am `, `Stand: `): the date node holds them too.
    const labels = v.stampLabels && v.stampLabels.length > 0 ? new RegExp(String.raw`(?:${alternative(v.stampLabels)})(?:[ \t]+(?:am|on))?[ \t]*:?[ \t]+`, "y") : null;
    // The source a site writes beside its stamp, a separator between (`dpa-AFX | 03.12.2026, 10:15 Uhr`,
    // `03.12.2026 - 10:15 Uhr | Quelle: dpa-AFX`): the date node holds it too.
    // The longest name first: `dpa-AFX Broker` before `dpa-AFX`.
    const agencies = [...v.agencies].sort((a, b) => b.length - a.length);
    const source = String.raw`(?:(?:Quelle|Source|Autor|Author)[ \t]*:[ \t]*|(?:Von|By)[ \t]+)?(?:${alternative(agencies)})`;
    const sourceBefore = new RegExp(String.raw`${source}[ \t]*${SOURCE_SEPARATOR}[ \t]*`, "y");
    const sourceAfter = new RegExp(String.raw`[ \t]*${SOURCE_SEPARATOR}[ \t]*${source}(?![\p{L}\d-])`, "uy");
    // What a label and a source can start with: most lines start with neither, and are not asked.
    const labelsFirst = labels !== null ? firstOfRegex(labels) : null;
    const sourceFirst = firstOfRegex(sourceBefore);
    const stamp = fromRaw<DateValue>(
      (input, i) => {
        // A stamp in brackets (`[04.12.2026 10:15]`, `(04.12.2026)`): its closing bracket must follow it.
        const open = input.charCodeAt(i);
        const closer = open === 91 ? 93 : open === 40 ? 41 : -1;
        let at = closer === -1 ? i : skipSpaces(input, i + 1, input.length);
        const from = at;
        if (labels !== null && accepts(labelsFirst!, input, from)) {
          labels.lastIndex = from;
          if (labels.test(input)) at = labels.lastIndex;
        }
        // (Where a label stands, no source does: it is looked for at the line's start all the same.)
        if (accepts(sourceFirst, input, from)) {
          sourceBefore.lastIndex = from;
          if (sourceBefore.test(input)) at = sourceBefore.lastIndex;
        }
        // Every form writes a digit within its first characters (after a weekday or month name at most): a
        // headline or sentence without one fails before any form is tried.
        if (!digitSoon(input, at)) return fail(i, LABEL);
        let end = read(input, at);
        if (end < 0) return end;
        sourceAfter.lastIndex = end;
        if (sourceAfter.test(input)) end = sourceAfter.lastIndex;
        if (closer !== -1) {
          const close = skipSpaces(input, end, input.length);
          if (input.charCodeAt(close) !== closer) return fail(i, LABEL);
          end = close + 1;
        }
        COUNTERS.lastIndex = end;
        if (COUNTERS.test(input)) end = COUNTERS.lastIndex;
        // The date node spans what was read: label, source, stamp and counters.
        reg.value = { ...(reg.value as DateValue), span: { start: i, end } };
        return end;
      },
      // It starts with a form, a label, a source or a bracket.
      () => [labelsFirst, sourceFirst, BRACKET_FIRST].reduce<First>((all, f) => (f === null ? all : union(all, f)), firstOf(anyForm)),
    ).desc(LABEL);
    return scan(stamp, () => TWO_DIGITS);
  };

const LABEL = "a time stamp like '12. Oktober 2023'";

/** What a stamp in brackets starts with. */
const BRACKET_FIRST = firstOfRegex(/[[(]/);

/** Offsets of the zone names an English stamp writes after a time of twelve hours. */
const NAMED_ZONES: Readonly<Record<string, string>> = { GMT: "Z", UTC: "Z", EST: "-05:00", EDT: "-04:00", CET: "+01:00", CEST: "+02:00" };

/**
 * A site's counters after its stamp, each after a separator, to the line's end: `| 245 Aufrufe | 0
 * Kommentare`, `|  245   |   0`, `· 1.234 Leser`, `| Lesedauer: 2 Minuten`, `| Lesezeit: 3 Min.`: a
 * number with at most two words after it (each may end in a dot) and at most one word and a colon before
 * it. (A headline after a separator has more words, or none after a number: it is no counter.) Spaces
 * are bounded, so no run of them is read twice over.
 */
const COUNTERS = /(?:[ \t]{0,8}[|·•][ \t]{0,8}(?:\p{L}{1,15}[ \t]{0,3}:[ \t]{0,3})?\d[\d.]{0,9}(?:[ \t]{1,8}\p{L}{1,15}\.?){0,2}){1,6}[ \t]{0,8}(?=[\r\n]|$)/uy;

/** How far into a time stamp its first digit stands at most (`Donnerstag, 12.`, `Wednesday, September 30,`). */
const DIGIT_WITHIN = 24;

/** True when a digit stands among the characters from `i` on, within {@link DIGIT_WITHIN}. */
function digitSoon(input: string, i: number): boolean {
  const end = Math.min(input.length, i + DIGIT_WITHIN);
  for (let k = i; k < end; k++) {
    if (isDigit(input.charCodeAt(k))) return true;
  }
  return false;
}
