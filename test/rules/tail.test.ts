// The tail rules on their own: footers read after the body, lines after the trailer, and the trailer found
// from a line's end. Texts are our own, in dpa-AFX style. Written against the survivors of mutation testing.
import P from "parsimmon";
import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../../src/index.js";
import type { DpaAfxEntry } from "../../src/authoring.js";
import { exec } from "../../src/combinators/fast.js";
import { inRegion, newDoc, withDoc } from "../../src/combinators/lines.js";

const r = dpaAfx.rules;
/** Runs `rule` at the start of `text`; its value and where it stopped, or null when it fails. */
function run<T>(rule: P.Parser<T>, text: string, at = 0): { value: T; end: number } | null {
  const res = P.seq(P.string(text.slice(0, at)), rule, P.index).skip(P.all).parse(text);
  return res.status ? { value: res.value[1], end: res.value[2].offset } : null;
}
const shown = (text: string, entries: readonly DpaAfxEntry[]) =>
  entries.map((e) => `${e.kind}${e.kind === "date" ? `(${e.value.source}, ${e.value.primary})` : e.kind === "footer" || e.kind === "extra" ? `(${e.value.kind})` : ""}: ${text.slice(e.span.start, e.span.end)}`);

describe("footers", () => {
  it("reads a footer whose words two spaces or an entity part", () => {
    for (const [t, kind] of [
      ["Veröffentlichung  der Original-Studie: 02.12.2026 / 18:05 / MEZ", "disclosure"],
      ["Erstmalige   Weitergabe der  Original-Studie: 02.12.2026", "disclosure"],
      ["Gemäß  der  Einstufung von Nordlicht Research", "ratingExplanation"],
      ["Analysierendes  Institut Nordlicht Research", "ratingExplanation"],
      ["ISIN:  DE0008404005", "isin"],
      ["AXC0211   2026-12-03/09:41", "feedStamp"],
      ["dpa-AFX  Broker  -  die Trader News von dpa-AFX", "product"],
      ["For  comments  and  feedback  contact: editorial@example.org", "contact"],
    ] as const) {
      // (A feed stamp is a date of the message as well: see below.)
      expect(shown(t, run(r.footers, t)!.value).filter((e) => !e.startsWith("date")), t).toEqual([`footer(${kind}): ${t}`]);
    }
  });

  it("an analysis date or a feed stamp footer is a date of the message as well", () => {
    const t = "Datum der Analyse: 17.11.2017 Quelle: dpa-AFX AXC0135 2017-07-27/11:08";
    expect(shown(t, run(r.footers, t)!.value)).toEqual([
      "date(analysisDate, false): 17.11.2017",
      "footer(analysisDate): Datum der Analyse: 17.11.2017",
      "footer(source): Quelle: dpa-AFX",
      "date(feedStamp, false): 2017-07-27/11:08",
      "footer(feedStamp): AXC0135 2017-07-27/11:08",
    ]);
    const a = parseArticle(`FRANKFURT (dpa-AFX Analyser) - Die Bank hob das Ziel an./ab/DP/cd\n\n${t}`);
    expect(a.dates.map((d) => d.source)).toEqual(["analysisDate", "feedStamp"]);
  });

  it("a segment that is neither footer nor byline is an unrecognised extra; a byline must fill its segment", () => {
    // A ruled opener with more text than a byline holds (120 characters).
    const long = `-- Von ${"früh bis spät ".repeat(10)}`.trim();
    const t = `Quelle: dpa-AFX ${long}`;
    expect(shown(t, run(r.footers, t)!.value)).toEqual(["footer(source): Quelle: dpa-AFX", `extra(unrecognised): ${long}`]);
    const b = "Quelle: dpa-AFX --- Von Anna Berg, dpa-AFX --- und mehr";
    expect(shown(b, run(r.footers, b)!.value)).toEqual(["footer(source): Quelle: dpa-AFX", "extra(unrecognised): --- Von Anna Berg, dpa-AFX --- und mehr"]);
    const ok = "Quelle: dpa-AFX --- Von Anna Berg, dpa-AFX ---";
    expect(shown(ok, run(r.footers, ok)!.value)).toEqual(["footer(source): Quelle: dpa-AFX", "byline: --- Von Anna Berg, dpa-AFX ---"]);
  });

  it("consumes through the last line with text, not the blank lines after it, and refuses blank text", () => {
    const t = "Quelle: dpa-AFX\nISIN DE0008404005\n\n \n";
    const v = run(r.footers, t)!;
    expect(v.end).toBe(34);
    expect(shown(t, v.value)).toEqual(["footer(source): Quelle: dpa-AFX", "footer(isin): ISIN DE0008404005"]);
    expect(run(r.footers, "   \n\n")).toBeNull();
    expect(run(r.footerLines, "\nQuelle: dpa-AFX")).toBeNull();
  });

  it("reads no further than the body's cut on the last line", () => {
    const t = "Quelle: dpa-AFX Copyright dpa-AFX";
    const doc = newDoc(t);
    const v = withDoc(doc, () => inRegion(doc, 1, 15, () => exec(r.footers, t, 0)));
    expect(shown(t, v!.value)).toEqual(["footer(source): Quelle: dpa-AFX"]);
  });
});

describe("lines after the body", () => {
  it("strayLine takes a line of at most 160 characters", () => {
    expect(run(r.strayLine, "x".repeat(160))!.value).toEqual({ start: 0, end: 160 });
    expect(run(r.strayLine, "x".repeat(161))).toBeNull();
    expect(run(r.strayLine, "  Mehr zum Thema  ")!.value).toEqual({ start: 2, end: 16 });
    expect(run(r.strayLine, "\nMehr")).toBeNull();
  });

  it("endDatelineLine takes a dateline filling its line, and nothing on a blank line", () => {
    const t = "FRANKFURT (dpa-AFX Broker)";
    expect(shown(t, run(r.endDatelineLine, t)!.value)).toEqual(["dateline: FRANKFURT (dpa-AFX Broker)"]);
    expect(run(r.endDatelineLine, `${t} und mehr`)).toBeNull();
    expect(run(r.endDatelineLine, `\n${t}`)).toBeNull();
  });

  it("gluedEndDateline finds a place glued to the trailer, never one inside a word in capitals", () => {
    const t = "Text./ajx/misFRANKFURT (dpa-AFX)";
    expect(run(r.gluedEndDateline, t)!.value.start).toBe(13);
    // A capital after a capital is inside a word: "AFRANKFURT" is no place start at "F".
    expect(run(r.gluedEndDateline, "Text./ajx/misAFRANKFURT (dpa-AFX)")!.value.start).toBe(13);
    expect(run(r.gluedEndDateline, "Text./ajx/mis (dpa-AFX)")).toBeNull();
    // A place opens with any capital of Latin-1: "ÉCOLE" is one, whole ("COLE" inside it is none).
    expect(run(r.gluedEndDateline, "Text./ajx/ÉCOLE (dpa-AFX)")!.value.start).toBe(10);
    expect(run(r.gluedEndDateline, "Text./ajx/xÉCOLE (dpa-AFX)")!.value.start).toBe(11);
  });

  it("gluedEndDateline looks for the place in the last 100 characters of the line only", () => {
    // Eight places (the most a dateline names), the last one as long as it takes.
    const glued = (last: number) => `${Array.from({ length: 7 }, () => "FRANKFURT").join("/")}/${"A".repeat(last)} (dpa-AFX)`;
    expect([glued(19).length, glued(29).length]).toEqual([99, 109]);
    const text = (n: number) => `Der Dax stieg am Montag deutlich./ab/DP/cd${glued(n)}`;
    expect(parseArticle(text(19)).dateline?.placement).toBe("end");
    expect(parseArticle(text(29)).dateline).toBeNull();
  });
});

describe("trailerLine", () => {
  it("finds a trailer after a stray semicolon inside the run, never inside a word of any alphabet", () => {
    const trailerOf = (sentence: string) => parseArticle(`FRANKFURT (dpa-AFX) - ${sentence}`).trailer?.text ?? null;
    expect(trailerOf("Der Kurs stieg um 5 Prozent;/ab/cd")).toBe("/ab/cd");
    // A word glued to the slashes, in ASCII or with letters beyond it, is no trailer ("und/oder").
    expect(trailerOf("Das ist das Mass/ab/cd")).toBeNull();
    expect(trailerOf("Das ist das Maß/ab/cd")).toBeNull();
    expect(trailerOf("Es war ein Café/ab/cd")).toBeNull();
    expect(trailerOf("Er kam aus Łódź/ab/cd")).toBeNull();
    // Punctuation beyond ASCII is no word: closing quotes, an ellipsis, the euro sign, the inverted question mark.
    for (const end of ["„Gut.“", "„Gut“", "weiter…", "5 €", "bitte¿", "»Gut«"]) expect([end, trailerOf(`Er sagte ${end}/ab/cd`)]).toEqual([end, "/ab/cd"]);
    expect(trailerOf("Der Kurs lag bei 24,7° /wb/DP/aa")).toBe("° /wb/DP/aa");
  });
  const trailerOf = (t: string) => {
    const v = run(r.trailerLine, t);
    return v === null ? null : t.slice(v.value.trailer.span.start, v.value.trailer.span.end);
  };

  it("finds the trailer before tags that break the line and the footers after them", () => {
    const t = "Er wolle./ab/DP/cd</p><p>Quelle: dpa-AFX</p> <p>ISIN DE0008404005";
    const v = run(r.trailerLine, t)!.value;
    expect(t.slice(v.trailer.span.start, v.trailer.span.end)).toBe("/ab/DP/cd");
    // (A footer runs to the next opener, the tags before it too: its node text drops them.)
    expect(shown(t, v.rest)).toEqual(["footer(source): Quelle: dpa-AFX</p> <p>", "footer(isin): ISIN DE0008404005"]);
    expect(shown("Er wolle./ab/DP/cd<br><br>Quelle: dpa-AFX", run(r.trailerLine, "Er wolle./ab/DP/cd<br><br>Quelle: dpa-AFX")!.value.rest)).toEqual(["footer(source): Quelle: dpa-AFX"]);
    // A tag that breaks nothing, or text before the tags, is no such run.
    expect(trailerOf("Er wolle./ab/DP/cd<b>Quelle: dpa-AFX")).toBeNull();
    expect(trailerOf("Er wolle./ab/DP/cd mehr<br>Quelle: dpa-AFX")).toBeNull();
  });

  it("finds the trailer after an end mark, glued or after spaces", () => {
    expect(trailerOf("Der Kurs lag bei 24,7° /wb/DP/aa")).toBe("° /wb/DP/aa");
    expect(trailerOf("Der Kurs lag bei 24,7°/wb/DP/aa")).toBe("°/wb/DP/aa");
    expect(trailerOf("Der Kurs lag bei 24,7 /wb/DP/aa")).toBe("/wb/DP/aa");
  });

  it("starts a trailer after a character that is no letter or digit, never inside a word", () => {
    expect(trailerOf("Er wolle./evs/DP/nas")).toBe("/evs/DP/nas");
    expect(trailerOf("Er sagte und/oder")).toBeNull();
    expect(trailerOf("Er nannte 2020/21")).toBeNull();
    // A letter outside ASCII is a letter too.
    expect(trailerOf("Das Ausmass/ab/DP/cd")).toBeNull();
    expect(trailerOf("Das Ausmaß/ab/DP/cd")).toBeNull();
    expect(trailerOf("/evs/DP/nas")).toBe("/evs/DP/nas");
  });

  it("looks for the trailer in the last 120 characters of the line only", () => {
    const codes = (n: number) => "/abcdef".repeat(n);
    expect(trailerOf(`Text.${codes(17)}`)).toBe(codes(17));
    expect(codes(18).length).toBe(126);
    expect(trailerOf(`Text.${codes(18)}`)).toBeNull();
    // Where the window starts at a slash, the character before it still counts.
    const twenty = "/abcde".repeat(20);
    expect(trailerOf(`Text.${twenty}`)).toBe(twenty);
    expect(trailerOf(`Textx${twenty}`)).toBeNull();
    // Read from inside a line, the trailer starts no earlier than where the rule was asked.
    const t = "Text./ab/DP/cd";
    expect(run(r.trailerLine, t, 8)!.value.trailer.span).toEqual({ start: 8, end: 14 });
  });

  it("refuses a blank line, and a line followed by text that is no footer keeps that text as an extra", () => {
    expect(run(r.trailerLine, "\n/ab/DP/cd")).toBeNull();
    const t = "Er wolle./evs/DP/nas Quelle: dpa-AFX";
    const v = run(r.trailerLine, t)!.value;
    expect(shown(t, v.rest)).toEqual(["footer(source): Quelle: dpa-AFX"]);
    expect(v.alone).toBe(false);
    expect(run(r.trailerLine, "/evs/DP/nas Quelle: dpa-AFX")!.value.alone).toBe(true);
    // After the trailer, a ruled opener with more than a byline holds: an unrecognised extra to the line's end.
    const long = `-- Von ${"früh bis spät ".repeat(10)}`.trim();
    const u = `Er wolle./evs/DP/nas ${long}  `;
    expect(shown(u, run(r.trailerLine, u)!.value.rest)).toEqual([`extra(unrecognised): ${long}`]);
  });

  it("reads the footers after the trailer only up to a dateline glued at the line's end", () => {
    const t = "Der Dax stieg am Montag./ab/DP/cd Quelle: Unternehmensangaben BERLIN (dpa-AFX)";
    const a = parseArticle(t);
    expect(a.footers.map((f) => [f.kind, f.text, f.position?.end.offset])).toEqual([["source", "Quelle: Unternehmensangaben", t.indexOf(" BERLIN")]]);
    expect([a.dateline?.text, a.dateline?.placement, a.dateline?.position?.start.offset]).toEqual(["BERLIN (dpa-AFX)", "end", t.indexOf("BERLIN")]);
  });
});

describe("the region", () => {
  it("no line rule reads the line at or after the region's stop", () => {
    const t = "Erste Zeile\nFRANKFURT (dpa-AFX Broker)\nText./ab/DP/cd\nQuelle: dpa-AFX";
    const doc = newDoc(t);
    const at = (line: number) => doc.lines.start[line]!;
    const ask = (rule: P.Parser<unknown>, line: number, stop: number) => withDoc(doc, () => inRegion(doc, stop, t.length, () => exec(rule, t, at(line)))) !== null;
    for (const [rule, line] of [[r.strayLine, 0], [r.endDatelineLine, 1], [r.trailerLine, 2], [r.footerLines, 3]] as const) {
      expect(ask(rule, line, line + 1)).toBe(true);
      expect(ask(rule, line, line)).toBe(false);
    }
  });
});

describe("tail and bareTail", () => {
  const walked = (rule: P.Parser<unknown>, t: string) => {
    const v = run(rule as P.Parser<{ entries: DpaAfxEntry[]; bodyEnd: number; bodyEndLine: number }>, t)!;
    return { end: v.end, bodyEnd: v.value.bodyEnd, bodyEndLine: v.value.bodyEndLine, entries: shown(t, v.value.entries) };
  };

  it("only bareTail takes a dateline after the body; tail keeps the line for the afterTrailer refiner", () => {
    const t = "Text./ab/DP/cd\nFRANKFURT (dpa-AFX Broker)";
    expect(walked(r.tail, t).entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: FRANKFURT (dpa-AFX Broker)"]);
    expect(walked(r.bareTail, t).entries).toEqual(["trailer: /ab/DP/cd", "dateline: FRANKFURT (dpa-AFX Broker)"]);
    const glued = "Text./ajx/misFRANKFURT (dpa-AFX)";
    expect(walked(r.bareTail, glued).entries).toEqual(["trailer: /ajx/mis", "dateline: FRANKFURT (dpa-AFX)"]);
    expect(walked(r.tail, glued).entries).toEqual([]);
    // One dateline after the body at most: the one nearest the end.
    const two = "Text./ab/DP/cd\nBERLIN (dpa-AFX)\nFRANKFURT (dpa-AFX Broker)";
    expect(walked(r.bareTail, two).entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: BERLIN (dpa-AFX)", "dateline: FRANKFURT (dpa-AFX Broker)"]);
  });

  it("consumes to the last line with text; without a trailer the body ends there", () => {
    const t = "Der Text endet hier.\n\n \n";
    expect(walked(r.tail, t)).toEqual({ end: 21, bodyEnd: 20, bodyEndLine: 0, entries: [] });
    const tr = "Der Text endet./ab/DP/cd\n\n";
    expect(walked(r.tail, tr)).toMatchObject({ end: 25, bodyEnd: 15, bodyEndLine: 0 });
  });

  it("without a trailer, the body ends on the last line above a wrapped footer or a dateline after the body", () => {
    const wrapped = "Text ohne Trailer.\n\nHinweis: Informationen zur\nOffenlegung finden Sie\nunter www.example.com";
    expect(walked(r.tail, wrapped)).toMatchObject({ bodyEnd: 18, bodyEndLine: 0 });
    const dated = "Text ohne Trailer.\nFRANKFURT (dpa-AFX Broker)";
    expect(walked(r.bareTail, dated)).toMatchObject({ bodyEnd: 18, bodyEndLine: 0, entries: ["dateline: FRANKFURT (dpa-AFX Broker)"] });
  });

  it("keeps at most sixteen short lines after the trailer, two where one ends in a full stop", () => {
    // A line of more than 160 characters after the trailer is no stray line: the trailer ends no body.
    expect(walked(r.tail, `Text./ab/DP/cd\n${"x".repeat(161)}`).entries).toEqual([]);
    expect(walked(r.tail, "Text./ab/DP/cd\nEins\nZwei").entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: Eins", "afterTrailer: Zwei"]);
    const lines = (n: number) => Array.from({ length: n }, (_, k) => `Zeile ${k + 1}`);
    expect(walked(r.tail, ["Text./ab/DP/cd", ...lines(16)].join("\n")).entries).toEqual(["trailer: /ab/DP/cd", ...lines(16).map((l) => `afterTrailer: ${l}`)]);
    expect(walked(r.tail, ["Text./ab/DP/cd", ...lines(17)].join("\n")).entries).toEqual([]);
    // Blank lines between them do not count.
    expect(walked(r.tail, ["Text./ab/DP/cd", ...lines(16)].join("\n\n")).entries).toHaveLength(17);
    // Sentences below a trailer are a further message's text: with one among them, two lines at most.
    expect(walked(r.tail, "Text./ab/DP/cd\nEins.\nZwei").entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: Eins.", "afterTrailer: Zwei"]);
    expect(walked(r.tail, "Text./ab/DP/cd\nEins\nZwei.\nDrei").entries).toEqual([]);
    expect(walked(r.tail, "Text./ab/DP/cd\nEins\nZwei\nDrei.").entries).toEqual([]);
    expect(walked(r.tail, "Text./ab/DP/cd\nEins.\nZwei\nDrei").entries).toEqual([]);
    // An ellipsis is no full stop (a related headline cut short).
    expect(walked(r.tail, "Text./ab/DP/cd\nEins ...\nZwei …\nDrei").entries).toHaveLength(4);
    // Past two, short lines are held only for a trailer above them: without one, they and whatever the walk
    // took above them are body (a calendar's line of dashes reads as a rule footer).
    const calendar = "Termine der Woche.\n\n--------------------\nMONTAG\n\n10:00 DEU: Ifo-Index\n11:00 EUR: Inflation\n12:00 USA: Arbeitsmarkt";
    expect(walked(r.tail, calendar)).toMatchObject({ entries: [], bodyEnd: calendar.length, bodyEndLine: 7 });
    expect(walked(r.tail, calendar.split("\n").slice(0, 6).join("\n")).entries).toEqual(["footer(rule): --------------------\nMONTAG", "afterTrailer: 10:00 DEU: Ifo-Index"]);
    expect(walked(r.tail, calendar.replace("Woche.", "Woche./ab/cd")).entries).toEqual([
      "trailer: /ab/cd",
      "footer(rule): --------------------\nMONTAG",
      "afterTrailer: 10:00 DEU: Ifo-Index",
      "afterTrailer: 11:00 EUR: Inflation",
      "afterTrailer: 12:00 USA: Arbeitsmarkt",
    ]);
    // A trailer at the text's very start holds them as well.
    expect(walked(r.tail, "/ab/DP/cd\nEins\nZwei\nDrei").entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: Eins", "afterTrailer: Zwei", "afterTrailer: Drei"]);
    // The count starts again below a footer.
    const footed = "Text./ab/DP/cd\nEins\nZwei\nDrei\nQuelle: dpa-AFX\n\nVier.\nFünf.";
    expect(walked(r.tail, footed).entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: Eins", "afterTrailer: Zwei", "afterTrailer: Drei", "footer(source): Quelle: dpa-AFX", "afterTrailer: Vier.", "afterTrailer: Fünf."]);
  });

  it("short lines a blank line below a footer, a ruled byline or a dateline after the body stay after it, in input order", () => {
    const t = "Text./ab/DP/cd\n\n--- Von Anna Berg, dpa-AFX ---\n\nISIN DE00098350\nKurz und knapp";
    expect(walked(r.tail, t).entries).toEqual(["trailer: /ab/DP/cd", "byline: --- Von Anna Berg, dpa-AFX ---", "afterTrailer: ISIN DE00098350", "afterTrailer: Kurz und knapp"]);
    // Short lines may stand on both sides of a footer: two below it and two above it.
    const both = "Text./ab/DP/cd\nEins\nZwei\nQuelle: dpa-AFX\n\nDrei\nVier";
    expect(walked(r.tail, both).entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: Eins", "afterTrailer: Zwei", "footer(source): Quelle: dpa-AFX", "afterTrailer: Drei", "afterTrailer: Vier"]);
    // Below a footer hard-wrapped over a block, and below a dateline after the body.
    const wrapped = "Text./ab/DP/cd\n\nHinweis: Informationen zur\nOffenlegung im Original\n\nMehr";
    expect(walked(r.tail, wrapped).entries).toEqual(["trailer: /ab/DP/cd", "footer(notice): Hinweis: Informationen zur\nOffenlegung im Original", "afterTrailer: Mehr"]);
    const dated = "Text./ab/DP/cd\nFRANKFURT (dpa-AFX Broker)\n\nMehr";
    expect(walked(r.bareTail, dated).entries).toEqual(["trailer: /ab/DP/cd", "dateline: FRANKFURT (dpa-AFX Broker)", "afterTrailer: Mehr"]);
    // Without the blank line the short lines below continue the line's block: no footer, byline or dateline.
    expect(walked(r.bareTail, "Text./ab/DP/cd\nFRANKFURT (dpa-AFX Broker)\nMehr").entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: FRANKFURT (dpa-AFX Broker)", "afterTrailer: Mehr"]);
    expect(walked(r.tail, "Text./ab/DP/cd\n--- Von Anna Berg, dpa-AFX ---\nMehr").entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: --- Von Anna Berg, dpa-AFX ---", "afterTrailer: Mehr"]);
    // Without a trailer the body ends above the footer; the short lines below it are still kept.
    expect(walked(r.tail, "Der Dax stieg.\n\nQuelle: dpa-AFX\n\nMehr")).toMatchObject({ bodyEnd: 14, bodyEndLine: 0, entries: ["footer(source): Quelle: dpa-AFX", "afterTrailer: Mehr"] });
    // In a whole text the byline is found, and the lines below it are extras.
    const a = parseArticle(`FRANKFURT (dpa-AFX) - Der Dax stieg am Montag.\n\nZweiter Absatz.${t.slice(4)}`);
    expect(a.byline?.authors).toEqual(["Anna Berg"]);
    expect(a.extras.map((e) => [e.kind, e.text])).toEqual([["unrecognised", "ISIN DE00098350"], ["unrecognised", "Kurz und knapp"]]);
  });

  it("takes an old feed's end mark closing the line above a trailer that stands alone", () => {
    const t = "Der Dax stieg.\n=====°\n/ab/DP/cd";
    const v = walked(r.tail, t);
    expect(v.entries).toEqual(["extra(endMark): °", "trailer: /ab/DP/cd"]);
    expect(v).toMatchObject({ bodyEnd: 20, bodyEndLine: 1 });
    // Blank lines may stand between the end mark and the trailer.
    expect(walked(r.tail, "Der Dax stieg.\n=====°\n\n/ab/DP/cd").entries).toEqual(["extra(endMark): °", "trailer: /ab/DP/cd"]);
    // Not when the trailer shares its line with text.
    expect(walked(r.tail, "Der Dax stieg.\n=====°\nEnde./ab/DP/cd").entries).toEqual(["trailer: /ab/DP/cd"]);
  });

  it("takes a ruled byline above a trailer standing alone, or with the trailer glued to it", () => {
    const t = "Der Dax stieg.\n\n--- Von Anna Berg, dpa-AFX ---\n\n/ab/DP/cd";
    expect(walked(r.tail, t)).toMatchObject({ bodyEnd: 16, bodyEndLine: 2, entries: ["byline: --- Von Anna Berg, dpa-AFX ---", "trailer: /ab/DP/cd"] });
    const glued = "Der Dax stieg.\n\n  --- Von Anna Berg, dpa-AFX ---/ab/DP/cd";
    expect(walked(r.tail, glued)).toMatchObject({ bodyEnd: 18, bodyEndLine: 2, entries: ["byline: --- Von Anna Berg, dpa-AFX ---", "trailer: /ab/DP/cd"] });
    // A byline without rules, one that fills no line, or a ruled one glued to a sentence stays body text.
    for (const body of ["Von Anna Berg, dpa-AFX\n\n/ab/DP/cd", "--- Von Anna Berg, dpa-AFX --- Mehr\n\n/ab/DP/cd", "Text. --- Von Anna Berg, dpa-AFX ---/ab/DP/cd"]) {
      expect([body, walked(r.tail, `Der Dax stieg.\n\n${body}`).entries]).toEqual([body, ["trailer: /ab/DP/cd"]]);
    }
    // In a whole text it is the byline, and the body ends above it.
    const a = parseArticle(`FRANKFURT (dpa-AFX) - ${t}`);
    expect([a.byline?.authors, a.sections.flatMap((x) => x.paragraphs.map((p) => p.text)), a.trailer?.text]).toEqual([["Anna Berg"], ["Der Dax stieg."], "/ab/DP/cd"]);
  });

  it("takes a footer hard-wrapped over up to eight lines below the trailer line, never a wrapped byline", () => {
    const wrapped = (n: number) => ["Text./ab/DP/cd", "Hinweis: Informationen zur", ...Array.from({ length: n - 1 }, (_, k) => `Offenlegung Zeile ${k + 1}`)].join("\n");
    expect(walked(r.tail, wrapped(3)).entries).toEqual(["trailer: /ab/DP/cd", "footer(notice): " + wrapped(3).slice(15)]);
    expect(walked(r.tail, wrapped(9)).entries[1]).toBe("footer(notice): " + wrapped(9).slice(15));
    // Longer, it is no footer: its lines are short lines after the trailer (at most sixteen).
    expect(walked(r.tail, wrapped(10)).entries).toEqual(["trailer: /ab/DP/cd", ...wrapped(10).split("\n").slice(1).map((l) => `afterTrailer: ${l}`)]);
    const byline = "Text./ab/DP/cd\n--- Von Anna Berg,\nTimo Hausdorf\nund Tom Lee, dpa-AFX ---";
    // A byline wrapped over three lines is no footer: its lines are short lines after the trailer.
    expect(walked(r.tail, byline).entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: --- Von Anna Berg,", "afterTrailer: Timo Hausdorf", "afterTrailer: und Tom Lee, dpa-AFX ---"]);
    // A wrapped footer never spans a blank line.
    const gap = "Text./ab/DP/cd\n\nHinweis: Informationen zur\n\nunter www.example.com";
    expect(walked(r.tail, gap).entries).toEqual(["trailer: /ab/DP/cd", "footer(notice): Hinweis: Informationen zur", "afterTrailer: unter www.example.com"]);
  });
});

describe("the tail walk: its bounds", () => {
  const walked = (rule: P.Parser<unknown>, t: string, at = 0) => {
    const res = exec(rule as P.Parser<{ entries: DpaAfxEntry[]; bodyEnd: number; bodyEndLine: number }>, t, at)!;
    return { entries: shown(t, res.value.entries), bodyEnd: res.value.bodyEnd, bodyEndLine: res.value.bodyEndLine };
  };

  it("an end mark closing the line above a lone trailer belongs to the tail only when the tail starts before it", () => {
    const t = "xx °\n/ab/DP/cd";
    expect(walked(r.tail, t)).toEqual({ entries: ["extra(endMark): °", "trailer: /ab/DP/cd"], bodyEnd: 3, bodyEndLine: 0 });
    expect(walked(r.tail, t, 4)).toEqual({ entries: ["trailer: /ab/DP/cd"], bodyEnd: 5, bodyEndLine: 1 });
    // Blank lines between the mark and the trailer are passed over.
    expect(walked(r.tail, "Text.\n=====°\n\n/ab/DP/cd").entries).toEqual(["extra(endMark): °", "trailer: /ab/DP/cd"]);
  });

  it("a ruled byline above a lone trailer, or glued to it, is read from where the tail starts", () => {
    expect(walked(r.tail, "xx --- Von Anna Berg, dpa-AFX ---\n/ab/DP/cd", 3)).toEqual({ entries: ["byline: --- Von Anna Berg, dpa-AFX ---", "trailer: /ab/DP/cd"], bodyEnd: 3, bodyEndLine: 0 });
    expect(walked(r.tail, "xx --- Von Anna Berg, dpa-AFX ---/ab/DP/cd", 3)).toEqual({ entries: ["byline: --- Von Anna Berg, dpa-AFX ---", "trailer: /ab/DP/cd"], bodyEnd: 3, bodyEndLine: 0 });
    // From the line's start the line is no byline.
    expect(walked(r.tail, "xx --- Von Anna Berg, dpa-AFX ---\n/ab/DP/cd").entries).toEqual(["trailer: /ab/DP/cd"]);
    // The trailer on the tail's first line: nothing above it is read.
    expect(walked(r.tail, "--- Von Anna Berg, dpa-AFX ---\n/ab/DP/cd", 31)).toEqual({ entries: ["trailer: /ab/DP/cd"], bodyEnd: 31, bodyEndLine: 1 });
  });

  it("without a trailer, the body ends above a wrapped footer block or an end dateline", () => {
    const wrapped = "Der Dax stieg.\n\nHinweis: Informationen zur Offenlegungspflicht\nbei Interessenkonflikten im Original.";
    expect(walked(r.tail, wrapped)).toMatchObject({ bodyEnd: 14, bodyEndLine: 0 });
    expect(walked(r.tail, wrapped).entries).toHaveLength(1);
    expect(walked(r.bareTail, "Der Dax stieg.\n\nFRANKFURT (dpa-AFX)")).toEqual({ entries: ["dateline: FRANKFURT (dpa-AFX)"], bodyEnd: 14, bodyEndLine: 0 });
  });

  it("the region's first line is never a footer, wrapped or not", () => {
    expect(walked(r.tail, "Quelle: dpa-AFX\nQuelle: dpa-AFX")).toEqual({ entries: ["footer(source): Quelle: dpa-AFX"], bodyEnd: 15, bodyEndLine: 0 });
    expect(walked(r.tail, "Hinweis: Informationen zur Offenlegungspflicht\nbei Interessenkonflikten im Original.")).toEqual({ entries: [], bodyEnd: 84, bodyEndLine: 1 });
  });

  it("at most sixteen short lines stand between the trailer and the end", () => {
    const t = (n: number) => ["Der Dax stieg./ab/DP/cd", ...Array.from({ length: n }, () => "Mehr")].join("\n");
    expect(walked(r.tail, t(16)).entries).toEqual(["trailer: /ab/DP/cd", ...Array.from({ length: 16 }, () => "afterTrailer: Mehr")]);
    expect(walked(r.tail, t(17))).toEqual({ entries: [], bodyEnd: t(17).length, bodyEndLine: 17 });
  });

  it("a wrapped block opening with a byline is no footer: its lines stay short lines after the trailer", () => {
    const t = "Der Dax stieg./ab/DP/cd\n\nVon Anna Ringle, dpa-AFX Quelle: dpa-AFX\nund mehr";
    expect(walked(r.tail, t).entries).toEqual(["trailer: /ab/DP/cd", "afterTrailer: Von Anna Ringle, dpa-AFX Quelle: dpa-AFX", "afterTrailer: und mehr"]);
    // The same block opening with a footer is a wrapped footer.
    const f = "Der Dax stieg./ab/DP/cd\n\nQuelle: dpa-AFX Von Anna Ringle, dpa-AFX\nund mehr";
    expect(walked(r.tail, f).entries[1]).toMatch(/^footer\(source\): Quelle: dpa-AFX/);
  });

  it("never reaches above the line it starts on for an end mark", () => {
    // The tail starts on the blank line below the mark: the mark is body, not the tail's.
    const t = "Text=====°\n\n/ab/DP/cd";
    expect(walked(r.tail, t, t.indexOf("\n") + 1).entries).toEqual(["trailer: /ab/DP/cd"]);
    const lone = "°\n\n/ab/DP/cd";
    expect(walked(r.tail, lone, 2).entries).toEqual(["trailer: /ab/DP/cd"]);
  });

  it("reads the trailer from where it starts, not from its line's start", () => {
    // From offset 4 the line holds "/ab/cd" alone; read from the line's start it is glued to a word.
    expect(walked(r.tail, "Text/ab/cd", 4).entries).toEqual(["trailer: /ab/cd"]);
    expect(walked(r.tail, "Text/ab/cd").entries).toEqual([]);
  });

  it("over blank lines only, consumes nothing and ends the body where it starts", () => {
    const t = "Text\n\n\n";
    const res = exec(r.tail, t, 5)!;
    expect([res.end, res.value.bodyEnd, res.value.bodyEndLine, res.value.entries]).toEqual([5, 5, 0, []]);
    // Started inside a blank line's spaces, or on the first line: it stays where it starts.
    expect(exec(r.tail, "Text\n   \n", 6)!.end).toBe(6);
    expect(exec(r.tail, "   \n", 1)!.end).toBe(1);
    // Footers below a blank first line: the body ends where the tail starts, above the blank line.
    expect(walked(r.tail, "Text\n   \nQuelle: dpa-AFX", 5)).toEqual({ entries: ["footer(source): Quelle: dpa-AFX"], bodyEnd: 5, bodyEndLine: 0 });
    // Started inside a CRLF, after the line's text: the body never ends before the tail's start.
    expect(walked(r.tail, "Text\r\n", 5)).toMatchObject({ bodyEnd: 5, bodyEndLine: 0 });
  });

  it("fails at or after the region's stop, and the footer rule in a region of no lines", () => {
    const t = "Text./ab/DP/cd\nQuelle: dpa-AFX";
    const doc = newDoc(t);
    const ask = (rule: P.Parser<unknown>, at: number, stop: number) => withDoc(doc, () => inRegion(doc, stop, t.length, () => exec(rule, t, at)));
    expect(ask(r.tail, doc.lines.start[1]!, 2)).not.toBeNull();
    expect(ask(r.tail, doc.lines.start[1]!, 1)).toBeNull();
    expect(ask(r.tail, 0, 0)).toBeNull();
    expect(ask(r.footers, doc.lines.start[1]!, 2)).not.toBeNull();
    expect(ask(r.footers, 0, 0)).toBeNull();
    const q = "Quelle: dpa-AFX";
    const qdoc = newDoc(q);
    expect(withDoc(qdoc, () => inRegion(qdoc, 1, q.length, () => exec(r.footers, q, 0)))).not.toBeNull();
    expect(withDoc(qdoc, () => inRegion(qdoc, 0, q.length, () => exec(r.footers, q, 0)))).toBeNull();
  });
});
