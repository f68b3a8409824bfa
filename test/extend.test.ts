// The extension API: extendGrammar, vocabulary as data, headline flags, declaration merging, and the
// second grammar (dpa basic service) built only through the public API.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import * as authoring from "../src/authoring.js";
import { dpaAfx, dpaBasic, parseArticle, parseFeed, type Article, type ArticleNode } from "../src/index.js";
import { choice, extendGrammar, located, mapValue, peek, sequence, token } from "../src/authoring.js";

declare module "../src/index.js" {
  interface ArticleExtensions {
    mood?: "calm" | "nervous";
  }
  interface ExtensionNodes {
    mood: { type: "mood"; value: string };
  }
}

describe("extendGrammar", () => {
  it("returns a new grammar and leaves the base alone", () => {
    const g = extendGrammar(dpaAfx, { id: "mine" });
    expect(g).not.toBe(dpaAfx);
    expect(g.id).toBe("mine");
    expect(Object.isFrozen(g)).toBe(true);
    expect(dpaAfx.rules.place.parse("Waghäusel").status).toBe(false);
  });
  it("lets an override call the rule it replaces, and every user of the rule sees the override", () => {
    // Accept "[dpa]" brackets as well as "(dpa)" parentheses around the agency.
    const g = extendGrammar(dpaAfx, {
      id: "brackets",
      rules: (base) => ({
        agency: (r) => choice(base.agency(r), mapValue(sequence(token(/\[/y), located(token(/[\w-]+/y)), token(/\]/y)), ([, inner]) => inner)),
      }),
    });
    const a = parseArticle("KIEL [dpa] - Die Werft baut./ab", { grammar: g });
    expect(a.dateline).toMatchObject({ locations: ["KIEL"], agency: "dpa" });
    expect(parseArticle("KIEL (dpa-AFX) - Text./ab", { grammar: g }).dateline?.agency).toBe("dpa-AFX");
    expect(parseArticle("KIEL [dpa] - Die Werft baut./ab").dateline).toBeNull();
  });
  it("splits messages at a messageLead that reads nothing, the first line's included", () => {
    // The lead only looks ahead: it ends where it starts, at offset 0 on the first line.
    const g = extendGrammar(dpaAfx, { id: "peeking-lead", rules: (base) => ({ messageLead: (r) => peek(base.messageLead(r)) }) });
    const feed = "KIEL (dpa-AFX) - Eins./ab\n\nBONN (dpa-AFX) - Zwei./cd\n";
    const articles = parseFeed(feed, { grammar: g });
    expect(articles.map((a) => [a.dateline?.locations, a.position?.start.offset])).toEqual([
      [["KIEL"], 0],
      [["BONN"], 27],
    ]);
  });
  it("changes refiners by list and vocabulary by data", () => {
    const noHeadings = extendGrammar(dpaAfx, { id: "flat", refiners: (list) => list.filter((r) => r.name !== "headings") });
    const text = "BERLIN (dpa-AFX) - Erster Satz.\n\nWas nun?\n\nZweiter Satz./ab";
    expect(parseArticle(text).sections).toHaveLength(2);
    expect(parseArticle(text, { grammar: noHeadings }).sections).toHaveLength(1);
    const withTag = extendGrammar(dpaAfx, {
      id: "adh",
      vocabulary: { upperTags: [...dpaAfx.vocabulary.upperTags, { tag: "ADH", meaning: "desk" }] },
    });
    const h = "ADH: Werft baut Fähren\n\nKIEL (dpa-AFX) - Text./ab";
    expect(parseArticle(h).headline?.tags).toEqual([]);
    expect(parseArticle(h, { grammar: withTag }).headline).toMatchObject({ tags: ["ADH"], flags: { desk: "ADH" } });
    expect(dpaAfx.vocabulary.upperTags.some((t) => t.tag === "ADH")).toBe(false);
  });
  it("keeps extended Article types exact through declaration merging", () => {
    expectTypeOf<Article["mood"]>().toEqualTypeOf<"calm" | "nervous" | undefined>();
    expectTypeOf<Extract<ArticleNode, { type: "mood" }>>().toEqualTypeOf<{ type: "mood"; value: string }>();
  });
});

describe("the template grammar", () => {
  it("works as copied", async () => {
    const { myGrammar } = await import("../src/grammars/_template/index.js");
    expect(parseArticle("LINZ (apa) -- Ein Satz./ab", { grammar: myGrammar }).dateline).toMatchObject({ locations: ["LINZ"], agency: "apa" });
    // Its structural override and its footer kind reach whole texts.
    const text = "LINZ (apa) -- Die Lage ist ernst.\n\n2. Die Zinsen sinken.\n\nDie Notenbank senkte den Leitzins deutlich, und die Anleger griffen zu./ab\n\nKontakt: presse@example.com";
    const a = parseArticle(text, { grammar: myGrammar });
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([null, "2. Die Zinsen sinken."]);
    expect(a.footers).toMatchObject([{ kind: "contact", value: "presse@example.com" }]);
  });
});

describe("headline flags", () => {
  it("tell repeat, correction, revision and desk", () => {
    const flags = (h: string) => parseArticle(`${h}\n\nPARIS (dpa-AFX) - Text./ab`).headline?.flags;
    expect(flags("WDH/ROUNDUP 2: Dax legt zu")).toEqual({ repeat: true, correction: false, revision: 2, desk: null });
    expect(flags("KORREKTUR: Werk schließt später")).toMatchObject({ correction: true });
    expect(flags("Aktien Frankfurt Schluss: Dax fester")).toMatchObject({ desk: "Aktien Frankfurt Schluss" });
    expect(flags("Ohne Tag")).toEqual({ repeat: false, correction: false, revision: null, desk: null });
  });
});

describe("dpaBasic, the second grammar", () => {
  const text = "Storch kehrt zurück\n\nVon Jana Roth, dpa\n\nWaghäusel (dpa) - Ein Storch ist zurück. Er nistet auf dem Kirchturm.\n\nDer Verein freut sich.";
  it("reads mixed-case datelines and dpa bylines", () => {
    const a = parseArticle(text, { grammar: dpaBasic });
    expect(a.dateline).toMatchObject({ locations: ["Waghäusel"], agency: "dpa" });
    expect(a.byline?.authors).toEqual(["Jana Roth"]);
    expect(a.sections[0]!.paragraphs.map((p) => p.text)).toEqual(["Ein Storch ist zurück. Er nistet auf dem Kirchturm.", "Der Verein freut sich."]);
    expect(parseArticle("Berlin/Washington (dpa) - Text.", { grammar: dpaBasic }).dateline?.locations).toEqual(["Berlin", "Washington"]);
    expect(parseArticle("PARIS (dpa-AFX) - Text./ab", { grammar: dpaBasic }).dateline?.locations).toEqual(["PARIS"]);
  });
  it("never takes a headline with a dash for a dateline", () => {
    const a = parseArticle("Bayern - Dortmund 2:1\n\nMünchen (dpa) - Das Spiel war eng.", { grammar: dpaBasic });
    expect(a.headline?.text).toBe("Bayern - Dortmund 2:1");
    expect(a.dateline?.locations).toEqual(["München"]);
  });
  it("is written only with names the public barrels export (the package and dpa-afx-parser/grammar)", () => {
    const src = readFileSync(join(import.meta.dirname, "..", "src", "grammars", "dpa-basic", "index.ts"), "utf8");
    const names = [...src.matchAll(/import (?:type )?\{([^}]+)\} from/g)].flatMap((m) => m[1]!.split(",").map((s) => s.replace(/^\s*type\s+/, "").trim()).filter(Boolean));
    expect(names.length).toBeGreaterThan(3);
    const typeNames = ["Grammar", "DpaAfxRules", "DpaAfxVocabulary"];
    for (const n of names) expect(n in api || n in authoring || typeNames.includes(n), n).toBe(true);
  });
});
