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
    // "ÉCOLE" is no place (a place opens with A to Z or an umlaut), and "COLE" inside it none either.
    expect(run(r.gluedEndDateline, "Text./ajx/ÉCOLE (dpa-AFX)")).toBeNull();
  });
});

describe("trailerLine", () => {
  const trailerOf = (t: string) => {
    const v = run(r.trailerLine, t);
    return v === null ? null : t.slice(v.value.trailer.span.start, v.value.trailer.span.end);
  };

  it("finds the trailer after an end mark, glued or after spaces", () => {
    expect(trailerOf("Der Kurs lag bei 24,7° /wb/DP/aa")).toBe("° /wb/DP/aa");
    expect(trailerOf("Der Kurs lag bei 24,7°/wb/DP/aa")).toBe("°/wb/DP/aa");
    expect(trailerOf("Der Kurs lag bei 24,7 /wb/DP/aa")).toBe("/wb/DP/aa");
  });

  it("starts a trailer after a character that is no letter or digit, never inside a word", () => {
    expect(trailerOf("Er wolle./evs/DP/nas")).toBe("/evs/DP/nas");
    expect(trailerOf("Er sagte und/oder")).toBeNull();
    expect(trailerOf("Er nannte 2020/21")).toBeNull();
    expect(trailerOf("/evs/DP/nas")).toBe("/evs/DP/nas");
  });

  it("refuses a blank line, and a line followed by text that is no footer keeps that text as an extra", () => {
    expect(run(r.trailerLine, "\n/ab/DP/cd")).toBeNull();
    const t = "Er wolle./evs/DP/nas Quelle: dpa-AFX";
    const v = run(r.trailerLine, t)!.value;
    expect(shown(t, v.rest)).toEqual(["footer(source): Quelle: dpa-AFX"]);
    expect(v.alone).toBe(false);
    expect(run(r.trailerLine, "/evs/DP/nas Quelle: dpa-AFX")!.value.alone).toBe(true);
  });
});
