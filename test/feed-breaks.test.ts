// Messages of a feed without a dateline: a `date 2026-07-31` line under a blank line opens a message
// (the grammar's `messageBreak`), in parseFeed and parseStream alike. Our own feeds in the shape a
// rendered RSS stream has (date line, title, blank line, description).
import { describe, expect, it } from "vitest";
import { dpaAfx, parseFeed, parseStream, type Article } from "../src/index.js";
import { defineGrammar, dpaAfxBuilders, dpaAfxRefiners, dpaAfxRuleSpec, dpaAfxVocabulary, extendGrammar, peek, splitMessages } from "../src/authoring.js";
import { messageBreakAt } from "../src/grammar/driver.js";
import { newDoc } from "../src/combinators/lines.js";
import { uncovered } from "./coverage.js";
import { chunksOf, collect, pieces } from "./helpers.js";

const item = (date: string, title: string, description: string) => `date ${date}\n${title}\n${description === "" ? "" : `\n<p>${description}</p>\n`}`;
const rated = item("2026-07-31", "PUMA SE Neutral", "NEW YORK (dpa-AFX Analyser) - Die Bank hat die Einstufung für Puma belassen.  ...");
const undated = item("2026-07-31", "Termine am 3. August 2026", "Wirtschafts- und Finanztermine am Montag, dem 3. August  ...");
const empty = item("2026-07-31", "Börse Frankfurt: Handel ruhig", "");
const later = item("2026-08-01", "adidas Buy", "NEW YORK (dpa-AFX Analyser) - Das Analysehaus hat die Einstufung für Adidas belassen.  ...");

const paragraphs = (a: Article) => a.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const summary = (a: Article) => ({ date: a.date?.iso ?? null, headline: a.headline?.text ?? null, dateline: a.dateline?.locations ?? null, paragraphs: paragraphs(a) });

/** Offsets no article of the feed covers. */
function lost(input: string, articles: Article[]): number[] {
  let left = new Set(uncovered(input, articles[0]!));
  for (const a of articles.slice(1)) {
    const own = new Set(uncovered(input, a));
    left = new Set([...left].filter((o) => own.has(o)));
  }
  return [...left];
}

/** parseStream of `input` cut into pieces of `size` characters. */
async function streamed(input: string, size: number): Promise<Article[]> {
  return collect(parseStream(pieces(chunksOf(input, size))));
}

describe("messages of a feed without a dateline", () => {
  it("reads an item without a dateline as a message of its own, not into the message before", () => {
    const feed = [rated, undated, later].join("\n");
    const all = parseFeed(feed);
    expect(all.map(summary)).toEqual([
      { date: "2026-07-31", headline: "PUMA SE Neutral", dateline: ["NEW YORK"], paragraphs: ["Die Bank hat die Einstufung für Puma belassen. ..."] },
      { date: "2026-07-31", headline: "Termine am 3. August 2026", dateline: null, paragraphs: ["Wirtschafts- und Finanztermine am Montag, dem 3. August ..."] },
      { date: "2026-08-01", headline: "adidas Buy", dateline: ["NEW YORK"], paragraphs: ["Das Analysehaus hat die Einstufung für Adidas belassen. ..."] },
    ]);
    expect(all[1]!.diagnostics.map((d) => d.code)).toContain("dateline/missing");
    expect(all[1]!.position!.start.line).toBe(6);
    expect(lost(feed, all)).toEqual([]);
  });

  it("reads an item without a description, and one first in the feed, as messages", () => {
    const feed = [undated, empty, rated].join("\n");
    const all = parseFeed(feed);
    expect(all.map((a) => a.headline?.text ?? null)).toEqual(["Termine am 3. August 2026", "Börse Frankfurt: Handel ruhig", "PUMA SE Neutral"]);
    // A message of a date line and a title: the title is its headline, its body is empty.
    expect(paragraphs(all[1]!)).toEqual([]);
    expect(all[1]!.diagnostics.map((d) => d.code)).toContain("body/missing");
    expect(all[1]!.date?.iso).toBe("2026-07-31");
    expect(paragraphs(all[2]!)).toEqual(["Die Bank hat die Einstufung für Puma belassen. ..."]);
    expect(all[0]!.extras.map((e) => e.kind)).not.toContain("pageHeader");
    expect(lost(feed, all)).toEqual([]);
  });

  it("keeps a message's front matter together: a lead whose front matter reaches the date line joins its message", () => {
    const feed = "date 2026-01-06\nROUNDUP: Dax legt zu\n\nVon Anna Berg, dpa-AFX\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd\n\ndate 2026-01-07\nDax fällt\n\nFRANKFURT (dpa-AFX) - Der Dax fiel./ab/DP/cd\n";
    const all = parseFeed(feed);
    expect(all.map((a) => [a.date?.iso, a.headline?.text, a.byline?.text ?? null, a.trailer?.codes])).toEqual([
      ["2026-01-06", "ROUNDUP: Dax legt zu", "Von Anna Berg, dpa-AFX", ["ab", "DP", "cd"]],
      ["2026-01-07", "Dax fällt", null, ["ab", "DP", "cd"]],
    ]);
    expect(splitMessages(feed, dpaAfx).map((r) => r.first)).toEqual([0, 7]);
  });

  it("breaks only at a date alone on its line (date form or dotted), under a blank line", () => {
    // Not under a blank line, glued to a dateline, or glued to text: no message starts there.
    const inside = "date 2026-01-06\nDax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.\ndate 2026-01-06\nDie Anleger blieben ruhig.\n\n21.08.2014 Händler waren zufrieden.\n\ndate 2026-01-07 BERLIN (dpa-AFX) - Der Bund plant./ef/DP/gh\n";
    expect(parseFeed(inside).map((a) => a.headline?.text ?? null)).toEqual(["Dax legt zu", null]);
    expect(splitMessages(inside, dpaAfx).map((r) => r.first)).toEqual([0, 9]);
    // A ticker's dotted date, a time after it too, opens a message as the date form does.
    const ticker = "21.08.2014\n\nDax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd\n\n21.08.2014 17:45\n\nTermine am Freitag\n\nWirtschafts- und Finanztermine am Freitag.\n";
    expect(parseFeed(ticker).map((a) => [a.date?.iso, a.headline?.text, a.trailer?.codes ?? null])).toEqual([
      ["2014-08-21", "Dax legt zu", ["ab", "DP", "cd"]],
      ["2014-08-21T17:45", "Termine am Freitag", null],
    ]);
    // A blank line under it is not one above it.
    const over = "date 2026-01-06\nDax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.\ndate 2026-01-06\n\nDie Anleger blieben ruhig./ab/DP/cd\n";
    expect(splitMessages(over, dpaAfx).map((r) => r.first)).toEqual([0]);
    expect(dpaAfx.rules.messageBreak.parse("date 2026-07-31").status).toBe(true);
    expect(dpaAfx.rules.messageBreak.parse("date 2026-07-31 PARIS (dpa-AFX) - Text.").status).toBe(false);
    expect(dpaAfx.rules.messageBreak.parse("21.08.2014").status).toBe(true);
    expect(dpaAfx.rules.messageBreak.parse("AXC0135 2017-07-27/11:08").status).toBe(false);
  });

  it("follows an override of messageBreak", () => {
    // A wire's feed stamp opens a message too (its line's end is not asked here: a sketch of an override).
    const stamped = extendGrammar(dpaAfx, { id: "stamp-breaks", rules: () => ({ messageBreak: (r) => r.feedStamp.map((v) => v.date) }) });
    const feed = "AXC0135 2017-07-27/11:08\nDax legt zu\n\nDer Dax stieg.\n\nAXC0136 2017-07-27/11:10\nDax fällt\n\nDer Dax fiel.\n";
    expect(parseFeed(feed, { grammar: stamped }).map((a) => a.headline?.text)).toEqual(["Dax legt zu", "Dax fällt"]);
    expect(parseFeed(feed).map((a) => a.headline?.text)).toEqual(["Dax legt zu"]);
  });

  it("asks the line above, never above the floor; the first line of an input needs none", () => {
    const text = "\ndate 2026-07-31\nTitel";
    const doc = newDoc(text);
    expect(messageBreakAt(text, dpaAfx, 1, 0, doc, false)).toBe(true);
    expect(messageBreakAt(text, dpaAfx, 1, 1, doc, false)).toBe(false); // the blank line above is below the floor
    expect(messageBreakAt(text, dpaAfx, 2, 0, doc, false)).toBe(false);
    const top = "date 2026-07-31\nTitel";
    expect(messageBreakAt(top, dpaAfx, 0, 0, newDoc(top), false)).toBe(false);
    expect(messageBreakAt(top, dpaAfx, 0, 0, newDoc(top), true)).toBe(true);
  });

  it("splits by leads alone in a grammar without the rule", () => {
    const { messageBreak: _, ...spec } = dpaAfxRuleSpec(dpaAfxVocabulary);
    // Typed as the full spec; at run time it has no messageBreak, as a grammar of another format may not.
    const noBreaks = defineGrammar({ id: "no-breaks", vocabulary: dpaAfxVocabulary, specFor: () => spec as ReturnType<typeof dpaAfxRuleSpec>, builders: dpaAfxBuilders, refiners: dpaAfxRefiners });
    const feed = [rated, undated, later].join("\n");
    expect(parseFeed(feed, { grammar: noBreaks }).map((a) => a.headline?.text)).toEqual(["PUMA SE Neutral", "adidas Buy"]);
    expect(splitMessages(feed, noBreaks).map((r) => r.first)).toEqual([0, 10]);
  });

  it("opens a message at a break that reads nothing, on the input's first line too", async () => {
    const peeking = extendGrammar(dpaAfx, { id: "peeking-break", rules: (base) => ({ messageBreak: (r) => peek(base.messageBreak(r)) }) });
    const feed = [undated, later].join("\n");
    const whole = parseFeed(feed, { grammar: peeking });
    expect(whole.map((a) => a.headline?.text)).toEqual(["Termine am 3. August 2026", "adidas Buy"]);
    expect(JSON.stringify(await collect(parseStream(pieces([feed]), { grammar: peeking })))).toBe(JSON.stringify(whole));
  });

  it("breaks at an item's time stamp that writes its zone, as an RSS feed renders it; a site's stamp without one does not", async () => {
    const feed = (stamp: (day: number) => string) =>
      [
        `${stamp(4)}\nNordlicht senkt die Prognose\n\nKIEL (dpa-AFX) - Die Nordlicht AG hat ihre Prognose gesenkt. [mehr]`,
        `${stamp(3)}\nHopfenthal steigert den Absatz\n\nDie Hopfenthal Brauerei hat im Sommer mehr verkauft ...`,
        `${stamp(2)}\nNordbank hebt das Ziel\n\nLÜBECK (dpa-AFX Analyser) - Die Nordbank hat das Kursziel für Nordlicht angehoben. [mehr]`,
      ].join("\n\n");
    for (const [stamp, iso] of [
      [(d: number) => `Fri, 0${d} Dec 2026 10:15:00 +0100`, (d: number) => `2026-12-0${d}T10:15+01:00`],
      [(d: number) => `Fri, 0${d} Dec 2026 10:15:00 GMT`, (d: number) => `2026-12-0${d}T10:15Z`],
      [(d: number) => `2026-12-0${d}T10:15:00+01:00`, (d: number) => `2026-12-0${d}T10:15+01:00`],
    ] as const) {
      const text = feed(stamp);
      const all = parseFeed(text);
      expect(all.map((a) => [a.date?.iso, a.headline?.text])).toEqual([
        [iso(4), "Nordlicht senkt die Prognose"],
        [iso(3), "Hopfenthal steigert den Absatz"],
        [iso(2), "Nordbank hebt das Ziel"],
      ]);
      expect(lost(text, all)).toEqual([]);
      expect(JSON.stringify(await streamed(text, 11))).toBe(JSON.stringify(all));
    }
    expect(dpaAfx.rules.messageBreak.parse("Fri, 04 Dec 2026 10:15:00 +0100").status).toBe(true);
    // Without a zone a site's stamp is no break: it may stand under its message's headline, a blank line between.
    for (const t of ["4. Dezember 2026, 10:15 Uhr", "Donnerstag, 4. Dezember 2026", "2026-12-04 10:15", "Dec 4, 2026"]) expect([t, dpaAfx.rules.messageBreak.parse(t).status]).toEqual([t, false]);
    const web = parseFeed("Nordlicht senkt die Prognose\n\n4. Dezember 2026, 10:15 Uhr\n\nKIEL (dpa-AFX) - Die Nordlicht AG hat gesenkt./ab/DP/cd\n\nHopfenthal steigert den Absatz\n\n4. Dezember 2026, 10:20 Uhr\n\nLÜBECK (dpa-AFX) - Die Brauerei hat mehr verkauft./ef/DP/gh\n");
    expect(web.map((a) => a.headline?.text)).toEqual(["Nordlicht senkt die Prognose", "Hopfenthal steigert den Absatz"]);
  });

  it("keeps a headline above its message's date line (a web page's stamp under each headline) with that message", async () => {
    const feed = "Dax legt zu\ndate 2026-07-31\nFRANKFURT (dpa-AFX) - Der Dax legt zu./ef/DP/gh\n\nEuro fällt\n31.07.2026, 10:05 Uhr\n\nFRANKFURT (dpa-AFX) - Der Euro fällt./ab/DP/cd\n\nÖl wird teurer\nAXC0123 2026-07-31/09:55\nLONDON (dpa-AFX) - Öl wird teurer./ab/DP/cd\n";
    const all = parseFeed(feed);
    expect(all.map((a) => [a.headline?.text, a.date?.iso, a.dateline?.locations])).toEqual([
      ["Dax legt zu", "2026-07-31", ["FRANKFURT"]],
      ["Euro fällt", "2026-07-31T10:05", ["FRANKFURT"]],
      ["Öl wird teurer", "2026-07-31T09:55", ["LONDON"]],
    ]);
    expect(lost(feed, all)).toEqual([]);
    expect(JSON.stringify(await streamed(feed, 7))).toBe(JSON.stringify(all));
    // Only right under one headline: a date line under two lines, or a second date line, opens no front there.
    const two = parseFeed("Dax legt zu\nNeue Rekorde\ndate 2026-07-31\nFRANKFURT (dpa-AFX) - Der Dax legt zu./ef/DP/gh\n");
    expect(two.map((a) => a.date?.iso)).toEqual(["2026-07-31"]);
    const twice = parseFeed("FRANKFURT (dpa-AFX) - Der Dax legt zu./ef/DP/gh\n\nEuro fällt\ndate 2026-07-31\ndate 2026-07-31\nFRANKFURT (dpa-AFX) - Der Euro fällt./ab/DP/cd\n");
    expect(twice.map((a) => a.headline?.text ?? null)).toEqual([null, null]);
  });

  it("splits alike in parseStream, wherever the chunks end", async () => {
    const inside = "date 2026-01-06\nDax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.\ndate 2026-01-06\nDie Anleger blieben ruhig./ab/DP/cd\n";
    // A page header above the first break: the lead under it joins the message the break opened.
    const headed = `Nachrichten-Ticker\n\n${[rated, undated].join("\n")}`;
    const feeds = [[rated, undated, later].join("\n"), [undated, empty, rated, empty].join("\n"), [rated, undated, later].join("\n").replace(/\n/g, "\r\n"), inside, headed];
    for (const feed of feeds) {
      const whole = JSON.stringify(parseFeed(feed));
      for (const size of [1, 2, 5, 64, feed.length]) expect(JSON.stringify(await streamed(feed, size))).toBe(whole);
    }
  });
});
