// The playground's views (docs/playground/view.ts) in Node: the highlighted copy holds exactly the
// input, every positioned node gets one span, markup in the input stays text. The page itself is
// driven in Chromium by test/browser/playground.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dpaAfxRatings, parseArticle, parseFeed } from "../src/index.js";
import { className, countTypes, decodeState, diagnosticsHtml, encodeState, feedOfferHtml, highlight, marks, nest, treeHtml, type Mark } from "../docs/playground/view.js";
import { positionedNodes, runs } from "./helpers.js";

/** The text a browser would show for an HTML string made of spans and escaped text. */
function textOf(html: string): string {
  return html
    .replace(/<[^<>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const SAMPLE = [
  "date 2026-03-12",
  "ROUNDUP: Werft meldet <Rekord> & mehr",
  "",
  "KIEL (dpa-AFX) - Die Werft hat so viele Aufträge wie nie.",
  "",
  "WIE GEHT ES WEITER?",
  "",
  "Der Vorstand bleibt \"vorsichtig\"./mk/DP/rs",
  "",
  "ISIN DE000WRFT001",
].join("\n");

const mark = (start: number, end: number, type: string): Mark => ({ start, end, type, kind: null, path: type, children: [] });

describe("playground views", () => {
  it("gives every positioned node one span, of its type", () => {
    const a = parseArticle(SAMPLE);
    const html = highlight(SAMPLE, marks([a]));
    const spans = [...html.matchAll(/<span class="hl hl-([\w-]+)/g)].map((m) => m[1]);
    // The article itself, then each positioned node once (date and dates[0] are one node).
    expect(spans.length).toBe(1 + new Set(positionedNodes(a)).size);
    expect(spans.filter((t) => t === "heading")).toHaveLength(1);
    expect(spans).toContain("trailer");
    expect(spans).toContain("footer");
    expect(html).toContain('class="hl hl-footer hl-footer-isin"');
    expect(countTypes(marks([a])).get("paragraph")).toBe(2);
  });

  it("keeps the input's text exactly and escapes its markup", () => {
    const html = highlight(SAMPLE, marks([parseArticle(SAMPLE)]));
    expect(textOf(html)).toBe(SAMPLE);
    expect(html).not.toContain("<Rekord>");
    expect(html).toContain("&lt;Rekord&gt; &amp; mehr");
  });

  it("keeps the text of any input, as an article or as a feed", () => {
    const wire = fc.array(fc.oneof(fc.constantFrom("PARIS (dpa-AFX) - ", "Satz. ", "\n", "\n\n", "/ab/DP/cd", "<b>", "&", '"', "ZWISCHENTITEL\n", "ISIN DE0008404005"), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(
      fc.property(wire, (s) => {
        expect(textOf(highlight(s, marks([parseArticle(s)])))).toBe(s);
        expect(textOf(highlight(s, marks(parseFeed(s))))).toBe(s);
      }),
      { seed: 20261125, numRuns: runs(200) },
    );
  });

  it("nests marks by range and cuts one that crosses its parent's end", () => {
    const tree = nest([mark(10, 20, "b"), mark(0, 30, "a"), mark(15, 40, "c"), mark(30, 35, "d")]);
    expect(tree.map((m) => m.type)).toEqual(["a", "d"]);
    expect(tree[0]!.children.map((m) => [m.type, m.start, m.end])).toEqual([["b", 10, 20]]);
    expect(tree[0]!.children[0]!.children.map((m) => [m.type, m.start, m.end])).toEqual([["c", 15, 20]]);
    expect(textOf(highlight("x".repeat(40), tree))).toBe("x".repeat(40));
  });

  it("makes class names of any type safe", () => {
    expect(className('x" onmouseover="a')).toBe("x--onmouseover--a");
    expect(className("editorialNote")).toBe("editorialNote");
  });

  it("shows the trailer codes in the tree, and each diagnostic with its code and place", () => {
    const a = parseArticle(SAMPLE);
    const tree = treeHtml([a]);
    expect([...tree.matchAll(/<code class="trailer-code">([^<]*)<\/code>/g)].map((m) => m[1])).toEqual(["mk", "DP", "rs"]);
    expect(tree).not.toContain("<Rekord>");
    const bad = parseArticle("KIEL (dpa-AFX) - Ohne Kürzel");
    expect(bad.diagnostics.length).toBeGreaterThan(0);
    const list = diagnosticsHtml(bad.diagnostics);
    const d = bad.diagnostics[0]!;
    expect(list).toContain(`<code class="code">${d.code}</code> <span class="pos">${d.position.start.line}:${d.position.start.column}</span>`);
    expect(list).toContain(`data-start="${d.position.start.offset}" data-end="${d.position.end.offset}"`);
    expect(diagnosticsHtml([])).toContain("No diagnostics");
  });

  it("marks extension nodes, such as a rating inside the lead", () => {
    const text = "FRANKFURT (dpa-AFX Analyser) - Die Bank hat Muster AG von \"Hold\" auf \"Buy\" hochgestuft. Das Kursziel steigt von 40 auf 52 Euro./ab/cd";
    const a = parseArticle(text, { grammar: dpaAfxRatings });
    const html = highlight(text, marks([a]));
    expect(textOf(html)).toBe(text);
    expect(a.rating?.company).toBe("Muster AG");
    // One mark per field the rating found, inside the paragraph that holds it.
    const company = text.indexOf("Muster AG");
    expect(html).toContain(
      `<span class="hl hl-rating hl-rating-company" data-path="[0].rating.positions.company" data-start="${company}" data-end="${company + 9}" title="rating (company)">Muster AG</span>`,
    );
    expect(html).toContain('title="rating (rating)">Buy</span>');
    expect(treeHtml([a])).toContain('<span class="key">rating</span>');
  });

  it("puts text and settings into a link fragment and reads them back exactly", () => {
    const state = { text: SAMPLE, grammar: "dpa-afx-ratings", mode: "feed", zone: "America/New_York" };
    const fragment = encodeState(state);
    expect(fragment).toMatch(/^grammar=dpa-afx-ratings&mode=feed&zone=America%2FNew_York&text=[\w-]+$/);
    expect(decodeState(`#${fragment}`)).toEqual(state);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.constantFrom("dpa-afx", "dpa-basic"), (text, grammar) => {
        expect(decodeState(encodeState({ text, grammar, mode: "article", zone: "Europe/Berlin" }))?.text).toBe(text);
      }),
      { seed: 20261125, numRuns: runs(300) },
    );
    expect(decodeState("#grammar=dpa-afx")).toBeNull();
    expect(decodeState("#text=%%%")).toBeNull();
    // Bytes that are not UTF-8 are a damaged link, not a wrong text.
    expect(decodeState(`#text=${btoa("\xff\xfe").replace(/=/g, "")}`)).toBeNull();
  });

  it("lists what is present before the fields that are null", () => {
    const html = treeHtml([parseArticle("KIEL (dpa-AFX) - Die Werft baut./ab")]);
    const nulls = html.indexOf('<span class="key">null</span> date, headline, editorialNote, byline, standfirst');
    expect(nulls).toBeGreaterThan(-1);
    for (const present of ["[0].dateline", "[0].sections[0]", "[0].trailer"]) expect(nulls).toBeGreaterThan(html.indexOf(`data-path="${present}"`));
  });
  it("offers the feed mode for several messages only", () => {
    expect(feedOfferHtml(1)).toBe("");
    expect(feedOfferHtml(3)).toContain("This text holds 3 messages");
    expect(feedOfferHtml(3)).toContain('id="to-feed"');
  });
});
