// The language refiner's word test, rule by rule, with word lists of our own (a test that reads the
// shipped list it checks cannot fail): which characters make a word, which words count, when the answer
// is clear, how much text is read, and which parts of an article.
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../src/grammars/dpa-afx/refiners/language.js";
import { dpaAfx, extendGrammar } from "../src/authoring.js";
import { parseArticle } from "../src/index.js";

// Two made-up languages: "aa" and "bb" words never occur in German or English text by chance.
const lists = { aa: ["qua", "quax", "qüb", "quaxquax"], bb: ["zib", "zibzab", "zob"] };
const lang = (text: string) => detectLanguage(text, lists);

describe("detectLanguage", () => {
  it("reads words in any case: ASCII and Latin-1 capitals are lower-cased", () => {
    expect(lang("QUA Quax")).toBe("aa");
    expect(lang("QÜB qüb")).toBe("aa"); // Ü (0xDC) lower-cased to ü (0xFC)
    expect(lang("qÜb QüB")).toBe("aa");
  });

  it("ends a word at anything that is no letter: ×, ÷, digits, punctuation", () => {
    // × and ÷ split words: each `zib×zob` is two words; glued without them, no word of the list.
    expect(detectLanguage("zib×zob zob÷zib", lists)).toBe("bb");
    expect(detectLanguage("quazib quazib", lists)).toBeNull();
  });

  it("reads the word lists in any case, and letters up to ÿ", () => {
    expect(detectLanguage("qua qua", { aa: ["QUA"], bb: ["zib"] })).toBe("aa");
    expect(detectLanguage("qüb qüb", { aa: ["QÜB"], bb: ["zib"] })).toBe("aa");
    expect(detectLanguage("ÞA þa", { aa: ["þa"], bb: ["zib"] })).toBe("aa"); // Þ (0xDE) is þ's capital
    expect(detectLanguage("qÿ qÿ", { aa: ["qÿ"], bb: ["zib"] })).toBe("aa"); // ÿ (0xFF) is a letter
    expect(detectLanguage("ÀQ àq", { aa: ["àq"], bb: ["zib"] })).toBe("aa"); // À (0xC0)
    expect(detectLanguage("AQ aq ZQ zq", { aa: ["aq"], bb: ["zq"] })).toBeNull(); // A and Z, 2 to 2
    expect(detectLanguage("AQ aq", { aa: ["aq"], bb: ["zq"] })).toBe("aa");
    expect(detectLanguage("ZQ zq", { aa: ["aq"], bb: ["zq"] })).toBe("bb");
    // × and ÷ are no letters, in the text or in a list.
    expect(lang("ZIB×ZIB zib÷zib")).toBe("bb");
  });

  it("counts words of two to eight letters only", () => {
    expect(detectLanguage("qa qa", { aa: ["qa"], bb: ["zib"] })).toBe("aa");
    const long = { aa: ["quaxquaxq", "q"], bb: ["zib"] };
    expect(detectLanguage("quaxquaxq quaxquaxq quaxquaxq q q q", long)).toBeNull();
    const eight = { aa: ["quaxquax"], bb: ["zib"] };
    expect(detectLanguage("quaxquax quaxquax", eight)).toBe("aa");
  });

  it("decides with at least two words and half again as many as the next language", () => {
    // Interleaved, so that no language leads early enough to stop the reading.
    expect(lang("qua")).toBeNull();
    expect(lang("qua qua")).toBe("aa");
    expect(lang("qua zib qua")).toBe("aa"); // 2 >= 1 * 1.5
    expect(lang("qua zib qua zib")).toBeNull();
    expect(lang("qua zib qua zib qua")).toBe("aa"); // 3 >= 2 * 1.5
    expect(lang("qua zib qua zib qua zib qua")).toBeNull(); // 4 < 3 * 1.5
    expect(lang("zib qua zib qua zib qua zib")).toBeNull();
    expect(lang("zib qua zob qua zib")).toBe("bb");
    expect(lang("zib qua qua qua")).toBe("aa");
    // Three languages: the second is the strongest of the others, whichever comes first.
    const three = { ...lists, cc: ["mux"] };
    expect(detectLanguage("mux zib qua zib qua zib qua qua", three)).toBeNull(); // 4 < 3 * 1.5
    expect(detectLanguage("qua zib qua zib qua zib qua mux", three)).toBeNull();
    expect(detectLanguage("qua mux qua zib qua", three)).toBe("aa");
  });

  it("stops reading once one language leads three words to none (the rest cannot change it)", () => {
    expect(lang("qua qua qua zib zib zib zib zib zib zib")).toBe("aa");
    expect(lang("qua qua zib zib zib zib zib zib zib")).toBe("bb");
    // Three words but a rival present: not clear yet, reading goes on.
    expect(lang("zib qua qua qua zib zib zib zib zib zib")).toBe("bb");
    // Clear means three and four and a half times the next: 9 to 2 is, 8 to 2 is not.
    expect(lang(`zib zib ${"qua ".repeat(9)}${"zib ".repeat(20)}`)).toBe("aa");
    expect(lang(`zib zib ${"qua ".repeat(8)}${"zib ".repeat(20)}`)).toBe("bb");
  });

  it("reads the first 600 characters only", () => {
    const pad = "x ".repeat(296); // 592 characters
    expect(lang(`${pad}qua qua`)).toBe("aa"); // ends at 599
    expect(lang(`${pad}  qua qua`)).toBeNull(); // the second word ends at 601: `qu` is read, not `qua`
    expect(lang(`${pad}qua   qua`)).toBeNull();
  });
});

describe("the language refiner", () => {
  const grammar = extendGrammar(dpaAfx, { id: "aabb", vocabulary: { languages: lists } });
  const language = (text: string) => parseArticle(text, { grammar }).language;

  it("reads the headline and the body's paragraphs and headings", () => {
    expect(language("Qua und qua\n\nKIEL (dpa-AFX) - Text./ab")).toBe("aa");
    expect(language("Kopf\n\nKIEL (dpa-AFX) - Zib zib.\n\nMehr Text./ab")).toBe("bb");
    expect(language("Kopf\n\nKIEL (dpa-AFX) - Eins.\n\nZib zob\n\nZwei und drei./ab")).toBe("bb");
    expect(language("Kopf\n\nKIEL (dpa-AFX) - Eins./ab")).toBeNull();
  });

  it("reads an overview's items", () => {
    const overview = "dpa-AFX Überblick: Qua\n\nKIEL - Zib zob.\n\nZib ist da\n\nBERLIN - Zob zib.";
    expect(language(overview)).toBe("bb");
  });

  it("stops reading an overview's items once the answer is clear", () => {
    // The first item's text makes it clear; the paragraph after it in the same item, read on, would turn it.
    const overview = `dpa-AFX Überblick: Kopf\n\nZib ist da\n\nKIEL - Zib zib zob.\n\n${"Qua ".repeat(14)}qua.\n\nZweiter Kopf\n\nBERLIN - Eins.`;
    expect(parseArticle(overview, { grammar }).items.map((i) => i.paragraphs.length)).toEqual([2, 1]);
    expect(language(overview)).toBe("bb");
  });

  it("reads at most 600 characters of the body after the headline", () => {
    const pad = "Satz eins. ".repeat(60); // 660 characters
    expect(language(`Kopf\n\nKIEL (dpa-AFX) - ${pad}\n\nZib zib zob./ab`)).toBeNull();
    expect(language(`Kopf\n\nKIEL (dpa-AFX) - Zib.\n\n${pad}\n\nZib./ab`)).toBeNull();
    expect(language(`Kopf\n\nKIEL (dpa-AFX) - Zib.\n\nZib ${pad}./ab`)).toBe("bb");
  });

  it("stops reading the body once the headline made it clear", () => {
    expect(language("Qua qua qua\n\nKIEL (dpa-AFX) - Zib zib zib zib zib zib zib./ab")).toBe("aa");
  });

  it("leaves the language unset without word lists", () => {
    const none = extendGrammar(dpaAfx, { id: "none", vocabulary: { languages: undefined as never } });
    const a = parseArticle("Der Dax und die Börse\n\nKIEL (dpa-AFX) - Der Dax ist gestiegen und die Anleger sind froh./ab", { grammar: none });
    expect(a.language).toBeNull();
    expect(a.diagnostics.map((d) => d.code)).not.toContain("internal/exception");
  });

  it("counts what each part of the body took from the 600 characters", () => {
    const wide = "Satz eins. ".repeat(52).trim(); // 571 characters
    expect(language(`Kopf\n\nKIEL (dpa-AFX) - Zib.\n\n${wide}\n\nZib zib./ab`)).toBe("bb");
    // 4 + 593 leave 3: `Zib` is read; 4 + 594 leave 2: `Zi` is not a word of the list.
    const wider = "Satz eins. ".repeat(54).trim();
    expect(language(`Kopf\n\nKIEL (dpa-AFX) - Zib.\n\n${wider}\n\nZib zib./ab`)).toBe("bb");
    expect(language(`Kopf\n\nKIEL (dpa-AFX) - Zib.\n\n${wider}x\n\nZib zib./ab`)).toBeNull();
  });

  it("reads no footer, byline or note", () => {
    expect(language("Kopf\n\nKIEL (dpa-AFX) - Eins./ab\n\nQuelle: zib zib zob")).toBeNull();
    expect(language("Kopf\n\n(Wiederholung: zib zib zob)\n\nKIEL (dpa-AFX) - Eins./ab")).toBeNull();
  });
});

describe("detectLanguage: words and their edges", () => {
  it("matches word lists written in capitals, ASCII and Latin-1 alike", () => {
    const lists = { xx: ["ZU", "ÀLA", "ÞORN", "ÉTÉ"], yy: ["nichts"] };
    expect(detectLanguage("zu àla þorn été", lists)).toBe("xx");
    expect(detectLanguage("Zu Àla Þorn Été", lists)).toBe("xx");
    // Each capital at the edge of a range, on its own: Z, À and Þ.
    for (const w of ["ZU", "ÀLA", "ÞORN"]) expect([w, detectLanguage(`${w.toLowerCase()} ${w.toLowerCase()}`, { xx: [w], yy: ["nichts"] })]).toEqual([w, "xx"]);
  });
  it("ends a word at any character that is no letter: signs, dashes, letters beyond Latin-1", () => {
    const de = { de: ["der", "die", "und", "das"], en: ["the"] };
    expect(detectLanguage("der die und das", de)).toBe("de");
    for (const sep of ["×", "÷", "–", "€", "ő"]) expect([sep, detectLanguage(["der", "die", "und", "das"].join(sep), de)]).toEqual([sep, "de"]);
  });
});
