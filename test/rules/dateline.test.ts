import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../../src/index.js";
import { exec as run } from "../../src/authoring.js";

const { dateline, endDateline, prefixDateline, places, agency } = dpaAfx.rules;
const locs = (s: string) => {
  const r = dateline.parse(s);
  if (!r.status) throw new Error(`no dateline in ${JSON.stringify(s)}`);
  return { locations: r.value.locations.map((l) => l.value), agency: r.value.agency?.value ?? null, span: r.value.span };
};

describe("dateline", () => {
  it("reads places and agency", () => {
    expect(locs("NEW YORK/FRANKFURT (dpa-AFX Analyser) - ")).toEqual({
      locations: ["NEW YORK", "FRANKFURT"],
      agency: "dpa-AFX Analyser",
      span: { start: 0, end: 40 },
    });
    expect(locs("PARIS (dpa-AFX) - ").locations).toEqual(["PARIS"]);
  });
  it("keeps umlauts and broker agencies", () => {
    expect(locs("MÜNCHEN (dpa-AFX Broker) - ")).toMatchObject({ locations: ["MÜNCHEN"], agency: "dpa-AFX Broker" });
    expect(locs("DÜSSELDORF/ZÜRICH (dpa-AFX) - ").locations).toEqual(["DÜSSELDORF", "ZÜRICH"]);
  });
  it("accepts en-dash, no space before the parenthesis and no space after the dash", () => {
    expect(locs("BERLIN (dpa-AFX) – ").locations).toEqual(["BERLIN"]);
    expect(locs("BERLIN(dpa-AFX) - ").agency).toBe("dpa-AFX");
    expect(dateline.parse("BERLIN (dpa-AFX) -").status).toBe(true);
    // Inside running text the rule stops at the dash and the caller reads on.
    expect(run(dateline, "BERLIN (dpa-AFX) -Der Bund", 0)?.end).toBe(18);
  });
  it("accepts an overview item's dateline without agency", () => {
    expect(locs("FRANKFURT - ")).toEqual({ locations: ["FRANKFURT"], agency: null, span: { start: 0, end: 12 } });
  });
  it("rejects lower-case words and bare capitals", () => {
    expect(dateline.parse("Paris (dpa-AFX) - ").status).toBe(false);
    expect(dateline.parse("PARIS ").status).toBe(false);
    expect(dateline.parse("EZB-Rat senkt - ").status).toBe(false);
  });
  it("has parts usable on their own", () => {
    expect(places.tryParse("NEW YORK/WASHINGTON").map((p) => p.value)).toEqual(["NEW YORK", "WASHINGTON"]);
    expect(agency.tryParse("(dpa-AFX)").value).toBe("dpa-AFX");
  });
  it("reads a dateline standing alone at the end and the old prefix form", () => {
    expect(endDateline.tryParse("FRANKFURT (dpa-AFX Broker)").locations[0]!.value).toBe("FRANKFURT");
    const p = prefixDateline.parse("dpa-afx FRANKFURT. ");
    expect(p.status).toBe(true);
    expect(p.status && p.value.agency).toBeNull();
  });
  it("keeps the full stop after an archive dateline's place out of the place, whatever follows it", () => {
    // A full stop belongs to a place only as an abbreviation before a word in capitals (ST. GALLEN).
    for (const [text, place] of [
      ["dpa-afx FRANKFURT. Der Dax stieg.", "FRANKFURT"],
      ["dpa-afx NEW YORK. Die Börse stieg.", "NEW YORK"],
      ["dpa-afx NEW YORK. 2,5 Milliarden Dollar flossen ab.", "NEW YORK"],
      ["dpa-afx ST. GALLEN. Die Bank", "ST. GALLEN"],
    ]) {
      expect([text, parseArticle(text!).dateline?.locations]).toEqual([text, [place]]);
    }
  });
  it("reads a partner's mixed-case place before its agency with no space or a few", () => {
    for (const gap of ["", " ", "  "]) expect([gap, parseArticle(`Zürich${gap}(awp) - Die Bank stieg./ab/cd`).dateline?.locations]).toEqual([gap, ["Zürich"]]);
  });
  it("reads a hyphen inside a later word of a place", () => {
    expect(parseArticle("BAD SODEN-SALMÜNSTER (dpa-AFX) - Text./ab/cd").dateline?.locations).toEqual(["BAD SODEN-SALMÜNSTER"]);
  });
});

