// formatArticle round-trips (corpus and generated articles); toHtml is semantic and escapes everything.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { runs } from "./helpers.js";
import { describe, expect, it } from "vitest";
import { escapeHtml, formatArticle, parseArticle, parseFeed, parseStream, printSource, toHtml, toJson, type Article } from "../src/index.js";

const SEED = Number(process.env.SEED ?? 20261125);

/** The fields a round trip must keep: everything a reader of the Article sees but positions and diagnostics. */
function fields(a: Article) {
  return {
    date: a.date ? [a.date.iso, a.date.precision] : null,
    headline: a.headline ? [a.headline.text, a.headline.tags, a.headline.topics, a.headline.title, a.headline.flags] : null,
    note: a.editorialNote ? [a.editorialNote.text, a.editorialNote.kind] : null,
    byline: a.byline ? [a.byline.text, a.byline.authors, a.byline.agency] : null,
    dateline: a.dateline ? [a.dateline.text, a.dateline.locations, a.dateline.agency, a.dateline.placement] : null,
    standfirst: a.standfirst?.text ?? null,
    sections: a.sections.map((s) => [s.heading?.text ?? null, s.paragraphs.map((p) => p.text)]),
    trailer: a.trailer ? [a.trailer.text, a.trailer.codes] : null,
    footers: a.footers.map((f) => [f.kind, f.text, f.value]),
    // Extras the canonical text has no place for (site chrome, duplicates) are not written back.
    extras: a.extras.filter((e) => e.kind === "endMark").map((e) => [e.kind, e.text]),
    items: a.items.map((i) => [i.heading?.text ?? null, i.headline?.text ?? null, i.dateline?.locations ?? null, i.paragraphs.map((p) => p.text)]),
    language: a.language,
  };
}

describe("formatArticle", () => {
  const root = resolve(import.meta.dirname, "..", process.env.DPA_AFX_CORPUS ?? "../shared/corpus");
  const root2 = resolve(import.meta.dirname, "..", process.env.DPA_AFX_CORPUS2 ?? "../shared/corpus-batch2");
  it.each([
    { name: "corpus", dir: root, least: 100 },
    { name: "second batch", dir: root2, least: 30 },
  ])("round-trips every $name text", ({ dir: base, least }) => {
    expect(existsSync(base)).toBe(true);
    let n = 0;
    for (const dir of ["seed", "web", "feed", "streams"]) {
      if (!existsSync(join(base, dir))) continue;
      for (const f of readdirSync(join(base, dir)).filter((x) => x.endsWith(".txt"))) {
        const a = parseArticle(readFileSync(join(base, dir, f), "utf8"));
        expect(fields(parseArticle(formatArticle(a))), `${dir}/${f}`).toEqual(fields(a));
        n++;
      }
    }
    expect(n).toBeGreaterThan(least);
  });
  it("writes the canonical layout", () => {
    const a = parseArticle("date 2026-01-06\nROUNDUP: Titel\n\n(Wiederholung: Text)\n\nPARIS (dpa-AFX) - Erster Satz.\n\nZweiter Satz./ab/DP/cd\nISIN DE0008469008");
    expect(formatArticle(a)).toBe(
      "date 2026-01-06\nROUNDUP: Titel\n\n(Wiederholung: Text)\n\nPARIS (dpa-AFX) - Erster Satz.\n\nZweiter Satz./ab/DP/cd\n\nISIN DE0008469008\n",
    );
  });
  it("round-trips generated articles", () => {
    const word = fc.constantFrom("Der", "Dax", "stieg", "am", "Montag", "um", "ein", "Prozent", "Anleger", "blieben", "vorsichtig", "Umsatz");
    const sentence = fc.array(word, { minLength: 4, maxLength: 14 }).map((w) => w.join(" ") + ".");
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));
    const heading = fc.constantFrom("Was bedeutet das für Anleger?", "VIEL LOB VON ANALYSTEN", "Umsatz bleibt stabil");
    const article = fc.record({
      date: fc.option(fc.constantFrom("2026-01-06", "2021-05", "2017-07-27 11:08"), { nil: undefined }),
      tag: fc.option(fc.constantFrom("ROUNDUP 2", "WDH/ROUNDUP", "AKTIE IM FOKUS", "Aktien Frankfurt Schluss"), { nil: undefined }),
      title: fc.constantFrom("Dax legt zu", "Brauerei hebt Prognose an", "Werft erhält Auftrag"),
      standfirst: fc.option(fc.constantFrom("Die Aktie legte vorbörslich deutlich zu.", "Anleger atmen auf."), { nil: undefined }),
      place: fc.constantFrom("PARIS", "NEW YORK/FRANKFURT", "MÜNCHEN"),
      agency: fc.constantFrom("dpa-AFX", "dpa-AFX Analyser"),
      sections: fc.array(fc.tuple(fc.option(heading, { nil: undefined }), fc.array(paragraph, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }),
      trailer: fc.constantFrom("/evs/DP/nas", "/la/tih", "/ab/APA"),
    });
    fc.assert(
      fc.property(article, (g) => {
        const body = g.sections.flatMap(([h, ps], k) => [...(h && k > 0 ? [h] : []), ...ps]);
        const text = [
          [g.date ? `date ${g.date}` : null, `${g.tag ? `${g.tag}: ` : ""}${g.title}`].filter(Boolean).join("\n"),
          ...(g.standfirst ? [g.standfirst] : []),
          `${g.place} (${g.agency}) - ${body[0]}`,
          ...body.slice(1),
        ].join("\n\n") + g.trailer;
        const a = parseArticle(text);
        expect(a.standfirst?.text ?? null).toBe(g.standfirst ?? null);
        expect(fields(parseArticle(formatArticle(a)))).toEqual(fields(a));
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });
});

describe("formatArticle and toHtml on overview items", () => {
  // An overview without a dateline of its own: its items carry day heading, headline and dateline.
  const overview = "Wirtschaft kompakt\n\nMONTAG\n\nDax legt zu\nFRANKFURT - Der Dax stieg am Montag.\n\nEr schloss höher.\n\nÖlpreis fällt\nLONDON - Der Ölpreis fiel.\n";
  it("write each item's heading, headline and dateline, the dateline before the first paragraph only", () => {
    const a = parseArticle(overview);
    expect(a.items).toHaveLength(2);
    expect(formatArticle(a)).toBe(
      "Wirtschaft kompakt\n\nMONTAG\n\nDax legt zu\n\nFRANKFURT - Der Dax stieg am Montag.\n\nEr schloss höher.\n\nÖlpreis fällt\n\nLONDON - Der Ölpreis fiel.\n",
    );
    expect(fields(parseArticle(formatArticle(a)))).toEqual(fields(a));
    expect(toHtml(a)).toBe(
      [
        '<article lang="de">',
        "<p>Wirtschaft kompakt</p>",
        '<section class="item">',
        "<h2>MONTAG</h2>",
        "<h3>Dax legt zu</h3>",
        '<p><span class="dateline">FRANKFURT -</span> Der Dax stieg am Montag.</p>',
        "<p>Er schloss höher.</p>",
        "</section>",
        '<section class="item">',
        "<h3>Ölpreis fällt</h3>",
        '<p><span class="dateline">LONDON -</span> Der Ölpreis fiel.</p>',
        "</section>",
        "</article>",
        "",
      ].join("\n"),
    );
  });
});

describe("formatArticle without paragraphs", () => {
  it("writes a lone dateline, a lone trailer, and the trailer after a lone dateline", () => {
    for (const [input, out] of [
      ["FRANKFURT (dpa-AFX) -", "FRANKFURT (dpa-AFX) -\n"],
      ["/ab/cd", "/ab/cd\n"],
      ["FRANKFURT (dpa-AFX) - /ab/cd", "FRANKFURT (dpa-AFX) -/ab/cd\n"],
    ]) {
      const a = parseArticle(input!);
      expect([input, formatArticle(a)]).toEqual([input, out]);
      expect(fields(parseArticle(formatArticle(a)))).toEqual(fields(a));
    }
  });
  it("writes an Article read back from JSON without positions, the byline then before the body", () => {
    const lead = parseArticle("Von Anna Berg, dpa-AFX\n\nFRANKFURT (dpa-AFX) - /ab/cd");
    expect(formatArticle(toJson(lead, { positions: false }) as unknown as Article)).toBe("Von Anna Berg, dpa-AFX\n\nFRANKFURT (dpa-AFX) -/ab/cd\n");
    const ruled = parseArticle("FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd\n\n--- Von Anna Berg, dpa-AFX ---");
    expect(formatArticle(ruled)).toBe("FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd\n\n--- Von Anna Berg, dpa-AFX ---\n");
    expect(formatArticle(toJson(ruled, { positions: false }) as unknown as Article)).toBe("Von Anna Berg, dpa-AFX\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd\n");
  });
});

describe("printSource", () => {
  it("gives back the input byte for byte, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        expect(printSource(parseArticle(s))).toBe(s);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });
  it("gives back each message of a feed and of a stream", async () => {
    const feed = "HEADER\n\n12.03.2026\nEins\n\nKIEL (dpa-AFX) - Text eins./ab\r\n\r\n12.03.2026\nZwei\n\nKIEL (dpa-AFX) - Text zwei./cd\n";
    const parts = parseFeed(feed).map(printSource);
    // The messages tile the input: the page header stays with the first, blank lines with the message above.
    expect(parts).toEqual(["HEADER\n\n12.03.2026\nEins\n\nKIEL (dpa-AFX) - Text eins./ab\r\n\r\n", "12.03.2026\nZwei\n\nKIEL (dpa-AFX) - Text zwei./cd\n"]);
    expect(parts.join("")).toBe(feed);
    const streamed: string[] = [];
    async function* chunks() {
      for (let i = 0; i < feed.length; i += 5) yield feed.slice(i, i + 5);
    }
    for await (const a of parseStream(chunks())) streamed.push(printSource(a));
    expect(streamed).toEqual(parts);
  });
  it("refuses an Article read back from JSON", () => {
    expect(() => printSource(JSON.parse(JSON.stringify(parseArticle("Text."))))).toThrow(TypeError);
  });
});

describe("escapeHtml", () => {
  it("escapes each of the five characters that can break out of text or a quoted attribute", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
    expect(escapeHtml('<a title="x" onclick=\'y\'>Dax & Co</a>')).toBe("&lt;a title=&quot;x&quot; onclick=&#39;y&#39;&gt;Dax &amp; Co&lt;/a&gt;");
    expect(escapeHtml("Börse: 5 € – „gut“")).toBe("Börse: 5 € – „gut“");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;"); // text, not markup: escaped again
  });
});

describe("toHtml", () => {
  it("renders semantic HTML", () => {
    const html = toHtml(parseArticle("ROUNDUP: Titel\n\nPARIS (dpa-AFX) - Erster Satz.\n\nWas nun?\n\nMehr folgt./ab/DP/cd\n\nISIN DE0008469008"));
    expect(html).toContain('<h1><span class="tag">ROUNDUP</span> Titel</h1>');
    expect(html).toContain('<p><span class="dateline">PARIS (dpa-AFX) -</span> Erster Satz.</p>');
    expect(html).toContain("<h2>Was nun?</h2>");
    expect(html).toContain('<footer>\n<p class="trailer">/ab/DP/cd</p>\n<p class="footer isin">ISIN DE0008469008</p>\n</footer>');
  });
  it("lets no markup through from the text", () => {
    const nasty = fc.array(fc.oneof(fc.constantFrom("<", ">", "&", '"', "'", "<script>", "</p>", "<img onerror=x>"), fc.string({ maxLength: 5 })), { maxLength: 12 });
    fc.assert(
      fc.property(nasty, nasty, (h, p) => {
        const html = toHtml(parseArticle(`${h.join("")}\n\nPARIS (dpa-AFX) - ${p.join("")}./ab/cd`));
        const tags = html.match(/<\/?[a-z][^>]*>/g) ?? [];
        for (const t of tags) expect(t).toMatch(/^<\/?(?:article|header|footer|section|h1|h2|h3|p|span|time)(?: class="[^"<>]*"| datetime="[^"<>]*")*>$/);
        expect(html).not.toMatch(/<(?:script|img)/i);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });
});
