import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";

const { datePrefix, dottedDate, feedStamp, analysisDate } = dpaAfx.rules;

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
  });
  it("reads feed stamps", () => {
    const v = feedStamp.tryParse("AXC0135 2017-07-27/11:08");
    expect(v.id).toBe("AXC0135");
    expect(v.date).toMatchObject({ iso: "2017-07-27T11:08", precision: "minute", span: { start: 8, end: 24 } });
  });
  it("reads the analysis date of a flash", () => {
    expect(analysisDate.tryParse("Datum der Analyse: 17.11.2017").iso).toBe("2017-11-17");
  });
  it("rejects near misses", () => {
    expect(datePrefix.parse("date 20260106").status).toBe(false);
    expect(dottedDate.parse("21.08.14").status).toBe(false);
    expect(feedStamp.parse("AXC0135 2017-07-27").status).toBe(false);
  });
});
