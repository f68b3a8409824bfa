// Overviews on whole texts and their rules on their own: the intro, day headings, dated headlines, items
// without text, and the bounds of headline and day-heading lines. Texts are our own, in dpa-AFX style.
// Written against the survivors of mutation testing.
import P from "parsimmon";
import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../../src/index.js";
import { extendGrammar } from "../../src/authoring.js";
import { exec } from "../../src/combinators/fast.js";
import { inRegion, newDoc, withDoc } from "../../src/combinators/lines.js";

const r = dpaAfx.rules;
function run<T>(rule: P.Parser<T>, text: string): { value: T; end: number } | null {
  const res = P.seq(rule, P.index).skip(P.all).parse(text);
  return res.status ? { value: res.value[0], end: res.value[1].offset } : null;
}

const overview = [
  "dpa-AFX Überblick: KONJUNKTUR", // 1
  "21.08.2014", // 2
  "", // 3
  "Die Meldungen des Tages.", // 4
  "Im Überblick.", // 5
  "", // 6
  "Noch ein Satz vorweg.", // 7
  "", // 8
  "MONTAG", // 9
  "", // 10
  "date 2026-01 Dax legt zu", // 11
  "", // 12
  "FRANKFURT - Der Dax stieg.", // 13
  "", // 14
  "Ölpreise fallen", // 15
  "", // 16
  "NEW YORK -   ", // 17
  "", // 18
  "Quelle: dpa-AFX", // 19
].join("\n");

describe("an overview", () => {
  const a = parseArticle(overview);

  it("reads the front: one tagged headline, metadata, and intro lines that stand together as one paragraph", () => {
    expect(a.headline?.text).toBe("dpa-AFX Überblick: KONJUNKTUR");
    expect(a.dateline).toBeNull();
    expect(a.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(["Die Meldungen des Tages. Im Überblick.", "Noch ein Satz vorweg."]);
    expect(a.footers.map((f) => f.text)).toEqual(["Quelle: dpa-AFX"]);
  });

  it("gives each item its day heading, its headline after a glued date, and its text", () => {
    expect(a.items.map((i) => [i.heading?.text ?? null, i.headline?.text, i.dateline?.text, i.paragraphs.map((p) => p.text)])).toEqual([
      ["MONTAG", "Dax legt zu", "FRANKFURT -", ["Der Dax stieg."]],
      [null, "Ölpreise fallen", "NEW YORK -", []],
    ]);
    // The date glued to the item's headline is a date of the message.
    expect(a.dates.map((d) => [d.source, d.text])).toEqual([["dotted", "21.08.2014"], ["prefix", "date 2026-01"]]);
    // An item starts at its day heading; an item without text ends at its dateline's dash.
    expect(a.items.map((i) => [i.position!.start.line, i.position!.end.line, i.position!.end.column])).toEqual([[9, 13, 27], [15, 17, 11]]);
  });

  it("a second tagged line above the items is intro, not a second headline", () => {
    const t = "dpa-AFX Überblick: KONJUNKTUR\nROUNDUP: Noch ein Titel\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    const b = parseArticle(t);
    expect(b.headline?.text).toBe("dpa-AFX Überblick: KONJUNKTUR");
    expect(b.items).toHaveLength(2);
    expect(b.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(["ROUNDUP: Noch ein Titel"]);
  });

  it("a date prefix before the tagged headline is a date of the message", () => {
    const t = "date 2026-01-06 dpa-AFX Überblick: KONJUNKTUR\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    const b = parseArticle(t);
    expect(b.headline?.text).toBe("dpa-AFX Überblick: KONJUNKTUR");
    expect(b.dates.map((d) => [d.source, d.text])).toEqual([["prefix", "date 2026-01-06"]]);
  });

  it("the overview rule consumes the text through its last line with text", () => {
    const t = "Dax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger./ab/DP/cd\n\n";
    expect(exec(r.overview, t)!.end).toBe(t.trimEnd().length + 1);
    expect(exec(r.overview, "Dax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖl fällt\n\nNEW YORK - Öl fiel.")!.end).toBe(70);
  });
});

describe("the line rules of overviews", () => {
  it("headlineLine: at most 200 characters, no full stop, no date line, note, byline or trailer", () => {
    expect(run(r.headlineLine, "x".repeat(200))).not.toBeNull();
    expect(run(r.headlineLine, "x".repeat(201))).toBeNull();
    expect(run(r.headlineLine, "Dax legt zu.")).toBeNull();
    expect(run(r.headlineLine, "Dax legt zu ...")).not.toBeNull();
    expect(run(r.headlineLine, "date 2026-01-06 Dax legt zu")).toBeNull();
    expect(run(r.headlineLine, "date 2026-01-06")).toBeNull();
    expect(run(r.headlineLine, "21.08.2014")).toBeNull();
    expect(run(r.headlineLine, "Von Anna Berg, dpa-AFX")).toBeNull();
    expect(run(r.headlineLine, "Dax legt zu/ab/DP/cd")).not.toBeNull(); // no trailer inside a word
    expect(run(r.headlineLine, "Dax legt zu - /ab/DP/cd")).toBeNull();
    expect(run(r.headlineLine, "\nDax legt zu")).toBeNull();
  });

  it("dayHeading: a line of 1 to 40 characters in capitals, digits, commas and full stops", () => {
    expect(run(r.dayHeading, "X".repeat(40))).not.toBeNull();
    expect(run(r.dayHeading, "X".repeat(41))).toBeNull();
    expect(run(r.dayHeading, "   \nMONTAG")).toBeNull();
    expect(run(r.dayHeading, "MONTAG, 3. MÄRZ 2026")).not.toBeNull();
    expect(run(r.dayHeading, "MONTAG: TERMINE")).toBeNull();
  });

  it("itemLead refuses a dateline naming an agency", () => {
    expect(run(r.itemLead, "LÜBECK - Text")!.value.textStart).toBe(9);
    expect(run(r.itemLead, "LÜBECK (dpa-AFX) - Text")).toBeNull();
  });
});

describe("overviews: the edges mutation testing found unchecked", () => {
  it("a date glued to an item's headline or to the tagged headline is never the article's date itself", () => {
    // The dotted date is more precise and comes first; a later date marked as the article's would win.
    expect(parseArticle(overview).date?.text).toBe("21.08.2014");
    const t = "21.08.2014\ndate 2026-01 dpa-AFX Überblick: KONJUNKTUR\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    const b = parseArticle(t);
    expect(b.dates.map((d) => d.text)).toEqual(["21.08.2014", "date 2026-01"]);
    expect(b.date?.text).toBe("21.08.2014");
  });

  it("intro lines in a row are one paragraph; a single line stands alone", () => {
    const t = "dpa-AFX Überblick: KONJUNKTUR\n\nDie Meldungen des Tages\nim Überblick\n\nStand am Morgen\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    const blocks = exec(r.overview, t)!.value.filter((e) => e.kind === "block");
    expect(blocks.map((b) => (b.kind === "block" ? [b.value.lines.length, b.value.standalone] : null))).toEqual([[2, false], [1, true]]);
  });

  it("a lead without agency above the first item (no headline over it) leaves the text an overview; one with an agency does not", () => {
    const items = "\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    // (A text with such a lead is an ordinary message that lists the items below its lead.)
    expect(exec(r.overview, `FRANKFURT - Die Lage am Morgen.${items}`)).not.toBeNull();
    expect(exec(r.overview, `FRANKFURT (dpa-AFX) - Die Lage am Morgen.${items}`)).toBeNull();
    // A date before the dateline does not hide its agency.
    expect(exec(r.overview, `date 2026-01-06 FRANKFURT (dpa-AFX) - Die Lage am Morgen.${items}`)).toBeNull();
  });

  it("a line holding only a date is no item headline", () => {
    const t = "Dax legt zu\n\nFRANKFURT - Der Dax stieg.\n\ndate 2026-01-06 \n\nBERLIN - Ohne Titel.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    expect(parseArticle(t).items.map((i) => i.headline?.text)).toEqual(["Dax legt zu", "Ölpreise fallen"]);
  });

  it("an item headline the headline rule refuses is still the item's title, as written", () => {
    const g = extendGrammar(dpaAfx, { id: "no-headline", rules: (base) => ({ headline: (rr) => P.fail("a headline").or(base.headline(rr)).chain(() => P.fail("a headline")) }) });
    const a = parseArticle("Dax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.", { grammar: g });
    expect(a.items.map((i) => i.headline?.text)).toEqual(["Dax legt zu", "Ölpreise fallen"]);
    expect(a.items.map((i) => i.headline?.tags.length)).toEqual([0, 0]);
    expect(a.items.map((i) => i.headline?.title)).toEqual(["Dax legt zu", "Ölpreise fallen"]);
  });

  it("a day heading on the text's first line belongs to the first item", () => {
    const a = parseArticle("MONTAG\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.");
    expect(a.items.map((i) => [i.heading?.text ?? null, i.headline?.text])).toEqual([["MONTAG", "Dax legt zu"], [null, "Ölpreise fallen"]]);
    expect(a.items[0]!.position!.start.offset).toBe(0);
  });

  it("item heads: never a day heading above where the search starts, never a lead before its headline", () => {
    const t = "Vorweg\nMONTAG\nDax legt zu\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\nLONDON - Öl wurde billiger.";
    const heads = exec(r.itemHeads, t, t.indexOf("Dax"))!.value;
    expect(heads.map((h) => [t.slice(h.headline.start, h.headline.end), h.dayHeading])).toEqual([["Dax legt zu", null], ["Ölpreise fallen", null]]);
    // A first line that is an item's lead has no headline above it: one head, the one below.
    const lead = "FRANKFURT - Der Dax stieg.\nÖlpreise fallen\nLONDON - Öl wurde billiger.";
    expect(exec(r.itemHeads, lead)!.value.map((h) => lead.slice(h.headline.start, h.headline.end))).toEqual(["Ölpreise fallen"]);
    // A headline on the second line is found as well.
    const second = "Vorweg\nDax legt zu\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\nLONDON - Öl wurde billiger.";
    expect(exec(r.itemHeads, second)!.value.map((h) => second.slice(h.headline.start, h.headline.end))).toEqual(["Dax legt zu", "Ölpreise fallen"]);
  });

  it("item heads stop at the region's stop", () => {
    const t = "Dax legt zu\nFRANKFURT - Der Dax stieg.\nÖlpreise fallen\nLONDON - Öl wurde billiger.";
    const doc = newDoc(t);
    const heads = (stop: number) => withDoc(doc, () => inRegion(doc, stop, t.length, () => exec(r.itemHeads, t)))!.value.length;
    expect([heads(4), heads(3)]).toEqual([2, 1]);
  });

  it("a first item headline that reads like a lead naming an agency stays the first item's headline", () => {
    const t = "PARIS (dpa-AFX) - Frankreich legt Haushalt vor\nFRANKFURT - Der Dax stieg am Montag deutlich.\n\nÖl fällt\nLONDON - Der Ölpreis sank am Montag./ab/cd";
    const a = parseArticle(t);
    expect([a.dateline, a.items.map((i) => i.headline?.text)]).toEqual([null, ["PARIS (dpa-AFX) - Frankreich legt Haushalt vor", "Öl fällt"]]);
  });

  it("intro lines in a row keep each line's span", () => {
    const t = "dpa-AFX Überblick: KONJUNKTUR\n\nDie Meldungen des Tages\nim Überblick\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    const block = exec(r.overview, t)!.value.find((e) => e.kind === "block")!;
    const at = t.indexOf("Die Meldungen");
    expect([block.span, block.kind === "block" ? block.value.lines : null]).toEqual([
      { start: at, end: t.indexOf("\n\nDax") },
      [
        { start: at, end: at + 23 },
        { start: at + 24, end: at + 36 },
      ],
    ]);
    expect(parseArticle(t).sections[0]?.paragraphs[0]?.text).toBe("Die Meldungen des Tages im Überblick");
  });

  it("an item whose lead holds only its dateline ends at the dash", () => {
    const t = "Dax legt zu\n\nFRANKFURT - \n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger.";
    const a = parseArticle(t);
    expect(a.items.map((i) => [i.paragraphs.length, i.position!.end.offset])).toEqual([[0, t.indexOf("FRANKFURT -") + 11], [1, t.length]]);
  });
});
