// parseFeed against the hand-made gold of the real newsticker stretches in ../shared/corpus/streams
// (read at run time), plus our own small feeds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dpaAfx, parseFeed, type Article } from "../src/index.js";
import P from "parsimmon";
import { extendGrammar, messageTop, parseMessage, splitMessages } from "../src/authoring.js";
import { memoWindow, newDoc } from "../src/combinators/lines.js";
import { uncovered } from "./coverage.js";

const dir = resolve(import.meta.dirname, "..", process.env.DPA_AFX_CORPUS ?? "../shared/corpus", "streams");
// The second batch's RSS stream (date line, title, blank line, description; HTML inside).
const dir2 = resolve(import.meta.dirname, "..", process.env.DPA_AFX_CORPUS2 ?? "../shared/corpus-batch2", "streams");
const norm = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, " ").trim());

interface GoldItem {
  headline: string | null;
  datelineLocations: string[] | null;
  leadStartsWith: string | null;
}
interface GoldMessage extends GoldItem {
  date: string | null;
  editorialNote?: string | null;
  agency?: string | null;
  trailer: string[] | null;
  items?: GoldItem[];
}

function observe(a: Article) {
  const lead = a.sections[0]?.paragraphs[0]?.text ?? null;
  return {
    date: a.date?.iso ?? null,
    headline: norm(a.headline?.text),
    datelineLocations: a.dateline?.locations ?? null,
    lead,
    trailer: a.trailer?.codes ?? null,
    items: a.items.map((it) => ({
      headline: norm(it.headline?.text),
      datelineLocations: it.dateline?.locations ?? null,
      lead: it.paragraphs[0]?.text ?? null,
    })),
  };
}

describe.each([
  { name: "the real streams", dir, least: 4 },
  { name: "the second batch's stream", dir: dir2, least: 1 },
])("parseFeed on $name", ({ dir, least }) => {
  const golds = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".gold.json")) : [];
  it("finds the streams", () => expect(golds.length).toBeGreaterThanOrEqual(least));
  for (const g of golds) {
    it(g, () => {
      const input = readFileSync(join(dir, g.replace(".gold.json", ".txt")), "utf8");
      const gold = JSON.parse(readFileSync(join(dir, g), "utf8")) as { messages: GoldMessage[] };
      const articles = parseFeed(input);
      expect(articles).toHaveLength(gold.messages.length);
      articles.forEach((a, k) => {
        const want = gold.messages[k]!;
        const got = observe(a);
        expect(got.date, `message ${k} date`).toBe(want.date);
        expect(got.headline).toBe(norm(want.headline));
        expect(got.datelineLocations).toEqual(want.datelineLocations);
        expect(got.trailer).toEqual(want.trailer);
        if (want.leadStartsWith) expect(norm(got.lead)?.startsWith(norm(want.leadStartsWith)!)).toBe(true);
        else expect(got.lead).toBeNull();
        expect(got.items).toHaveLength(want.items?.length ?? 0);
        got.items.forEach((it, j) => {
          const w = want.items![j]!;
          expect(it.headline).toBe(norm(w.headline));
          expect(it.datelineLocations).toEqual(w.datelineLocations);
          expect(norm(it.lead)?.startsWith(norm(w.leadStartsWith)!)).toBe(true);
        });
      });
      // Nothing lost: every character lies in some message's nodes.
      // An offset is lost when no article covers it: keep only offsets every article leaves uncovered.
      let lost = new Set(uncovered(input, articles[0]!));
      for (const a of articles.slice(1)) {
        const left = new Set(uncovered(input, a));
        lost = new Set([...lost].filter((o) => left.has(o)));
      }
      expect([...lost]).toEqual([]);
    });
  }
});

describe("real texts joined into one feed", () => {
  // Every single-message real text (web copies of both batches), read at run time and joined with blank lines.
  const texts = [resolve(dir, "..", "web"), resolve(dir2, "..", "web")]
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(d, f), "utf8")));
  it("finds the texts", () => expect(texts.length).toBeGreaterThanOrEqual(50));
  it("never takes a text's footer for the headline of the message after it", () => {
    const articles = parseFeed(texts.join("\n\n"));
    const footer = dpaAfx.rules.footer;
    const asHeadline = articles.filter((a) => a.headline !== null && footer.parse(a.headline.text).status);
    expect(asHeadline.map((a) => a.headline!.text)).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(texts.length * 0.8);
  });
  it("warns where texts were read as one message: each trailer inside a body is a text's own trailer", () => {
    const at: number[] = [];
    let offset = 0;
    for (const t of texts) {
      at.push(offset);
      offset += t.length + 2;
    }
    // Alone, no text has a trailer inside its body.
    const trailers = new Set<number>();
    texts.forEach((t, k) => {
      for (const a of parseFeed(t)) {
        expect(a.diagnostics.map((d) => d.code)).not.toContain("trailer/inside-body");
        if (a.trailer) trailers.add(at[k]! + a.trailer.position!.start.offset);
      }
    });
    const inside = parseFeed(texts.join("\n\n")).flatMap((a) => a.diagnostics.filter((d) => d.code === "trailer/inside-body"));
    expect(inside.length).toBeGreaterThan(0);
    for (const d of inside) expect(trailers.has(d.position!.start.offset)).toBe(true);
  });
});

describe("parseFeed", () => {
  it("splits our own two-message feed with positions into the whole input", () => {
    const feed = "12.03.2026\nBrauerei hebt Prognose\n\nMÜNCHEN (dpa-AFX) - Die Brauerei traut sich mehr zu./lko/DP/zb\n\n12.03.2026\nWerft erhält Auftrag\n\nKIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men\n";
    const [a, b, ...rest] = parseFeed(feed);
    expect(rest).toEqual([]);
    expect(a!.headline?.text).toBe("Brauerei hebt Prognose");
    expect(b!.headline?.text).toBe("Werft erhält Auftrag");
    expect(b!.dateline!.position!.start.line).toBe(9);
    expect(feed.slice(b!.trailer!.position!.start.offset, b!.trailer!.position!.end.offset)).toBe("/kro/DP/men");
  });
  it("splits a feed without touching the memo window or floor its doc had, also when a rule throws", () => {
    const feed = "Brauerei hebt Prognose\n\nMÜNCHEN (dpa-AFX) - Die Brauerei traut sich mehr zu./lko/DP/zb\n\nWerft erhält Auftrag\n\nKIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men\n";
    const doc = newDoc(feed);
    memoWindow(doc, 1, 3);
    doc.floor = 2;
    const memo = doc.memo;
    expect(splitMessages(feed, dpaAfx, doc).map((r) => [r.first, r.last])).toEqual([[0, 3], [4, 7]]);
    expect(doc.memo).toBe(memo);
    expect([doc.memoFrom, doc.memoTo, doc.floor]).toEqual([1, 3, 2]);
    const throwing = extendGrammar(dpaAfx, {
      id: "throwing-lead",
      rules: () => ({
        messageLead: () =>
          P(() => {
            throw new Error("lead");
          }),
      }),
    });
    expect(() => splitMessages(feed, throwing, doc)).toThrow("lead");
    expect(doc.memo).toBe(memo);
    expect([doc.memoFrom, doc.memoTo]).toEqual([1, 3]);
    expect(doc.floor).toBe(2); // the floor each lead was asked under is undone as well
  });
  it("walks up from a lead with the lines' answers kept for the walk alone: the doc's memo window stays, also when the front rule throws", () => {
    const feed = "AXC0123 2026-03-02/08:15\nWerft erhält Auftrag\nVon Mira Köhler, dpa-AFX\n\nKIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men\n";
    const doc = newDoc(feed);
    memoWindow(doc, 1, 3);
    const memo = doc.memo;
    // Every line above the lead is read from each line the walk reaches: the stamp on top is the top.
    expect(messageTop(feed, dpaAfx, 4, 0, doc)).toBe(0);
    expect(messageTop(feed, dpaAfx, 4, 1, doc)).toBe(1);
    expect([doc.memo === memo, doc.memoFrom, doc.memoTo]).toEqual([true, 1, 3]);
    const throwing = extendGrammar(dpaAfx, {
      id: "throwing-front",
      rules: () => ({
        messageFront: () =>
          P(() => {
            throw new Error("front");
          }),
      }),
    });
    expect(() => messageTop(feed, throwing, 4, 0, doc)).toThrow("front");
    expect([doc.memo === memo, doc.memoFrom, doc.memoTo]).toEqual([true, 1, 3]);
  });
  it("walks up past a standfirst to its headline, one line and never below the floor", () => {
    const feed = "date 2026-12-04\nHopfenthal senkt die Prognose\nDer Brauer leidet unter dem Sommer.\n\nKIEL (dpa-AFX) - Die Brauerei senkt die Prognose./ab/cd\n";
    // The standfirst cannot open the front; the headline right above it can: the walk goes on to the date.
    expect(messageTop(feed, dpaAfx, 4, 0)).toBe(0);
    // With the floor at the headline, the walk reaches it; at the standfirst, it does not look past it.
    expect(messageTop(feed, dpaAfx, 4, 1)).toBe(1);
    expect(messageTop(feed, dpaAfx, 4, 2)).toBe(4);
    // A sentence under a sentence: the walk stops after one look.
    expect(messageTop("Der Dax stieg.\nDie Aktie fiel.\n\nKIEL (dpa-AFX) - Text./ab\n", dpaAfx, 3, 0)).toBe(3);
  });
  it("takes a grammar as exported (typed with its own rules) in splitMessages, messageTop and parseMessage", () => {
    const feed = "Werft erhält Auftrag\n\nKIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men\n";
    expect(splitMessages(feed, dpaAfx).map((r) => r.first)).toEqual([0]);
    expect(messageTop(feed, dpaAfx, 2, 0)).toBe(0);
    expect(messageTop(feed, dpaAfx, 0, 0)).toBe(-1);
    expect(parseMessage(dpaAfx, feed, { zone: "Europe/Berlin", strict: false }).trailer?.codes).toEqual(["kro", "DP", "men"]);
  });
  it("gives one article for a text without messages and throws only on a non-string", () => {
    expect(parseFeed("")).toHaveLength(1);
    expect(() => parseFeed(1 as unknown as string)).toThrow(TypeError);
  });
});
