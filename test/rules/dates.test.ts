import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../../src/index.js";
import { dpaAfxVocabulary, extendGrammar } from "../../src/authoring.js";
import { siteDate as siteDateRule } from "../../src/grammars/dpa-afx/rules/dates.js";
import { firstOf } from "../../src/combinators/fast.js";
import { accepts } from "../../src/combinators/first.js";

const { datePrefix, dottedDate, feedStamp, analysisDate, siteDate, metaDate } = dpaAfx.rules;

describe("date rules", () => {
  it("reads date prefixes at the precision written", () => {
    expect(datePrefix.tryParse("date 2026-01-06")).toMatchObject({ iso: "2026-01-06", precision: "day" });
    expect(datePrefix.tryParse("date 2021-05")).toMatchObject({ iso: "2021-05", precision: "month", day: null });
    expect(datePrefix.tryParse("date 2019")).toMatchObject({ iso: "2019", precision: "year" });
    expect(datePrefix.tryParse("date 2026-01-06 14:05")).toMatchObject({ iso: "2026-01-06T14:05", precision: "minute" });
  });
  it("reads dotted dates and times", () => {
    expect(dottedDate.tryParse("21.08.2014")).toMatchObject({ iso: "2014-08-21", span: { start: 0, end: 10 } });
    expect(dottedDate.tryParse("3.2.2015, 09:41 Uhr").iso).toBe("2015-02-03T09:41");
    // Seconds are read and left out of the minute-precision date; the span holds them.
    expect(dottedDate.tryParse("12.10.2023 14:05:09")).toMatchObject({ iso: "2023-10-12T14:05", precision: "minute", span: { start: 0, end: 19 } });
    expect(dottedDate.tryParse("12.10.23 14:05:09 Uhr")).toMatchObject({ iso: "2023-10-12T14:05", span: { start: 0, end: 21 } });
    expect(dottedDate.parse("12.10.2023 14:05:0").status).toBe(false);
    expect(dottedDate.parse("12.10.2023 14:05:091").status).toBe(false);
    expect(metaDate.parse("12.10.2023 14:05:09").status).toBe(true);
  });
  it("reads a German time with a dot before `Uhr`, never without it", () => {
    expect(dottedDate.tryParse("04.12.2026, 10.15 Uhr")).toMatchObject({ iso: "2026-12-04T10:15", hour: 10, minute: 15, span: { start: 0, end: 21 } });
    expect(dottedDate.tryParse("04.12.26 9.05 Uhr")).toMatchObject({ iso: "2026-12-04T09:05", span: { start: 0, end: 17 } });
    // Any run of spaces or tabs between the parts.
    expect(dottedDate.tryParse("04.12.2026,\t10.15  Uhr")).toMatchObject({ iso: "2026-12-04T10:15", span: { start: 0, end: 22 } });
    expect(dottedDate.tryParse("04.12.26,  10.15  Uhr")).toMatchObject({ iso: "2026-12-04T10:15", span: { start: 0, end: 21 } });
    expect(dottedDate.tryParse("04.12.26 \t10:15  Uhr")).toMatchObject({ iso: "2026-12-04T10:15", span: { start: 0, end: 20 } });
    // Without `Uhr` a dot after the hour is no time: the date alone, or (two-digit year) nothing.
    expect(dottedDate.parse("04.12.2026 10.15").status).toBe(false);
    expect(dottedDate.parse("04.12.26 10.15").status).toBe(false);
    expect(siteDate.tryParse("Freitag, 4. Dezember 2026, 10.15 Uhr")).toMatchObject({ iso: "2026-12-04T10:15" });
    expect(siteDate.tryParse("Fr., 04.12.2026 - 10.15 Uhr")).toMatchObject({ iso: "2026-12-04T10:15" });
    expect(siteDate.tryParse("Fr., 04.12.26 - 10.15 Uhr")).toMatchObject({ iso: "2026-12-04T10:15" });
    expect(siteDate.tryParse("4. Dezember 2026 um 10.15 Uhr")).toMatchObject({ iso: "2026-12-04T10:15" });
    // The colon form keeps its seconds (with a fraction) and minutes as before.
    expect(siteDate.tryParse("Fr., 04.12.2026 - 10:15:09.250")).toMatchObject({ iso: "2026-12-04T10:15", span: { start: 0, end: 30 } });
    expect(siteDate.tryParse("4. Dezember 2026, 10:15:09.5 Uhr")).toMatchObject({ iso: "2026-12-04T10:15", span: { start: 0, end: 32 } });
    expect(siteDate.tryParse("Fr., 04.12.2026 - 10:15:09")).toMatchObject({ iso: "2026-12-04T10:15", span: { start: 0, end: 26 } });
    expect(siteDate.parse("4. Dezember 2026, 10.15").status).toBe(false);
  });
  it("reads a stamp in brackets, the brackets in its span, and never one left open", () => {
    const read = (s: string) => {
      const r = siteDate.parse(s);
      return r.status ? [r.value.iso, r.value.span.start, r.value.span.end] : null;
    };
    expect(read("[04.12.2026 10:15]")).toEqual(["2026-12-04T10:15", 0, 18]);
    expect(read("[ 04.12.2026 10:15 ]")).toEqual(["2026-12-04T10:15", 0, 20]);
    expect(read("[\t04.12.2026\t]")).toEqual(["2026-12-04", 0, 14]);
    expect(read("(4. Dezember 2026)")).toEqual(["2026-12-04", 0, 18]);
    expect(read("[Stand: 04.12.2026]")).toEqual(["2026-12-04", 0, 19]);
    expect(read("[dpa-AFX | 04.12.2026]")).toEqual(["2026-12-04", 0, 22]);
    for (const s of ["[04.12.2026 10:15", "[04.12.2026 10:15)", "(04.12.2026]", "[Heute, 04.12.2026]"]) expect([s, read(s)]).toEqual([s, null]);
    // What it can start with: a form's digit or name, a label, a source, a bracket (a rule asking it of a line skips none of these).
    const first = firstOf(siteDate);
    expect(["[", "(", "0", "V", "S", "d", "Q", "F"].filter((c) => !accepts(first, c, 0))).toEqual([]);
    expect(accepts(first, "x", 0)).toBe(false);
    // A vocabulary without stamp labels: the set of the rest.
    const bare = extendGrammar(dpaAfx, { id: "no-labels", vocabulary: { stampLabels: [] } }).rules.siteDate;
    expect(["[", "0", "d"].map((c) => accepts(firstOf(bare), c, 0))).toEqual([true, true, true]);
    const a = parseArticle("[04.12.2026 10:15]\nHopfenthal senkt Prognose\n\nKIEL (dpa-AFX) - Der Brauer hat gesenkt./ab/cd");
    expect([a.date?.iso, a.date?.text, a.headline?.text]).toEqual(["2026-12-04T10:15", "[04.12.2026 10:15]", "Hopfenthal senkt Prognose"]);
  });
  it("reads a stamp whose time stands first, or is set off by a middle dot or bullet", () => {
    const read = (s: string) => {
      const v = siteDate.tryParse(s);
      return [v.iso, v.span.end];
    };
    expect(read("10:15 Uhr, 04.12.2026")).toEqual(["2026-12-04T10:15", 21]);
    expect(read("10:15 | 04.12.2026")).toEqual(["2026-12-04T10:15", 18]);
    expect(read("9:05 04.12.26")).toEqual(["2026-12-04T09:05", 13]);
    expect(read("10.15 Uhr am 4. Dezember 2026")).toEqual(["2026-12-04T10:15", 29]);
    expect(read("10:15:09 Uhr · Freitag, 4. Dez. 2026")).toEqual(["2026-12-04T10:15", 36]);
    expect(read("23:59 – 31.12.99")).toEqual(["1999-12-31T23:59", 16]);
    expect(read("04.12.2026 · 10:15 Uhr")).toEqual(["2026-12-04T10:15", 22]);
    expect(read("04.12.26 • 10:15")).toEqual(["2026-12-04T10:15", 16]);
    // With a source after it, as a site writes the two.
    expect(read("04.12.2026 • 10:15 Uhr · dpa-AFX")).toEqual(["2026-12-04T10:15", 32]);
    // A time without a date after it, a dot time without `Uhr`, a date without its year: no stamp.
    for (const line of ["10:15 Uhr", "10:15 Uhr, heute", "10.15, 04.12.2026", "10:15 Uhr, 04.12.", "10:15 Uhr, 4. Dezember"]) {
      expect([line, siteDate.parse(line).status]).toEqual([line, false]);
    }
  });
  it("reads an American date with a time of twelve hours, and no slash date without one", () => {
    expect(siteDate.tryParse("12/04/2026 10:15 AM")).toMatchObject({ iso: "2026-12-04T10:15", span: { start: 0, end: 19 } });
    expect(siteDate.tryParse("3/9/2026, 2:30 p.m.")).toMatchObject({ iso: "2026-03-09T14:30", span: { start: 0, end: 19 } });
    expect(siteDate.tryParse("12/04/2026 12:05 am").iso).toBe("2026-12-04T00:05");
    // Several spaces before the time, its seconds, and no space before AM or PM.
    expect(siteDate.tryParse("12/04/2026  10:15:30PM")).toMatchObject({ iso: "2026-12-04T22:15", span: { start: 0, end: 22 } });
    // Day or month first cannot be told without it.
    for (const line of ["04/12/2026 10:15", "04/12/2026", "12/04/26 10:15 AM"]) expect([line, siteDate.parse(line).status]).toEqual([line, false]);
  });
  it("reads feed stamps", () => {
    const v = feedStamp.tryParse("AXC0135 2017-07-27/11:08");
    expect(v.id).toBe("AXC0135");
    expect(v.date).toMatchObject({ iso: "2017-07-27T11:08", precision: "minute", span: { start: 8, end: 24 } });
  });
  it("reads the analysis date of a flash", () => {
    expect(analysisDate.tryParse("Datum der Analyse: 17.11.2017").iso).toBe("2017-11-17");
    expect(analysisDate.tryParse("Datum  der   Analyse:  17.11.2017").iso).toBe("2017-11-17");
  });
  it("reads a site's time stamps in ISO, German, RSS and English forms", () => {
    const read = (s: string) => {
      const v = siteDate.tryParse(s);
      return [v.iso, v.precision, v.offset ?? null, v.span.end];
    };
    expect(read("2023-10-12")).toEqual(["2023-10-12", "day", null, 10]);
    // The month after the day's full stop, with no space or several.
    expect(read("3.Dezember 2026")).toEqual(["2026-12-03", "day", null, 15]);
    expect(read("3.   Dezember 2026")).toEqual(["2026-12-03", "day", null, 18]);
    expect(read("2023-10-12 14:05")).toEqual(["2023-10-12T14:05", "minute", null, 16]);
    expect(read("2023-10-12T14:05:00+02:00")).toEqual(["2023-10-12T14:05+02:00", "minute", 120, 25]);
    expect(read("2023-10-12T14:05:00.123-0330")).toEqual(["2023-10-12T14:05-03:30", "minute", -210, 28]);
    expect(read("2023-10-12T12:05Z")).toEqual(["2023-10-12T12:05Z", "minute", 0, 17]);
    expect(read("12. Oktober 2023")).toEqual(["2023-10-12", "day", null, 16]);
    expect(read("Donnerstag, 12. Oktober 2023, 14:05 Uhr")).toEqual(["2023-10-12T14:05", "minute", null, 39]);
    expect(read("3. Mär. 2024 um 9:41 Uhr")).toEqual(["2024-03-03T09:41", "minute", null, 24]);
    expect(read("Do., 12.10.2023 - 14:05")).toEqual(["2023-10-12T14:05", "minute", null, 23]);
    expect(read("12.10.2023 um 14:05 Uhr")).toEqual(["2023-10-12T14:05", "minute", null, 23]);
    expect(read("Thu, 12 Oct 2023 12:05:00 GMT")).toEqual(["2023-10-12T12:05Z", "minute", 0, 29]);
    expect(read("12 Oct 2023 14:05:00 +0100")).toEqual(["2023-10-12T14:05+01:00", "minute", 60, 26]);
    expect(read("Oct 12, 2023")).toEqual(["2023-10-12", "day", null, 12]);
    // English with a weekday and a time of twelve hours; a zone that says summer or winter is kept, `ET` keeps the day.
    expect(read("Thu Oct 12, 2023")).toEqual(["2023-10-12", "day", null, 16]);
    expect(read("Wednesday, September 27, 2023")).toEqual(["2023-09-27", "day", null, 29]);
    expect(read("Oct 12, 2023 10:05 AM")).toEqual(["2023-10-12T10:05", "minute", null, 21]);
    expect(read("Oct 12, 2023, 2:30 p.m. EDT")).toEqual(["2023-10-12T14:30-04:00", "minute", -240, 27]);
    expect(read("Oct 12, 2023 12:15 AM GMT")).toEqual(["2023-10-12T00:15Z", "minute", 0, 25]);
    expect(read("Oct 12, 2023 12:15 PM CET")).toEqual(["2023-10-12T12:15+01:00", "minute", 60, 25]);
    expect(read("Oct 12, 2023 12:15 PM CEST")).toEqual(["2023-10-12T12:15+02:00", "minute", 120, 26]);
    expect(read("Oct 12, 2023 1:15 PM EST")).toEqual(["2023-10-12T13:15-05:00", "minute", -300, 24]);
    expect(read("Oct 12, 2023 1:15 PM UTC")).toEqual(["2023-10-12T13:15Z", "minute", 0, 24]);
    expect(read("Oct 12, 2023 1:15 PM GMT")).toEqual(["2023-10-12T13:15Z", "minute", 0, 24]);
    expect(read("Oct 12, 2023 10:05 AM ET")).toEqual(["2023-10-12", "day", null, 24]);
    // A time without AM or PM is not read: the stamp ends at the year, and the rest is left.
    expect(siteDate.parse("Oct 12, 2023 10:05").status).toBe(false);
    expect(read("12 Dez 2023")).toEqual(["2023-12-12", "day", null, 11]);
    // A site's words before the stamp belong to it.
    for (const label of ["Veröffentlicht am", "Aktualisiert:", "Zuletzt aktualisiert am", "Erschienen am", "Stand:", "Published on", "Updated", "Last updated:"]) {
      const text = `${label} 12.10.2023 - 14:05`;
      expect([label, ...read(text)]).toEqual([label, "2023-10-12T14:05", "minute", null, text.length]);
      expect(siteDate.tryParse(text).span.start).toBe(0);
    }
    expect(siteDate.parse("Stand der Dinge 2023").status).toBe(false);
    expect(siteDate.parse("Stand: heute").status).toBe(false);
    // The only digit among the first characters may be a 9.
    expect(read("Donnerstag, 9. September 2023")).toEqual(["2023-09-09", "day", null, 29]);
  });
  it("reads every month and weekday name of the vocabulary, and escapes a vocabulary's names", () => {
    const months: Record<string, number> = {
      ...{ Januar: 1, January: 1, Jan: 1, Februar: 2, February: 2, Feb: 2, März: 3, March: 3, Mär: 3, Mar: 3 },
      ...{ April: 4, Apr: 4, Mai: 5, May: 5, Juni: 6, June: 6, Jun: 6, Juli: 7, July: 7, Jul: 7, August: 8, Aug: 8 },
      ...{ September: 9, Sept: 9, Sep: 9, Oktober: 10, October: 10, Okt: 10, Oct: 10, November: 11, Nov: 11 },
      ...{ Dezember: 12, December: 12, Dez: 12, Dec: 12 },
    };
    expect(dpaAfxVocabulary.months.flat().length).toBe(Object.keys(months).length);
    for (const [name, month] of Object.entries(months)) expect([name, siteDate.tryParse(`1. ${name} 2024`).month]).toEqual([name, month]);
    const days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];
    for (const day of [...days, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]) {
      expect([day, siteDate.parse(`${day}, 12. Oktober 2023`).status]).toEqual([day, true]);
    }
    expect(siteDate.parse(", 12. Oktober 2023").status).toBe(false);
    // A name holding a character an expression treats specially is read as written.
    const plus = dpaAfxVocabulary.months.map((names, k) => (k === 4 ? ["Mai+"] : names));
    const own = siteDateRule({ months: plus, weekdays: [], agencies: [] })();
    expect(own.tryParse("1. Mai+ 2024").month).toBe(5);
    expect(own.parse("1. Maii 2024").status).toBe(false);
    // Without words of its own, a vocabulary reads no label, nor a colon standing where one would.
    const bare = siteDateRule({ months: dpaAfxVocabulary.months, weekdays: [], stampLabels: [], agencies: [] })();
    expect([bare.parse(": 12.10.2023").status, bare.parse("12.10.2023").status]).toEqual([false, true]);
  });
  it("a time stamp is a date line only where it fills its line", () => {
    const entries = (s: string) => metaDate.tryParse(s).map((e) => [e.kind, e.kind === "date" ? [e.value.date.iso, e.value.source] : null]);
    expect(entries("Donnerstag, 12. Oktober 2023")).toEqual([["date", ["2023-10-12", "stamp"]]]);
    expect(entries("Thu, 12 Oct 2023 12:05:00 GMT  ")).toEqual([["date", ["2023-10-12T12:05Z", "stamp"]]]);
    for (const line of ["12. Oktober 2023: Dax auf Rekord", "Dax steigt am 12. Oktober 2023", "2023-10-12 Dax steigt", "12. Oktober", "Oct 2023", "12 Oct 2023 14:05", "2023-10-1214:05"]) {
      expect([line, metaDate.parse(line).status]).toEqual([line, false]);
    }
  });
  it("rejects near misses", () => {
    expect(datePrefix.parse("date 20260106").status).toBe(false);
    expect(dottedDate.parse("21.08.14").status).toBe(false);
    expect(feedStamp.parse("AXC0135 2017-07-27").status).toBe(false);
  });
});
