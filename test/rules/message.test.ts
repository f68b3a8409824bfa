// The message rules on whole messages: where the body starts after the front matter, the items an
// overview with its own dateline lists, what a message consumes, and the rules a feed's splitter asks.
// Texts are our own, in dpa-AFX style. Written against the survivors of mutation testing.
import P from "parsimmon";
import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../../src/index.js";
import { exec } from "../../src/combinators/fast.js";
import { inRegion, newDoc, withDoc } from "../../src/combinators/lines.js";

const r = dpaAfx.rules;
function run<T>(rule: P.Parser<T>, text: string): { value: T; end: number } | null {
  const res = P.seq(rule, P.index).skip(P.all).parse(text);
  return res.status ? { value: res.value[0], end: res.value[1].offset } : null;
}
const paragraphs = (text: string) => parseArticle(text).sections.flatMap((s) => s.paragraphs.map((p) => p.text));

describe("message", () => {
  it("an overview with its own dateline lists its items, two or more", () => {
    const two = "dpa-AFX Überblick: KONJUNKTUR\n\nBERLIN (dpa-AFX) - Die wichtigsten Meldungen.\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Öl wurde billiger./ab/DP/cd";
    const a = parseArticle(two);
    expect(a.dateline?.text).toBe("BERLIN (dpa-AFX) -");
    expect(a.items.map((i) => [i.headline?.text, i.paragraphs.map((p) => p.text)])).toEqual([
      ["Dax legt zu", ["Der Dax stieg."]],
      ["Ölpreise fallen", ["Öl wurde billiger."]],
    ]);
    const one = "BERLIN (dpa-AFX) - Die wichtigste Meldung.\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg./ab/DP/cd";
    expect(parseArticle(one).items).toEqual([]);
  });

  it("a dateline alone on its line: the lead is the next line with text", () => {
    const t = "Titel hier\n\nBERLIN (dpa-AFX) -\n\n\nDer Text beginnt hier.\n\nZweiter Absatz./ab/DP/cd";
    expect(paragraphs(t)).toEqual(["Der Text beginnt hier.", "Zweiter Absatz."]);
    expect(parseArticle(t).sections[0]!.paragraphs[0]!.position!.start.line).toBe(6);
    // Nothing after the dateline: no body, and nothing lost.
    const bare = "Titel hier\n\nBERLIN (dpa-AFX) -\n\n";
    expect(paragraphs(bare)).toEqual([]);
    expect(parseArticle(bare).diagnostics.map((d) => d.code)).toContain("body/missing");
    // Front matter and nothing else, without a line break: no body, and the date is kept.
    const dated = parseArticle("24.08.2016");
    expect([dated.date?.iso, paragraphs("24.08.2016")]).toEqual(["2016-08-24", []]);
    expect(dated.diagnostics.map((d) => d.code)).toContain("body/missing");
  });

  it("without a dateline the body starts after the front matter: a glued date prefix, or blank lines", () => {
    const glued = "date 2026-01-06 Der Text beginnt ohne Dateline und geht weiter.";
    expect(paragraphs(glued)).toEqual(["Der Text beginnt ohne Dateline und geht weiter."]);
    expect(parseArticle(glued).dates.map((d) => d.source)).toEqual(["prefix"]);
    const spaced = "Titel ohne Punkt\n\n\n  Der Text beginnt hier ohne Dateline.\n\nZweiter Absatz.";
    const a = parseArticle(spaced);
    expect(a.headline?.text).toBe("Titel ohne Punkt");
    expect(paragraphs(spaced)).toEqual(["Der Text beginnt hier ohne Dateline.", "Zweiter Absatz."]);
    expect(a.sections[0]!.paragraphs[0]!.position!.start).toMatchObject({ line: 4, column: 3 });
  });

  it("consumes through its last line with text, not the blank lines after it", () => {
    const t = "KIEL (dpa-AFX) - Die Werft baut Fähren./ab/DP/cd\n\n \n";
    expect(exec(r.message, t)!.end).toBe(49);
    expect(exec(r.article, t)!.end).toBe(49);
    expect(exec(r.message, "\n\n")!.end).toBe(0);
  });
});

describe("the rules a feed's splitter asks", () => {
  it("messageLead: a lead naming an agency, after a date prefix too", () => {
    expect(exec(r.messageLead, "date 2026-01-06 PARIS (dpa-AFX) - Text.")).not.toBeNull();
    expect(exec(r.messageLead, "(Wiederholung) PARIS (dpa-AFX) - Text.")).not.toBeNull();
    expect(exec(r.messageLead, "date 2026-01-06 FRANKFURT - Text.")).toBeNull();
  });

  it("messageBreak: a date in the date form or dotted filling its line, trailing spaces aside; yields the date", () => {
    expect(run(r.messageBreak, "date 2026-07-31")!.value.iso).toBe("2026-07-31");
    expect(run(r.messageBreak, "  date 2026-07-31 \n")!.end).toBe(19);
    expect(run(r.messageBreak, "date 2026-07")!.value.iso).toBe("2026-07");
    expect(run(r.messageBreak, "date 2026-07-31 PARIS (dpa-AFX) - Text.")).toBeNull();
    expect(run(r.messageBreak, "21.08.2014")!.value.iso).toBe("2014-08-21");
    expect(run(r.messageBreak, "21.08.2014, 17:45 Uhr")!.value.iso).toBe("2014-08-21T17:45");
    expect(run(r.messageBreak, "21.08.2014 Der Dax stieg.")).toBeNull();
    expect(run(r.messageBreak, "AXC0135 2017-07-27/11:08")).toBeNull();
    expect(run(r.messageBreak, "\n")).toBeNull();
    expect(run(r.messageBreak, "")).toBeNull();
    // Asked at a line past the region it reads nothing, though a date line stands there.
    const text = "Titel\ndate 2026-07-31";
    const doc = newDoc(text);
    expect(withDoc(doc, () => inRegion(doc, 1, 6, () => exec(r.messageBreak, text, 6)))).toBeNull();
    expect(withDoc(doc, () => inRegion(doc, 2, text.length, () => exec(r.messageBreak, text, 6)))?.end).toBe(text.length);
  });

  it("messageFront: five lines at most, the date line on top or right under the headline, one headline besides metadata", () => {
    const front = (lines: string[]) => run(r.messageFront, lines.map((l) => `${l}\n`).join(""));
    expect(front(["24.08.2016", "Von Anna Berg, dpa-AFX", "(Wiederholung)", "Von Timo Hausdorf, dpa-AFX", "HP enttäuscht"])).not.toBeNull();
    expect(front(["24.08.2016", "Von Anna Berg, dpa-AFX", "(Wiederholung)", "Von Timo Hausdorf, dpa-AFX", "Von Tom Lee, dpa-AFX", "HP enttäuscht"])).toBeNull();
    expect(front(["date 2026-01-06", "HP enttäuscht"])).not.toBeNull();
    expect(front(["date 2026-01-06 HP enttäuscht"])).not.toBeNull();
    expect(front(["HP enttäuscht", "date 2026-01-06"])).not.toBeNull();
    expect(front(["HP enttäuscht", "date 2026-01-06", "date 2026-01-06"])).toBeNull();
    expect(front(["24.08.2016", "Von Anna Berg, dpa-AFX", "HP enttäuscht"])).not.toBeNull();
    expect(front(["24.08.2016", "HP enttäuscht", "Von Anna Berg, dpa-AFX"])).not.toBeNull();
    // Under a headline topped by a date line, one standfirst line (a sentence or not), and nothing after it;
    // without the date line on top, none.
    expect(front(["24.08.2016", "HP enttäuscht", "Aktie fällt"])).not.toBeNull();
    expect(front(["24.08.2016", "HP enttäuscht", "Die Aktie fällt."])).not.toBeNull();
    expect(front(["24.08.2016", "HP enttäuscht", "Aktie fällt", "Anleger gehen"])).toBeNull();
    expect(front(["24.08.2016", "HP enttäuscht", "Aktie fällt", "Von Anna Berg, dpa-AFX"])).toBeNull();
    expect(front(["24.08.2016", "HP enttäuscht", "Die Aktie fiel./ab/cd"])).toBeNull(); // a trailer: no standfirst
    expect(front(["HP enttäuscht", "Aktie fällt"])).toBeNull();
    expect(front(["HP enttäuscht", "Die Aktie fällt."])).toBeNull();
    // Right under the headline only (a byline between: no standfirst).
    expect(front(["24.08.2016", "HP enttäuscht", "Von Anna Berg, dpa-AFX", "Aktie fällt"])).toBeNull();
    // A date prefix glued to a word opens no date line: the line is the headline.
    expect(front(["24.08.2016", "date 2026-01-06Titel"])).not.toBeNull();
  });

  it("messageFront read from the headline's own line: a standfirst where the line above is a date or metadata line, not below the floor", () => {
    // Read from line 1 (the headline), the region stopping at the lead on line 4.
    const front = (above: string, floor = 0) => {
      const t = `${above}\nHP enttäuscht\nAktie fällt\n\nPARIS (dpa-AFX) - Text.`;
      const doc = newDoc(t);
      doc.floor = floor;
      return withDoc(doc, () => inRegion(doc, 4, t.length, () => exec(r.messageFront, t, above.length + 1))) !== null;
    };
    expect([front("24.08.2016"), front("Von Anna Berg, dpa-AFX"), front("(Wiederholung: Neu.)")]).toEqual([true, true, true]);
    expect([front("Der Umsatz stieg."), front("Anleger gehen"), front(""), front("24.08.2016", 1)]).toEqual([false, false, false, false]);
  });

  it("messageFront: one more line under a tagged headline (a subtitle, an overview's first item headline), none under an item lead", () => {
    const front = (lines: string[]) => run(r.messageFront, lines.map((l) => `${l}\n`).join(""));
    expect(front(["24.08.2016", "ROUNDUP: HP enttäuscht", "Aktie fällt"])).not.toBeNull();
    expect(front(["dpa-AFX Überblick: KONJUNKTUR", "Ifo-Index steigt"])).not.toBeNull();
    expect(front(["ROUNDUP: HP enttäuscht", "Aktie fällt", "Anleger gehen"])).toBeNull(); // two at most
    // `BERLIN - ...?` reads as the tag `BERLIN` over a title, but it is an item's lead.
    expect(front(["BERLIN - Wer zahlt?", "Ifo-Index steigt"])).toBeNull();
  });

  it("messageFront: a note hard-wrapped over lines of its own is one line of metadata; one that runs into the lead line ends the front there", () => {
    const front = (lines: string[]) => run(r.messageFront, lines.map((l) => `${l}\n`).join(""));
    expect(front(["(Wiederholung: Im dritten", "Absatz ergänzt.)", "HP enttäuscht"])).not.toBeNull();
    // The note tops the headline as a date line does: one standfirst line under it, no more.
    expect(front(["(Wiederholung: Im dritten", "Absatz ergänzt.)", "HP enttäuscht", "Aktie fällt"])).not.toBeNull();
    expect(front(["(Wiederholung: Im dritten", "Absatz ergänzt.)", "HP enttäuscht", "Aktie fällt", "Anleger gehen"])).toBeNull();
    // Text after its ')': the lines are no note of their own (two headline candidates here).
    expect(front(["(Wiederholung: Im dritten", "Absatz ergänzt.) Mehr Text", "HP enttäuscht"])).toBeNull();
    // Into the lead line, asked with the region stopping at it: the front ends at the lead line.
    const t = "HP enttäuscht\n(Wiederholung: Im dritten\nAbsatz ergänzt.) PARIS (dpa-AFX) - Text.";
    const doc = newDoc(t);
    const end = withDoc(doc, () => inRegion(doc, 2, t.length, () => exec(r.messageFront, t, 0)))?.end;
    expect(end).toBe(doc.lines.start[2]);
    // A note is read only up to the lead line: one that runs past it is no note of the front.
    const u = "HP enttäuscht\n(Wiederholung: Im dritten\nBERLIN - Text.\nAbsatz ergänzt.)";
    const udoc = newDoc(u);
    expect(withDoc(udoc, () => inRegion(udoc, 2, u.length, () => exec(r.messageFront, u, 0)))).toBeNull();
  });

  it("messageFront: in a hard-wrapped copy, the line a headline was wrapped onto, right under it", () => {
    // Asked as the splitter asks: the region stops at the lead line (line 3 here).
    // (No date line on top: under one, a line under the headline may be its standfirst.)
    const front = (headline: string, lead: string) => {
      const t = `${headline}\n\n${lead}`;
      const doc = newDoc(t);
      return withDoc(doc, () => inRegion(doc, 3, t.length, () => exec(r.messageFront, t, 0)))?.end ?? null;
    };
    const wrappedLead = "LÜBECK (dpa-AFX) - Die Hopfenthal Brauerei hat nach einem schwachen\nSommer ihre Prognose gesenkt./ab/cd";
    const start4 = (headline: string) => `${headline}\n\n`.length;
    expect(front("Hopfenthal Brauerei senkt nach schwachem Sommer die\nPrognose für das Gesamtjahr", wrappedLead)).toBe(start4("Hopfenthal Brauerei senkt nach schwachem Sommer die\nPrognose für das Gesamtjahr"));
    // Not hard-wrapped: the lead's paragraph on one line, or a lead line over 100 characters.
    expect(front("Hopfenthal Brauerei senkt nach schwachem Sommer die\nPrognose für das Gesamtjahr", wrappedLead.replace("\n", " "))).toBeNull();
    expect(front("Hopfenthal Brauerei senkt nach schwachem Sommer die\nPrognose für das Gesamtjahr", `${"x".repeat(90)} ${wrappedLead}`)).toBeNull();
    // Exactly 100 characters is a wrapped line still.
    const line100 = `LÜBECK (dpa-AFX) - ${"Brauerei ".repeat(9)}`.padEnd(100, "x");
    expect(front("Hopfenthal Brauerei senkt nach schwachem Sommer die\nPrognose für das Gesamtjahr", `${line100}\nSommer./ab/cd`)).not.toBeNull();
    expect(front("Hopfenthal Brauerei senkt nach schwachem Sommer die\nPrognose für das Gesamtjahr", `${line100}x\nSommer./ab/cd`)).toBeNull();
    // Two headline lines with a blank line between: no wrap.
    expect(front("Hopfenthal Brauerei senkt nach schwachem Sommer die\n\nPrognose für das Gesamtjahr", wrappedLead)).toBeNull();
    // Three lines: a headline is wrapped onto one more line at most.
    expect(front("Hopfenthal Brauerei senkt nach\nschwachem Sommer die Prognose\nfür das Gesamtjahr", wrappedLead)).toBeNull();
  });

  it("messageFront: a byline between rules closes the message before, so it is no front matter", () => {
    const front = (lines: string[]) => run(r.messageFront, lines.map((l) => `${l}\n`).join(""));
    expect(front(["--- Von Jan Roth, dpa-AFX ---", "HP enttäuscht"])).toBeNull();
    expect(front(["Von Jan Roth, dpa-AFX", "HP enttäuscht"])).not.toBeNull();
  });

  it("messageFront: a footer closes the message before, so it is never a headline", () => {
    const front = (lines: string[]) => run(r.messageFront, lines.map((l) => `${l}\n`).join(""));
    for (const footer of ["Veröffentlichung der Original-Studie: 02.12.2026 / 08:15 / MEZ", "Quelle: dpa-AFX", "Hinweis: Informationen zur Offenlegungspflicht finden Sie hier", "ISIN DE0008404005"]) {
      expect(front([footer])).toBeNull();
      expect(front([footer, "HP enttäuscht"])).toBeNull();
    }
    // A feed stamp is a footer kind too, but on top of a message it is its date line.
    expect(front(["AXC0135 2017-07-27/11:08", "HP enttäuscht"])).not.toBeNull();
    expect(front(["Quellen zufolge sinkt der Dax"])).not.toBeNull();
  });
});
