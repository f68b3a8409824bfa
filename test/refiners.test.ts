// Every refiner of dpaAfx on its own: the draft as the refiners before it leave it (draftOf, then the
// earlier refiners), the refiner run once, and what it changed. Texts are our own, in dpa-AFX style.
import { describe, expect, it } from "vitest";
import { dpaAfx, dpaAfxRefiners, draftOf, extendGrammar, type Draft, type DpaAfxEntry } from "../src/authoring.js";
import { parseArticle, parseFeed, type Article } from "../src/index.js";
import { exec, fromRaw, reg } from "../src/combinators/fast.js";
import { brokenMidSentence } from "../src/grammars/dpa-afx/refiners/paragraphs.js";
import { revise } from "../src/grammar/outline.js";

type D = Draft<DpaAfxEntry>;
/** The draft just before the refiner `name`, and just after it. */
function around(text: string, name: string): { before: D; after: D } {
  let d = draftOf(dpaAfx, text) as D;
  for (const rf of dpaAfxRefiners) {
    if (rf.name === name) {
      const before = { ...d, outline: [...d.outline], diagnostics: [...d.diagnostics] };
      // Written out, so a change inside an entry (a line list extended in place) shows too.
      const written = JSON.stringify([d.outline, d.diagnostics]);
      const after = rf.refine(d) as D;
      // A refiner never changes the draft it was given: it returns a new one.
      expect(d.outline).toEqual(before.outline);
      expect(d.diagnostics).toEqual(before.diagnostics);
      expect(JSON.stringify([d.outline, d.diagnostics])).toBe(written);
      return { before, after };
    }
    d = rf.refine(d) as D;
  }
  throw new Error(`no refiner ${name}`);
}
const outline = (text: string, d: D) => d.outline.map((e) => `${e.kind}: ${text.slice(e.span.start, e.span.end)}`);
/** The kinds of a draft's extras, in outline order. */
const extraKinds = (d: D) => d.outline.filter((e) => e.kind === "extra").map((e) => (e.value as { kind: string }).kind);
const codes = (d: D) => d.diagnostics.map((x) => `${x.code}@${x.position.start.line}:${x.position.start.column}`);

describe("revise", () => {
  it("keeps every part of a draft, in the same order, and changes only what it is given", () => {
    const d = draftOf(dpaAfx, "FRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd") as D;
    const same = revise(d, {});
    expect(Object.keys(same)).toEqual(Object.keys(d));
    for (const k of Object.keys(d) as (keyof D)[]) expect([k, same[k]]).toEqual([k, d[k]]);
    expect(same).not.toBe(d);
    const outline = d.outline.slice(1);
    const fields = { language: "de" };
    const diagnostics = d.diagnostics.concat([]);
    const changed = revise(d, { outline, fields, diagnostics });
    expect([changed.outline, changed.fields, changed.diagnostics, changed.input, changed.span]).toEqual([outline, fields, diagnostics, d.input, d.span]);
    expect([changed.outline === outline, changed.fields === fields, changed.diagnostics === diagnostics]).toEqual([true, true, true]);
    expect(revise(d, { fields }).outline).toBe(d.outline);
    expect(revise(d, { outline }).diagnostics).toBe(d.diagnostics);
    expect(revise(d, { outline }).fields).toBe(d.fields);
  });
});

describe("dpaAfx refiners", () => {
  it("never change the draft they are given, whatever they change in their own", () => {
    // `around` checks it; these texts give every refiner something to change.
    const texts = [
      "date 2026-01-06\nROUNDUP: Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.\n\nZwischentitel hier\n\nEr schloss höher.\n\nDann kam mehr.\n\nZum Schluss ein Satz./ab/cd\nZur Startseite",
      "21.08.2014\nDax legt zu\n\nDer Dax stieg am Montag. Quelle: dpa-AFX",
      "Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg und …",
      `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n${"Die Anleger blieben am Montag vorsichtig, weil die Notenbank neue Zahlen vorlegen wollte und"} mehr und\n\nweiter geht es.\n\nauch das.\n\nEnde./ab/cd`,
    ];
    for (const t of texts) for (const rf of dpaAfxRefiners) around(t, rf.name);
  });
  it("are these, in this order", () => {
    expect(dpaAfxRefiners.map((r) => r.name)).toEqual(["front", "repeatedTrailer", "innerTrailer", "afterTrailer", "teaser", "gluedFooter", "paragraphs", "bodyChrome", "headings", "articleDate", "checks", "truncation", "language", "markup"]);
  });

  it("front: the first line without a full stop is the headline, the first other the standfirst, more are extras", () => {
    const t = "Dax legt zu\nDer Dax stieg deutlich an.\nNoch eine Zeile\n\nFRANKFURT (dpa-AFX) - Text./ab/DP/cd";
    const { before, after } = around(t, "front");
    expect(outline(t, before).slice(0, 3)).toEqual(["frontText: Dax legt zu", "frontText: Der Dax stieg deutlich an.", "frontText: Noch eine Zeile"]);
    expect(outline(t, after).slice(0, 3)).toEqual(["headline: Dax legt zu", "standfirst: Der Dax stieg deutlich an.", "extra: Noch eine Zeile"]);
  });

  it("front: in a hard-wrapped copy, the line a headline was wrapped onto is joined to the headline", () => {
    const t = "Hopfenthal Brauerei senkt nach schwachem Sommer -\nPrognose gekappt\n\nLÜBECK (dpa-AFX) - Die Hopfenthal Brauerei hat nach einem schwachen\nSommer ihre Prognose gesenkt./ab/cd";
    const { before, after } = around(t, "front");
    expect(outline(t, before).slice(0, 2)).toEqual(["frontText: Hopfenthal Brauerei senkt nach schwachem Sommer -", "frontText: Prognose gekappt"]);
    expect(outline(t, after).slice(0, 2)).toEqual(["headline: Hopfenthal Brauerei senkt nach schwachem Sommer -\nPrognose gekappt", "dateline: LÜBECK (dpa-AFX) -"]);
    // The lead on one line: not hard-wrapped, so the second line is the standfirst.
    const u = t.replace("schwachen\nSommer", "schwachen Sommer");
    expect(outline(u, around(u, "front").after).slice(0, 2)).toEqual(["headline: Hopfenthal Brauerei senkt nach schwachem Sommer -", "standfirst: Prognose gekappt"]);
    // No dateline in the outline: nothing tells a hard-wrapped copy, so nothing is joined.
    const noDateline = revise(before, { outline: before.outline.filter((e) => e.kind !== "dateline") });
    const front = dpaAfxRefiners.find((rf) => rf.name === "front")!;
    expect(outline(t, front.refine(noDateline) as D).slice(0, 2)).toEqual(["headline: Hopfenthal Brauerei senkt nach schwachem Sommer -", "standfirst: Prognose gekappt"]);
    // A headline the grammar found itself (an overview's): no candidate, so nothing is joined to it.
    const found = revise(before, { outline: [{ ...before.outline[0]!, kind: "headline" } as DpaAfxEntry, ...before.outline.slice(1)] });
    expect(outline(t, front.refine(found) as D).slice(0, 2)).toEqual(["headline: Hopfenthal Brauerei senkt nach schwachem Sommer -", "standfirst: Prognose gekappt"]);
    // A headline that is the outline's last entry has no line under it.
    const alone = revise(before, { outline: before.outline.slice(0, 1) });
    expect(outline(t, front.refine(alone) as D)).toEqual(["headline: Hopfenthal Brauerei senkt nach schwachem Sommer -"]);
  });

  it("repeatedTrailer: a body line ending in the trailer again keeps its sentence; the repeat becomes an extra", () => {
    const t = "FRANKFURT (dpa-AFX) - Erster Satz.\n\nLetzter Satz./ab/DP/cd\n\nLetzter Satz./ab/DP/cd";
    const { before, after } = around(t, "repeatedTrailer");
    expect(outline(t, before)).toContain("block: Letzter Satz./ab/DP/cd");
    expect(outline(t, after).slice(3, 5)).toEqual(["block: Letzter Satz.", "extra: /ab/DP/cd"]);
    expect(after.outline[4]!.value).toMatchObject({ kind: "duplicate" });
    expect(codes(after)).toEqual(["trailer/repeated@3:14"]);
  });

  it("repeatedTrailer: a line that is only the trailer goes, and a trailer glued to a word or number is none", () => {
    const only = "FRANKFURT (dpa-AFX) - Erster Satz.\n/ab/DP/cd\n\n/ab/DP/cd\n\nLetzter Satz./ab/DP/cd";
    const a = around(only, "repeatedTrailer").after;
    expect(outline(only, a).slice(1, 5)).toEqual(["body: Erster Satz.\n/ab/DP/cd\n\n/ab/DP/cd\n\nLetzter Satz.", "block: Erster Satz.", "extra: /ab/DP/cd", "extra: /ab/DP/cd"]);
    expect(a.outline.filter((e) => e.kind === "block").map((e) => (e.value as { lines: unknown[] }).lines.length)).toEqual([1, 1]);
    expect(codes(a)).toEqual(["trailer/repeated@2:1", "trailer/repeated@4:1"]);
    // Glued to a letter, a digit, a letter with an accent or a slash: part of the text, not a repeat.
    for (const glued of ["Wert", "2026", "Büro\u00e9", "Pfad/"]) {
      const t = `FRANKFURT (dpa-AFX) - Erster Satz ${glued}/ab/DP/cd\n\nLetzter Satz./ab/DP/cd`;
      expect([glued, codes(around(t, "repeatedTrailer").after)]).toEqual([glued, []]);
    }
    // After punctuation (an inverted question mark is U+00BF, the last character before the accented letters) it is one.
    for (const mark of [".", "\u00bf", ")"]) {
      const t = `FRANKFURT (dpa-AFX) - Erster Satz${mark}/ab/DP/cd\n\nLetzter Satz./ab/DP/cd`;
      expect([mark, codes(around(t, "repeatedTrailer").after)]).toEqual([mark, ["trailer/repeated@1:" + String(35 + mark.length - 1)]]);
    }
  });

  it("repeatedTrailer: the body's own last line is never a repeat, with footers below it; a text repeating nothing keeps its draft", () => {
    // The trailer written twice on the body's last line: the first stays in the block.
    const footed = "FRANKFURT (dpa-AFX) - Erster Satz.\n\nLetzter Satz. /ab/DP/cd /ab/DP/cd\n\nQuelle: dpa-AFX";
    expect(outline(footed, around(footed, "repeatedTrailer").after).slice(-3)).toEqual(["block: Letzter Satz. /ab/DP/cd", "trailer: /ab/DP/cd", "footer: Quelle: dpa-AFX"]);
    expect(codes(around(footed, "repeatedTrailer").after)).toEqual([]);
    const upTo = (text: string) => {
      let d = draftOf(dpaAfx, text) as D;
      for (const rf of dpaAfxRefiners) {
        if (rf.name === "repeatedTrailer") return { d, rf };
        d = rf.refine(d) as D;
      }
      throw new Error("no repeatedTrailer");
    };
    // A message listing items (its outline holds the items after the blocks they span) comes back as it was.
    const listed = upTo("FRANKFURT (dpa-AFX) - Die Termine.\n\nDax legt zu\n\nFRANKFURT - Text eins.\n\nÖlpreise fallen\n\nNEW YORK - Text zwei./ab/DP/cd");
    expect(listed.d.outline.map((e) => e.kind)).toContain("item");
    expect(listed.rf.refine(listed.d)).toBe(listed.d);
    // Where one block repeats the trailer, the blocks with nothing cut stay the entries they were.
    const cut = upTo("FRANKFURT (dpa-AFX) - Erster Satz.\n\nZweiter Satz./ab/DP/cd\n\nLetzter Satz./ab/DP/cd");
    const blocks = cut.d.outline.filter((e) => e.kind === "block");
    const after = cut.rf.refine(cut.d) as D;
    expect(blocks).toHaveLength(3);
    expect([after.outline.includes(blocks[0]!), after.outline.includes(blocks[1]!), after.outline.includes(blocks[2]!)]).toEqual([true, false, true]);
  });

  it("innerTrailer: a trailer ending a paragraph before the body's end is a warning at the trailer; the text stays", () => {
    // Two messages read as one: the second opens with no dateline naming an agency.
    const t = "FRANKFURT (dpa-AFX) - Der Dax stieg am Montag./ab/DP/cd\n\nDax fällt deutlich nach schwachen Daten\n\nDer Dax fiel am Dienstag um zwei Prozent./ef/DP/gh";
    const { before, after } = around(t, "innerTrailer");
    expect(codes(after)).toEqual(["trailer/inside-body@1:47"]);
    const warning = after.diagnostics.at(-1)!;
    expect([warning.severity, warning.position.end.column]).toEqual(["warning", 56]);
    expect(warning.message).toContain("'/ab/DP/cd'");
    expect(after.outline).toEqual(before.outline);
    // Also where the body holds no trailer of its own, and in an overview's items.
    const bare = "FRANKFURT (dpa-AFX) - Der Dax stieg am Montag./ab/DP/cd\n\nDax fällt deutlich nach schwachen Daten\n\nDer Dax fiel am Dienstag um zwei Prozent.\n\nAuch der MDax gab nach.";
    expect(codes(around(bare, "innerTrailer").after)).toEqual(["trailer/inside-body@1:47"]);
    expect(parseArticle(bare).trailer).toBeNull();
    const items = "dpa-AFX Überblick: KONJUNKTUR\n\nIfo-Index steigt\n\nBERLIN - Die Stimmung hellte sich auf./ab/cd\n\nÖlpreise fallen\n\nPARIS - Die Preise gaben nach./ef/gh";
    expect(codes(around(items, "innerTrailer").after)).toEqual(["trailer/inside-body@5:39"]);
    // A message with a dateline of its own lists its items over its blocks: each line is judged once.
    const listed = "FRANKFURT (dpa-AFX) - Die Termine.\n\nDax legt zu\n\nFRANKFURT - Text eins./ab/cd\n\nÖlpreise fallen\n\nNEW YORK - Text zwei./ef/gh";
    expect(codes(around(listed, "innerTrailer").after)).toEqual(["trailer/inside-body@5:23"]);
    // A trailer alone on a paragraph's last line, its slash the line's first character.
    const alone = "FRANKFURT (dpa-AFX) - Der Dax stieg.\n/ab\n\nDax fällt deutlich nach schwachen Daten\n\nDer Dax fiel am Dienstag.\n\nAuch der MDax gab nach.";
    expect(codes(around(alone, "innerTrailer").after)).toEqual(["trailer/inside-body@2:1"]);
  });

  it("innerTrailer: no warning for the body's own trailer, a repeat, a slash inside a word, or a sentence end", () => {
    const none = [
      "FRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd",
      "FRANKFURT (dpa-AFX) - Erster Satz.\n\nZweiter Satz./ab/DP/cd\n\nLetzter Satz./ab/DP/cd",
      "FRANKFURT (dpa-AFX) - Der Kurs stieg in Euro/Dollar\n\nDer Dax stieg auch./ab/DP/cd",
      "FRANKFURT (dpa-AFX) - Der Kurs lag bei 1/2\n\nDer Dax stieg auch./ab/DP/cd",
      "FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nEr schloss höher./ab/DP/cd\n\nQuelle: dpa-AFX",
    ];
    for (const t of none) {
      let d = draftOf(dpaAfx, t) as D;
      for (const rf of dpaAfxRefiners) {
        if (rf.name !== "innerTrailer") d = rf.refine(d) as D;
        else {
          // Nothing found: the draft comes back as it was given.
          expect([t, rf.refine(d) === d]).toEqual([t, true]);
          break;
        }
      }
    }
  });

  it("afterTrailer: a copy of the body's last sentence is a duplicate, other short lines are unrecognised", () => {
    const t = "FRANKFURT (dpa-AFX) - Erster Satz.\n\nLetzter Satz./ab/DP/cd\n\nLetzter Satz.\nKurz und knapp\n\nQuelle: dpa-AFX";
    const { before, after } = around(t, "afterTrailer");
    expect(outline(t, before).filter((x) => x.startsWith("afterTrailer"))).toEqual(["afterTrailer: Letzter Satz.", "afterTrailer: Kurz und knapp"]);
    const extras = extraKinds(after);
    expect(extras).toEqual(["duplicate", "unrecognised"]);
    expect(outline(t, after).at(-1)).toBe("footer: Quelle: dpa-AFX");
    // Chrome the vocabulary knows is chrome there too.
    const chrome = "FRANKFURT (dpa-AFX) - Erster Satz.\n\nLetzter Satz./ab/DP/cd\n\nZur Startseite\nKurz und knapp\n\nQuelle: dpa-AFX";
    const c = extraKinds(around(chrome, "afterTrailer").after);
    expect(c).toEqual(["chrome", "unrecognised"]);
    // Only the body is searched: a repeated headline is no duplicate.
    const head = "Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd\nDax legt zu";
    expect(extraKinds(around(head, "afterTrailer").after)).toEqual(["unrecognised"]);
    // A copy of a whole body line is a duplicate too.
    const whole = "FRANKFURT (dpa-AFX) - Erster Satz.\n\nMehr dazu.\n\nLetzter Satz./ab/DP/cd\n\nMehr dazu.\n\nQuelle: dpa-AFX";
    const w = extraKinds(around(whole, "afterTrailer").after);
    expect(w).toEqual(["duplicate"]);
    // Without a trailer the short lines kept below a footer are no copy of themselves.
    const bare = "FRANKFURT (dpa-AFX) - Erster Satz.\n\nFor comments and feedback contact: editorial@example.com\n\nBusiness News\n\nCopyright(C) 2026 RTT News/dpa-AFX";
    const b = around(bare, "afterTrailer");
    expect(outline(bare, b.before).filter((x) => x.startsWith("afterTrailer"))).toEqual(["afterTrailer: Business News"]);
    expect(extraKinds(b.after)).toEqual(["unrecognised"]);
    const copy = bare.replace("Erster Satz.", "Erster Satz. Business News");
    expect(extraKinds(around(copy, "afterTrailer").after)).toEqual(["duplicate"]);
    // A draft without a body (an extension's) holds no duplicate.
    const { before: noBody } = around(copy, "afterTrailer");
    const afterTrailer = dpaAfxRefiners.find((rf) => rf.name === "afterTrailer")!;
    const kinds = extraKinds(afterTrailer.refine({ ...noBody, outline: noBody.outline.filter((e) => e.kind !== "body") } as D) as D);
    expect(kinds).toEqual(["unrecognised"]);
  });

  it("paragraphs: a block of long lines that lost its blank lines splits where sentences end; a wrapped one stays whole", () => {
    const long = "Der Dax stieg am Montag deutlich an, nachdem die Notenbank die Zinsen gesenkt hatte und die Anleger zugriffen.";
    const t = `FRANKFURT (dpa-AFX) - ${long}\nDie Händler blieben dennoch vorsichtig, weil die Unsicherheit an den Märkten hoch war und bleibt.\n\nKurz./ab/DP/cd`;
    const { after } = around(t, "paragraphs");
    expect(after.outline.filter((e) => e.kind === "paragraph")).toHaveLength(3);
    const wrapped = "FRANKFURT (dpa-AFX) - Der Dax stieg am Montag deutlich an, nachdem\ndie Notenbank die Zinsen gesenkt hatte.\nDie Anleger griffen zu./ab/DP/cd";
    const w = around(wrapped, "paragraphs").after;
    expect(w.outline.filter((e) => e.kind === "paragraph").map((e) => (e.value as { lines: unknown[] }).lines.length)).toEqual([3]);
  });

  it("paragraphs: a block is wrapped up to 90 columns, and broken mid-sentence when more than half its breaks are", () => {
    /** A line of `n` characters ending in `end`. */
    const line = (n: number, end: string) => {
      let s = "Die Anleger kauften am Montag viele Aktien der großen Autobauer";
      while (s.length < n - end.length) s += " und";
      return s.slice(0, n - end.length) + end;
    };
    const lengths = (block: string) =>
      around(`FRANKFURT (dpa-AFX) - Text eins.\n\n${block}\n\nEnde./ab`, "paragraphs").after.outline.filter((e) => e.kind === "paragraph").map((e) => e.span.end - e.span.start);
    expect(lengths(`${line(90, ".")}\n${line(90, ".")}`)).toEqual([10, 181, 5]); // 90 wide: a wrapped paragraph
    expect(lengths(`${line(91, ".")}\n${line(91, ".")}`)).toEqual([10, 91, 91, 5]); // 91: lines that lost their blank lines
    // Two breaks: one inside a sentence is not more than half, so the block splits where the rule says.
    expect(lengths(`${line(120, " Aktien,")}\n${line(120, ".")}\n${line(120, ".")}`)).toEqual([10, 241, 120, 5]);
    expect(lengths(`${line(120, " Autos")}\n${line(120, " Autos")}\n${line(120, ".")}`)).toEqual([10, 362, 5]);
  });

  it("paragraphs: HTML tags that stand between paragraphs cut a block, inside a line and between lines", () => {
    const units = (t: string) =>
      around(t, "paragraphs")
        .after.outline.filter((e) => e.kind === "paragraph" || (e.kind === "extra" && (e.value as { kind: string }).kind === "markup"))
        .map((e) => (e.kind === "paragraph" ? t.slice(e.span.start, e.span.end) : `[${t.slice(e.span.start, e.span.end)}]`));
    // Inside a line: the tags read as a blank line before the rules run (see paragraphBreaks), in a feed's
    // message as in parseArticle; pieces are paragraphs, the tags between them a markup extra.
    const inLine = (t: string) => {
      const nodes = (a: Article) =>
        [...a.sections.flatMap((s) => s.paragraphs), ...a.extras]
          .map((n) => [n.position!.start.offset, t.slice(n.position!.start.offset, n.position!.end.offset), n.type] as const)
          .sort((x, y) => x[0] - y[0])
          .map(([, text, type]) => (type === "extra" ? `[${text}]` : text));
      const feed = nodes(parseFeed(t)[0]!);
      expect(nodes(parseArticle(t))).toEqual(feed);
      return feed;
    };
    expect(inLine("<p>FRANKFURT (dpa-AFX) - Der Dax stieg.</p> <p>Anleger waren froh.</p><p>Mehr./ab</p>")).toEqual([
      "[<p>]",
      "Der Dax stieg.",
      "[</p> <p>]",
      "Anleger waren froh.",
      "[</p><p>]",
      "Mehr.",
      "[</p>]",
    ]);
    // Two line breaks in a row are a paragraph's end; one is a line break, and short lines make one
    // paragraph as without tags (the <br> a markup extra inside it); an inline or instrument tag cuts nothing.
    expect(inLine("FRANKFURT (dpa-AFX) - Eins.<br><br>Zwei.<br>Drei <b>vier</b> <DE0008469008>./ab")).toEqual(["Eins.", "[<br><br>]", "Zwei.<br>Drei <b>vier</b> <DE0008469008>.", "[<br>]"]);
    const long = "Der Dax stieg am Montag deutlich, nachdem die Notenbank in Frankfurt ihre Zinsen unerwartet gesenkt hatte";
    expect(parseArticle(`FRANKFURT (dpa-AFX) - ${long}.<br>${long}.<br>${long}<br>und wie./ab`).sections[0]!.paragraphs.map((p) => p.text)).toEqual([`${long}.`, `${long}.`, `${long} und wie.`]);
    expect(inLine("FRANKFURT (dpa-AFX) - Eins.<br> <br/>Zwei./ab")).toEqual(["Eins.", "[<br> <br/>]", "Zwei."]);
    // Between lines: short lines of a wrapped width, one paragraph each when tags close or open them.
    const lines = ["FRANKFURT (dpa-AFX) - Der Dax stieg.", "Anleger waren froh.", "Wie geht es weiter?", "Händler bleiben vorsichtig./ab"];
    expect(units(`<p>${lines.join("</p>\n<p>")}</p>`)).toEqual(lines.map((l) => l.replace("FRANKFURT (dpa-AFX) - ", "").replace("/ab", "")));
    expect(units(`${lines.join("</p>\n")}`)).toHaveLength(4);
    expect(units(`${lines.join("\n<div>")}`)).toHaveLength(4);
    expect(units(`${lines.join("<br>\n<br>")}`)).toHaveLength(4);
    expect(units(`${lines.join("\n<br><br>")}`)).toHaveLength(4);
    expect(units(`${lines.join("<br> <br>\n")}`)).toHaveLength(4);
    // One line break closing a line is a line break: the wrapped block stays one paragraph, as without tags.
    expect(units(`${lines.join("<br>\n")}`)).toHaveLength(1);
    expect(units(`${lines.join("\n")}`)).toHaveLength(1);
    // Tags right after the dateline cut before any text: no empty paragraph.
    expect(inLine("FRANKFURT (dpa-AFX) - </p><p>Der Dax stieg.</p> <p> </p><p>Mehr./ab")).toEqual(["[</p><p>]", "Der Dax stieg.", "[</p> <p> </p><p>]", "Mehr."]);
    // Tags inside a line read as a blank line: the wrapped lines on each side join as they would without tags.
    expect(inLine("FRANKFURT (dpa-AFX) - Der Dax\nstieg. Eins.</p><p>Zwei\nund drei./ab")).toEqual(["Der Dax\nstieg. Eins.", "[</p><p>]", "Zwei\nund drei."]);
  });

  it("paragraphs: a text without HTML is never cut at a less-than sign, and entities alone cut nothing", () => {
    const count = (t: string) => around(t, "paragraphs").after.outline.filter((e) => e.kind === "paragraph").length;
    expect(count("FRANKFURT (dpa-AFX) - Kurs 5 < 6 und\nmehr <DE0008469008> > 4.\nEnde./ab")).toBe(1);
    expect(count("FRANKFURT (dpa-AFX) - Dax &amp; Co stiegen\nam Montag.\n\nEnde./ab")).toBe(2);
    expect(count("FRANKFURT (dpa-AFX) - Dax &amp; Co <b>stiegen</b>\n<i>am</i> Montag.\n\nEnde./ab")).toBe(2);
  });

  it("paragraphs: a long paragraph stopping on a lower-case word runs on across a blank line of any line ends", () => {
    const long = "Der Dax stieg am Montag deutlich an, nachdem die Notenbank in Frankfurt die Zinsen gesenkt hatte und die";
    const count = (t: string) => around(t, "paragraphs").after.outline.filter((e) => e.kind === "paragraph").length;
    for (const blank of ["\n\n", "\r\n\r\n", "\r\r", "\r\n \r\n", "\n\n\n"]) {
      expect([blank, count(`FRANKFURT (dpa-AFX) - ${long}${blank}Anleger griffen zu./ab/DP/cd`)]).toEqual([blank, 1]);
    }
    // Paragraphs split inside one block (no blank line between them) never run on, whatever the line ends.
    const wide = "Die Aktie stieg am Nachmittag um fünf Prozent, nachdem der Konzern seine Prognose für das Jahr angehoben hatte,";
    for (const br of ["\n", "\r\n", "\r", "\n ", "\r\n  "]) {
      const t = ["FRANKFURT (dpa-AFX) - Der Umsatz stieg im dritten Quartal.", wide, "sagte ein Händler in Frankfurt und", "Weitere Details nannte er nicht.", "Die Aktie schloss fester./ab/DP/cd"].join(br);
      expect([br, count(t)]).toEqual([br, 4]);
    }
    // Not after a finished sentence, nor after a short paragraph.
    expect(count(`FRANKFURT (dpa-AFX) - ${long} Anleger.\r\rAnleger griffen zu./ab/DP/cd`)).toBe(2);
    expect(count("FRANKFURT (dpa-AFX) - Der Dax stieg und die\r\rAnleger griffen zu./ab/DP/cd")).toBe(2);
  });

  it("headings: a short stand-alone line between finished sentences and running text is a heading", () => {
    const t = "FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nAnleger greifen zu\n\nDie Händler blieben vorsichtig./ab/DP/cd";
    const { before, after } = around(t, "headings");
    expect(outline(t, before)[3]).toBe("paragraph: Anleger greifen zu");
    expect(outline(t, after)[3]).toBe("heading: Anleger greifen zu");
    // A short line before the trailer ends the text: no heading.
    const last = "FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nAnleger greifen zu/ab/DP/cd";
    expect(around(last, "headings").after.outline.some((e) => e.kind === "heading")).toBe(false);
  });

  it("headings: a message without a heading keeps its draft, one with a heading gets a new one", () => {
    const upTo = (text: string) => {
      let d = draftOf(dpaAfx, text) as D;
      for (const rf of dpaAfxRefiners) {
        if (rf.name === "headings") return { d, rf };
        d = rf.refine(d) as D;
      }
      throw new Error("no refiner headings");
    };
    const none = upTo("FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nDie Anleger griffen zu.\n\nDie Händler blieben vorsichtig./ab/DP/cd");
    expect(none.rf.refine(none.d)).toBe(none.d);
    const one = upTo("FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nAnleger greifen zu\n\nDie Händler blieben vorsichtig./ab/DP/cd");
    const after = one.rf.refine(one.d) as D;
    expect(after).not.toBe(one.d);
    expect(after.outline.filter((e) => e.kind === "heading")).toHaveLength(1);
    expect(one.d.outline.filter((e) => e.kind === "heading")).toHaveLength(0);
  });

  it("bodyChrome: a short stand-alone line the vocabulary knows as chrome is a chrome extra, not a paragraph", () => {
    const kinds = (middle: string) => {
      const t = `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n${middle}\n\nDie Anleger griffen zu./ab/DP/cd`;
      const { before, after } = around(t, "bodyChrome");
      expect(before.outline.filter((e) => e.kind === "extra")).toEqual([]);
      return outline(t, after).filter((x) => !x.startsWith("body") && !x.startsWith("dateline") && !x.startsWith("trailer"));
    };
    expect(kinds("Artikel drucken")).toEqual(["paragraph: Der Dax stieg.", "extra: Artikel drucken", "paragraph: Die Anleger griffen zu."]);
    expect(kinds("Zur Startseite")).toEqual(["paragraph: Der Dax stieg.", "extra: Zur Startseite", "paragraph: Die Anleger griffen zu."]);
    // A sentence that starts like chrome, a long line, a paragraph of two lines: body.
    expect(kinds("Artikel teilen sich viele Leser.")[1]).toBe("paragraph: Artikel teilen sich viele Leser.");
    const long = `Artikel drucken ${"und lesen ".repeat(10)}am Abend`;
    expect(kinds(long)[1]).toBe(`paragraph: ${long}`);
    expect(kinds("Artikel drucken\nund lesen")[1]).toBe("paragraph: Artikel drucken\nund lesen");
    // Short means at most 100 characters.
    const sized = (n: number) => `Aktie in diesem Artikel BASF 41,54 EUR ${"X".repeat(n)}`.slice(0, n);
    expect(kinds(sized(100))[1]).toBe(`extra: ${sized(100)}`);
    expect(kinds(sized(101))[1]).toBe(`paragraph: ${sized(101)}`);
  });

  it("bodyChrome: chrome lines ending a paragraph under a finished sentence are chrome extras; the paragraph ends before them", () => {
    const parts = (last: string) => {
      const t = `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n${last}`;
      const { before, after } = around(t, "bodyChrome");
      expect(before.outline.filter((e) => e.kind === "extra")).toEqual([]);
      return outline(t, after).filter((x) => x.startsWith("paragraph") || x.startsWith("extra"));
    };
    expect(parts("Die Anleger griffen zu.\nNach oben")).toEqual(["paragraph: Der Dax stieg.", "paragraph: Die Anleger griffen zu.", "extra: Nach oben"]);
    expect(parts("Die Anleger\ngriffen zu.\nDrucken\nNach oben")).toEqual(["paragraph: Der Dax stieg.", "paragraph: Die Anleger\ngriffen zu.", "extra: Drucken", "extra: Nach oben"]);
    expect(parts('Die Anleger griffen zu, hieß es."\nTeilen')).toEqual(["paragraph: Der Dax stieg.", 'paragraph: Die Anleger griffen zu, hieß es."', "extra: Teilen"]);
    expect(parts("Wie geht es weiter?\nTeilen")).toEqual(["paragraph: Der Dax stieg.", "paragraph: Wie geht es weiter?", "extra: Teilen"]);
    // A line closing a bracket ends finished too.
    expect(parts("Die Anleger griffen zu (Details folgen)\nDrucken")).toEqual(["paragraph: Der Dax stieg.", "paragraph: Die Anleger griffen zu (Details folgen)", "extra: Drucken"]);
    // The line above runs on, or the last line is no chrome: one paragraph.
    expect(parts("Die Anleger griffen\nNach oben")).toEqual(["paragraph: Der Dax stieg.", "paragraph: Die Anleger griffen\nNach oben"]);
    expect(parts("Die Anleger griffen zu.\nNach oben hin ist Luft")).toEqual(["paragraph: Der Dax stieg.", "paragraph: Die Anleger griffen zu.\nNach oben hin ist Luft"]);
    expect(parts("Die Anleger griffen zu.\nDrucken\nund lesen")).toEqual(["paragraph: Der Dax stieg.", "paragraph: Die Anleger griffen zu.\nDrucken\nund lesen"]);
    // The kept paragraph's text and position end before the chrome.
    const text = "KIEL (dpa-AFX) - Die Nordlicht AG wächst.\n\nDie Aktie stieg.\nNach oben";
    const p = parseArticle(text).sections[0]!.paragraphs[1]!;
    expect([p.text, p.position?.end.offset]).toEqual(["Die Aktie stieg.", text.indexOf("\nNach oben")]);
  });

  it("headings: each condition a heading must meet, one at a time", () => {
    const run = "Die Händler blieben vorsichtig, weil die Unsicherheit an den Märkten hoch war.";
    const kinds = (middle: string, before = "Der Dax stieg.", after = run) => {
      const t = `FRANKFURT (dpa-AFX) - ${before}\n\n${middle}\n\n${after}/ab/DP/cd`;
      const { before: b, after: a } = around(t, "headings");
      // A refiner never changes the draft it was given.
      expect(b.outline.some((e) => e.kind === "heading" && t.slice(e.span.start, e.span.end) === middle)).toBe(false);
      return a.outline.filter((e) => e.kind === "paragraph" || e.kind === "heading").map((e) => e.kind);
    };
    expect(kinds("Anleger greifen zu")).toEqual(["paragraph", "heading", "paragraph"]);
    // What follows starts in lower case: the line runs on.
    expect(kinds("Anleger greifen zu", undefined, "und zwar kräftig, wie die Händler am Abend sagten.")).toEqual(["paragraph", "paragraph", "paragraph"]);
    // What comes before is no finished sentence.
    expect(kinds("Anleger greifen zu", "Der Dax stieg am Montag, nachdem")).toEqual(["paragraph", "paragraph", "paragraph"]);
    // ... which a line in capitals does not need.
    expect(kinds("ANLEGER GREIFEN ZU", "Der Dax stieg am Montag, nachdem")).toEqual(["paragraph", "heading", "paragraph"]);
    // What follows is a short label, not running text; a long one without a full stop is running text.
    expect(kinds("Anleger greifen zu", undefined, "Weitere Termine")).toEqual(["paragraph", "paragraph", "paragraph"]);
    const long = "Die Händler blieben vorsichtig, weil die Unsicherheit an den Märkten hoch war und die Zinsen weiter stiegen";
    expect(long.length).toBeGreaterThan(100);
    expect(kinds("Anleger greifen zu", undefined, long)).toEqual(["paragraph", "heading", "paragraph"]);
    // What follows is a sentence no longer than the line itself.
    expect(kinds("Anleger greifen heute kräftig zu", undefined, "Sie kaufen Aktien.")).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(kinds("Anleger greifen heute zu", undefined, "Sie kaufen viele Aktien.")).toEqual(["paragraph", "paragraph", "paragraph"]);
    // A heading right after a heading is none: a capitals heading, then a short line.
    const t = `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nTERMINE\n\nAnleger greifen zu\n\n${run}/ab/DP/cd`;
    expect(around(t, "headings").after.outline.filter((e) => e.kind === "paragraph" || e.kind === "heading").map((e) => e.kind)).toEqual(["paragraph", "heading", "paragraph", "paragraph"]);
  });

  it("headings: the heading rule must take the whole line; a line after a heading is none; a paragraph of 100 characters is a label", () => {
    const run = "Die Händler blieben vorsichtig, weil die Unsicherheit an den Märkten hoch war.";
    const units = (text: string, d: D) => d.outline.filter((e) => e.kind === "paragraph" || e.kind === "heading").map((e) => `${e.kind}: ${text.slice(e.span.start, e.span.end)}`);
    // The heading rule refuses a line with a sentence end inside it.
    const refused = `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nGut. Anleger greifen zu\n\n${run}/ab/DP/cd`;
    expect(units(refused, around(refused, "headings").after)[1]).toBe("paragraph: Gut. Anleger greifen zu");
    // After a heading in capitals asking a question, a short line is no heading although the question ends a sentence.
    const q = `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nWAS HEISST DAS?\n\nAnleger greifen zu\n\n${run}/ab/DP/cd`;
    expect(units(q, around(q, "headings").after).slice(1, 3)).toEqual(["heading: WAS HEISST DAS?", "paragraph: Anleger greifen zu"]);
    // What follows without a full stop is running text only when longer than a heading (100 characters).
    const label = (n: number) => {
      const next = `Die Händler ${"x".repeat(n - 12)}`;
      expect(next.length).toBe(n);
      const t = `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nAnleger greifen zu\n\n${next}\n\n${run}/ab/DP/cd`;
      return units(t, around(t, "headings").after)[1];
    };
    expect(label(100)).toBe("paragraph: Anleger greifen zu");
    expect(label(101)).toBe("heading: Anleger greifen zu");
  });

  it("headings: running the refiner again changes nothing (headings found count as units)", () => {
    const run = "Die Händler blieben vorsichtig, weil die Unsicherheit an den Märkten hoch war.";
    const t = `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nTERMINE\n\nAnleger greifen zu\n\n${run}/ab/DP/cd`;
    const refiner = dpaAfxRefiners.find((r) => r.name === "headings")!;
    const once = around(t, "headings").after;
    const twice = refiner.refine(once) as D;
    expect(outline(t, twice)).toEqual(outline(t, once));
    expect(outline(t, once).filter((x) => x.startsWith("heading"))).toEqual(["heading: TERMINE"]);
  });

  it("headings: a heading is one line, whatever the heading rule reads", () => {
    // A heading rule reading a stand-alone line and the next one, as a contributor might write it.
    const twoLines = extendGrammar(dpaAfx, {
      id: "two-line-headings",
      rules: (b) => ({
        heading: (r) => {
          const one = b.heading(r);
          return fromRaw((input: string, i: number) => {
            const first = exec(one, input, i);
            if (first === null) return -1;
            const next = input.indexOf("\n", first.end + 1);
            reg.value = { start: i, end: next < 0 ? input.length : next };
            return next < 0 ? input.length : next;
          });
        },
      }),
    });
    const run = "Die Händler blieben vorsichtig, weil die Unsicherheit an den Märkten hoch war.";
    const t = `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nAnleger greifen zu\nund kaufen\n\n${run}/ab/DP/cd`;
    let d = draftOf(twoLines, t) as D;
    for (const rf of twoLines.refiners) d = rf.refine(d) as D;
    expect(d.outline.filter((e) => e.kind === "heading")).toEqual([]);
  });

  it("checks: a feed stamp or a known desk tag is a mark of a copy; body/missing stands at the last text", () => {
    const notCopy = (t: string) => codes(around(t, "checks").after).filter((c) => c.startsWith("input/not-dpa-afx"));
    expect(notCopy("Titel hier\n\nDer Text geht hier ohne Dateline los.")).toEqual(["input/not-dpa-afx@3:1"]);
    expect(notCopy("AXC0135 2017-07-27/11:08\nDer Text geht hier ohne Dateline los.")).toEqual([]);
    expect(notCopy("ROUNDUP 2: Titel hier\n\nDer Text geht hier ohne Dateline los.")).toEqual([]);
    expect(notCopy("WDH/ ROUNDUP : Titel\n\nDer Text geht los.")).toEqual([]);
    // Every known tag counts, whatever it means; a tag of capitals the vocabulary lacks does not.
    for (const tag of ["GESAMT-ROUNDUP", "EILMELDUNG", "EIL", "KORREKTUR", "AKTIE IM FOKUS 2"]) {
      expect(notCopy(`${tag}: Titel hier\n\nDer Text geht hier ohne Dateline los.`)).toEqual([]);
    }
    expect(notCopy("GESAMTBILD: Titel hier\n\nDer Text geht hier ohne Dateline los.")).toEqual(["input/not-dpa-afx@3:1"]);
    // A data set's date prefix is a mark; a dotted date line is none (sites print them too).
    expect(notCopy("date 2026-01-06 Titel hier\n\nDer Text geht hier ohne Dateline los.")).toEqual([]);
    expect(notCopy("21.08.2014\nTitel hier\n\nDer Text geht hier ohne Dateline los.")).toEqual(["input/not-dpa-afx@4:1"]);
    // Blank lines after the dateline: the missing body is reported at the end of the dateline's line.
    for (const t of ["Dax legt zu\n\nFRANKFURT (dpa-AFX) -", "Dax legt zu\n\nFRANKFURT (dpa-AFX) -\n\n\n", "Dax legt zu\n\nFRANKFURT (dpa-AFX) -\r\n \r\n"]) {
      const { after } = around(t, "checks");
      expect(codes(after).filter((c) => c.startsWith("body/missing"))).toEqual(["body/missing@3:22"]);
      // Every diagnostic says something (its words are not pinned: tests match code and position).
      for (const d of after.diagnostics) expect(d.message).toMatch(/^[A-Z].{10,}\.$/);
    }
  });

  it("checks: a lead dateline without dash is reported at the dateline, saying what it found", () => {
    const { after } = around("Titel hier\n\nKIEL (dpa-AFX) Der Text steht hier./ab/cd", "checks");
    expect(codes(after)).toEqual(["dateline/no-dash@3:1"]);
    for (const d of after.diagnostics) expect(d.message).toMatch(/^[A-Z].{10,}\.$/);
  });

  it("checks: an agency the vocabulary does not list is read and reported where it stands", () => {
    const unknown = (t: string) => codes(around(t, "checks").after).filter((c) => c.startsWith("dateline/unknown-agency"));
    expect(unknown("FRANKFURT (Reuters) - Der Dax stieg./ab")).toEqual(["dateline/unknown-agency@1:12"]);
    const d = around("FRANKFURT (Reuters) - Der Dax stieg./ab", "checks").after.diagnostics.find((x) => x.code === "dateline/unknown-agency")!;
    expect([d.severity, d.position.start.offset, d.position.end.offset]).toEqual(["info", 11, 18]);
    // Agencies and partner agencies of the vocabulary, in any case: nothing to report.
    for (const t of ["FRANKFURT (dpa-AFX) - Text./ab", "NEW YORK (dpa-AFX Analyser) - Text./ab", "WIEN (APA) - Text./ab", "Zürich (awp) - Text./ab", "Singapur (APA/dpa-AFX) - Text./ab", "BERLIN (DPA) - Text./ab"]) {
      expect([t, unknown(t)]).toEqual([t, []]);
    }
    // A grammar whose vocabulary lists the agency reports nothing.
    const reuters = extendGrammar(dpaAfx, { id: "with-reuters", vocabulary: { agencies: [...dpaAfx.vocabulary.agencies, "Reuters"] } });
    expect(parseArticle("FRANKFURT (Reuters) - Der Dax stieg./ab", { grammar: reuters }).diagnostics.map((x) => x.code)).not.toContain("dateline/unknown-agency");
  });

  it("articleDate: the first date of the text is the article's date", () => {
    const t = "date 2026-01-06\n21.08.2014\nFRANKFURT (dpa-AFX) - Text./ab/DP/cd";
    const { before, after } = around(t, "articleDate");
    const primary = (d: D) => d.outline.filter((e) => e.kind === "date").map((e) => (e.value as { primary: boolean }).primary);
    expect(primary(before)).toEqual([false, false]);
    expect(primary(after)).toEqual([true, false]);
  });

  it("checks: reports a missing dateline and trailer, and a text with no mark of a dpa-AFX copy", () => {
    const { before, after } = around("Dax legt zu\n\nDer Dax stieg.", "checks");
    expect(codes(before)).toEqual([]);
    expect(codes(after)).toEqual(["dateline/missing@3:1", "trailer/missing@3:15", "input/not-dpa-afx@3:1"]);
    expect(after.diagnostics.find((d) => d.code === "input/not-dpa-afx")!.expected).toContain("a place in capitals");
    expect(codes(around("FRANKFURT (dpa-AFX) - Text./ab/DP/cd", "checks").after)).toEqual([]);
  });

  it("truncation: a body that stops mid-sentence with no trailer was cut off; a calendar row ends a text", () => {
    const { after } = around("FRANKFURT (dpa-AFX) - Der Dax stieg am Montag, weil die", "truncation");
    expect(codes(after)).toEqual(["trailer/missing@1:56", "body/truncated@1:56"]);
    const cal = around("FRANKFURT (dpa-AFX) - Die Termine:\n\n10:00 DEU: Ifo-Geschäftsklima 11/26", "truncation").after;
    expect(codes(cal).filter((c) => c.startsWith("body/truncated"))).toEqual([]);
  });

  it("language: German, English, or null when the text is too short to tell", () => {
    const de = "FRANKFURT (dpa-AFX) - Der Dax ist am Montag gestiegen, und die Anleger haben sich über die Zahlen gefreut, die von der Bank kamen./ab/DP/cd";
    const en = "NEW YORK (dpa-AFX) - The stock market rose on Monday, and the investors were happy with the numbers that came from the bank./ab/DP/cd";
    expect(around(de, "language").after.fields.language).toBe("de");
    expect(around(en, "language").after.fields.language).toBe("en");
    expect(around("KIEL (dpa-AFX) - Dax./ab", "language").after.fields.language ?? null).toBeNull();
    expect(around(de, "language").before.fields.language).toBeUndefined();
    // A grammar with no vocabulary at all: the draft comes back as it was.
    const { before } = around(de, "language");
    const bare = { ...before, grammar: { ...before.grammar, vocabulary: undefined } } as unknown as D;
    expect(dpaAfxRefiners.find((r) => r.name === "language")!.refine(bare)).toBe(bare);
  });
});

describe("draftOf", () => {
  it("gives the outline the message rule found, before any refiner", () => {
    const d = draftOf(dpaAfx, "PARIS (dpa-AFX) - Text./ab/DP/cd");
    expect(d.outline.map((e) => e.kind)).toEqual(["dateline", "body", "block", "trailer"]);
    expect(d.diagnostics).toEqual([]);
    expect(draftOf(dpaAfx, " \n ").diagnostics.map((x) => x.code)).toEqual(["input/empty"]);
    expect(() => draftOf(dpaAfx, "x", { zone: "Mars/Olympus" })).toThrow(RangeError);
  });

  it("teaser: a cut mark at the end of the body becomes a truncation footer, the line ends before it", () => {
    const t = "Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg am Montag. [mehr]";
    const { before, after } = around(t, "teaser");
    expect(outline(t, before)).toContain("block: Der Dax stieg am Montag. [mehr]");
    expect(outline(t, after).slice(-2)).toEqual(["block: Der Dax stieg am Montag.", "footer: [mehr]"]);
    expect(after.outline.at(-1)!.value).toEqual({ kind: "truncation", value: "[mehr]" });
    // A link tag right before the mark is part of it; a trailer means no teaser.
    const link = 'FRANKFURT (dpa-AFX) - Der Dax stieg ...<a href="https://example.org/a">[weiter]</a>';
    expect(outline(link, around(link, "teaser").after).slice(-2)).toEqual(["block: Der Dax stieg ...", 'footer: <a href="https://example.org/a">[weiter]']);
    const done = "FRANKFURT (dpa-AFX) - Der Dax stieg. [mehr]/ab/cd";
    expect(around(done, "teaser").after.outline).toEqual(around(done, "teaser").before.outline);
  });

  it("teaser: an elision in parentheses ending the body is a cut mark; one inside it or other parentheses are not", () => {
    for (const [mark, cut] of [["(...)", "(...)"], ["(\u2026)", "(\u2026)"], ["[mehr] (...)", "(...)"], ["(...) [mehr]", "[mehr]"]]) {
      const t = `FRANKFURT (dpa-AFX) - Der Dax stieg am ${mark}`;
      expect(outline(t, around(t, "teaser").after).at(-1)).toBe(`footer: ${cut}`);
    }
    for (const t of ["FRANKFURT (dpa-AFX) - Er sagte (...) nichts.", "FRANKFURT (dpa-AFX) - Der Dax stieg (leicht)", "FRANKFURT (dpa-AFX) - Der Dax stieg (..)"]) {
      expect(around(t, "teaser").after.outline).toEqual(around(t, "teaser").before.outline);
    }
  });

  /** Each text after a dateline, as the teaser refiner cuts it: its last block and its footer. */
  const teaserCuts = (cases: [string, string, string][]) => {
    for (const [text, block, footer] of cases) {
      const t = `FRANKFURT (dpa-AFX) - ${text}`;
      expect([text, ...outline(t, around(t, "teaser").after).slice(-2)]).toEqual([text, block, footer]);
    }
  };
  /** Each text after a dateline, left as it was by the teaser refiner. */
  const teaserKeeps = (texts: string[]) => {
    for (const text of texts) {
      const t = `FRANKFURT (dpa-AFX) - ${text}`;
      expect([text, around(t, "teaser").after.outline]).toEqual([text, around(t, "teaser").before.outline]);
    }
  };

  it("teaser: a link beside a guillemet ending the body is a cut mark, opened by it or closed by it; other words before a guillemet are text", () => {
    const cases: [string, string, string][] = [
      ["Der Dax stieg » mehr", "block: Der Dax stieg", "footer: » mehr"],
      ["Der Dax stieg ›Weiterlesen", "block: Der Dax stieg", "footer: ›Weiterlesen"],
      ["Der Dax stieg ›› Artikel lesen", "block: Der Dax stieg", "footer: ›› Artikel lesen"],
      ["Der Dax stieg mehr »", "block: Der Dax stieg", "footer: mehr »"],
      ["Der Dax stieg mehr»»", "block: Der Dax stieg", "footer: mehr»»"],
      ["Der Dax stieg Weiter lesen ›", "block: Der Dax stieg", "footer: Weiter lesen ›"],
      ["Der Dax stieg Read more  »", "block: Der Dax stieg", "footer: Read more  »"],
      ["Der Dax stieg noch mehr »", "block: Der Dax stieg noch", "footer: mehr »"],
      ["Dax mehr »", "block: Dax", "footer: mehr »"],
      ["Dax  Weiter lesen ›", "block: Dax", "footer: Weiter lesen ›"],
      ["Der Dax stieg › Weiter lesen", "block: Der Dax stieg", "footer: › Weiter lesen"],
      // Two `>` or three for a guillemet, before or after the link's words.
      ["Der Dax stieg >> mehr", "block: Der Dax stieg", "footer: >> mehr"],
      ["Der Dax stieg >>>Weiterlesen", "block: Der Dax stieg", "footer: >>>Weiterlesen"],
      ["Der Dax stieg mehr >>", "block: Der Dax stieg", "footer: mehr >>"],
      ["Der Dax stieg Weiter lesen>>>", "block: Der Dax stieg", "footer: Weiter lesen>>>"],
      // In a link's tags: the mark takes the opening one (the closing tag is markup); the words right after it.
      ['Der Dax stieg <a href="x">mehr >></a>', "block: Der Dax stieg", 'footer: <a href="x">mehr >>'],
      ['Der Dax stieg <b>>> mehr</b>', "block: Der Dax stieg", "footer: <b>>> mehr"],
      ['Der Dax stieg <a href="x">Weiter lesen ›</a>', "block: Der Dax stieg", 'footer: <a href="x">Weiter lesen ›'],
    ];
    teaserCuts(cases);
    // A word before a guillemet that is no link's, a guillemet alone, more after the link, or the line's
    // first word (a body of the link alone): text.
    teaserKeeps(["Der Dax stieg Luft »", "Der Dax stieg »", "Der Dax stieg Kurs-mehr »", "Der Dax stieg (mehr »", "Der Dax stieg » mehr oder weniger", "Der Dax stieg mehr » heute", "Der Dax stieg\nmehr »", "Der Dax stieg\nWeiter lesen ›", "Der Dax stieg Mehrheit »", "Der Dax stieg mehr >", "Der Dax stieg 1 >> 2", "Der Dax stieg Kurs >>", "Der Dax stieg >", "Der Dax stieg <b>mehr</b>"]);
  });

  it("teaser: a link's label ending the body bare, capitalized and of two words or a long one, is a cut mark; other words are text", () => {
    const cases: [string, string, string][] = [
      ["Der Dax stieg um zwei Weiterlesen", "block: Der Dax stieg um zwei", "footer: Weiterlesen"],
      ["Der Dax stieg. Mehr lesen", "block: Der Dax stieg.", "footer: Mehr lesen"],
      ["Der Dax stieg Read more", "block: Der Dax stieg", "footer: Read more"],
      ["Der Dax stieg  Weiter lesen", "block: Der Dax stieg", "footer: Weiter lesen"],
      ["Der Dax stieg Continue reading", "block: Der Dax stieg", "footer: Continue reading"],
      ['Der Dax stieg <a href="x">Weiterlesen</a>', "block: Der Dax stieg", 'footer: <a href="x">Weiterlesen'],
    ];
    teaserCuts(cases);
    // A verb in small letters, a short link word, a label glued to a word, a label alone on its line, or a
    // message with a trailer: text.
    teaserKeeps(["Er wolle weiterlesen", "Der Dax stieg noch Mehr", "Der Dax stieg Weiter", "Der Dax stieg More", "Der DaxWeiterlesen", "Der Dax stieg\nWeiterlesen", "Der Dax stieg weiter lesen", "Der Dax stieg. Weiterlesen/ab/cd"]);
  });

  it("teaser: a link's word right after the ellipsis that cut the text is a cut mark; elsewhere it is text", () => {
    const cases: [string, string, string][] = [
      ["Der Dax stieg ... mehr", "block: Der Dax stieg ...", "footer: mehr"],
      ["Der Dax stieg …Weiterlesen »", "block: Der Dax stieg …", "footer: Weiterlesen »"],
      ['Der Dax stieg ...<a href="https://example.org/a">weiterlesen</a>', "block: Der Dax stieg ...", 'footer: <a href="https://example.org/a">weiterlesen'],
      ["Der Dax stieg ... Read more >", "block: Der Dax stieg ...", "footer: Read more >"],
      ["Der Dax stieg ...(mehr)", "block: Der Dax stieg ...", "footer: (mehr)"],
      ["Der Dax stieg ... mehr»", "block: Der Dax stieg ...", "footer: mehr»"],
      // The last ellipsis counts, of either kind; a bracket mark before it does not.
      ["Der Dax … stieg ... mehr", "block: Der Dax … stieg ...", "footer: mehr"],
      ["Der Dax ... stieg … mehr", "block: Der Dax ... stieg …", "footer: mehr"],
      ["Der Dax (x) stieg ... mehr", "block: Der Dax (x) stieg ...", "footer: mehr"],
      ["X… mehr", "block: X…", "footer: mehr"],
      ["Der Dax stieg ... [Artikel lesen]", "block: Der Dax stieg ...", "footer: [Artikel lesen]"],
    ];
    teaserCuts(cases);
    // Without the ellipsis (a short or small word; a capitalized label alone: the test before), with more after the
    // word, or a word that is no link's: text.
    teaserKeeps(["Der Dax stieg mehr", "Xx mehr", "X mehr", "Weiterlesen", "Der Dax stieg.\n\nWeiterlesen", "Der Dax stieg ... mehr oder weniger", "Der Dax stieg ... weiterhin", "Der Dax stieg ... Mehrheit", "Der Dax stieg. weiterlesen", "Der Dax stieg ...<b>mehr</b> oder weniger"]);
  });

  it("truncation: a teaser mark or a closing ellipsis reports body/truncated", () => {
    expect(codes(around("FRANKFURT (dpa-AFX) - Der Dax stieg am. [+1040 chars]", "truncation").after)).toContain("body/truncated@1:41");
    expect(codes(around("FRANKFURT (dpa-AFX) - Der Dax stieg und fiel ...", "truncation").after)).toContain("body/truncated@1:49");
    expect(codes(around("FRANKFURT (dpa-AFX) - Der Dax stieg und fiel.", "truncation").after)).not.toContain("body/truncated@1:46");
  });

  it("markup: tags at line edges become markup extras, and input/html marks the first tag or entity", () => {
    const t = "Dax legt zu\n\n<p>FRANKFURT (dpa-AFX) - Der Dax &amp; der MDax stiegen.</p>";
    const { before, after } = around(t, "markup");
    expect(before.outline.some((e) => e.kind === "extra")).toBe(false);
    expect(outline(t, after).filter((x) => x.startsWith("extra"))).toEqual(["extra: <p>", "extra: </p>"]);
    expect(codes(after)).toContain("input/html@3:1");
    const entityOnly = "FRANKFURT (dpa-AFX) - AT&amp;T legt zu./ab/cd";
    const r = around(entityOnly, "markup").after;
    expect(r.outline.some((e) => e.kind === "extra")).toBe(false);
    expect(codes(r)).toEqual(["input/html@1:25"]);
  });

  it("teaser: the mark must end the body's last line; a line of only the mark leaves the block", () => {
    const after = (t: string) => outline(t, around(t, "teaser").after);
    // After the mark comes more text: no teaser.
    expect(after("FRANKFURT (dpa-AFX) - Der Dax stieg [mehr] und fiel")).not.toContain("footer: [mehr]");
    // No "[" on the line, or one that opens no mark.
    expect(after("FRANKFURT (dpa-AFX) - Der Dax stieg.").some((x) => x.startsWith("footer"))).toBe(false);
    expect(after("FRANKFURT (dpa-AFX) - Der Dax [stieg]").some((x) => x.startsWith("footer"))).toBe(false);
    // The mark alone on the block's last line: the block keeps its other lines.
    expect(after("FRANKFURT (dpa-AFX) - Der Dax stieg.\n[mehr]").slice(-2)).toEqual(["block: Der Dax stieg.", "footer: [mehr]"]);
    // The mark alone in a block of its own: the block goes.
    expect(after("FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n[mehr]").slice(-3)).toEqual(["body: Der Dax stieg.\n\n[mehr]", "block: Der Dax stieg.", "footer: [mehr]"]);
    // The last block is found behind the entries after it (a footer).
    expect(after("FRANKFURT (dpa-AFX) - Der Dax stieg. [mehr]\n\nISIN DE0008469008")).toContain("footer: [mehr]");
  });

  it("truncation: an ellipsis character ends a teaser too; a short body and a full stop do not", () => {
    const code = (t: string) => codes(around(t, "truncation").after).filter((c) => c.startsWith("body/truncated"));
    expect(code("FRANKFURT (dpa-AFX) - Der Dax stieg und fiel\u2026")).toEqual(["body/truncated@1:46"]);
    expect(code("FRANKFURT (dpa-AFX) - Der Dax stieg und fiel \u2026")).toEqual(["body/truncated@1:47"]);
    expect(code("FRANKFURT (dpa-AFX) - Der Dax stieg.")).toEqual([]);
    expect(code("FRANKFURT (dpa-AFX) - ..")).toEqual([]);
    // A teaser mark is reported where it stands, not at the body's end.
    expect(code("FRANKFURT (dpa-AFX) - Der Dax stieg. [mehr]")).toEqual(["body/truncated@1:38"]);
  });
});

describe("checks, on whole texts", () => {
  const diags = (t: string) => parseArticle(t).diagnostics.map((d) => [d.code, d.expected ?? null]);
  it("names an agency the vocabulary does not know, in words", () => {
    const d = parseArticle("BERLIN (XYZ-News) - Der Dax stieg./ab/cd").diagnostics;
    expect(d.map((x) => [x.code, x.message.includes("XYZ-News")])).toEqual([["dateline/unknown-agency", true]]);
  });
  it("takes no metadata date for a mark of dpa-AFX copy, and says what the dateline rule expected on the body's own line", () => {
    expect(diags("21.08.2014\n\nIrgendein Text ohne Ort.").map(([c]) => c)).toContain("input/not-dpa-afx");
    expect(diags("Dax legt zu\n\nKIEL Der Dax stieg.")[0]).toEqual(["dateline/missing", ["an agency in parentheses", "a dash between spaces"]]);
  });
  it("puts body/missing at the end of the message's own last line in a feed", () => {
    const feed = parseFeed("FRANKFURT (dpa-AFX) -\n\nBERLIN (dpa-AFX) - Der Dax stieg./ab/cd");
    expect(feed.map((a) => a.diagnostics.map((d) => [d.code, d.position.start.line, d.position.start.column]))).toEqual([[["body/missing", 1, 22], ["trailer/missing", 1, 22]], []]);
  });
});

describe("front, on whole texts", () => {
  it("makes the first front line the headline, the next ending in a full stop the standfirst, and any further one an unrecognised extra", () => {
    const a = parseArticle("Dax legt zu\nDie Anleger blieben vorsichtig.\nNoch eine Zeile.\n\nFRANKFURT (dpa-AFX) - Text./ab/cd");
    expect([a.headline?.text, a.standfirst?.text, a.extras.map((e) => [e.kind, e.text])]).toEqual(["Dax legt zu", "Die Anleger blieben vorsichtig.", [["unrecognised", "Noch eine Zeile."]]]);
  });

  it("joins a headline wrapped onto a second line in a hard-wrapped copy, also in a feed; a sentence under it stays the standfirst", () => {
    const lead = "LÜBECK (dpa-AFX) - Die Hopfenthal Brauerei hat nach einem schwachen\r\nSommer ihre Prognose gesenkt./ab/cd";
    const a = parseArticle(`ROUNDUP 2: Hopfenthal Brauerei senkt nach schwachem\r\nSommer die Prognose\r\n\r\n${lead}`);
    expect([a.headline?.text, a.headline?.title, a.headline?.tags, a.standfirst, a.headline?.position?.end]).toEqual([
      "ROUNDUP 2: Hopfenthal Brauerei senkt nach schwachem Sommer die Prognose",
      "Hopfenthal Brauerei senkt nach schwachem Sommer die Prognose",
      ["ROUNDUP 2"],
      null,
      { line: 2, column: 20, offset: 72 },
    ]);
    const b = parseArticle(`Hopfenthal Brauerei senkt die Prognose\nDer Sommer war zu nass.\n\n${lead}`);
    expect([b.headline?.text, b.standfirst?.text]).toEqual(["Hopfenthal Brauerei senkt die Prognose", "Der Sommer war zu nass."]);
    // Chrome under the headline is never joined to it.
    const c = parseArticle(`Hopfenthal Brauerei senkt die Prognose\nWeitere Nachrichten\n\n${lead}`);
    expect([c.headline?.text, c.extras.map((e) => e.kind)]).toEqual(["Hopfenthal Brauerei senkt die Prognose", ["chrome"]]);
    // Nor a line opening a parenthesis, one after a blank line, or any line in a copy without a dateline.
    const both = (text: string) => {
      const x = parseArticle(text);
      return [x.headline?.text, x.standfirst?.text ?? null];
    };
    expect(both(`Hopfenthal Brauerei senkt die Prognose\n(Teil zwei der Serie\n\n${lead}`)).toEqual(["Hopfenthal Brauerei senkt die Prognose", "(Teil zwei der Serie"]);
    expect(both(`Hopfenthal Brauerei senkt die Prognose\n\nfür das Gesamtjahr\n\n${lead}`)).toEqual(["Hopfenthal Brauerei senkt die Prognose", "für das Gesamtjahr"]);
    expect(both(`Hopfenthal Brauerei senkt die Prognose\nfür das Gesamtjahr\n\n${lead.replace("LÜBECK (dpa-AFX) - ", "")}`)[0]).toBe("Hopfenthal Brauerei senkt die Prognose");
    // Under a label set aside as chrome, the headline below it is joined to its second line.
    const labelled = parseArticle(`Börse\nHopfenthal Brauerei senkt nach schwachem\nSommer die Prognose\n\n${lead}`);
    expect([labelled.headline?.text, labelled.extras.map((e) => [e.kind, e.text])]).toEqual(["Hopfenthal Brauerei senkt nach schwachem Sommer die Prognose", [["chrome", "Börse"]]]);
    // The headline's second line is no headline of its own; the standfirst is the next line of text.
    expect(both(`Hopfenthal Brauerei senkt nach schwachem\nSommer die Prognose\nDer Sommer war zu nass.\n\n${lead}`)).toEqual(["Hopfenthal Brauerei senkt nach schwachem Sommer die Prognose", "Der Sommer war zu nass."]);
    // In a feed, the two lines stay with their message.
    const msg = (h: string, place: string) => `24.08.2016\n${h}\n\n${place} (dpa-AFX) - Der Hafenbetreiber Nordlicht hat im zweiten Quartal\ndeutlich mehr umgeschlagen als ein Jahr zuvor./ab/cd\n`;
    const feed = [msg("Nordlicht steigert Umschlag", "KIEL"), msg("Hopfenthal Brauerei senkt nach schwachem Sommer die\nPrognose für das Gesamtjahr", "LÜBECK"), msg("Lindqvist Werft erhält Auftrag", "ROSTOCK")].join("\n");
    expect(parseFeed(feed).map((x) => x.headline?.text)).toEqual(["Nordlicht steigert Umschlag", "Hopfenthal Brauerei senkt nach schwachem Sommer die Prognose für das Gesamtjahr", "Lindqvist Werft erhält Auftrag"]);
  });

  it("takes a line of any length ending in a colon above a headline for site chrome", () => {
    const a = parseArticle("Mehr zu diesem Thema finden Sie hier:\nDax legt nach Zinssignalen zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd");
    expect([a.headline?.text, a.extras.map((e) => [e.kind, e.text]), a.diagnostics.map((d) => d.code)]).toEqual([
      "Dax legt nach Zinssignalen zu",
      [["chrome", "Mehr zu diesem Thema finden Sie hier:"]],
      ["headline/chrome-skipped"],
    ]);
  });
});

describe("gluedFooter, on whole texts", () => {
  it("cuts a footer glued after the last sentence, and leaves a glued ruled byline (an opener, no footer) in the line", () => {
    const footer = parseArticle("FRANKFURT (dpa-AFX) - Der Dax stieg.Quelle: dpa-AFX");
    expect([footer.footers.map((f) => f.kind), footer.sections[0]!.paragraphs.map((p) => p.text)]).toEqual([["source"], ["Der Dax stieg."]]);
    const ruled = parseArticle("FRANKFURT (dpa-AFX) - Der Dax stieg.--- Von Anna Berg, dpa-AFX ---");
    expect([ruled.footers, ruled.sections[0]!.paragraphs.map((p) => p.text)]).toEqual([[], ["Der Dax stieg.--- Von Anna Berg, dpa-AFX ---"]]);
  });

  it("finds an opener glued at a text's second character, and none glued to a letter there", () => {
    const at = (t: string) => {
      const a = parseArticle(t);
      return [a.footers.map((f) => [f.kind, f.position!.start.offset]), a.sections.flatMap((x) => x.paragraphs.map((p) => p.text))];
    };
    expect(at(".Quelle: dpa-AFX")).toEqual([[["source", 1]], ["."]]);
    expect(at("XQuelle: dpa-AFX")).toEqual([[], ["XQuelle: dpa-AFX"]]);
  });
});

describe("headings, on whole texts", () => {
  const shape = (t: string) => parseArticle(t).sections.map((x) => [x.heading?.text ?? null, x.paragraphs.length]);
  const long = "Die Anleger blieben am Montag vorsichtig, nachdem die Notenbank neue Zahlen vorgelegt hatte und mehr.";
  it("wants the line before a heading finished: a sentence end or a closing quote, not a word", () => {
    expect(shape(`FRANKFURT (dpa-AFX) - Er sagte »gut«\n\nZwischentitel hier\n\n${long}/ab/cd`)).toEqual([[null, 1], ["Zwischentitel hier", 1]]);
    expect(shape(`FRANKFURT (dpa-AFX) - Er sagte gut\n\nZwischentitel hier\n\n${long}/ab/cd`)).toEqual([[null, 3]]);
  });
  it("never makes two headings in a row of lines that are not in capitals", () => {
    expect(shape(`FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nWas nun?\n\nUnd dann?\n\n${long}/ab/cd`)).toEqual([[null, 1], ["Was nun?", 2]]);
  });
  it("wants running text after a heading: a line over 100 characters, or one ending a sentence", () => {
    const t = (n: number) => `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nZwischentitel hier\n\nDie Anleger blieben ${"x".repeat(n)}\n\nEnde./ab/cd`;
    expect(shape(t(80))).toEqual([[null, 4]]); // 100 characters, no full stop: a label, not running text
    expect(shape(t(81))).toEqual([[null, 1], ["Zwischentitel hier", 1]]);
  });
});

describe("paragraphs, on whole texts", () => {
  const paras = (t: string) => parseArticle(t).sections.flatMap((x) => x.paragraphs.map((p) => p.text.split(" ").slice(0, 2).join(" ")));
  const long = "Die Anleger blieben am Montag vorsichtig, weil die Notenbank neue Zahlen vorlegen wollte und die";
  const text = (first: string, next: string) => `FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n${first}\n\n${next}\n\nEnde./ab/cd`;
  it("makes a block left with one line (a repeated trailer dropped below it) a stand-alone paragraph, which can be a heading", () => {
    const t =
      "FRANKFURT (dpa-AFX) - Der Dax stieg am Montag deutlich an und schloss im Plus.\n\nAnleger bleiben vorsichtig\n/ab/cd\n\n" +
      "Die Händler verwiesen auf die Zinsen und die Daten aus den USA, die am Nachmittag kamen und die Kurse bewegten.\n\nAm Abend blieb es ruhig an der Börse in Frankfurt./ab/cd";
    const a = parseArticle(t);
    expect([a.sections.map((s) => s.heading?.text ?? null), a.extras.map((e) => [e.kind, e.text])]).toEqual([
      [null, "Anleger bleiben vorsichtig"],
      [["duplicate", "/ab/cd"]],
    ]);
  });
  it("joins across a blank line a paragraph over 100 characters stopping on a small word and one starting with a letter", () => {
    expect(long.length).toBe(96);
    expect(paras(text(`${long} und`, "weiter geht es."))).toEqual(["Der Dax", "Die Anleger", "weiter geht", "Ende."]); // 100 characters
    expect(paras(text(`${long} unda`, "weiter geht es."))).toEqual(["Der Dax", "Die Anleger", "Ende."]); // 101
    expect(paras(text(`${long} Anleger warteten ab und`, "Weiter geht es."))).toEqual(["Der Dax", "Die Anleger", "Ende."]);
    // Not when the next starts with a digit or a quote.
    expect(paras(text(`${long} Anleger warteten ab und`, "2026 geht es weiter."))).toEqual(["Der Dax", "Die Anleger", "2026 geht", "Ende."]);
    expect(paras(text(`${long} Anleger warteten ab und`, "»Weiter«, sagte er."))).toEqual(["Der Dax", "Die Anleger", "»Weiter«, sagte", "Ende."]);
  });
});

describe("brokenMidSentence", () => {
  it("counts the line breaks inside a sentence, never after the last line, and a line ending in a closing quote as finished", () => {
    // The lines joined with "\n", and the span of each.
    const lines = (...ls: string[]) => {
      const spans: { start: number; end: number }[] = [];
      let at = 0;
      for (const l of ls) {
        spans.push({ start: at, end: at + l.length });
        at += l.length + 1;
      }
      return { input: ls.join("\n"), spans };
    };
    const a = lines("Der Dax stieg", "Er fiel.", "Dann kam");
    expect(brokenMidSentence(a.input, a.spans)).toBe(false); // one break of two inside a sentence
    const b = lines("Er sagte »gut«", "Dann kam er", "Und ging");
    expect(brokenMidSentence(b.input, b.spans)).toBe(false);
    const c = lines("Der Dax stieg", "und fiel", "Dann.");
    expect(brokenMidSentence(c.input, c.spans)).toBe(true);
  });
});

describe("truncation, teaser and repeatedTrailer, on whole texts", () => {
  const seen = (t: string) => {
    const a = parseArticle(t);
    return [a.diagnostics.map((d) => d.code).sort(), a.footers.map((f) => [f.kind, f.text]), a.extras.map((e) => [e.kind, e.text])];
  };
  it("reports a cut body only for a truncation footer or a last line that stops mid-sentence", () => {
    // A footer of another kind, or a closing quote at the end, is no sign of a cut.
    expect(seen("FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nQuelle: dpa-AFX")).toEqual([["trailer/missing"], [["source", "Quelle: dpa-AFX"]], []]);
    expect(seen("FRANKFURT (dpa-AFX) - Er sagte »gut«\n\nQuelle: dpa-AFX")).toEqual([["trailer/missing"], [["source", "Quelle: dpa-AFX"]], []]);
    expect(seen("FRANKFURT (dpa-AFX) - Der Dax stieg [mehr]")).toEqual([["body/truncated", "trailer/missing"], [["truncation", "[mehr]"]], []]);
  });
  it("in an overview, asks the last item's text, not an intro above the items", () => {
    const items = "Dax legt zu\n\nFRANKFURT - Der Dax stieg am Montag.\n\nÖlpreise fallen\n\nNEW YORK - Die Ölpreise fielen am Montag";
    const at = (t: string) => parseArticle(t).diagnostics.filter((d) => d.code === "body/truncated").map((d) => d.position!.start.offset);
    // An intro on its own paragraph (the outline's first entry) that stops on "und": no cut.
    expect(at(`Die Meldungen des Tages im Überblick und\n\n${items}.`)).toEqual([]);
    // The last item stops mid-sentence: the copy was cut there, whatever the intro says.
    expect(at(`${items} und`)).toEqual([items.length + 4]);
    expect(at(`Die Meldungen des Tages im Überblick.\n\n${items} und`)).toEqual([items.length + 4 + 39]);
    // A message with its own dateline lists its items as well: its last paragraph and last item end alike.
    expect(at(`FRANKFURT (dpa-AFX) - Die Meldungen.\n\n${items} und`)).toEqual([items.length + 4 + 38]);
    // Items with no text after their datelines: the intro, the outline's first entry, is the last text.
    expect(at("Die Meldungen des Tages und\n\nDax legt zu\n\nFRANKFURT - \n\nÖlpreise fallen\n\nNEW YORK - ")).toEqual([27]);
  });
  it("in an overview, cuts a teaser mark or a glued footer from the last item's text, never from an intro", () => {
    const items = "Dax legt zu\n\nFRANKFURT - Der Dax stieg am Montag.\n\nÖlpreise fallen\n\nNEW YORK - Die Ölpreise fielen am Montag";
    const seenItems = (t: string) => {
      const a = parseArticle(t);
      return [a.items.map((i) => [i.paragraphs.map((p) => p.text), i.position!.end.offset]), a.footers.map((f) => [f.kind, f.text, f.position!.start.offset])];
    };
    expect(seenItems(`${items} [mehr]`)).toEqual([
      [
        [["Der Dax stieg am Montag."], 49],
        [["Die Ölpreise fielen am Montag"], items.length],
      ],
      [["truncation", "[mehr]", items.length + 1]],
    ]);
    expect(seenItems(`${items}.Quelle: dpa-AFX`)[1]).toEqual([["source", "Quelle: dpa-AFX", items.length + 1]]);
    // A mark on the intro above the items is no end of the body: it stays text.
    const intro = parseArticle(`Die Meldungen [mehr]\n\n${items}.`);
    expect([intro.footers, intro.sections[0]!.paragraphs.map((p) => p.text)]).toEqual([[], ["Die Meldungen [mehr]"]]);
    // An item whose only text was the mark keeps no paragraph and ends at its dateline.
    const empty = seenItems("Dax legt zu\n\nFRANKFURT - Der Dax stieg am Montag.\n\nÖlpreise fallen\n\nNEW YORK - [mehr]");
    expect(empty).toEqual([
      [
        [["Der Dax stieg am Montag."], 49],
        [[], 78],
      ],
      [["truncation", "[mehr]", 79]],
    ]);
    // Items with no text at all: the intro is the body's last text, and its mark is cut (the items stay empty).
    const bare = parseArticle("Die Meldungen [mehr]\n\nDax legt zu\n\nFRANKFURT - \n\nÖlpreise fallen\n\nNEW YORK - ");
    expect([bare.items.map((i) => i.paragraphs.length), bare.sections[0]!.paragraphs.map((p) => p.text), bare.footers.map((f) => f.position!.start.offset)]).toEqual([[0, 0], ["Die Meldungen"], [14]]);
    // A message with its own dateline lists its items over its blocks: the mark leaves both, once.
    const own = `FRANKFURT (dpa-AFX) - Die Meldungen.\n\n${items} [mehr]`;
    const a = parseArticle(own);
    expect([a.items.at(-1)!.paragraphs.map((p) => p.text), a.sections.flatMap((s) => s.paragraphs).at(-1)!.text, a.footers.map((f) => f.text)]).toEqual([
      ["Die Ölpreise fielen am Montag"],
      "NEW YORK - Die Ölpreise fielen am Montag",
      ["[mehr]"],
    ]);
  });
  it("takes a teaser mark only where it ends the line", () => {
    // The mark may open anywhere on the line, even at its second character.
    expect(seen("FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nZ[mehr]")).toEqual([["body/truncated", "trailer/missing"], [["truncation", "[mehr]"]], []]);
    expect(seen("FRANKFURT (dpa-AFX) - Der Dax stieg [mehr] und weiter")).toEqual([["body/truncated", "trailer/missing"], [], []]);
  });
  it("cuts a repeated trailer from a body line, never the end of a word glued to slashes", () => {
    expect(seen("FRANKFURT (dpa-AFX) - Das ist gut./ab/cd\n\nEnde./ab/cd")).toEqual([["trailer/repeated"], [], [["duplicate", "/ab/cd"]]]);
    expect(seen("FRANKFURT (dpa-AFX) - Das ist das Maß/ab/cd\n\nEnde./ab/cd")).toEqual([[], [], []]);
    expect(seen("FRANKFURT (dpa-AFX) - Er sagte: „Gut.“/ab/cd\n\nEnde./ab/cd")).toEqual([["trailer/repeated"], [], [["duplicate", "/ab/cd"]]]);
    expect(seen("FRANKFURT (dpa-AFX) - Er kam aus Łódź/ab/cd\n\nEnde./ab/cd")).toEqual([[], [], []]);
    // The line the body ends on holds the trailer itself: it is never cut, even where a copy stands before it.
    const own = parseArticle("FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd;/ab/cd;");
    expect([own.trailer?.text, own.sections[0]!.paragraphs.map((p) => p.text), own.extras]).toEqual(["/ab/cd;", ["Der Dax stieg./ab/cd;"], []]);
  });
});
