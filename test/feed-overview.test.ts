// A feed holding an overview without a dateline of its own (`dpa-AFX Überblick: KONJUNKTUR`, items under
// `BERLIN - `): the overview is a message of its own, opened by its first item under its tagged headline,
// in parseFeed, parseStream and splitMessages alike. Texts are our own, in dpa-AFX style.
import { describe, expect, it } from "vitest";
import { messageTop, splitMessages } from "../src/authoring.js";
import { dpaAfx, parseFeed, parseStream } from "../src/index.js";
import { exec } from "../src/combinators/fast.js";
import { newDoc } from "../src/combinators/lines.js";
import { collect, pieces } from "./helpers.js";

const before = "date 2026-03-02\nDax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg am Montag./ab/DP/cd";
const overview = [
  "date 2026-03-02",
  "dpa-AFX Überblick: KONJUNKTUR vom 02.03.2026 - 17.00 Uhr",
  "",
  "Ifo-Index steigt",
  "",
  "BERLIN - Die Stimmung der Unternehmen hellte sich auf.",
  "",
  "Ölpreise fallen",
  "",
  "PARIS - Die Preise gaben nach.",
  "",
  "Zinsen bleiben hoch",
  "",
  "WASHINGTON - Die Notenbank wartet ab./ab/DP/cd",
].join("\n");
const after = "date 2026-03-03\nDax fällt\n\nFRANKFURT (dpa-AFX) - Der Dax fiel am Dienstag./ab/DP/cd";
const feed = [before, overview, after].join("\n\n");
const lineOf = (text: string, line: string) => text.split("\n").indexOf(line);

describe("an overview without a dateline of its own, inside a feed", () => {
  it("is a message of its own: the message before keeps none of its lines", () => {
    const articles = parseFeed(feed);
    expect(articles.map((a) => a.headline?.text)).toEqual(["Dax legt zu", "dpa-AFX Überblick: KONJUNKTUR vom 02.03.2026 - 17.00 Uhr", "Dax fällt"]);
    const [first, ov] = articles;
    expect(first!.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(["Der Dax stieg am Montag."]);
    expect(first!.items).toEqual([]);
    expect(first!.diagnostics.map((d) => d.code)).toEqual([]);
    expect(ov!.items.map((i) => [i.headline?.text, i.dateline?.text])).toEqual([
      ["Ifo-Index steigt", "BERLIN -"],
      ["Ölpreise fallen", "PARIS -"],
      ["Zinsen bleiben hoch", "WASHINGTON -"],
    ]);
    expect(ov!.date?.iso).toBe("2026-03-02");
    expect(ov!.position!.start.line).toBe(6); // its date line
  });

  it("gives parseStream the same messages, whatever the chunks", async () => {
    const want = JSON.stringify(parseFeed(feed));
    for (const size of [1, 7, 64, feed.length]) {
      const chunks: string[] = [];
      for (let at = 0; at < feed.length; at += size) chunks.push(feed.slice(at, at + size));
      expect(JSON.stringify(await collect(parseStream(pieces(chunks))))).toBe(want);
    }
  });

  it("opens one message: its later items stand under the text of the item before", () => {
    expect(splitMessages(feed, dpaAfx).map((r) => r.first)).toEqual([0, 5, 20]);
    expect(parseFeed(overview)).toHaveLength(1);
  });

  it("needs the tagged headline: items under an untagged line stay with the message before", () => {
    // Without its date line too: a `date` line under a blank line opens a message whatever follows.
    const untagged = overview.replace("dpa-AFX Überblick: KONJUNKTUR", "Konjunktur").replace("date 2026-03-02\n", "");
    const articles = parseFeed([before, untagged].join("\n\n"));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.items).toHaveLength(3);
    const dated = parseFeed([before, overview.replace("dpa-AFX Überblick: KONJUNKTUR", "Konjunktur")].join("\n\n"));
    expect(dated.map((a) => a.items.length)).toEqual([0, 3]);
  });

  it("reads no line above the splitter's floor (a stream no longer holds them), and leaves the floor as it was", () => {
    const lead = lineOf(feed, "BERLIN - Die Stimmung der Unternehmen hellte sich auf.");
    const tagged = lineOf(feed, "dpa-AFX Überblick: KONJUNKTUR vom 02.03.2026 - 17.00 Uhr");
    const doc = newDoc(feed);
    expect(messageTop(feed, dpaAfx, lead, 0, doc)).toBe(tagged - 1);
    expect(messageTop(feed, dpaAfx, lead, tagged + 1, doc)).toBe(-1);
    expect(doc.floor).toBe(0);
  });
});

describe("lines that look like an overview's top but are not", () => {
  it("an item's text ending in a question (it reads as a tagged headline) opens no message", () => {
    const asked = overview.replace("Die Preise gaben nach.", "Wer gibt nach?");
    const articles = parseFeed([before, asked].join("\n\n"));
    expect(articles).toHaveLength(2);
    expect(articles[1]!.items).toHaveLength(3);
  });

  it("a byline between rules after a trailer stays with its message", () => {
    const text = `${before}\n\n--- Von Jan Roth, dpa-AFX ---\n\n${after}`;
    const [first, second] = parseFeed(text);
    expect(first!.byline?.text).toBe("Von Jan Roth, dpa-AFX");
    expect(second!.byline).toBeNull();
    expect(second!.position!.start.line).toBe(8); // its date line
  });
});

describe("a footer after a trailer", () => {
  // An analyst flash ends in its disclosure; the next message opens with its dateline, no headline.
  const flash = "FRANKFURT (dpa-AFX Analyser) - Die DZ Bank hat Beispiel AG auf \"Kaufen\" belassen./ab/cd";
  const next = "HAMBURG (dpa-AFX Analyser) - Die Bank Muster hat Probe AG auf \"Halten\" gesenkt./ef/gh";
  for (const footer of ["Veröffentlichung der Original-Studie: 02.12.2026 / 08:15 / MEZ", "Quelle: dpa-AFX", "ISIN DE0008404005"]) {
    it(`stays with its message, never the next one's headline: ${footer.slice(0, 30)}`, async () => {
      const text = `${flash}\n\n${footer}\n\n${next}`;
      const articles = parseFeed(text);
      expect(articles).toHaveLength(2);
      expect(articles[0]!.footers.map((f) => f.position!.start.line)).toContain(3);
      expect(articles[1]!.headline).toBeNull();
      expect(articles[1]!.position!.start.line).toBe(5);
      const chunks = Array.from({ length: Math.ceil(text.length / 7) }, (_, k) => text.slice(k * 7, k * 7 + 7));
      expect(await collect(parseStream(pieces(chunks)))).toEqual(articles);
    });
  }
});

describe("a subtitle under a tagged headline", () => {
  it("goes with its message, as the headline above it does", () => {
    const text = `${before}\n\nROUNDUP: Dax steigt weiter\nAnleger greifen zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg erneut./ab/DP/cd`;
    expect(splitMessages(text, dpaAfx).map((r) => r.first)).toEqual([0, 5]);
    expect(parseFeed(text)[1]!.headline?.text).toBe("ROUNDUP: Dax steigt weiter");
  });

  it("only under a tagged headline: two untagged lines keep the upper one out", () => {
    const text = `${before}\n\nDax steigt weiter\nAnleger greifen zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg erneut./ab/DP/cd`;
    expect(splitMessages(text, dpaAfx).map((r) => r.first)).toEqual([0, 6]);
  });
});

describe("overviewLead", () => {
  const r = dpaAfx.rules;
  const at = (text: string, line: string) => text.indexOf(line);
  it("takes an item lead under an item headline under a tagged headline, blank lines aside", () => {
    expect(exec(r.overviewLead, overview, at(overview, "BERLIN - "))).not.toBeNull();
    const glued = "date 2026-03-02 dpa-AFX Überblick: KONJUNKTUR\nIfo-Index steigt\nBERLIN - Text.";
    expect(exec(r.overviewLead, glued, at(glued, "BERLIN - "))?.end).toBe(glued.indexOf("Text."));
  });
  it("refuses later items, agency leads, and an item headline that cannot be one", () => {
    expect(exec(r.overviewLead, overview, at(overview, "PARIS - "))).toBeNull();
    const refused = [
      "dpa-AFX Überblick: X\n\nTitel\n\nBERLIN (dpa-AFX) - Text.",
      "dpa-AFX Überblick: X\n\nDer Satz endet hier.\n\nBERLIN - Text.",
      "Titel\n\nBERLIN - Text.",
      // the tagged headline two lines up, not right above the item headline
      "dpa-AFX Überblick: X\n\nDer Satz endet hier.\n\nTitel\n\nBERLIN - Text.",
      // a tagged line that is no headline (a sentence)
      "ROUNDUP: Der Satz endet hier.\n\nTitel\n\nBERLIN - Text.",
      // an item headline that is only a date, or one on the text's first line (nothing above it)
      "dpa-AFX Überblick: X\ndate 2026-03-02\nBERLIN - Text.",
      "XROUNDUP: Titel\nBERLIN - Text.",
    ];
    for (const text of refused) expect(exec(r.overviewLead, text, at(text, "BERLIN"))).toBeNull();
    // The same item lead under a tagged headline and an item headline is taken.
    const taken = "dpa-AFX Überblick: X\n\nTitel\n\nBERLIN - Text.";
    expect(exec(r.overviewLead, taken, at(taken, "BERLIN"))).not.toBeNull();
  });
});
