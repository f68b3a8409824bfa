// The dpa-AFX node builders and headline flags on their own terms: what a grammar without refiners gets
// for entries the refiners usually settle (front text, blocks, lines after the trailer), a second note or
// byline, the diagnostics the builders raise, and what desk tags mean (splitRevision's cases are in
// generalise.test.ts). Texts are our own, in dpa-AFX style. Written against the survivors of mutation testing.
import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../src/index.js";
import { extendGrammar } from "../src/authoring.js";
import { headlineFlags, isKnownTag } from "../src/grammars/dpa-afx/flags.js";

/** Code and severity of each diagnostic; each must also say something. */
const codes = (a: { diagnostics: readonly { code: string; severity: string; message: string }[] }) =>
  a.diagnostics.map((d) => {
    expect(d.message.trim(), d.code).not.toBe("");
    return [d.code, d.severity];
  });

describe("builders", () => {
  it("without refiners, front text and a line after the trailer are unrecognised extras, and blocks are paragraphs", () => {
    const bare = extendGrammar(dpaAfx, { id: "no-refiners", refiners: () => [] });
    const a = parseArticle("Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.\n\nZweiter Absatz./ab/DP/cd\nMehr zum Thema", { grammar: bare });
    expect(a.headline).toBeNull();
    expect(a.extras.map((e) => [e.kind, e.text])).toEqual([["unrecognised", "Dax legt zu"], ["unrecognised", "Mehr zum Thema"]]);
    expect(a.sections.map((s) => s.paragraphs.map((p) => [p.type, p.text]))).toEqual([[["paragraph", "Der Dax stieg."], ["paragraph", "Zweiter Absatz."]]]);
    expect(codes(a)).toEqual([["line/unrecognised", "info"], ["line/unrecognised", "info"]]);
  });

  it("a second editorial note is unrecognised; a byline repeated at the end is a duplicate", () => {
    const a = parseArticle("(Wiederholung: eins)\n(Berichtigt: zwei)\nFRANKFURT (dpa-AFX) - Text./ab/DP/cd");
    expect(a.editorialNote).toMatchObject({ type: "editorialNote", text: "(Wiederholung: eins)", kind: "repeat" });
    expect(a.extras.map((e) => [e.kind, e.text])).toEqual([["unrecognised", "(Berichtigt: zwei)"]]);
    expect(codes(a)).toEqual([["line/unrecognised", "info"]]);
    const b = parseArticle("Von Anna Berg, dpa-AFX\nFRANKFURT (dpa-AFX) - Text./ab/DP/cd\n\n--- Von Anna Berg, dpa-AFX ---");
    expect(b.byline).toMatchObject({ type: "byline", text: "Von Anna Berg, dpa-AFX" });
    expect(b.extras.map((e) => [e.kind, e.text])).toEqual([["duplicate", "--- Von Anna Berg, dpa-AFX ---"]]);
    const c = parseArticle("Von Anna Berg, dpa-AFX\nFRANKFURT (dpa-AFX) - Text./ab/DP/cd\n\n--- Von Jan Roth, dpa-AFX ---");
    expect(c.extras.map((e) => e.kind)).toEqual(["unrecognised"]);
  });

  it("an impossible date is a warning, a stray mark after the trailer and an end dateline are info", () => {
    expect(codes(parseArticle("31.02.2026\nFRANKFURT (dpa-AFX) - Text./ab/DP/cd;"))).toEqual([["date/invalid", "warning"], ["trailer/stray-punctuation", "info"]]);
    const end = parseArticle("Dax legt zu\n\nDer Dax stieg./ab/DP/cd\n\nFRANKFURT (dpa-AFX)");
    expect(end.dateline).toMatchObject({ type: "dateline", placement: "end" });
    expect(codes(end)).toEqual([["dateline/trailing", "info"]]);
  });

  it("an item's dateline is a typed dateline node placed at the lead, ending at its dash", () => {
    const t = "Dax legt zu\n\nFRANKFURT -   Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    const item = parseArticle(t).items[0]!;
    expect(item.dateline).toMatchObject({ type: "dateline", text: "FRANKFURT -", placement: "lead" });
    expect(item.dateline!.position!.end.offset).toBe(t.indexOf("FRANKFURT -") + 11);
  });
});

describe("node types and values", () => {
  it("standfirst, items and day headings are typed nodes; topics are trimmed", () => {
    const a = parseArticle("Dax legt zu\nDie Anleger blieben vorsichtig.\n\nFRANKFURT (dpa-AFX) - Text./ab/cd");
    expect(a.standfirst?.type).toBe("standfirst");
    const ov = parseArticle("Wirtschaft kompakt\n\nMONTAG\n\nDax legt zu\nFRANKFURT - Der Dax stieg.\n\nÖlpreis fällt\nLONDON - Der Ölpreis fiel.\n");
    expect(ov.items.map((i) => [i.type, i.heading?.type ?? null])).toEqual([["item", "heading"], ["item", null]]);
    expect(parseArticle("ROUNDUP/Verdacht des Betrugs : Titel\n\nFRANKFURT (dpa-AFX) - Text./ab/cd").headline?.topics).toEqual(["Verdacht des Betrugs"]);
  });
});

describe("headline flags", () => {
  it("isKnownTag: a known tag with or without its number, or a desk head followed by more words", () => {
    const v = dpaAfx.vocabulary;
    for (const tag of ["ROUNDUP", "ROUNDUP 3", "Pressestimme", "Aktien", "Aktien Frankfurt Schluss", "Devisen"]) expect(isKnownTag(tag, v), tag).toBe(true);
    for (const tag of ["Konjunktur", "AktienFrankfurt", "Frankfurt Aktien", "Aktie"]) expect(isKnownTag(tag, v), tag).toBe(false);
  });

  it("headlineFlags: repeat, correction, the last revision, and the first desk tag", () => {
    const v = dpaAfx.vocabulary;
    expect(headlineFlags(["WDH", "KORREKTUR", "ROUNDUP 2"], v)).toEqual({ repeat: true, correction: true, revision: 2, desk: null });
    expect(headlineFlags(["Aktien Frankfurt Schluss", "Devisen"], v)).toEqual({ repeat: false, correction: false, revision: null, desk: "Aktien Frankfurt Schluss" });
    expect(headlineFlags(["Konjunktur", "Devisen"], v).desk).toBe("Devisen");
    expect(headlineFlags(["Konjunktur"], v).desk).toBeNull();
    expect(headlineFlags(["AktienFrankfurt"], v).desk).toBeNull();
    expect(headlineFlags(["Pressestimme"], v).desk).toBe("Pressestimme");
    // A tag without a number after one with a number keeps the number.
    expect(headlineFlags(["ROUNDUP 2", "WDH"], v)).toEqual({ repeat: true, correction: false, revision: 2, desk: null });
  });
});
