// The document rules, each on its own: what it consumes, what it yields, where it refuses. Texts are our
// own, in the style of dpa-AFX copy. A rule that reads a prefix is run as `rule` then the rest of the
// text (parsimmon's `P.all`), so it is checked exactly as the message rule uses it.
import P from "parsimmon";
import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";
import type { DpaAfxEntry } from "../../src/authoring.js";
import { exec, firstOf } from "../../src/combinators/fast.js";

const r = dpaAfx.rules;
type Span = { start: number; end: number };

/** Runs `rule` at the start of `text`; its value and where it stopped, or null when it fails. */
function run<T>(rule: P.Parser<T>, text: string): { value: T; end: number } | null {
  const res = P.seq(rule, P.index).skip(P.all).parse(text);
  return res.status ? { value: res.value[0], end: res.value[1].offset } : null;
}
const at = (text: string, s: Span) => text.slice(s.start, s.end);
const kinds = (entries: readonly DpaAfxEntry[]) => entries.map((e) => e.kind);
const texts = (text: string, entries: readonly DpaAfxEntry[]) => entries.map((e) => `${e.kind}: ${at(text, e.span)}`);

describe("front matter rules", () => {
  it("metaDate reads a dotted date or a feed stamp filling its line, and consumes the line", () => {
    const t = "21.08.2014\nTitel";
    const d = run(r.metaDate, t)!;
    expect(d.end).toBe(11);
    expect(texts(t, d.value)).toEqual(["date: 21.08.2014"]);
    const s = "AXC0135 2017-07-27/11:08";
    expect(texts(s, run(r.metaDate, s)!.value)).toEqual(["date: 2017-07-27/11:08", "footer: AXC0135 2017-07-27/11:08"]);
    expect(run(r.metaDate, "21.08.2014 Dax legt zu")).toBeNull();
  });

  it("metaLine reads a site label, an editorial note or a byline filling its line", () => {
    expect(kinds(run(r.metaLine, "Von Anna Ringle, dpa-AFX")!.value)).toEqual(["byline"]);
    expect(run(r.metaLine, "(Berichtigt wird der Kurs im zweiten Absatz)")!.value[0]).toMatchObject({ kind: "note", value: { kind: "correction" } });
    expect(run(r.metaLine, "Der Dax stieg am Montag.")).toBeNull();
    expect(run(r.metaLine, "")).toBeNull();
  });

  it("frontLine splits a date prefix from a tagged headline", () => {
    const t = "date 2026-01-06 WDH/ROUNDUP 2: Dax legt zu";
    const v = run(r.frontLine, t)!.value;
    expect(texts(t, v)).toEqual(["date: date 2026-01-06", "frontText: WDH/ROUNDUP 2: Dax legt zu"]);
    expect(v[1]).toMatchObject({ value: { tags: [{ value: "WDH" }, { value: "ROUNDUP 2" }], title: { value: "Dax legt zu" } } });
  });

  it("lead reads the dateline and says where the lead's text starts", () => {
    const t = "date 2026-01-06 PARIS (dpa-AFX) - Die Gespräche dauern an.";
    const v = run(r.lead, t)!;
    expect(texts(t, v.value.entries)).toEqual(["date: date 2026-01-06", "dateline: PARIS (dpa-AFX) -"]);
    expect(t.slice(v.value.textStart)).toBe("Die Gespräche dauern an.");
    expect(run(r.lead, "Die Gespräche dauern an.")).toBeNull();
  });

  it("frontMatter reads every line above the lead, and fails where no lead is near the top", () => {
    const t = "date 2026-01-06\nROUNDUP 2: Dax legt zu\n\n(Wiederholung: Text ergänzt)\nVon Anna Berg, dpa-AFX\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.";
    const v = run(r.frontMatter, t)!;
    expect(kinds(v.value)).toEqual(["date", "frontText", "note", "byline"]);
    expect(t.slice(v.end)).toBe("FRANKFURT (dpa-AFX) - Der Dax stieg.");
    expect(run(r.frontMatter, `${"Zeile ohne Dateline\n".repeat(13)}FRANKFURT (dpa-AFX) - Text.`)).toBeNull();
  });

  it("bareFront reads the lines above a body that has no dateline", () => {
    const t = "21.08.2014\nDax legt zu\n\nDer Dax stieg am Montag.";
    const v = run(r.bareFront, t)!;
    expect(kinds(v.value)).toEqual(["date", "frontText"]);
    expect(t.slice(v.end)).toBe("\nDer Dax stieg am Montag.");
  });
});

describe("body rules", () => {
  it("block takes a run of non-blank lines, each line's text as a span", () => {
    const t = "Der Dax stieg\nam Montag.\n\nNeu";
    const v = run(r.block, t)!;
    expect(v.value.value.lines.map((l: Span) => at(t, l))).toEqual(["Der Dax stieg", "am Montag."]);
    expect(v.value.value.standalone).toBe(false);
    expect(t.slice(v.end)).toBe("\nNeu");
  });

  it("body yields the blocks of the region in order", () => {
    const t = "Eins.\n\nZwei\n\n\nDrei.";
    expect(texts(t, run(r.body, t)!.value)).toEqual(["block: Eins.", "block: Zwei", "block: Drei."]);
  });

  it("calendarRow reads a time and a country code", () => {
    expect(run(r.calendarRow, "10:00 DEU: Ifo-Geschäftsklima 11/26")).not.toBeNull();
    expect(run(r.calendarRow, "Der Dax stieg um 10:00 Uhr.")).toBeNull();
  });

  it("heading takes a short line without a sentence end", () => {
    expect(run(r.heading, "Selenskyj pocht auf bessere Flugabwehr")!.value).toEqual({ start: 0, end: 38 });
    expect(run(r.heading, "VIEL LOB VON ANALYSTEN")).not.toBeNull();
    expect(run(r.heading, "Wie geht es weiter?")).not.toBeNull();
    expect(run(r.heading, "Der Dax stieg am Montag.")).toBeNull();
    expect(run(r.heading, "x".repeat(200))).toBeNull();
  });

  it("paragraph takes its lines while the sentence runs on, and yields how many", () => {
    expect(run(r.paragraph, "Der Dax stieg,\nnachdem die Zinsen fielen.")!.value).toBe(2);
    expect(run(r.paragraph, "Der Dax stieg\nam Montag.\nDie Händler blieben ruhig.")!.value).toBe(2);
    expect(run(r.paragraph, "Der Dax stieg am Montag.\nDie Händler blieben ruhig.")!.value).toBe(1);
    expect(run(r.paragraph, "")).toBeNull();
    // A line longer than a heading that stops on a lower-case word runs on, whatever the next line starts with.
    const long = "Die Analystin hob ihr Kursziel am Dienstag deutlich an und stufte die Aktie der Brauerei um gleich zwei";
    expect(run(r.paragraph, `${long}\nStufen auf Kaufen hoch.\nDie Händler blieben ruhig.`)!.value).toBe(2);
    // Not a short line (a heading may end on any word), nor a long one ending on a name or a number.
    expect(run(r.paragraph, "Anleger greifen zu\nDie Händler blieben ruhig.")!.value).toBe(1);
    expect(run(r.paragraph, `${long} Brauereien\nStufen auf Kaufen hoch.`)!.value).toBe(1);
    expect(run(r.paragraph, `${long} 2026\nStufen auf Kaufen hoch.`)!.value).toBe(1);
  });
});

describe("tail rules", () => {
  it("trailerLine finds the trailer glued to the last sentence, and what stands after it", () => {
    const t = "Die Händler blieben vorsichtig./ab/DP/cd";
    const v = run(r.trailerLine, t)!.value;
    expect(at(t, v.trailer.span)).toBe("/ab/DP/cd");
    expect(v.trailer.codes.map((c) => c.value)).toEqual(["ab", "DP", "cd"]);
    expect(v.alone).toBe(false);
    expect(run(r.trailerLine, "/ab/DP/cd")!.value.alone).toBe(true);
    expect(run(r.trailerLine, "Die Händler blieben vorsichtig.")).toBeNull();
  });

  it("footerLines reads footers line by line, footers reads several on one line", () => {
    const t = "Quelle: dpa-AFX\nISIN DE0008469008";
    expect(run(r.footerLines, t)!.value.map((e) => e.value)).toEqual([
      { kind: "source", value: "dpa-AFX" },
      { kind: "isin", value: "DE0008469008" },
    ]);
    const one = "Quelle: dpa-AFX Copyright dpa-AFX";
    expect(texts(one, run(r.footers, one)!.value)).toEqual(["footer: Quelle: dpa-AFX", "footer: Copyright dpa-AFX"]);
    expect(run(r.footerLines, "Der Dax stieg.")).toBeNull();
  });

  it("endDatelineLine reads a dateline without dash alone on its line; gluedEndDateline one glued to a sentence", () => {
    const v = run(r.endDatelineLine, "FRANKFURT (dpa-AFX Broker)")!.value;
    expect(v[0]).toMatchObject({ kind: "dateline", value: { placement: "end", dateline: { agency: { value: "dpa-AFX Broker" } } } });
    const g = run(r.gluedEndDateline, "Kursziel 50 Euro.FRANKFURT (dpa-AFX Broker)")!.value;
    expect(g.start).toBe(17);
    expect(run(r.endDatelineLine, "FRANKFURT (dpa-AFX) - Text.")).toBeNull();
  });

  it("strayLine takes a short line (a leftover below the trailer), endMark the end mark", () => {
    expect(run(r.strayLine, "Mehr zum Thema")!.value).toEqual({ start: 0, end: 14 });
    expect(run(r.strayLine, ";")).not.toBeNull();
    expect(run(r.strayLine, "x".repeat(161))).toBeNull();
    expect(run(r.strayLine, "  ")).toBeNull();
    expect(run(r.endMark, "°")!.value).toBe("°");
  });

  it("tail walks back from the end: footers, the trailer, and where the body ends", () => {
    const t = "Text.\n\nLetzter Satz./ab/DP/cd\n\nQuelle: dpa-AFX";
    const v = run(r.tail, t)!.value;
    expect(texts(t, v.entries)).toEqual(["trailer: /ab/DP/cd", "footer: Quelle: dpa-AFX"]);
    expect(t.slice(0, v.bodyEnd)).toBe("Text.\n\nLetzter Satz.");
    expect(v.bodyEndLine).toBe(2);
    const bare = "Text.\n\nQuelle: dpa-AFX";
    const b = run(r.bareTail, bare)!.value;
    expect(kinds(b.entries)).toEqual(["footer"]);
    expect(b.bodyEnd).toBe(5);
  });
});

describe("overview rules", () => {
  const ov = "dpa-AFX Überblick: KONJUNKTUR\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg.\n\nÖlpreise fallen\n\nNEW YORK - Die Ölpreise fielen./ab/DP/cd";

  it("headlineLine takes a line that can be a headline and refuses sentences, dates and trailers", () => {
    expect(run(r.headlineLine, "Starke PC-Nachfrage beschert Gewinne")!.value).toEqual({ start: 0, end: 36 });
    for (const no of ["Ein Satz.", "21.08.2014", "Von Anna Berg, dpa-AFX", "Ende./ab/cd"]) expect(run(r.headlineLine, no)).toBeNull();
  });

  it("itemLead takes a dateline without agency and says where the item's text starts", () => {
    const t = "LÜBECK - Beim Anbieter";
    const v = run(r.itemLead, t)!;
    expect(v.value.dateline.locations.map((l) => l.value)).toEqual(["LÜBECK"]);
    expect(t.slice(v.value.textStart)).toBe("Beim Anbieter");
    expect(run(r.itemLead, "LÜBECK (dpa-AFX) - Beim Anbieter")).toBeNull();
  });

  it("dayHeading takes a short line in capitals", () => {
    expect(run(r.dayHeading, "DIENSTAG, 3. MÄRZ")).not.toBeNull();
    expect(run(r.dayHeading, "Dienstag")).toBeNull();
  });

  it("itemHeads finds every headline above an item lead, consuming nothing", () => {
    const v = run(r.itemHeads, ov)!;
    expect(v.end).toBe(0);
    expect(v.value.map((h) => at(ov, h.headline))).toEqual(["Dax legt zu", "Ölpreise fallen"]);
  });

  it("itemHeads reads an indented item lead, and no line opening with a small letter or a digit", () => {
    const t = "Dax legt zu\n   FRANKFURT - Der Dax stieg.\nÖlpreise fallen\n\tNEW YORK - Öl wurde billiger.";
    // Both ways of running: exactly (`parse`) and fast (`exec`, as the pipeline does, skipping a line whose
    // first character cannot open the lead).
    for (const v of [run(r.itemHeads, t)!.value, exec(r.itemHeads, t)!.value]) {
      expect(v.map((h) => at(t, h.headline))).toEqual(["Dax legt zu", "Ölpreise fallen"]);
      expect(v.map((h) => h.dateline.locations.map((l) => l.value).join("/"))).toEqual(["FRANKFURT", "NEW YORK"]);
    }
    const none = "Dax legt zu\nfrankfurt - Der Dax stieg.\nÖl\n2026 - Öl wurde billiger.";
    expect([run(r.itemHeads, none)!.value, exec(r.itemHeads, none)!.value]).toEqual([[], []]);
    expect(firstOf(r.itemLead).any).toBe(false);
  });

  it("overview takes two or more items, and refuses one item or a message with its own dateline", () => {
    const v = run(r.overview, ov)!.value;
    expect(kinds(v)).toEqual(["headline", "body", "item", "item", "trailer"]);
    expect(run(r.overview, "Dax legt zu\n\nFRANKFURT - Der Dax stieg.")).toBeNull();
    expect(run(r.overview, `BERLIN (dpa-AFX) - Eine Liste.\n\n${ov}`)).toBeNull();
  });
});

describe("message rules", () => {
  it("article yields front matter, lead, body blocks and tail in input order", () => {
    const t = "ROUNDUP: Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.\n\nDie Händler blieben ruhig./ab/DP/cd\n\nQuelle: dpa-AFX";
    expect(kinds(run(r.article, t)!.value)).toEqual(["frontText", "dateline", "body", "block", "block", "trailer", "footer"]);
  });

  it("message is an overview where one stands, an article otherwise", () => {
    expect(kinds(run(r.message, "PARIS (dpa-AFX) - Die Gespräche dauern an./evs/DP/nas")!.value)).toEqual(["dateline", "body", "block", "trailer"]);
    expect(kinds(run(r.message, "Dax legt zu\n\nFRANKFURT - Text.\n\nÖl fällt\n\nNEW YORK - Text.")!.value)).toContain("item");
  });

  it("messageLead takes a lead whose dateline names an agency, never an item's", () => {
    expect(run(r.messageLead, "PALO ALTO (dpa-AFX) - Text.")).not.toBeNull();
    expect(run(r.messageLead, "FRANKFURT - Text.")).toBeNull();
  });

  it("messageFront reads a date line, metadata and one headline, five lines at most", () => {
    expect(run(r.messageFront, "24.08.2016\nHP enttäuscht\n")!.end).toBe(25);
    // The date stands on top or right under the headline, never lower nor under another date.
    expect(run(r.messageFront, "HP enttäuscht\n24.08.2016\n")!.end).toBe(25);
    expect(run(r.messageFront, "Von Anna Berg, dpa-AFX\n24.08.2016\n")).toBeNull();
    expect(run(r.messageFront, "HP enttäuscht\nVon Anna Berg, dpa-AFX\n24.08.2016\n")).toBeNull();
    expect(run(r.messageFront, "Eins\nZwei\n")).toBeNull(); // one headline at most
    expect(run(r.messageFront, "24.08.2016\n" + "Von Anna Berg, dpa-AFX\n".repeat(5))).toBeNull();
  });
});
