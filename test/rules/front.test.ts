// The front rules on their own: date lines and their entries, the lead line after a prefix and a note,
// how far the front matter looks for the lead, and the front of a text without a dateline. Texts are
// our own, in dpa-AFX style. Written against the survivors of mutation testing.
import P from "parsimmon";
import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";
import { extendGrammar, type DpaAfxEntry } from "../../src/authoring.js";
import { exec } from "../../src/combinators/fast.js";
import { inRegion, newDoc, withDoc } from "../../src/combinators/lines.js";

const r = dpaAfx.rules;
function run<T>(rule: P.Parser<T>, text: string): { value: T; end: number } | null {
  const res = P.seq(rule, P.index).skip(P.all).parse(text);
  return res.status ? { value: res.value[0], end: res.value[1].offset } : null;
}
const shown = (text: string, entries: readonly DpaAfxEntry[]) =>
  entries.map((e) => `${e.kind}${e.kind === "date" ? `(${e.value.source}, ${e.value.primary})` : ""}: ${text.slice(e.span.start, e.span.end)}`);

describe("date lines", () => {
  it("a dotted date or a feed stamp is a date of the message, never the primary one yet", () => {
    expect(shown("21.08.2014", run(r.metaDate, "21.08.2014")!.value)).toEqual(["date(dotted, false): 21.08.2014"]);
    const s = "AXC0135 2017-07-27/11:08";
    expect(shown(s, run(r.metaDate, s)!.value)).toEqual(["date(feedStamp, false): 2017-07-27/11:08", "footer: AXC0135 2017-07-27/11:08"]);
    expect(run(r.metaDate, "   \n21.08.2014")).toBeNull();
    expect(run(r.metaLine, "   \nVon Anna Berg, dpa-AFX")).toBeNull();
    expect(run(r.frontLine, "   \nTitel")).toBeNull();
  });

  it("no front rule reads the line at the region's stop", () => {
    const t = "21.08.2014\nVon Anna Berg, dpa-AFX\nTitel hier";
    const doc = newDoc(t);
    const ask = (rule: P.Parser<unknown>, line: number, stop: number) => withDoc(doc, () => inRegion(doc, stop, t.length, () => exec(rule, t, doc.lines.start[line]!))) !== null;
    for (const [rule, line] of [[r.metaDate, 0], [r.metaLine, 1], [r.frontLine, 2]] as const) {
      expect(ask(rule, line, line + 1)).toBe(true);
      expect(ask(rule, line, line)).toBe(false);
    }
  });
});

describe("lead", () => {
  const lead = (t: string) => {
    const v = run(r.lead, t);
    return v === null ? null : shown(t, v.value.entries);
  };
  it("reads a date prefix and a note before the dateline; the dateline ends at its dash", () => {
    expect(lead("date 2026-01-06 (Wiederholung) PARIS (dpa-AFX) -   Text")).toEqual([
      "date(prefix, false): date 2026-01-06",
      "note: (Wiederholung)",
      "dateline: PARIS (dpa-AFX) -",
    ]);
    expect(run(r.lead, "PARIS (dpa-AFX) -   Text")!.value.textStart).toBe(20);
    // A prefix glued to a word is no prefix; a prefix or a note with nothing after it opens no lead.
    expect(lead("date 2026-01-06PARIS (dpa-AFX) - Text")).toBeNull();
    expect(lead("date 2026-01-06   ")).toBeNull();
    expect(lead("date 2026-01-06 (Wiederholung)  ")).toBeNull();
    expect(lead("   ")).toBeNull();
  });

  it("reads a headline glued to a dateline naming an agency as a line of text above it", () => {
    expect(lead("Hopfenthal senkt Prognose FRANKFURT (dpa-AFX) - Der Brauer")).toEqual(["frontText: Hopfenthal senkt Prognose", "dateline: FRANKFURT (dpa-AFX) -"]);
    expect(lead("date 2026-01-06 ROUNDUP: Dax legt zu  NEW YORK/FRANKFURT (dpa-AFX Analyser) - Text")).toEqual([
      "date(prefix, false): date 2026-01-06",
      "frontText: ROUNDUP: Dax legt zu",
      "dateline: NEW YORK/FRANKFURT (dpa-AFX Analyser) -",
    ]);
    expect(run(r.lead, "Dax legt zu FRANKFURT (dpa-AFX) - Text")!.value.textStart).toBe(34);
    // The headline keeps its tags; its title ends before the dateline.
    const v = run(r.lead, "WDH/ROUNDUP 2: Dax legt zu BERLIN (dpa-AFX) - Text")!.value.entries[0]!.value as { tags: { value: string }[]; title: { value: string; span: { end: number } } };
    expect(v.tags.map((t) => t.value)).toEqual(["WDH", "ROUNDUP 2"]);
    expect(v.title).toEqual({ value: "Dax legt zu", span: { start: 15, end: 26 } });
  });

  it("refuses a glued dateline without an agency, and a stretch before it that is no headline", () => {
    // Without an agency a dash after capitals is common in headlines (`... EZB - Zinsen`): no dateline.
    expect(lead("Dax legt zu FRANKFURT - Der Dax stieg.")).toBeNull();
    // An agency must be one of the vocabulary's (a price source is a headline's words), and a dateline must follow.
    expect(lead("Dax legt zu FRANKFURT (Xetra) - Der Dax stieg.")).toBeNull();
    expect(lead("Dax legt zu FRANKFURT (dpa-AFX) ohne Strich")).toBeNull();
    expect(lead("Dax legt zu FRANKFURT (APA) - Text")).toEqual(["frontText: Dax legt zu", "dateline: FRANKFURT (APA) -"]);
    // An editorial note between headline and dateline is the note; a parenthesis that opens none stays in the headline.
    expect(lead("Dax legt zu (Wiederholung: Tippfehler) FRANKFURT (dpa-AFX) - Text")).toEqual(["frontText: Dax legt zu", "note: (Wiederholung: Tippfehler)", "dateline: FRANKFURT (dpa-AFX) -"]);
    expect(lead("Dax legt zu (Xetra) FRANKFURT (dpa-AFX) - Text")).toEqual(["frontText: Dax legt zu (Xetra)", "dateline: FRANKFURT (dpa-AFX) -"]);
    expect(lead("Dax (Wiederholung) legt zu FRANKFURT (dpa-AFX) - Text")).toEqual(["frontText: Dax (Wiederholung) legt zu", "dateline: FRANKFURT (dpa-AFX) -"]);
    // The first candidate that reads no dateline is passed over for the next.
    expect(lead("Dax legt zu AG (Xetra) und BERLIN (dpa-AFX) - Text")).toEqual(["frontText: Dax legt zu AG (Xetra) und", "dateline: BERLIN (dpa-AFX) -"]);
    // The end of a sentence, a quotation or a message before it (a copy that lost its breaks).
    expect(lead("Der Dax stieg. BERLIN (dpa-AFX) - Text")).toBeNull();
    expect(lead('Es sei gut, sagte er." BERLIN (dpa-AFX) - Text')).toBeNull();
    expect(lead("Der Dax stieg deutlich./ab/DP/cd BERLIN (dpa-AFX) - Text")).toBeNull();
    expect(lead("Der Dax stieg deutlich /ab/DP/cd BERLIN (dpa-AFX) - Text")).toBeNull();
    expect(lead(`${"Wort ".repeat(41)}BERLIN (dpa-AFX) - Text`)).toBeNull();
    // A headline a site cut short with an ellipsis is still one.
    expect(lead("Dax legt zu - Anleger ... BERLIN (dpa-AFX) - Text")).toEqual(["frontText: Dax legt zu - Anleger ...", "dateline: BERLIN (dpa-AFX) -"]);
  });
});

describe("leadDate", () => {
  const date = (t: string) => {
    const v = run(P.seq(r.leadDate, P.regexp(/.*/)).map(([e]) => e), t);
    return v === null ? null : shown(t, v.value);
  };
  it("reads a date prefix, a ticker date, a feed stamp or a site's stamp that a space or the line's end follows", () => {
    expect(date("date 2026-01-06 ")).toEqual(["date(prefix, false): date 2026-01-06"]);
    expect(date("21.08.2014 ")).toEqual(["date(dotted, false): 21.08.2014"]);
    expect(date("21.08.2014, 14:05 Uhr FRANKFURT")).toEqual(["date(dotted, false): 21.08.2014, 14:05 Uhr"]);
    expect(date("27.03.17 10:38 X")).toEqual(["date(dotted, false): 27.03.17 10:38"]);
    expect(date("AXC0135 2017-07-27/11:08 X")).toEqual(["date(feedStamp, false): 2017-07-27/11:08", "footer: AXC0135 2017-07-27/11:08"]);
    expect(date("Stand: 12.10.2023 X")).toEqual(["date(stamp, false): Stand: 12.10.2023"]);
    expect(date("2023-10-12T14:05:00+02:00")).toEqual(["date(stamp, false): 2023-10-12T14:05:00+02:00"]);
    // Glued to the next word, or no date at all: none.
    expect(date("21.08.2014FRANKFURT")).toBeNull();
    expect(date("AXC0135 2017-07-27/11:08X")).toBeNull();
    expect(date("FRANKFURT (dpa-AFX) - ")).toBeNull();
  });
  it("consumes the date alone, not the space after it", () => {
    expect(exec(r.leadDate, "21.08.2014 FRANKFURT")!.end).toBe(10);
    expect(exec(r.leadDate, "AXC0135 2017-07-27/11:08 FRANKFURT")!.end).toBe(24);
  });
  it("a lead after any of them: the date, then the note and dateline", () => {
    const t = "21.08.2014 (Wiederholung) FRANKFURT (dpa-AFX) - Text";
    expect(shown(t, exec(r.lead, t)!.value.entries)).toEqual(["date(dotted, false): 21.08.2014", "note: (Wiederholung)", "dateline: FRANKFURT (dpa-AFX) -"]);
    expect(exec(r.lead, "27.03.17 10:38")).toBeNull();
    expect(exec(r.lead, "21.08.2014 Der Dax stieg.")).toBeNull();
  });
});

describe("a note hard-wrapped above the lead", () => {
  const front = (t: string) => {
    const v = run(P.seq(r.frontMatter, r.lead).map(([f, l]) => [...f, ...l.entries]), t);
    return v === null ? null : shown(t, v.value);
  };
  const note = "(Wiederholung: Im dritten Absatz wurde\nein Wort ergänzt.)";
  it("into the lead line: the lead reads it from the line it opens, and the front stops above", () => {
    const t = `Dax legt zu\n\n${note} PARIS (dpa-AFX) - `;
    expect(front(t)).toEqual(["frontText: Dax legt zu", `note: ${note}`, "dateline: PARIS (dpa-AFX) -"]);
    const lead = exec(r.lead, `${note} PARIS (dpa-AFX) - Text`, 39)!;
    expect(shown(`${note} PARIS (dpa-AFX) - Text`, lead.value.entries)).toEqual([`note: ${note}`, "dateline: PARIS (dpa-AFX) -"]);
  });
  it("over three lines into the lead line: every line between is read up to its '('", () => {
    const three = "(Berichtigt wird im dritten Absatz\nder Name des Vorstandschefs, es\nmuss Müller heißen.)";
    expect(front(`Dax legt zu\n${three} PARIS (dpa-AFX) - `)).toEqual(["frontText: Dax legt zu", `note: ${three}`, "dateline: PARIS (dpa-AFX) -"]);
    expect(front(`Dax legt zu\n${three}\nPARIS (dpa-AFX) - `)).toEqual(["frontText: Dax legt zu", `note: ${three}`, "dateline: PARIS (dpa-AFX) -"]);
    // A date read before the note's end on the lead line: the note is not read from above.
    expect(exec(r.lead, "(Wiederholung: Im\n21.08.2014 Absatz.) PARIS (dpa-AFX) - Text", 18)).toBeNull();
  });
  it("over lines of its own: one note entry", () => {
    expect(front(`${note}\nDax legt zu\n\nPARIS (dpa-AFX) - `)).toEqual([`note: ${note}`, "frontText: Dax legt zu", "dateline: PARIS (dpa-AFX) -"]);
    expect(front(`Dax legt zu\n${note}\nPARIS (dpa-AFX) - `)).toEqual(["frontText: Dax legt zu", `note: ${note}`, "dateline: PARIS (dpa-AFX) -"]);
    // Text after its ')' on its line: no note of its own lines (the lines are front text).
    expect(front(`Dax legt zu\n${note} Mehr\nPARIS (dpa-AFX) - `)).toEqual(["frontText: Dax legt zu", "frontText: (Wiederholung: Im dritten Absatz wurde", "frontText: ein Wort ergänzt.) Mehr", "dateline: PARIS (dpa-AFX) -"]);
  });
  it("the lead never reads a note's start above the doc's floor, nor across a blank line or another parenthesis", () => {
    const t = `${note} PARIS (dpa-AFX) - Text`;
    const at = (floor: number) => {
      const doc = newDoc(t);
      return withDoc(doc, () => {
        doc.floor = floor;
        const v = exec(r.lead, t, doc.lines.start[1]!);
        doc.floor = 0;
        return v === null ? null : v.value.entries.map((e) => e.kind);
      });
    };
    expect([at(0), at(1)]).toEqual([["note", "dateline"], null]);
    expect(exec(r.lead, "(Wiederholung: Im dritten\n\nAbsatz.) PARIS (dpa-AFX) - Text", 27)).toBeNull();
    expect(exec(r.lead, "(Wiederholung: Im (dritten)\nAbsatz.) PARIS (dpa-AFX) - Text", 28)).toBeNull();
    expect(exec(r.lead, "Wiederholung: Im dritten\nAbsatz.) PARIS (dpa-AFX) - Text", 25)).toBeNull();
  });
});

describe("frontMatter", () => {
  const front = (lines: string[]) => run(r.frontMatter, `${lines.join("\n")}\nPARIS (dpa-AFX) - Text.`);
  it("looks for the lead on the first twelve lines with text, and not past a line of over 600 characters", () => {
    const above = (n: number) => Array.from({ length: n }, (_, k) => `Zeile ${k + 1}`);
    expect(front(above(11))).not.toBeNull();
    expect(front(["", ...above(11), ""])).not.toBeNull();
    expect(front(above(12))).toBeNull();
    expect(front(["x".repeat(600)])).not.toBeNull();
    expect(front(["x".repeat(601)])).toBeNull();
  });
});

describe("bareFront", () => {
  const front = (t: string) => {
    const v = run(r.bareFront, t)!;
    return { end: v.end, entries: shown(t, v.value) };
  };
  it("takes one short line standing alone as the headline, not the last line, not a sentence or clause", () => {
    expect(front("Dax legt zu\n\nDer Text.").entries).toEqual(["frontText: Dax legt zu"]);
    expect(front("Dax legt zu").entries).toEqual([]);
    for (const end of [".", ",", ";", ":"]) expect(front(`Dax legt zu${end}\n\nDer Text.`).entries).toEqual([]);
    expect(front(`${"x".repeat(200)}\n\nDer Text.`).entries).toHaveLength(1);
    expect(front(`${"x".repeat(201)}\n\nDer Text.`).entries).toEqual([]);
    // Right above text (no blank line), at most 120 characters.
    expect(front(`${"x".repeat(120)}\nDer Text.`).entries).toHaveLength(1);
    expect(front(`${"x".repeat(121)}\nDer Text.`).entries).toEqual([]);
    // One headline: a second headline-like line is body.
    expect(front("Dax legt zu\nÖl fällt\n\nDer Text.").entries).toEqual(["frontText: Dax legt zu"]);
    // Whatever the next line starts with: a full stop two characters on is no mark of a sentence here.
    expect(front("Dax legt zu\n.NET-Anbieter wächst\n\nDer Text.").entries).toEqual(["frontText: Dax legt zu"]);
  });

  it("takes the last line as the headline under a date line: short, and not cut like a teaser", () => {
    expect(front("date 2026-07-31\nDax legt zu\n").entries).toEqual(["date(prefix, false): date 2026-07-31", "frontText: Dax legt zu"]);
    expect(front("21.08.2014\n\nDax legt zu").entries).toEqual(["date(dotted, false): 21.08.2014", "frontText: Dax legt zu"]);
    expect(front(`date 2026-07-31\n${"x".repeat(120)}`).entries).toHaveLength(2);
    expect(front(`date 2026-07-31\n${"x".repeat(121)}`).entries).toHaveLength(1);
    for (const cut of ["Der Dax stieg am [mehr]", "Der Dax stieg am…", "Der Dax stieg.", "Der Dax stieg./ab/cd", "Dax legt zu /ab/DP/cd"]) expect(front(`date 2026-07-31\n${cut}`).entries).toHaveLength(1);
    // Under other metadata only, or alone, it stays text.
    expect(front("Von Anna Berg, dpa-AFX\nDax legt zu").entries).toEqual(["byline: Von Anna Berg, dpa-AFX"]);
  });

  it("a date prefix before a headline stays with it; before running text, the body starts after it", () => {
    const h = front("date 2026-01-06 Dax legt zu\n\nDer Text.");
    expect(h.entries).toEqual(["date(prefix, false): date 2026-01-06", "frontText: Dax legt zu"]);
    const b = front("date 2026-01-06 Die Bank hat am Montag mitgeteilt, dass sie wächst.");
    expect(b).toEqual({ end: 16, entries: ["date(prefix, false): date 2026-01-06"] });
    expect(front("21.08.2014\nVon Anna Berg, dpa-AFX\nDax legt zu\n\nDer Text.").entries).toEqual([
      "date(dotted, false): 21.08.2014",
      "byline: Von Anna Berg, dpa-AFX",
      "frontText: Dax legt zu",
    ]);
  });
});

describe("the front of a text without a dateline: its bounds", () => {
  const front = (t: string, at = 0) => {
    const res = exec(r.bareFront, t, at)!;
    return [...shown(t, res.value), `end ${res.end}`];
  };
  const note = `(Wiederholung: ${"aus dem Abendprogramm des Vortages mit leicht ergänzten Angaben ".repeat(2)})`;

  it("starts where it is asked to, inside a line", () => {
    expect(front("xxx Dax legt zu\n\nDer Dax stieg.", 4)).toEqual(["frontText: Dax legt zu", "end 16"]);
  });

  it("measures a headline's length from the line's own start, however far down it stands", () => {
    expect(note.length).toBeGreaterThan(120);
    // 84 characters above a line of text: short enough without a blank line below.
    const short = "Dax legt nach einer langen Durststrecke am Nachmittag zu und schließt klar im Plus";
    expect(front(`${note}\n${short}\nDer Dax stieg.`).slice(1, 2)).toEqual([`frontText: ${short}`]);
    // 143 characters above a blank line: within the 200 allowed there.
    const long = "Dax legt zu ".repeat(12).trim();
    expect(front(`${note}\n${long}\n\nDer Dax stieg.`).slice(1, 2)).toEqual([`frontText: ${long}`]);
  });

  it("a metadata line longer than a headline may be still counts as metadata", () => {
    const byline = `Von Anna Ringle, Peter Müller, Jan Berg, Eva Roth, Uwe Kahl, Ida Lenz, Max Ott, Lea Vogt, Tim Beck und Sven Koch, dpa-AFX`;
    expect(byline.length).toBeGreaterThan(120);
    expect(front(`${byline}\nDax legt zu\n\nDer Dax stieg.`)).toEqual([`byline: ${byline}`, "frontText: Dax legt zu", `end ${byline.length + 13}`]);
  });

  it("a date glued to a headline keeps the headline in the front; glued to a sentence, the body starts after it", () => {
    expect(front("date 2026-01-06 Dax legt zu\n\nDer Dax stieg.")).toEqual(["date(prefix, false): date 2026-01-06", "frontText: Dax legt zu", "end 28"]);
    expect(front("date 2026-01-06 Der Dax stieg am Montag deutlich.\n\nMehr.")).toEqual(["date(prefix, false): date 2026-01-06", "end 16"]);
  });

  it("a date glued to the next word is no date prefix of a lead", () => {
    expect(exec(r.lead, "date 2026-01-06FRANKFURT (dpa-AFX) - Der Dax stieg.")).toBeNull();
    expect(exec(r.lead, "date 2026-01-06 FRANKFURT (dpa-AFX) - Der Dax stieg.")).not.toBeNull();
  });
});

describe("bylines: names and agency", () => {
  const by = (t: string) => {
    const v = exec(r.byline, t)!.value;
    return { authors: v.authors, agency: v.agency };
  };
  it("the last comma part is the agency only when it looks like one", () => {
    expect(by("Von Anna Ringle, Frankfurt")).toEqual({ authors: ["Anna Ringle", "Frankfurt"], agency: null });
    expect(by("Von Anna Ringle, Peter Müller, dpa-AFX")).toEqual({ authors: ["Anna Ringle", "Peter Müller"], agency: "dpa-AFX" });
    expect(by("Von Anna Ringle")).toEqual({ authors: ["Anna Ringle"], agency: null });
  });
  it("the agencies come from the vocabulary", () => {
    expect(by("Von Anna Ringle, epd")).toEqual({ authors: ["Anna Ringle", "epd"], agency: null });
    const g = extendGrammar(dpaAfx, { id: "epd", vocabulary: { bylineAgencies: [...dpaAfx.vocabulary.bylineAgencies, "EPD"] } });
    expect(exec(g.rules.byline, "Von Anna Ringle, epd")!.value).toMatchObject({ authors: ["Anna Ringle"], agency: "epd" });
    expect(exec(g.rules.byline, "By Jan Berg, Reuters Berlin")!.value).toMatchObject({ authors: ["Jan Berg"], agency: "Reuters Berlin" });
  });
  it("names are trimmed around 'und' and before a comma", () => {
    expect(by("Von Anna Ringle  und  Peter Müller , dpa-AFX")).toEqual({ authors: ["Anna Ringle", "Peter Müller"], agency: "dpa-AFX" });
  });
});
