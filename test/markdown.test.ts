// Wire text converted to Markdown (data sets, scrapers): heading marks and emphasis at a line's edges are
// read through like HTML tags there, and a dateline set in emphasis reads as the plain one. Nothing is lost:
// the marks are `markup` extras or stand inside the dateline. Texts are our own.
import { describe, expect, it } from "vitest";
import { parseArticle, parseFeed, type Article } from "../src/index.js";
import { lex } from "../src/text/lexer.js";
import { closingEmphasisEnd, emphasisEnd, markdownEdges, setextUnderline } from "../src/text/markdown.js";
import { uncovered } from "./coverage.js";
import { paragraphs, pointsOf, positionedNodes } from "./helpers.js";

const plain = [
  "AKTIE IM FOKUS: Hopfenthal braut mehr Bier",
  "",
  "KIEL (dpa-AFX) - Die Brauerei Hopfenthal hat im Sommer mehr verkauft als je zuvor.",
  "",
  "Lindqvist bleibt vorsichtig",
  "",
  "Vorstandschef Mira Köhler sprach von einem guten Jahr./mk/DP/ab",
  "",
  "Quelle: dpa-AFX",
  "",
  "ISIN DE0001234563",
].join("\n");

const markdown = [
  "# AKTIE IM FOKUS: Hopfenthal braut mehr Bier",
  "",
  "**KIEL (dpa-AFX)** - Die Brauerei Hopfenthal hat im Sommer mehr verkauft als je zuvor.",
  "",
  "## Lindqvist bleibt vorsichtig",
  "",
  "Vorstandschef Mira Köhler sprach von einem guten Jahr./mk/DP/ab",
  "",
  "_Quelle: dpa-AFX_",
  "",
  "**ISIN DE0001234563**",
].join("\n");

/** What a reader takes from an article: the parts, as text. */
function summary(a: Article) {
  return {
    headline: [a.headline?.tags, a.headline?.title],
    dateline: [a.dateline?.text, a.dateline?.locations, a.dateline?.agency],
    sections: a.sections.map((s) => [s.heading?.text ?? null, s.paragraphs.map((p) => p.text)]),
    trailer: a.trailer?.codes,
    footers: a.footers.map((f) => [f.kind, f.text]),
    codes: a.diagnostics.map((d) => d.code).filter((c) => c !== "input/html"),
  };
}

/** The input's text under each `markup` extra. */
const marks = (text: string, a: Article) => a.extras.filter((e) => e.kind === "markup").map((e) => text.slice(e.position!.start.offset, e.position!.end.offset));

describe("Markdown pieces", () => {
  it("emphasisEnd reads one to three marks of one kind opening text, nothing else", () => {
    // [text, where the run at 0 ends]
    const cases: [string, number][] = [
      ["**KIEL", 2],
      ["*KIEL", 1],
      ["___KIEL", 3],
      ["****KIEL", -1], // four marks: no emphasis
      ["* Punkt", -1], // a list bullet
      ["**", -1], // nothing after it
      ["*_KIEL", 1],
      ["KIEL", -1],
    ];
    for (const [text, end] of cases) expect([text, emphasisEnd(text, 0)]).toEqual([text, end]);
  });

  it("closingEmphasisEnd reads a run that closes text: no letter or digit after it", () => {
    const cases: [string, number][] = [
      ["** - Text", 2],
      ["**(dpa-AFX)", 2],
      ["_", 1],
      ["***", 3],
      ["****", -1],
      ["**Die", -1],
      ["*9", -1],
      ["-", -1],
    ];
    for (const [text, end] of cases) expect([text, closingEmphasisEnd(text, 0)]).toEqual([text, end]);
  });

  it("markdownEdges finds a heading's hashes and an emphasis pair around a whole text", () => {
    // [text, the text without its marks, or null]
    const cases: [string, [number, number] | null][] = [
      ["# Titel", [2, 7]],
      ["######   Titel", [9, 14]],
      ["####### Titel", null], // seven hashes: no heading
      ["#MeToo", null],
      ["# ", null],
      [" Titel", null], // white space with no hash before it is no heading
      ["**Zölle**", [2, 7]],
      ["*Zölle*", [1, 6]],
      ["___Zölle___", [3, 8]],
      ["## **Zölle**", [5, 10]],
      ["**Zölle*", null], // the runs differ
      ["**Zölle***", null],
      ["**Zölle__", null],
      ["** Zölle **", null], // a run must touch its text
      ["**Zölle **", null],
      ["****", null],
      ["**FRANKFURT (dpa-AFX)** - Text", null], // closes inside: the dateline's
      ["**Wichtig:** Der Dax stieg.", null],
      ["Text", null],
    ];
    for (const [text, at] of cases) expect([text, markdownEdges(text, 0, text.length)]).toEqual([text, at]);
  });

  it("the lexer leaves the marks outside each line's text and says it found markup", () => {
    const lines = lex("## Titel\n**VIEL LOB**\n<p>**Zölle**</p>\n* Punkt\n#MeToo\nText **fett**");
    const texts = Array.from({ length: lines.count }, (_, k) => lines.input.slice(lines.first[k], lines.last[k]));
    expect(texts).toEqual(["Titel", "VIEL LOB", "Zölle", "* Punkt", "#MeToo", "Text **fett**"]);
    expect(lines.markup).toBe(true);
    expect(lex("* Punkt\n#MeToo\nText **fett**\n__init").markup).toBe(false);
  });
});

describe("a text converted to Markdown", () => {
  it("reads as the plain copy: headline, dateline, heading, trailer, footers", () => {
    const a = parseArticle(markdown);
    expect(summary(a)).toEqual(summary(parseArticle(plain)));
    expect(a.headline?.title).toBe("Hopfenthal braut mehr Bier");
    expect(a.dateline?.text).toBe("KIEL (dpa-AFX) -");
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([null, "Lindqvist bleibt vorsichtig"]);
  });

  it("loses nothing: the marks are markup extras or stand in the dateline, every position points into the text", () => {
    const a = parseArticle(markdown);
    expect(uncovered(markdown, a)).toEqual([]);
    expect(marks(markdown, a)).toEqual(["#", "**", "##", "_", "_", "**", "**"]);
    // Marks are not text, as tags are not.
    expect(a.extras.map((e) => [e.kind, e.text])).toEqual(Array.from({ length: 7 }, () => ["markup", ""]));
    const d = a.dateline!.position!;
    expect(markdown.slice(d.start.offset, d.end.offset)).toBe("KIEL (dpa-AFX)** -");
    const at = pointsOf(markdown);
    for (const n of positionedNodes(a)) {
      expect(at(n.position!.start.offset)).toEqual(n.position!.start);
      expect(at(n.position!.end.offset)).toEqual(n.position!.end);
    }
  });

  it("reads a dateline whose place, whole dateline or dash is set in emphasis", () => {
    const forms = [
      "**KIEL (dpa-AFX)** - Die Brauerei braut./ab/cd",
      "**KIEL** (dpa-AFX) - Die Brauerei braut./ab/cd",
      "**KIEL (dpa-AFX) -** Die Brauerei braut./ab/cd",
      "__KIEL__ (dpa-AFX) - Die Brauerei braut./ab/cd",
      "*KIEL (dpa-AFX)* - Die Brauerei braut./ab/cd",
      "**KIEL**(dpa-AFX) - Die Brauerei braut./ab/cd",
    ];
    for (const lead of forms) {
      const text = `Hopfenthal braut\n\n${lead}`;
      const a = parseArticle(text);
      expect([lead, a.dateline?.locations, a.dateline?.agency, paragraphs(a), a.trailer?.codes]).toEqual([lead, ["KIEL"], "dpa-AFX", ["Die Brauerei braut."], ["ab", "cd"]]);
      expect(a.dateline?.text.replace(/\(/, " (").replace(/ {2}/, " ")).toBe("KIEL (dpa-AFX) -");
      expect(uncovered(text, a)).toEqual([]);
      expect(a.diagnostics.map((d) => d.code)).not.toContain("dateline/missing");
    }
  });

  it("keeps emphasis inside the text as written, and reads no emphasis into a dateline's text", () => {
    const a = parseArticle("Hopfenthal braut\n\nKIEL (dpa-AFX) - **Die** Brauerei braut./ab/cd");
    expect(paragraphs(a)[0]!.startsWith("**Die** Brauerei braut.")).toBe(true);
    // Emphasis opening a word after the dash is the text's, in the agency-less form too.
    const o = parseArticle("Dax legt zu\n\nFRANKFURT - **Der** Dax stieg.\n\nÖl fällt\n\n**NEW YORK** - Die Preise fielen./ab/cd");
    expect(o.items.map((i) => [i.dateline?.text, i.dateline?.locations, i.paragraphs.map((p) => p.text)])).toEqual([
      ["FRANKFURT -", ["FRANKFURT"], ["**Der** Dax stieg."]],
      ["NEW YORK -", ["NEW YORK"], ["Die Preise fielen."]],
    ]);
    expect(uncovered("Dax legt zu\n\nFRANKFURT - **Der** Dax stieg.\n\nÖl fällt\n\n**NEW YORK** - Die Preise fielen./ab/cd", o)).toEqual([]);
  });

  it("reads a dateline after the body set in emphasis, as the plain one", () => {
    for (const end of ["KIEL (dpa-AFX Broker)", "**KIEL** (dpa-AFX Broker)", "**KIEL (dpa-AFX Broker)**"]) {
      const text = `Hopfenthal braut\n\nDie Brauerei braut mehr.\n\n${end}`;
      const a = parseArticle(text);
      expect([end, a.dateline?.placement, a.dateline?.locations, a.dateline?.agency, a.dateline?.text]).toEqual([end, "end", ["KIEL"], "dpa-AFX Broker", "KIEL (dpa-AFX Broker)"]);
      expect(uncovered(text, a)).toEqual([]);
    }
  });

  it("reads an ISIN footer closed by an emphasis mark, and no longer ISIN", () => {
    expect(parseArticle("KIEL (dpa-AFX) - Text./ab/cd\n\n_ISIN DE0001234563_").footers.map((f) => f.kind)).toEqual(["isin"]);
    expect(parseArticle("KIEL (dpa-AFX) - Text./ab/cd\n\nISIN DE00012345631").footers.map((f) => f.kind)).toEqual([]);
  });

  it("splits a feed of Markdown messages as it splits the plain feed", () => {
    const feed = [plain, plain.replace("KIEL", "LÜBECK")].join("\n\n");
    const md = [markdown, markdown.replace("KIEL", "LÜBECK")].join("\n\n");
    expect(parseFeed(md).map(summary)).toEqual(parseFeed(feed).map(summary));
    expect(parseFeed(md).map((a) => a.dateline?.locations)).toEqual([["KIEL"], ["LÜBECK"]]);
  });
});

// Converters from HTML (turndown, markdownify) underline `<h1>` and `<h2>` by default: Setext headings.
const underlined = (text: string, line: string, mark: string) => text.replace(`${line}\n`, `${line}\n${mark.repeat(line.length)}\n`);
const setext = underlined(underlined(plain, "AKTIE IM FOKUS: Hopfenthal braut mehr Bier", "="), "Lindqvist bleibt vorsichtig", "-");

describe("Setext headings", () => {
  it("setextUnderline reads three or more of one mark and nothing else", () => {
    const cases: [string, boolean][] = [
      ["===", true],
      ["-----", true],
      ["==", false],
      ["--", false],
      ["==-==", false],
      ["--=--", false],
      ["*****", false],
      ["___", false],
      ["=== =", false],
    ];
    for (const [text, is] of cases) expect([text, setextUnderline(`x\n${text}`, 2, text.length + 2)]).toEqual([text, is]);
  });

  it("the lexer reads an underline as wide as a line standing alone above it, over a blank line or the end", () => {
    const blankAt = (text: string) => {
      const lines = lex(text);
      return [Array.from({ length: lines.count }, (_, k) => lines.first[k] === lines.last[k]), lines.markup];
    };
    expect(blankAt("Titel\n=====\n\nText")).toEqual([[false, true, true, false], true]);
    expect(blankAt("Text\n\n  Titel \n-----\n")).toEqual([[false, true, false, true, true], true]);
    // As wide as the text of the line above with its marks (`**Titel**`), which stay markup too.
    expect(blankAt("**Titel**\n=========")).toEqual([[false, true], true]);
    // Narrower or wider; under a second line of a block; with a line of text right below it.
    for (const text of ["Titel\n====\n", "Titel\n======\n", "Dax\nTitel\n=====\n", "Titel\n=====\nText", "Titel\n=====\n   Text", "Titel\n=====\nTitel\n=====\n"]) {
      expect([text, lex(text).markup]).toEqual([text, false]);
    }
    // The line above blank to the rules though it holds a tag (`<hr/>`) is no heading.
    expect(blankAt("Text\n\n<hr/>\n=====")).toEqual([[false, true, true, false], true]);
  });

  it("reads as the plain copy, the underlines markup extras, nothing lost", () => {
    for (const text of [setext, setext.replace(/\n/g, "\r\n")]) {
      const a = parseArticle(text);
      expect(summary(a)).toEqual(summary(parseArticle(plain)));
      expect(a.standfirst).toBeNull();
      expect(marks(text, a)).toEqual(["==========================================", "---------------------------"]);
      expect(uncovered(text, a)).toEqual([]);
    }
    // The underline at the text's very end.
    const end = "Dax legt zu\n\nKIEL (dpa-AFX) - Der Dax stieg./ab/cd\n\nKurz\n----";
    expect(marks(end, parseArticle(end))).toEqual(["----"]);
    expect(lex(end).markup).toBe(true);
  });

  it("a rule under a table's header row, a footer, or two lines stays text", () => {
    const table = "Dax legt zu\n\nKIEL (dpa-AFX) - Der Dax stieg.\n\nName    Wert\n------------\nZeile   1234\n\nMehr./ab/cd";
    const a = parseArticle(table);
    expect(a.extras).toEqual([]);
    expect(paragraphs(a)).toEqual(["Der Dax stieg.", "Name Wert ------------ Zeile 1234", "Mehr."]);
    expect(lex(table).markup).toBe(false);
    // Shorter than the line above; under a second line of a block; under a line under the text's first.
    for (const text of ["Dax legt zu\n\nKIEL (dpa-AFX) - Der Dax stieg./ab/cd\n\nQuelle: dpa-AFX\n-----", "Dax\nlegt zu\n-------\n\nKIEL (dpa-AFX) - Der Dax stieg./ab/cd", "Dax\n\nlegt zu\n=======\nKIEL (dpa-AFX) - Der Dax stieg./ab/cd"]) {
      const lines = lex(text);
      expect([text, lines.markup]).toEqual([text, false]);
    }
    const lines = lex("Titel\n=====\n\nText");
    expect([lines.first[1], lines.last[1], lines.markup]).toEqual([11, 11, true]);
  });
});

describe("Markdown marks where no emphasis opened the dateline", () => {
  it("a star after a plain dateline's dash is the text's", () => {
    const a = parseArticle("Hopfenthal braut\n\nKIEL (dpa-AFX) - * Die Brauerei braut./ab/cd");
    expect(a.dateline?.locations).toEqual(["KIEL"]);
    expect(paragraphs(a)[0]).toBe("* Die Brauerei braut.");
  });
});

describe("Markdown marks, each where it stands", () => {
  it("a partner copy's dateline set in emphasis reads as the plain one", () => {
    const text = "Hopfenthal braut\n\n**Zürich (awp)** - Die Brauerei braut./ab/cd";
    const a = parseArticle(text);
    expect([a.dateline?.locations, a.dateline?.agency, a.dateline?.text, paragraphs(a)]).toEqual([["Zürich"], "awp", "Zürich (awp) -", ["Die Brauerei braut."]]);
    expect(marks(text, a)).toEqual(["**"]);
  });

  it("an emphasis that opens no dateline leaves no mark behind: a headline glued to the lead keeps it", () => {
    const text = "**Dax** legt zu KIEL (dpa-AFX) - Die Brauerei braut./ab/cd";
    const a = parseArticle(text);
    expect(a.dateline?.locations).toEqual(["KIEL"]);
    expect(marks(text, a)).toEqual([]);
    expect(uncovered(text, a)).toEqual([]);
  });

  it("each mark is one markup extra: before the place, after the dash, around a dateline alone on its line", () => {
    const closed = "Hopfenthal braut\n\n**KIEL (dpa-AFX) -** Die Brauerei braut./ab/cd";
    expect(marks(closed, parseArticle(closed))).toEqual(["**", "**"]);
    const alone = "Hopfenthal braut\n\n**KIEL (dpa-AFX) -**\n\nDie Brauerei braut./ab/cd";
    const a = parseArticle(alone);
    expect([a.dateline?.locations, paragraphs(a)]).toEqual([["KIEL"], ["Die Brauerei braut."]]);
    expect(marks(alone, a)).toEqual(["**", "**"]);
    const end = "Hopfenthal braut\n\nDie Brauerei braut mehr.\n\n**KIEL** (dpa-AFX Broker)";
    expect(marks(end, parseArticle(end))).toEqual(["**"]);
  });

  it("a mark alone on a line before the lead opens nothing", () => {
    const text = "Hopfenthal braut\n\n**\nKIEL (dpa-AFX) - Die Brauerei braut./ab/cd";
    const a = parseArticle(text);
    expect(a.dateline?.locations).toEqual(["KIEL"]);
    expect(emphasisEnd("**\nKIEL", 0)).toBe(-1);
    expect(emphasisEnd("*\r\n", 0)).toBe(-1);
  });

  it("HTML inside a line's text, none at its edges, still gets its info", () => {
    const a = parseArticle("D<b>ax</b> legt zu\n\nKIEL (dpa-AFX) - Text./ab/cd");
    expect(a.diagnostics.filter((d) => d.code === "input/html").map((d) => d.position!.start.offset)).toEqual([1]);
  });
});
