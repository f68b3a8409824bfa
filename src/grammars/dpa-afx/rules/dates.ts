import { mapValue, sequence, token, tokenMatch, type Parser } from "../../../combinators/index.js";
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

/** A two-digit year: 70 to 99 in the 1900s, the rest in the 2000s. */
const fullYear = (yy: number) => (yy >= 70 ? 1900 + yy : 2000 + yy);

/**
 * `21.08.2014`, optionally with a time `21.08.2014 14:23` or `21.08.2014, 14:23 Uhr`: a ticker's date
 * line; a site's stamp with a two-digit year when a time follows (`27.03.17 10:38`).
 * @example dottedDate.parse("21.08.2014") // iso "2014-08-21"
 * @example dottedDate.parse("27.03.17 10:38") // iso "2017-03-27T10:38"
 */
export const dottedDate = (): Parser<DateValue> =>
  mapValue(
    tokenMatch(/(\d{1,2})\.(\d{1,2})\.(?:(\d{4})(?:,?[ \t]+(\d{1,2}):(\d{2})(?:[ \t]+Uhr)?)?|(\d{2}),?[ \t]+(\d{1,2}):(\d{2})(?:[ \t]+Uhr)?)(?!\d)/y),
    (m, span) =>
      m[3] !== undefined
        ? dateValue(span.start, span.end, Number(m[3]), Number(m[2]), Number(m[1]), num(m[4]), num(m[5]))
        : dateValue(span.start, span.end, fullYear(Number(m[6])), Number(m[2]), Number(m[1]), num(m[7]), num(m[8])),
  ).desc("a date like '21.08.2014'");

/**
 * `AXC0135 2017-07-27/11:08`: the feed stamp of a dpa-AFX message (feed id, date and time).
 * @example feedStamp.parse("AXC0098 2018-02-15/09:55") // id "AXC0098", date.iso "2018-02-15T09:55"
 */
export const feedStamp = (): Parser<FeedStampValue> =>
  mapValue(tokenMatch(/([A-Z]{3}\d{4})[ \t]+(\d{4})-(\d{2})-(\d{2})\/(\d{2}):(\d{2})(?!\d)/y), (m, span) => {
      const dateStart = span.start + m[0].indexOf(m[2]!, m[1]!.length);
      return {
        id: m[1]!,
        date: dateValue(dateStart, span.end, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])),
        span,
      };
    })
    .desc("a feed stamp like 'AXC0135 2017-07-27/11:08'");

/**
 * `Datum der Analyse: 17.11.2017`: the study date printed after old analyst flashes.
 * @example analysisDate.parse("Datum der Analyse: 17.11.2017") // iso "2017-11-17"
 */
export const analysisDate = (r: { dottedDate: Parser<DateValue> }): Parser<DateValue> =>
  mapValue(sequence(token(/Datum der Analyse:[ \t]*/y), r.dottedDate), ([, date]) => date).desc("a study date like 'Datum der Analyse: 17.11.2017'");
