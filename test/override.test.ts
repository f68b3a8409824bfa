// Overriding rules changes what is found in whole texts: every user of a rule sees the override, the
// document rules as well as the inline ones (issue 15). Texts are our own, in the style of wire copy.
import P from "parsimmon";
import { describe, expect, it } from "vitest";
import { dpaAfx, dpaBasic, parseArticle, parseFeed } from "../src/index.js";
import { choice, draftOf, extendGrammar, located, mapValue, sequence, token } from "../src/authoring.js";
import { scanOf } from "../src/combinators/fast.js";

describe("overriding a rule changes a whole text", () => {
  it("an agency in brackets splits a feed: the splitter's quick look for an agency follows the override", () => {
    const brackets = extendGrammar(dpaAfx, {
      id: "brackets",
      rules: () => ({ agency: () => mapValue(sequence(token(/\[/y), located(token(/[a-z][\w.&/-]*/iy)), token(/\]/y)), ([, inner]) => inner) }),
    });
    const feed = "BERLIN [dpa-AFX] - Erster Text./ab/DP/cd\n\nPARIS [dpa-AFX] - Zweiter Text./ef/DP/gh";
    expect(parseFeed(feed, { grammar: brackets }).map((m) => m.trailer?.codes)).toEqual([["ab", "DP", "cd"], ["ef", "DP", "gh"]]);
    expect(parseFeed(feed)).toHaveLength(1);
  });

  it("an agency in brackets or parentheses, or one built with parsimmon's own combinators, splits a feed too", () => {
    const either = extendGrammar(dpaAfx, {
      id: "either",
      rules: (base) => ({ agency: (r) => choice(base.agency(r), mapValue(sequence(token(/\[/y), located(token(/[a-z][\w.&/-]*/iy)), token(/\]/y)), ([, inner]) => inner)) }),
    });
    const mixed = "BERLIN [dpa-AFX] - Erster Text./ab/DP/cd\n\nPARIS (dpa-AFX) - Zweiter Text./ef/DP/gh\n\nROM [dpa-AFX] - Dritter Text./ij/DP/kl";
    expect(parseFeed(mixed, { grammar: either }).map((m) => m.dateline?.locations[0])).toEqual(["BERLIN", "PARIS", "ROM"]);
    // A parser made with parsimmon itself has no character set we know: every line is asked.
    const foreign = extendGrammar(dpaAfx, {
      id: "foreign",
      rules: () => ({ agency: () => P.seqMap(P.index, P.regexp(/\{([a-z-]+)\}/i, 1), P.index, (s, value, e) => ({ value, span: { start: s.offset, end: e.offset } })) }),
    });
    const curly = "BERLIN {dpa-AFX} - Erster Text./ab/DP/cd\n\nPARIS {dpa-AFX} - Zweiter Text./ef/DP/gh";
    expect(parseFeed(curly, { grammar: foreign }).map((m) => m.dateline?.agency)).toEqual(["dpa-AFX", "dpa-AFX"]);
  });

  it("a trailerCode with digits finds /ab1/DP/x9 at the end of a body", () => {
    const g = extendGrammar(dpaAfx, {
      id: "digits",
      rules: () => ({ trailerCode: () => token(/[a-z][\da-z]{0,5}(?![\da-z])/iy).desc("a trailer code") }),
    });
    const text = "FRANKFURT (dpa-AFX) - Der Dax stieg am Montag.\n\nDie Händler blieben vorsichtig./ab1/DP/x9";
    const a = parseArticle(text, { grammar: g });
    expect(a.trailer).toMatchObject({ text: "/ab1/DP/x9", codes: ["ab1", "DP", "x9"] });
    expect(a.sections[0]!.paragraphs.at(-1)!.text).toBe("Die Händler blieben vorsichtig.");
    expect(a.diagnostics.map((d) => d.code)).not.toContain("trailer/missing");
    // The base grammar does not read it: the codes hold digits.
    expect(parseArticle(text).trailer?.codes ?? []).not.toEqual(["ab1", "DP", "x9"]);
    // In a feed as well: the message splitter and the tail use the same rule.
    const feed = `${text}\n\nKIEL (dpa-AFX) - Die Werft baut./cd2/DP/ef`;
    expect(parseFeed(feed, { grammar: g }).map((m) => m.trailer?.codes)).toEqual([
      ["ab1", "DP", "x9"],
      ["cd2", "DP", "ef"],
    ]);
  });

  it("a place in mixed case opens overview items: the item heads' quick look at a line follows the place rule", () => {
    const mixed = extendGrammar(dpaAfx, { id: "mixed", rules: (base) => ({ place: (r) => choice(token(/[A-Z][a-z]+/y), base.place(r)) }) });
    const text = "Dax legt zu\n\nFrankfurt - Der Dax stieg am Montag.\n\nÖlpreise fallen\n\nHamburg - Die Preise fielen./ab";
    expect(parseArticle(text, { grammar: mixed }).items.map((i) => [i.headline?.text, i.dateline?.locations])).toEqual([
      ["Dax legt zu", ["Frankfurt"]],
      ["Ölpreise fallen", ["Hamburg"]],
    ]);
    // The base grammar: no place in capitals, so no items (and those lines are not read for datelines).
    expect(parseArticle(text).items).toEqual([]);
    expect(parseArticle(text.replace("Frankfurt", "FRANKFURT").replace("Hamburg", "HAMBURG")).items.map((i) => i.dateline?.locations)).toEqual([["FRANKFURT"], ["HAMBURG"]]);
  });

  it("a dash of its own opens the lead: the lead's look for a dateline on each line follows the dash rule", () => {
    const text = "Hopfenthal senkt Prognose\n\nKIEL | Der Brauer rechnet mit weniger Absatz./ab";
    const bar = extendGrammar(dpaAfx, { id: "bar", rules: () => ({ dash: () => token(/\|/y).desc("a dash") }) });
    const a = parseArticle(text, { grammar: bar });
    expect([a.headline?.text, a.dateline?.locations, a.dateline?.text]).toEqual(["Hopfenthal senkt Prognose", ["KIEL"], "KIEL |"]);
    // The base grammar finds no lead there; a dash made with parsimmon itself (nothing known of it) finds it too.
    expect(parseArticle(text).dateline).toBeNull();
    const foreign = extendGrammar(dpaAfx, { id: "foreign-dash", rules: () => ({ dash: () => P.string("|") }) });
    expect(parseArticle(text, { grammar: foreign }).dateline?.locations).toEqual(["KIEL"]);
    // An agency in brackets before a lost dash: the agency's scan follows the override.
    const brackets = extendGrammar(dpaAfx, {
      id: "brackets-lead",
      rules: () => ({ agency: () => mapValue(sequence(token(/\[/y), located(token(/[a-z][\w.&/-]*/iy)), token(/\]/y)), ([, inner]) => inner) }),
    });
    const dashless = "Hopfenthal senkt Prognose\n\nKIEL [dpa-AFX] Der Brauer rechnet mit weniger Absatz./ab";
    expect(parseArticle(dashless, { grammar: brackets }).dateline).toMatchObject({ locations: ["KIEL"], agency: "dpa-AFX", text: "KIEL [dpa-AFX]" });
    expect(parseArticle(dashless).dateline).toBeNull();
    // One made with parsimmon itself: nothing is known of it, so no line is ruled out.
    const curly = extendGrammar(dpaAfx, {
      id: "curly-lead",
      rules: () => ({ agency: () => P.seqMap(P.index, P.regexp(/\{([a-z-]+)\}/i, 1), P.index, (s, value, e) => ({ value, span: { start: s.offset, end: e.offset } })) }),
    });
    expect(parseArticle(dashless.replace("[dpa-AFX]", "{dpa-AFX}"), { grammar: curly }).dateline).toMatchObject({ locations: ["KIEL"], agency: "dpa-AFX", text: "KIEL {dpa-AFX}" });
    const rules = curly.rules as unknown as Record<string, P.Parser<unknown>>;
    expect(["dateline", "partnerDateline", "dashlessDateline", "lead"].map((r) => scanOf(rules[r]!))).toEqual([null, null, null, null]);
    expect(scanOf((brackets.rules as unknown as Record<string, P.Parser<unknown>>).dashlessDateline!)).toBe("<|[\\x5b]");
  });

  it("a trailer without slashes is still looked for: the quick look for a slash follows the trailer rule", () => {
    // Codes after semicolons, `;ab;DP`: the base trailer's slash is no longer what every trailer holds.
    const semicolons = extendGrammar(dpaAfx, {
      id: "semicolons",
      rules: () => ({
        trailer: (r) =>
          mapValue(located(sequence(token(/;/y), located(r.trailerCode), token(/;/y), located(r.trailerCode))), (t) => ({
            codes: [t.value[1], t.value[3]],
            endMark: null,
            stray: null,
            span: t.span,
          })),
      }),
    });
    const text = "FRANKFURT (dpa-AFX) - Der Dax stieg am Montag.\n\nDie Händler blieben vorsichtig.;ab;DP";
    expect(parseArticle(text, { grammar: semicolons }).trailer).toMatchObject({ text: ";ab;DP", codes: ["ab", "DP"] });
    expect(parseArticle(text).trailer).toBeNull();
    // The base grammar: a last line without a slash holds no trailer, one with it does.
    expect(parseArticle("KIEL (dpa-AFX) - Die Werft baut ab").trailer).toBeNull();
    expect(parseArticle("KIEL (dpa-AFX) - Die Werft baut./ab").trailer?.codes).toEqual(["ab"]);
    // A trailer before a footer on the same line, found through the footer's opener.
    expect(parseArticle("KIEL (dpa-AFX) - Die Werft baut./ab/cd ISIN DE0008404005").trailer?.codes).toEqual(["ab", "cd"]);
  });

  it("a new trailerLine finds a Reuters-like end line", () => {
    const reporting = mapValue(located(token(/\(Reporting by [^;()\r\n]{1,80}(?:; Editing by [^;()\r\n]{1,80})?\)/y)), (t) => ({
      trailer: { codes: [...t.value.matchAll(/by ([^;)]+)/g)].map((m) => ({ value: m[1]!.trim(), span: t.span })), endMark: null, stray: null, span: t.span },
      rest: [],
      alone: true,
    }));
    const g = extendGrammar(dpaAfx, { id: "reuters", rules: (base) => ({ trailerLine: (r) => choice(base.trailerLine(r), reporting) }) });
    const text = "BERLIN (dpa-AFX) - Die Regierung beriet am Montag.\n\nEin Ergebnis gab es nicht.\n(Reporting by Anna Berg; Editing by Tom Lee)";
    const a = parseArticle(text, { grammar: g });
    expect(a.trailer).toMatchObject({ text: "(Reporting by Anna Berg; Editing by Tom Lee)", codes: ["Anna Berg", "Tom Lee"] });
    expect(a.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(["Die Regierung beriet am Montag.", "Ein Ergebnis gab es nicht."]);
    expect(parseArticle(text).trailer).toBeNull();
  });

  it("a new footer kind: by vocabulary (also inside a line of footers) or by overriding the footer rule", () => {
    const byData = extendGrammar(dpaAfx, {
      id: "contact",
      vocabulary: { footers: [...dpaAfx.vocabulary.footers, { kind: "contact", pattern: /Kontakt: /y, value: /Kontakt:(.*)/ }] },
    });
    const text = "KIEL (dpa-AFX) - Die Werft baut Fähren./ab/DP/cd\n\nKontakt: presse@example.com\nQuelle: dpa-AFX Kontakt: desk@example.com";
    const a = parseArticle(text, { grammar: byData });
    expect(a.footers.map((f) => [f.kind, f.value])).toEqual([
      ["contact", "presse@example.com"],
      ["source", "dpa-AFX"],
      ["contact", "desk@example.com"],
    ]);
    const base = parseArticle(text);
    expect(base.footers.map((f) => f.kind)).not.toContain("contact");
    // An opener in small letters is found too: the characters a footer can start with follow the vocabulary.
    const byWeb = extendGrammar(dpaAfx, { id: "web", vocabulary: { footers: [...dpaAfx.vocabulary.footers, { kind: "web", pattern: /www\./y }] } });
    const web = "KIEL (dpa-AFX) - Die Werft baut Fähren./ab/DP/cd\n\nwww.example.com/werft";
    expect(parseArticle(web, { grammar: byWeb }).footers.map((f) => [f.kind, f.text])).toEqual([["web", "www.example.com/werft"]]);
    expect(parseArticle(web).footers).toEqual([]);

    const byRule = extendGrammar(dpaAfx, {
      id: "contact-rule",
      rules: (b) => ({
        footer: (r) =>
          choice(
            b.footer(r),
            mapValue(located(token(/Kontakt: [^\r\n]*/y)), (text) => ({ kind: "contact", text, value: text.value.slice(9).trim() })),
          ),
      }),
    });
    expect(parseArticle("KIEL (dpa-AFX) - Die Werft baut Fähren./ab/DP/cd\n\nKontakt: presse@example.com", { grammar: byRule }).footers).toMatchObject([
      { kind: "contact", value: "presse@example.com", text: "Kontakt: presse@example.com" },
    ]);
  });

  it("a heading rule that also accepts numbered headings", () => {
    const numbered = mapValue(located(token(/\d{1,2}\. [A-ZÄÖÜ][^\r\n]{2,80}/y)), (t) => t.span);
    const g = extendGrammar(dpaAfx, { id: "numbered", rules: (base) => ({ heading: (r) => choice(base.heading(r), numbered) }) });
    const text = "FRANKFURT (dpa-AFX) - Die Lage ist ernst.\n\n1. Die Zinsen sinken.\n\nDie Notenbank senkte den Leitzins um einen Viertelpunkt.\n\n2. Der Euro steigt.\n\nDer Euro legte am Montag gegenüber dem Dollar deutlich zu, nachdem die Daten überraschten./ab/DP/cd";
    const a = parseArticle(text, { grammar: g });
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([null, "1. Die Zinsen sinken.", "2. Der Euro steigt."]);
    expect(parseArticle(text).sections).toHaveLength(1);
  });

  it("dpaBasic finds a mixed-case end dateline, on its own line or glued to the trailer", () => {
    const body = "Feuerwehr rückt aus\n\nDie Feuerwehr rückte am Montag aus.\n\nVerletzt wurde niemand.";
    for (const text of [`${body}/ab/DP/cd\nBad Schönborn (dpa)`, `${body}/ajx/misBad Schönborn (dpa)`]) {
      const a = parseArticle(text, { grammar: dpaBasic });
      expect(a.dateline).toMatchObject({ text: "Bad Schönborn (dpa)", placement: "end", locations: ["Bad Schönborn"], agency: "dpa" });
      expect(a.sections.at(-1)!.paragraphs.at(-1)!.text).toBe("Verletzt wurde niemand.");
      expect(a.diagnostics.map((d) => d.code)).toEqual(["dateline/trailing"]);
      // dpaAfx's places are in capitals: no dateline there.
      expect(parseArticle(text).dateline).toBeNull();
    }
  });
  it("a headline rule that finds nothing leaves the front line a plain headline: its text, no tags, no topics", () => {
    const g = extendGrammar(dpaAfx, { id: "no-headline", rules: () => ({ headline: () => P.fail("a headline") as never }) });
    const a = parseArticle("date 2026-01-06 Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd", { grammar: g });
    expect(a.headline && [a.headline.text, a.headline.title, a.headline.tags, a.headline.topics, a.headline.position?.start.offset]).toEqual(["Dax legt zu", "Dax legt zu", [], [], 16]);
    // In the outline, the front line's title is its own text, not the whole input.
    const front = draftOf(g, "date 2026-01-06 Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd").outline.find((e) => e.kind === "frontText");
    expect(front?.value).toEqual({ tags: [], topics: [], title: { value: "Dax legt zu", span: { start: 16, end: 27 } } });
  });
});
