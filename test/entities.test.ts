// Letters a page wrote as HTML entities (`Er&ouml;ffnung`, `&Uuml;berblick`, `M&#196;RKTE`): the rules read
// the vocabulary's phrases in them as in the same copy with its letters. Fixtures are our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";
import { entityAt, entityAware, withLetterEntities } from "../src/text/entities.js";

const LEAD = "KIEL (dpa-AFX) - Die Nordlicht AG hat im dritten Quartal mehr umgesetzt als erwartet.";

describe("entityAt", () => {
  it("decodes every entity the table names", () => {
    // Written out, not read from the table: a test that reads the table it checks cannot fail.
    const named: [string, string][] = [
      ["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"], ["nbsp", "\u00a0"], ["shy", ""],
      ["auml", "ä"], ["ouml", "ö"], ["uuml", "ü"], ["Auml", "Ä"], ["Ouml", "Ö"], ["Uuml", "Ü"], ["szlig", "ß"],
      ["eacute", "é"], ["egrave", "è"], ["agrave", "à"], ["ccedil", "ç"], ["euro", "€"], ["sect", "§"], ["deg", "°"], ["copy", "©"], ["reg", "®"],
      ["ndash", "–"], ["mdash", "—"], ["hellip", "…"], ["laquo", "«"], ["raquo", "»"], ["bdquo", "„"], ["ldquo", "“"], ["rdquo", "”"], ["lsquo", "‘"], ["rsquo", "’"], ["sbquo", "‚"],
    ];
    for (const [name, text] of named) expect([name, entityAt(`&${name};`, 0)]).toEqual([name, { end: name.length + 2, text }]);
  });
  it("reads a reference's x in either case, and only digits of its base", () => {
    expect(entityAt("&#X41;", 0)).toEqual({ end: 6, text: "A" });
    expect(entityAt("&#x41;", 0)).toEqual({ end: 6, text: "A" });
    for (const t of ["&#;", "&#x;", "&#X;", "&#65a;", "&#a65;", "&#xg41;", "&#x41g;", "&#6 5;"]) expect([t, entityAt(t, 0)]).toEqual([t, null]);
  });
  it("reads a code point up to U+10FFFF, never a surrogate", () => {
    expect(entityAt("&#x10FFFF;", 0)?.text).toBe("\u{10ffff}");
    expect(entityAt("&#xE000;", 0)?.text).toBe("\ue000");
    expect(entityAt("&#xD7FF;", 0)?.text).toBe("\ud7ff");
    for (const t of ["&#x110000;", "&#xDFFF;", "&#xDC00;", "&#55296;"]) expect([t, entityAt(t, 0)]).toEqual([t, null]);
  });
});

describe("withLetterEntities", () => {
  const re = new RegExp(`^${withLetterEntities("Eröffnung")}$`);
  it.each(["Eröffnung", "Er&ouml;ffnung", "Er&#246;ffnung", "Er&#0246;ffnung", "Er&#xF6;ffnung", "Er&#xf6;ffnung", "Er&#X00F6;ffnung"])("reads %s", (s) => {
    expect(re.test(s)).toBe(true);
  });
  it.each(["Er&auml;ffnung", "Er&ouml ffnung", "Er&#247;ffnung", "Eroffnung", "Er&#xF7;ffnung"])("does not read %s", (s) => {
    expect(re.test(s)).toBe(false);
  });
  it("leaves ASCII, escapes and character classes as they are", () => {
    expect(withLetterEntities(String.raw`Quelle: \d+`)).toBe(String.raw`Quelle: \d+`);
    expect(withLetterEntities("[äö]x")).toBe("[äö]x");
    expect(withLetterEntities(String.raw`\[ü\]`)).toBe(String.raw`\[(?:ü|&uuml;|&#0*252;|&#[xX]0*[fF][cC];)\]`);
    expect(withLetterEntities("ß+")).toBe("(?:ß|&szlig;|&#0*223;|&#[xX]0*[dD][fF];)+");
  });
  it("copies ASCII, the halves of a surrogate pair and a lone half as they are", () => {
    for (const t of ["😀", "\ud800", "\udfff", "\udbff\udc00", "\x7f"]) expect(withLetterEntities(t)).toBe(t);
    // The first character past the surrogates is read as an entity too.
    expect(withLetterEntities("\ue000")).toBe("(?:\ue000|&#0*57344;|&#[xX]0*[eE]000;)");
    expect(withLetterEntities("\ud7ff")).toBe("(?:\ud7ff|&#0*55295;|&#[xX]0*[dD]7[fF][fF];)");
  });
  it("names a character only where the decoder knows its name; a reference always", () => {
    expect(withLetterEntities("ő")).toBe("(?:ő|&#0*337;|&#[xX]0*151;)");
  });
  it("entityAware keeps the flags", () => {
    const re = entityAware(/gemäß/iy);
    expect(re.flags).toBe("iy");
    expect(re.test("GEM&Auml;SS")).toBe(false);
    re.lastIndex = 0;
    expect(re.test("Gem&auml;&szlig;")).toBe(true);
  });
});

describe("a copy that wrote its letters as entities", () => {
  it("reads a market desk tag", () => {
    const a = parseArticle(`Aktien Frankfurt Er&ouml;ffnung: Dax legt leicht zu\n\n${LEAD}/ab/DP/cd`);
    expect(a.headline?.tags).toEqual(["Aktien Frankfurt Eröffnung"]);
    expect(a.headline?.title).toBe("Dax legt leicht zu");
  });

  it("reads a desk tag of the other tags and a tag in capitals", () => {
    expect(parseArticle(`dpa-AFX &Uuml;berblick: KONJUNKTUR vom 04.12.2026\n\n${LEAD}`).headline?.tags).toEqual(["dpa-AFX Überblick"]);
    const a = parseArticle(`WDH/M&#196;RKTE: Nordbank senkt den Zins\n\n${LEAD}`);
    expect(a.headline?.tags).toEqual(["WDH", "MÄRKTE"]);
    expect(a.headline?.flags).toMatchObject({ repeat: true, desk: "MÄRKTE" });
  });

  it("reads an analyst's footer and the body ends before it", () => {
    const a = parseArticle(`${LEAD}/ab/DP/cd\n\nVer&ouml;ffentlichung der Original-Studie: 04.12.2026 / 07:15 / MEZ`);
    expect(a.footers.map((f) => [f.kind, f.text])).toEqual([["disclosure", "Veröffentlichung der Original-Studie: 04.12.2026 / 07:15 / MEZ"]]);
    expect(a.trailer?.codes).toEqual(["ab", "DP", "cd"]);
  });

  it("reads the kind of an editorial note", () => {
    const a = parseArticle(`(Im zweiten Absatz wurde ein Wort erg&auml;nzt.)\n\n${LEAD}`);
    expect(a.editorialNote?.kind).toBe("correction");
    expect(a.editorialNote?.text).toBe("(Im zweiten Absatz wurde ein Wort ergänzt.)");
  });

  it("reads a line of site chrome", () => {
    const a = parseArticle(`Nordlicht senkt die Prognose\n\n${LEAD}\n\nDas k&ouml;nnte Sie auch interessieren\n\nDie Aktie gab nach./ab/DP/cd`);
    expect(a.extras.map((e) => [e.kind, e.text])).toEqual([["chrome", "Das könnte Sie auch interessieren"]]);
  });
});

describe("a site's time stamp with entities", () => {
  it("reads a month name and the words before the stamp", () => {
    const a = parseArticle(`Ver&ouml;ffentlicht am 4. M&auml;rz 2026, 10:15 Uhr\nNordlicht senkt die Prognose\n\n${LEAD}`);
    expect(a.date?.iso).toBe("2026-03-04T10:15");
    expect(a.date?.text).toBe("Ver&ouml;ffentlicht am 4. M&auml;rz 2026, 10:15 Uhr");
    expect(a.headline?.text).toBe("Nordlicht senkt die Prognose");
  });
});
