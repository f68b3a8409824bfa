// The user API added for the first hour: zone checks, the text's language in ninjs and HTML, toJson,
// typed ninjs, ratings in streams.
import { describe, expect, expectTypeOf, it } from "vitest";
import { dpaAfxRatings, parseArticle, parseFeed, parseStream, toHtml, toJson, toNinjs, type Ninjs, type Ninjs22 } from "../src/index.js";
import { dpaAfx, extendGrammar } from "../src/authoring.js";

const german = "FRANKFURT (dpa-AFX) - Der Dax ist am Montag gestiegen. Die Anleger setzten auf die Zahlen der Unternehmen, die besser als erwartet ausfielen./ab/cd";
const english = "NEW YORK (dpa-AFX) - Shares of the company rose on Monday after the quarter was better than expected, and the stock market followed./RTT";

describe("zone", () => {
  it("an unknown zone throws a RangeError at the call, as Intl does; a known one is read", () => {
    expect(() => parseArticle("KIEL (dpa-AFX) - Text./ab", { zone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => parseFeed("KIEL (dpa-AFX) - Text./ab", { zone: "" })).toThrow(/Unknown time zone/);
    expect(parseArticle("date 2026-03-12\nKIEL (dpa-AFX) - Text./ab", { zone: "America/New_York" }).date?.value.toISO()).toBe("2026-03-12T00:00:00.000-04:00");
    expect(parseArticle("date 2026-01-12\nKIEL (dpa-AFX) - Text./ab", { zone: "UTC+2" }).date?.value.offset).toBe(120);
  });
  it("parseStream refuses an unknown zone too", async () => {
    async function* one() {
      yield "KIEL (dpa-AFX) - Text./ab";
    }
    await expect(async () => {
      for await (const _ of parseStream(one(), { zone: "Mars/Olympus" })) void _;
    }).rejects.toThrow(RangeError);
  });
});

describe("language", () => {
  it("tells German from English by function words, and says null when it cannot", () => {
    expect(parseArticle(german).language).toBe("de");
    expect(parseArticle(english).language).toBe("en");
    expect(parseArticle("KIEL (dpa-AFX) - Text./ab").language).toBeNull();
    expect(parseArticle("").language).toBeNull();
  });
  it("reads the grammar's vocabulary, so an extension can add a language", () => {
    const french = extendGrammar(dpaAfx, { id: "fr", vocabulary: { languages: { ...dpaAfx.vocabulary.languages, fr: ["le", "la", "les", "des", "est", "une", "dans", "pour"] } } });
    expect(parseArticle("PARIS (dpa-AFX) - Le marché est en hausse dans la matinée, les actions des banques sont pour une fois en tête./ab", { grammar: french }).language).toBe("fr");
  });
  it("goes into ninjs and HTML", () => {
    expect(toNinjs(parseArticle(english)).language).toBe("en");
    expect(toNinjs(parseArticle(german)).language).toBe("de");
    expect(toNinjs(parseArticle("KIEL (dpa-AFX) - Text./ab")).language).toBe("de"); // unknown: dpa-AFX's own
    expect(toNinjs(parseArticle(english), { language: "en-GB" }).language).toBe("en-GB");
    expect(toHtml(parseArticle(english)).startsWith('<article lang="en">')).toBe(true);
    expect(toHtml(parseArticle("KIEL (dpa-AFX) - Text./ab")).startsWith("<article>")).toBe(true);
  });
});

describe("toJson", () => {
  it("gives the JSON form, with or without positions", () => {
    const a = parseArticle(`date 2026-03-12\n${german}`);
    const full = toJson(a);
    expect(full).toEqual(JSON.parse(JSON.stringify(a)));
    expect(full.date?.value).toBe("2026-03-12T00:00:00.000+01:00");
    const compact = toJson(a, { positions: false });
    expect(JSON.stringify(compact)).not.toContain('"position"');
    expect(compact.trailer?.codes).toEqual(["ab", "cd"]);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length * 0.7);
  });
});

describe("ninjs types and standard", () => {
  it("says which standard it follows, and is typed by version", () => {
    const a = parseArticle(`date 2026-03-12\nROUNDUP: Titel\n\n${german}`);
    const v3 = toNinjs(a);
    expectTypeOf(v3).toEqualTypeOf<Ninjs>();
    expect(v3.standard).toEqual({ name: "ninjs", version: "3.1", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#" });
    expect(v3.headlines?.[0]?.value).toBe("ROUNDUP: Titel");
    expect(v3.descriptions?.[0]).toEqual({ role: "trailer", contentType: "text/plain", value: "/ab/cd" });
    const v2 = toNinjs(a, { version: "2.2" });
    expectTypeOf(v2).toEqualTypeOf<Ninjs22>();
    expect(v2.standard.version).toBe("2.2");
    expect(v2.versioncreated).toBe("2026-03-12T00:00:00+01:00");
    expect(v2.headlines?.[0]?.contenttype).toBe("text/plain");
  });
});

describe("ratings in a stream", () => {
  it("have the same positions as in parseFeed (a message knows its place in the whole input)", async () => {
    const flash = (k: number) => `${k}. Meldung\n\nFRANKFURT (dpa-AFX Analyser) - Die Landesbank Nordlicht hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft und das Kursziel von 40 auf 4${k} Euro angehoben. Analyst Jan Roth lobte die Zahlen./ab/cd\n\n`;
    const feed = flash(1) + flash(2) + flash(3);
    async function* chunks() {
      for (let i = 0; i < feed.length; i += 50) yield feed.slice(i, i + 50);
    }
    const streamed = [];
    for await (const a of parseStream(chunks(), { grammar: dpaAfxRatings })) streamed.push(a);
    const whole = parseFeed(feed, { grammar: dpaAfxRatings });
    expect(streamed.map((a) => a.rating)).toEqual(whole.map((a) => a.rating));
    const target = whole[2]!.rating!;
    expect(target.target?.value).toBe(43);
    const p = target.positions.target!;
    expect(feed.slice(p.start.offset, p.end.offset)).toBe("43 Euro");
  });
});
