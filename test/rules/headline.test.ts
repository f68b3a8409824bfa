import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../../src/index.js";
import { exec } from "../../src/authoring.js";
import { suffixTest } from "../../src/grammars/dpa-afx/rules/headline.js";

const { headline, upperTag, deskTag } = dpaAfx.rules;
const read = (s: string) => {
  const v = headline.tryParse(s);
  return { tags: v.tags.map((t) => t.value), topics: v.topics.map((t) => t.value), title: v.title.value };
};

describe("headline", () => {
  it("splits desk tags on slashes", () => {
    expect(read("WDH/ROUNDUP 2: Dax legt zu")).toEqual({ tags: ["WDH", "ROUNDUP 2"], topics: [], title: "Dax legt zu" });
    expect(read("KORREKTUR: Werk in Ulm schließt später").tags).toEqual(["KORREKTUR"]);
    expect(read("AKTIE IM FOKUS: Chiphersteller springt an").tags).toEqual(["AKTIE IM FOKUS"]);
  });
  it("reads revision numbers of one or two digits, bare or in parentheses", () => {
    expect(read("ROUNDUP 12: Dax legt zu").tags).toEqual(["ROUNDUP 12"]);
    expect(read("AKTIE IM FOKUS (2): Chiphersteller springt an").tags).toEqual(["AKTIE IM FOKUS (2)"]);
    expect(read("AKTIE IM FOKUS (12): Chiphersteller springt an").tags).toEqual(["AKTIE IM FOKUS (12)"]);
  });
  it("reads a desk tag whose words two spaces or an entity part as the tag (the node writes one space)", () => {
    expect(upperTag.tryParse("AKTIE  IM   FOKUS")).toBe("AKTIE  IM   FOKUS");
    expect(read("AKTIE IM  FOKUS  (2): Chiphersteller springt an").tags).toEqual(["AKTIE IM  FOKUS  (2)"]);
    expect(deskTag.tryParse("Aktien  Frankfurt   Schluss")).toBe("Aktien  Frankfurt   Schluss");
    expect(deskTag.tryParse("dpa-AFX  Überblick")).toBe("dpa-AFX  Überblick");
    // Words of capitals a tag does not know stay a title, whatever the spaces.
    expect(read("VÖB  EZB: Zinsen steigen").tags).toEqual([]);
    const a = parseArticle("AKTIE IM  FOKUS  2: Hopfenthal Werft gefragt\n\nKIEL (dpa-AFX) - Die Aktie stieg.");
    expect([a.headline?.tags, a.headline?.title, a.headline?.flags.revision]).toEqual([["AKTIE IM FOKUS 2"], "Hopfenthal Werft gefragt", 2]);
    const m = parseArticle("Aktien  Frankfurt Schluss:   Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.");
    // A known desk tag marks dpa-AFX copy, which ends in a trailer: its absence is reported.
    expect([m.headline?.tags, m.headline?.title, m.diagnostics.map((d) => d.code)]).toEqual([["Aktien Frankfurt Schluss"], "Dax legt zu", ["trailer/missing"]]);
  });
  it("takes a short word in capitals before a slash as a tag beside a desk tag", () => {
    expect(read("IPO/ROUNDUP: Firma geht an die Börse")).toEqual({ tags: ["IPO", "ROUNDUP"], topics: [], title: "Firma geht an die Börse" });
  });
  it("starts the title after every space following the colon", () => {
    const v = headline.tryParse("ROUNDUP:  Dax legt zu");
    expect([v.title.value, v.title.span]).toEqual(["Dax legt zu", { start: 10, end: 21 }]);
  });
  it("reads mixed-case market desk tags", () => {
    expect(read("Aktien Frankfurt Schluss: Dax schließt im Plus").tags).toEqual(["Aktien Frankfurt Schluss"]);
    expect(read("dpa-AFX Überblick: KONJUNKTUR vom 12.03.2026").tags).toEqual(["dpa-AFX Überblick"]);
    expect(read("Aktien Wien Schluss - ATX etwas fester")).toEqual({ tags: ["Aktien Wien Schluss"], topics: [], title: "ATX etwas fester" });
  });
  it("tells a tag plus a topic from a colon inside the title", () => {
    expect(read("ROUNDUP/Streit um Zölle: Minister reist nach Washington")).toEqual({
      tags: ["ROUNDUP"],
      topics: ["Streit um Zölle"],
      title: "Minister reist nach Washington",
    });
    expect(read("US-Notenbanker: Zinsen bleiben vorerst hoch").tags).toEqual([]);
    expect(read("EZB: Inflation sinkt langsamer").tags).toEqual([]);
    expect(read("Ölpreise legen weiter zu").tags).toEqual([]);
  });
  it("has tag rules usable on their own", () => {
    expect(upperTag.tryParse("ROUNDUP 3")).toBe("ROUNDUP 3");
    expect(upperTag.tryParse("INDEX-FLASH")).toBe("INDEX-FLASH");
    expect(upperTag.parse("VÖB").status).toBe(false);
    expect(deskTag.tryParse("Devisen")).toBe("Devisen");
  });
});

describe("headline edges (mutation survivors)", () => {
  const r = dpaAfx.rules;
  it("a tag of several words in capitals is a desk tag when it ends in a known suffix", () => {
    expect(r.headline.tryParse("DAX US-FLASH: Anleger greifen zu").tags.map((t) => t.value)).toEqual(["DAX US-FLASH"]);
    expect(r.headline.tryParse("DAX US: Anleger greifen zu").tags).toEqual([]);
  });
  it("' - ' closes only a lone desk tag, never a tag with a topic", () => {
    expect(r.headline.tryParse("ROUNDUP - Anleger greifen zu").tags.map((t) => t.value)).toEqual(["ROUNDUP"]);
    expect(r.headline.tryParse("ROUNDUP/Chemie - Anleger greifen zu").tags).toEqual([]);
    expect(r.headline.tryParse("ROUNDUP/Chemie: Anleger greifen zu").topics.map((t) => t.value)).toEqual(["Chemie"]);
  });
});

describe("byline values (mutation survivors)", () => {
  const r = dpaAfx.rules;
  it("authors split on commas and 'und'; the agency is a last part that names one", () => {
    expect(r.byline.tryParse("Von Anna Berg und Tom Lee, dpa-AFX")).toMatchObject({ authors: ["Anna Berg", "Tom Lee"], agency: "dpa-AFX" });
    expect(r.byline.tryParse("Von Anna Berg")).toMatchObject({ authors: ["Anna Berg"], agency: null });
    expect(r.byline.tryParse("Von Anna Berg,  dpa-AFX")).toMatchObject({ authors: ["Anna Berg"], agency: "dpa-AFX" });
    expect(r.byline.tryParse("Von Anna Berg, Korrespondentin der dpa")).toMatchObject({ authors: ["Anna Berg", "Korrespondentin der dpa"], agency: null });
    expect(r.byline.tryParse("By Anna Berg, Reuters")).toMatchObject({ authors: ["Anna Berg"], agency: "Reuters" });
  });
  it("authors split on ' und ' and ' and ', the leftmost first; spaces and tabs after a comma are no part of a name", () => {
    expect(r.byline.tryParse("Von Anna Berg and Tom Lee und Eva Lind, dpa-AFX").authors).toEqual(["Anna Berg", "Tom Lee", "Eva Lind"]);
    expect(r.byline.tryParse("Von Anna Berg,\t Tom Lee,  Eva Lind").authors).toEqual(["Anna Berg", "Tom Lee", "Eva Lind"]);
    expect(r.byline.tryParse("By Anna Berg und  und Tom Lee").authors).toEqual(["Anna Berg", "Tom Lee"]);
    expect(r.byline.tryParse("Von Anna Berg, , Tom Lee, dpa-AFX")).toMatchObject({ authors: ["Anna Berg", "Tom Lee"], agency: "dpa-AFX" });
    expect(r.byline.tryParse("Von Anna Sundberg, dpa-AFX").authors).toEqual(["Anna Sundberg"]);
    expect(r.byline.tryParse("Von Bernd Sand und, dpa-AFX").authors).toEqual(["Bernd Sand und"]);
    // After a comma's spaces and tabs, `und ` joins the next name (`, und Tom Lee`); after `Von ` it opens a name.
    expect(r.byline.tryParse("Von Anna Berg,  und Tom Lee").authors).toEqual(["Anna Berg", "Tom Lee"]);
    expect(r.byline.tryParse("Von Anna Berg,\t und Tom Lee").authors).toEqual(["Anna Berg", "Tom Lee"]);
    expect(r.byline.tryParse("Von Anna Berg, undine Lee").authors).toEqual(["Anna Berg", "undine Lee"]);
    // A first word in small letters, a joiner too, makes the line no byline.
    expect(r.byline.parse("Von und Tom Lee").status).toBe(false);
    expect(r.byline.parse("By und Tom Lee").status).toBe(false);
  });
});

describe("headline: read fast and exactly", () => {
  // The pipeline reads without error messages (exec) and passes over the tags of a line holding no colon
  // or dash; .parse reads exactly and tries both: the two agree on every value.
  const lines = [
    "WDH/ROUNDUP 2: Dax legt zu",
    "Aktien Wien Schluss - ATX fester",
    "Aktien Wien Schluss\u00a0– ATX fester",
    "ROUNDUP Dax legt zu",
    "VIEL LOB VON ANALYSTEN",
    "Dax legt zu",
    "US-Notenbank senkt den Zins",
    "AKTIE IM FOKUS (2): Dax",
    "ROUNDUP/Chemie: Anleger greifen zu",
    "IPO/ROUNDUP: Neuling",
    "Dax: legt zu",
    "",
  ];
  it("gives the same tags, topics and title either way", () => {
    for (const line of lines) {
      const exact = headline.parse(line);
      const fast = exec(headline, line, 0);
      expect([line, fast?.value ?? null, fast?.end ?? -1]).toEqual([line, exact.status ? exact.value : null, exact.status ? line.length : -1]);
    }
    expect(exec(headline, "ROUNDUP Dax legt zu\nROUNDUP: zweite Zeile", 0)?.value.tags).toEqual([]);
    expect(exec(headline, "ROUNDUP: Dax legt zu\nzweite Zeile", 0)?.value.tags.map((t) => t.value)).toEqual(["ROUNDUP"]);
  });
});

describe("suffixTest", () => {
  const ends = suffixTest(["-FLASH", "-MONITOR", "-ROUNDUP", "-KOLUMNE", "-UMFRAGE"]);
  it("tells a word ending in one of the suffixes (a word equal to one included) from one ending in none", () => {
    expect(["INDEX-FLASH", "DAX-MONITOR", "X-ROUNDUP", "-FLASH", "AKTIEN-UMFRAGE", "BÖRSEN-KOLUMNE"].map(ends)).toEqual([true, true, true, true, true, true]);
    expect(["FLASH", "INDEX-FLASHES", "ROUNDUP", "INDEXFLASH", "", "H"].map(ends)).toEqual([false, false, false, false, false, false]);
  });
  it("with an empty suffix, every word ends in one", () => {
    expect(suffixTest(["-FLASH", ""])("DAX")).toBe(true);
    expect(suffixTest([])("DAX")).toBe(false);
  });
});
