import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";

const { editorialNote, byline, footer, siteLabel } = dpaAfx.rules;

describe("editorial note", () => {
  it("reads the note and its kind", () => {
    expect(editorialNote.tryParse("(Wiederholung: Die Meldung wurde bereits am Vortag gesendet.)")).toMatchObject({ kind: "repeat" });
    expect(editorialNote.tryParse("(Berichtigt wird im dritten Absatz der Name des Werks.)").kind).toBe("correction");
    expect(editorialNote.tryParse("(neu: Kurse aktualisiert)").kind).toBe("update");
    expect(editorialNote.tryParse("(Das ist eine Klammer)").kind).toBe("other");
  });
  it("rejects an unclosed parenthesis", () => {
    expect(editorialNote.parse("(Wiederholung: ohne Ende").status).toBe(false);
  });
});

describe("byline", () => {
  it("reads authors and agency", () => {
    expect(byline.tryParse("Von Lena Kortmann, dpa-AFX")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa-AFX", ruled: false });
    expect(byline.tryParse("Von Jan Berg und Eva Stein, dpa").authors).toEqual(["Jan Berg", "Eva Stein"]);
  });
  it("reads the ruled form after the trailer, text without the rules", () => {
    const v = byline.tryParse("--- Von Jan Berg, dpa-AFX ---");
    expect(v.ruled).toBe(true);
    expect(v.text.value).toBe("Von Jan Berg, dpa-AFX");
    expect(v.span).toEqual({ start: 0, end: 29 });
  });
});

describe("footer", () => {
  it("knows the kinds of footers", () => {
    const kind = (s: string) => footer.tryParse(s).kind;
    expect(kind("ISIN DE000HPF0001")).toBe("isin");
    expect(kind("Quelle: dpa-AFX")).toBe("source");
    expect(kind("Copyright RTT News/dpa-AFX")).toBe("copyright");
    expect(kind("Hinweis: Informationen zur Offenlegungspflicht finden Sie hier.")).toBe("notice");
    expect(kind("Veröffentlichung der Original-Studie: 12.03.2026 / 08:15 / MEZ")).toBe("disclosure");
    expect(kind("AXC0135 2017-07-27/11:08")).toBe("feedStamp");
  });
  it("rejects body text", () => {
    expect(footer.parse("Der Dax stieg.").status).toBe(false);
  });
  it("reads site labels", () => {
    expect(siteLabel.parse("dpa-AFX").status).toBe(true);
  });
});
