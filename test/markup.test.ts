// HTML left inside wire text (RSS descriptions, API answers): tags are read through, entities decoded,
// positions point into the original, nothing is lost, no output echoes a raw tag. Texts are our own.
import { describe, expect, it } from "vitest";
import { formatArticle, parseArticle, parseFeed, parseStream, printSource, toHtml, toNinjs, type Article } from "../src/index.js";
import { lex } from "../src/text/lexer.js";
import { edgeMarkupEnd, edgeMarkupStart, firstMarkup, paragraphBreaks, spaceEntities, stripMarkup, tagEnd, tagRunAt, tagStart } from "../src/text/markup.js";
import { entityAt } from "../src/text/entities.js";
import { blankHidden, hiddenBlocks } from "../src/text/hidden.js";
import { draftOf } from "../src/grammar/index.js";
import { feedDoc } from "../src/grammar/driver.js";
import { dpaAfx } from "../src/grammars/dpa-afx/index.js";
import { uncovered } from "./coverage.js";
import { chunksOf, collect, paragraphs, pieces, pointsOf, positionedNodes } from "./helpers.js";

describe("markup pieces", () => {
  it("tagEnd reads tags of HTML elements only, within the line", () => {
    expect(tagEnd("<p>Text", 0, 7)).toBe(3);
    expect(tagEnd("</P>", 0, 4)).toBe(4);
    expect(tagEnd("<br/>", 0, 5)).toBe(5);
    expect(tagEnd('<a href="https://example.org/x?a=1&b=2">', 0, 40)).toBe(40);
    // Instrument tags and comparisons are text.
    expect(tagEnd("<DE0008469008>", 0, 14)).toBe(-1);
    expect(tagEnd("<DJI.DJI>", 0, 9)).toBe(-1);
    expect(tagEnd("<pre-market>", 0, 12)).toBe(-1);
    expect(tagEnd("< p>", 0, 4)).toBe(-1);
    // No `>` before the line ends, or another `<` first.
    expect(tagEnd('<a href="x"\n>', 0, 13)).toBe(-1);
    expect(tagEnd("<a <b>", 0, 6)).toBe(-1);
    expect(tagEnd("<p>", 0, 2)).toBe(-1);
  });

  it("element names: letters, then digits; any case; both ends of the name length", () => {
    expect(tagEnd("<h2>", 0, 4)).toBe(4);
    expect(tagEnd("</H2>", 0, 5)).toBe(5);
    expect(tagEnd("<2p>", 0, 4)).toBe(-1);
    expect(tagEnd("<blockquote>", 0, 12)).toBe(12);
    expect(tagEnd("<figcaption class='x'>", 0, 22)).toBe(22);
    expect(tagEnd("<blockquotes>", 0, 13)).toBe(-1);
    // Breaking elements read as a space, opening or closing, in any case; others as nothing.
    expect(stripMarkup("Satz.</p>Satz.")).toBe("Satz. Satz.");
    expect(stripMarkup("Titel<H2>Satz</h2>Ende")).toBe("Titel Satz Ende");
    expect(stripMarkup("Dax</b>legt<i>zu")).toBe("Daxlegtzu");
  });

  it("tagStart finds the tag ending at an offset", () => {
    expect(tagStart("Text.</p>", 9, 0)).toBe(5);
    expect(tagStart("Text.</p>", 9, 6)).toBe(-1);
    expect(tagStart("a > b", 3, 0)).toBe(-1);
    expect(tagStart("Kurs <DE0008469008>", 19, 0)).toBe(-1);
  });

  it("spaceEntities reads entities of white space as plain spaces, one for each of their characters", () => {
    expect(spaceEntities("ROUNDUP:&nbsp;Titel")).toBe("ROUNDUP:      Titel");
    expect(spaceEntities("3.&#160;Dezember, 10&#xA0;Prozent, 5&#8239;%")).toBe("3.      Dezember, 10      Prozent, 5       %");
    expect(spaceEntities("&nbsp;&nbsp;")).toBe(" ".repeat(12));
    // Entities of other characters, of none, and `&` that opens none stay as written.
    for (const t of ["Dax &amp; Co", "Sie&shy;mens", "&quot;Buy&quot;", "AT&T;", "&nbsp", "& nbsp;", "&#xD800;"]) expect(spaceEntities(t)).toBe(t);
    // The text itself when there is nothing to read so.
    const plain = "FRANKFURT (dpa-AFX) - Der Dax stieg.";
    expect(spaceEntities(plain)).toBe(plain);
    const t = "A&amp;B &nbsp;C";
    expect(spaceEntities(t)).toHaveLength(t.length);
    expect(spaceEntities(t)).toBe("A&amp;B       C");
  });

  it("entityAt decodes named and numeric entities, nothing else", () => {
    expect(entityAt("&amp;", 0)).toEqual({ end: 5, text: "&" });
    expect(entityAt("&quot;x", 0)).toEqual({ end: 6, text: '"' });
    expect(entityAt("&#8230;", 0)).toEqual({ end: 7, text: "…" });
    expect(entityAt("&#x2026;", 0)).toEqual({ end: 8, text: "…" });
    expect(entityAt("&uuml;", 0)).toEqual({ end: 6, text: "ü" });
    expect(entityAt("& Co;", 0)).toBeNull();
    expect(entityAt("&nosuch;", 0)).toBeNull();
    expect(entityAt("&#xD800;", 0)).toBeNull();
    expect(entityAt("&#0;", 0)).toBeNull();
    expect(entityAt("&averyveryverylongname;", 0)).toBeNull();
    // Its `;` at most twelve characters after the `&`.
    expect(entityAt("&#0000001234;", 0)).toEqual({ end: 13, text: "\u04d2" });
    expect(entityAt("&#00000001234;", 0)).toBeNull();
    expect(entityAt("&constructor;", 0)).toBeNull();
  });

  it("stripMarkup drops tags (breaking ones as a space) and decodes entities", () => {
    expect(stripMarkup('Der Dax ...<a href="x">[weiter]</a>')).toBe("Der Dax ...[weiter]");
    expect(stripMarkup("Satz.<br>Satz.")).toBe("Satz. Satz.");
    expect(stripMarkup("<b>Dax</b> &amp; MDax")).toBe("Dax & MDax");
    expect(stripMarkup("Kurs <DE0008469008> 5 < 6 & 7")).toBe("Kurs <DE0008469008> 5 < 6 & 7");
  });

  it("firstMarkup finds the first tag or entity inside the stretch only", () => {
    expect(firstMarkup("a < b &amp; c", 0, 13)).toBe(6);
    expect(firstMarkup("Text <p>", 0, 4)).toBe(-1);
    expect(firstMarkup("x <DE0008469008> y", 0, 18)).toBe(-1);
  });

  it("tagRunAt reads tags and the white space between them, and says what they are", () => {
    expect(tagRunAt("Text.</p> <p>Mehr", 5, 17)).toEqual({ end: 13, paragraph: true, breaks: 0 });
    expect(tagRunAt("a<br> <BR/>\t<b>c", 1, 16)).toEqual({ end: 15, paragraph: false, breaks: 2 });
    expect(tagRunAt("a<br>  ", 1, 7)).toEqual({ end: 5, paragraph: false, breaks: 1 });
    const paragraphElements = ["address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul"];
    for (const name of paragraphElements) expect(tagRunAt(`<${name}>x`, 0, name.length + 3)?.paragraph, name).toBe(true);
    for (const name of ["b", "i", "a", "span", "strong", "em", "td", "th"]) expect(tagRunAt(`<${name}>x`, 0, name.length + 3)?.paragraph, name).toBe(false);
    // No tag at the offset, an instrument tag, a tag past the limit: none.
    expect(tagRunAt("x<p>", 0, 4)).toBeNull();
    expect(tagRunAt("<DE0008469008>", 0, 14)).toBeNull();
    expect(tagRunAt("<p>", 0, 2)).toBeNull();
    // The run stops at the limit and at text.
    expect(tagRunAt("<p><p>", 0, 4)).toEqual({ end: 3, paragraph: true, breaks: 0 });
    expect(tagRunAt("<br>x<br>", 0, 9)).toEqual({ end: 4, paragraph: false, breaks: 1 });
  });

  it("paragraphBreaks sets a blank line where tags inside a line separate paragraphs, a line break for one <br>, at the same length", () => {
    const t = "<p>Titel</p><p>KIEL (dpa-AFX) - Text.</p>";
    expect(paragraphBreaks(t)).toBe("<p>Titel     \n\nKIEL (dpa-AFX) - Text.</p>");
    expect(paragraphBreaks("Titel<br><br>KIEL")).toBe("Titel      \n\nKIEL");
    expect(paragraphBreaks("Titel <br /> <br/> KIEL")).toBe("Titel " + " ".repeat(10) + "\n\n KIEL");
    expect(paragraphBreaks("A.<h2>B</h2>C.")).toBe("A.  \n\nB   \n\nC.");
    // One <br> is a line break (the paragraphs refiner judges the lines as it judges any); inline tags are
    // text's, instrument tags are no HTML.
    expect(paragraphBreaks("Satz.<br>Satz.")).toBe("Satz.   \nSatz.");
    expect(paragraphBreaks("Titel <br/> KIEL")).toBe("Titel     \n KIEL");
    for (const same of ["Der <b>Dax</b> stieg.", "Dax <DE0008469008> 5 < 6", "kein Tag", "Satz.<br>", ""]) expect(paragraphBreaks(same)).toBe(same);
    // Runs at a line's edges stay (the lexer reads through them), with any line break.
    for (const same of ["<p>Titel</p>\n<p>Text.</p>", "<p>Titel</p>\r\n<p>Text.</p>", "<p>Titel</p>\r<p>Text.</p>", "  <p> Titel </p>  "]) expect(paragraphBreaks(same)).toBe(same);
    expect(paragraphBreaks("x\ny</p><p>z\r\nw")).toBe("x\ny     \n\nz\r\nw");
    // A table's rows become paragraphs, its cells do not.
    expect(paragraphBreaks("<tr><td>Dax</td><td>15.000</td></tr><tr><td>MDax</td></tr>")).toBe("<tr><td>Dax</td><td>15.000" + " ".repeat(16) + "\n\nMDax</td></tr>");
    for (const t2 of [t, "a<p>b<p>c", "<p>a</p>".repeat(50)]) expect(paragraphBreaks(t2)).toHaveLength(t2.length);
    // The first '<' right after the first character; a line break early in the text is searched past.
    expect(paragraphBreaks("A</p><p>B")).toBe("A     \n\nB");
    expect(paragraphBreaks("<\nA.</p><p>B.")).toBe("<\nA.     \n\nB.");
    expect(paragraphBreaks("<\rA.</p><p>B.")).toBe("<\rA.     \n\nB.");
  });

  it("the lexer reads through tags at a line's edges and says it did", () => {
    const lines = lex("<p> NEW YORK - Text. </p>\n<p></p>\nKurs <DE0008469008>");
    expect([lines.first[0], lines.last[0]]).toEqual([4, 20]);
    expect(lines.first[1]).toBe(lines.last[1]);
    expect([lines.first[2], lines.last[2]]).toEqual([34, 53]);
    expect(lines.markup).toBe(true);
    expect(lex("Kurs <DE0008469008>\n5 > 4").markup).toBe(false);
  });

  it("the lexer reads through entities of white space at a line's edges too, no other entity", () => {
    const lines = lex("&nbsp; KIEL - Text.&#160;\n&#xa0;<p>&nbsp;\nAT&amp;T;\n&amp;Co &shy;\nText;");
    expect([lines.first[0], lines.last[0]]).toEqual([7, 19]);
    expect(lines.first[1]).toBe(lines.last[1]);
    expect([lines.first[2], lines.last[2]]).toEqual([42, 51]);
    expect([lines.first[3], lines.last[3]]).toEqual([52, 65]);
    expect([lines.first[4], lines.last[4]]).toEqual([66, 71]);
    expect(lines.markup).toBe(true);
    expect(lex("AT&amp;T;\nText;").markup).toBe(false);
    // One edge alone is enough to be read.
    const one = lex("&nbsp;KIEL - Text.\nText.&nbsp;");
    expect([one.first[0], one.last[0], one.first[1], one.last[1]]).toEqual([6, 18, 19, 24]);
  });

  it("edgeMarkupEnd and edgeMarkupStart find a tag or an entity of white space at an edge, within the stretch", () => {
    // [text, limit, where the tag or entity starting at 0 ends]
    const ends: [string, number, number][] = [
      ["&nbsp;FRANKFURT", 15, 6],
      ["<p>FRANKFURT", 12, 3],
      ["&#8201;x", 8, 7],
      ["&amp;x", 6, -1],
      ["&shy;x", 6, -1],
      ["&nbsp;x", 5, -1],
      ["&nbsp;x", 6, 6],
    ];
    for (const [text, limit, at] of ends) expect([text, limit, edgeMarkupEnd(text, 0, limit)]).toEqual([text, limit, at]);
    // [text, end, limit, where the tag or entity ending at end starts]; an entity is twelve characters at most.
    const starts: [string, number, number, number][] = [
      ["Text./ab/cd&nbsp;", 17, 0, 11],
      ["Text.</p>", 9, 0, 5],
      ["Text./ab/cd&nbsp;", 17, 12, -1],
      ["Text./ab/cd&nbsp;", 17, 11, 11],
      ["AT&amp;", 7, 0, -1],
      ["Text;", 5, 0, -1],
      ["a&nbsp;x;", 9, 0, -1],
      ["&#x000000a0;", 12, 0, 0],
      ["x&#x0000000a0;", 14, 0, -1],
    ];
    for (const [text, end, limit, at] of starts) expect([text, end, limit, edgeMarkupStart(text, end, limit)]).toEqual([text, end, limit, at]);
  });
});

describe("HTML in a text", () => {
  const text = 'date 2026-07-31\nBASF Overweight\n\n<p>NEW YORK (dpa-AFX Analyser) - Die Bank hat BASF auf &quot;Overweight&quot; belassen. Das Ziel liegt bei 60 Euro&#8230; <a href="https://example.org/basf">[mehr]</a></p>\n';

  it("finds the dateline after <p>, decodes entities and cuts the teaser mark", () => {
    const a = parseArticle(text);
    expect(a.dateline?.locations).toEqual(["NEW YORK"]);
    expect(a.dateline?.agency).toBe("dpa-AFX Analyser");
    expect(paragraphs(a)).toEqual(['Die Bank hat BASF auf "Overweight" belassen. Das Ziel liegt bei 60 Euro…']);
    expect(a.footers.map((f) => [f.kind, f.text])).toEqual([["truncation", "[mehr]"]]);
    expect(a.extras.map((e) => [e.kind, e.text, text.slice(e.position!.start.offset, e.position!.end.offset)])).toEqual([
      ["markup", "", "<p>"],
      ["markup", "", "</a></p>"],
    ]);
    const codes = a.diagnostics.map((d) => `${d.code}@${d.position.start.line}:${d.position.start.column}`);
    expect(codes).toContain("input/html@4:1");
    expect(codes).toContain(`body/truncated@4:${text.split("\n")[3]!.indexOf("<a") + 1}`);
  });

  it("loses nothing, and every position points into the original", () => {
    const a = parseArticle(text);
    expect(uncovered(text, a)).toEqual([]);
    const at = pointsOf(text);
    for (const n of [...positionedNodes(a), ...a.diagnostics]) {
      expect(at(n.position!.start.offset)).toEqual(n.position!.start);
      expect(at(n.position!.end.offset)).toEqual(n.position!.end);
    }
  });

  it("no output format echoes a raw tag", () => {
    const a = parseArticle(text);
    expect(formatArticle(a)).not.toMatch(/<\/?(?:p|a)\b/);
    // ninjs: the plain body holds no tag; its HTML body only the tags it writes (no link from the input).
    const ninjs = toNinjs(a) as unknown as { bodies: { contentType: string; value: string }[] };
    const plain = ninjs.bodies.filter((b) => b.contentType === "text/plain");
    expect(plain.length).toBeGreaterThan(0);
    for (const b of plain) expect(b.value).not.toMatch(/<\/?(?:p|a)\b/);
    for (const b of ninjs.bodies) expect(b.value).not.toContain("example.org");
    // HTML output: only the tags it writes itself (no <p> from the input inside a paragraph's text).
    const html = toHtml(a);
    expect(html).not.toContain("href=");
    expect(html).not.toContain("&lt;p&gt;");
  });

  it("keeps instrument tags and plain comparisons as text, without input/html", () => {
    const t = "FRANKFURT (dpa-AFX) - Die Aktie <DE0008469008> stieg, 5 < 6 & mehr./ab/DP/cd";
    const a = parseArticle(t);
    expect(paragraphs(a)).toEqual(["Die Aktie <DE0008469008> stieg, 5 < 6 & mehr."]);
    expect(a.diagnostics.map((d) => d.code)).not.toContain("input/html");
  });

  it("reads RSS items of a feed, each with its own markup", () => {
    const item = (n: number) => `date 2026-07-31\nTitel ${n}\n\n<p>NEW YORK (dpa-AFX Analyser) - Text ${n} ...</p>\n`;
    const feed = [1, 2, 3].map(item).join("\n");
    const all = parseFeed(feed);
    expect(all.map((a) => a.dateline?.locations[0])).toEqual(["NEW YORK", "NEW YORK", "NEW YORK"]);
    expect(all.map((a) => paragraphs(a)[0])).toEqual(["Text 1 ...", "Text 2 ...", "Text 3 ..."]);
    for (const a of all) expect(a.diagnostics.map((d) => d.code)).toContain("body/truncated");
  });

  it("reads a dateline after the body whose line closes with tags, alone or glued to the trailer", () => {
    const alone = "Dax steigt\n\n<p>Der Dax stieg am Montag./ajx/tih/mis</p>\n<p>FRANKFURT (dpa-AFX Broker)</p>";
    const a = parseArticle(alone);
    expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(a.dateline?.agency).toBe("dpa-AFX Broker");
    expect(a.dateline?.position?.start.offset).toBe(alone.indexOf("FRANKFURT"));
    expect(a.dateline?.position?.end.offset).toBe(alone.indexOf(")</p>") + 1);
    expect(a.trailer?.codes).toEqual(["ajx", "tih", "mis"]);
    expect(a.extras.map((e) => e.kind)).not.toContain("unrecognised");
    expect(uncovered(alone, a)).toEqual([]);
    const glued = "<p>Dax steigt</p>\n<p>Der Dax stieg am Montag./ajx/tih/misFRANKFURT (dpa-AFX) </p> <br>";
    const g = parseArticle(glued);
    expect(g.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(g.trailer?.codes).toEqual(["ajx", "tih", "mis"]);
    expect(paragraphs(g)).toEqual(["Der Dax stieg am Montag."]);
    expect(g.diagnostics.map((d) => d.code)).not.toContain("trailer/missing");
    expect(uncovered(glued, g)).toEqual([]);
    const spaced = "Dax steigt\n\nDer Dax stieg am Montag./ajx/tih/mis\nFRANKFURT (dpa-AFX Broker)&nbsp;";
    const s = parseArticle(spaced);
    expect(s.dateline?.agency).toBe("dpa-AFX Broker");
    expect(s.dateline?.position?.end.offset).toBe(spaced.indexOf(")&nbsp;") + 1);
    expect(s.extras.map((e) => e.kind)).not.toContain("unrecognised");
    expect(uncovered(spaced, s)).toEqual([]);
  });

  it("splits paragraphs where HTML tags stand between them, on one line or over several", () => {
    const oneLine = "Dax legt zu\n\n<p>FRANKFURT (dpa-AFX) - Der Dax stieg.</p><p>Anleger waren froh.</p><h2>Ausblick bleibt offen</h2><p>Händler bleiben vorsichtig./ck/DP/he</p>";
    const perLine = oneLine.replace(/(<\/(?:p|h2)>)(?=<)/g, "$1\n");
    for (const t of [oneLine, perLine, perLine.replace(/\n/g, "\r\n")]) {
      const a = parseArticle(t);
      expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
      expect(a.trailer?.codes).toEqual(["ck", "DP", "he"]);
      expect(a.sections.map((s) => [s.heading?.text ?? null, s.paragraphs.map((p) => p.text)])).toEqual([
        [null, ["Der Dax stieg.", "Anleger waren froh."]],
        ["Ausblick bleibt offen", ["Händler bleiben vorsichtig."]],
      ]);
      expect(uncovered(t, a)).toEqual([]);
      const at = pointsOf(t);
      for (const n of positionedNodes(a)) expect(at(n.position!.start.offset)).toEqual(n.position!.start);
    }
    // In a feed, each message splits the same way.
    const feed = parseFeed(`${oneLine}\n\n${perLine}`);
    expect(feed.map((a) => a.sections.flatMap((s) => s.paragraphs).length)).toEqual([3, 3]);
  });

  it("reads a text whose paragraphs HTML set on one line as it reads the same text with blank lines", () => {
    const blocks = ["date 2026-03-02", "ROUNDUP: Hopfenthal Werft hebt Prognose an", "(Wiederholung: Tippfehler im Titel behoben)", "KIEL (dpa-AFX) - Die Werft Hopfenthal hat ihre Prognose angehoben.", "Mehr Aufträge", "Die Auftragsbücher seien voll, sagte Chefin Mira Köhler./mk/DP/nas", "Quelle: dpa-AFX"];
    const plain = parseArticle(blocks.join("\n\n"));
    const shape = (a: Article) => ({ date: a.date?.text, headline: a.headline?.title, tags: a.headline?.tags, note: a.editorialNote?.kind, dateline: a.dateline?.locations, sections: a.sections.map((s) => [s.heading?.text ?? null, s.paragraphs.map((p) => p.text)]), trailer: a.trailer?.codes, footers: a.footers.map((f) => f.kind) });
    expect(shape(plain)).toEqual({
      date: "date 2026-03-02",
      headline: "Hopfenthal Werft hebt Prognose an",
      tags: ["ROUNDUP"],
      note: "repeat",
      dateline: ["KIEL"],
      sections: [[null, ["Die Werft Hopfenthal hat ihre Prognose angehoben."]], ["Mehr Aufträge", ["Die Auftragsbücher seien voll, sagte Chefin Mira Köhler."]]],
      trailer: ["mk", "DP", "nas"],
      footers: ["source"],
    });
    // Paragraphs of one letter between runs: each run is one extra.
    const short = "<p>KIEL (dpa-AFX) - Text.</p><p>A</p><p>B</p><p>C./ab</p>";
    expect(parseArticle(short).extras.map((e) => short.slice(e.position!.start.offset, e.position!.end.offset))).toEqual(["<p>", "</p><p>", "</p><p>", "</p><p>", "</p>"]);
    for (const t of [blocks.map((b) => `<p>${b}</p>`).join(""), blocks.join("<br><br>"), blocks.join(" <br /> <br /> "), `<div>${blocks.join("</div>\r\n<div>").replace("</div>\r\n<div>KIEL", "</div><div>KIEL")}</div>`]) {
      const a = parseArticle(t);
      expect(shape(a), t).toEqual(shape(plain));
      expect(uncovered(t, a)).toEqual([]);
      // Positions count the input's own lines and columns.
      const at = pointsOf(t);
      for (const n of [...positionedNodes(a), ...a.diagnostics]) {
        expect(at(n.position!.start.offset)).toEqual(n.position!.start);
        expect(at(n.position!.end.offset)).toEqual(n.position!.end);
      }
      // The tags between the paragraphs are markup extras; input/html stands at the first tag.
      expect(a.extras.every((e) => e.kind === "markup" && e.text === "")).toBe(true);
      expect(a.extras.map((e) => t.slice(e.position!.start.offset, e.position!.end.offset)).join("").replace(/\s/g, "")).toBe(t.split("<").slice(1).map((x) => `<${x.slice(0, x.indexOf(">") + 1)}`).join("").replace(/\s/g, ""));
      expect(a.diagnostics.map((d) => [d.code, d.position?.start.offset])).toEqual([["input/html", t.indexOf("<")]]);
      expect(printSource(a)).toBe(t);
    }
  });

  it("reads each message of a feed whose HTML set paragraphs on one line as parseArticle reads it, in the feed's positions", async () => {
    const one = "<p>date 2026-03-02</p><p>ROUNDUP: Hopfenthal Werft hebt Prognose an</p><p>KIEL (dpa-AFX) - Die Werft hat ihre Prognose angehoben./mk/DP/nas</p>";
    const two = "<p>Nordlicht Reederei verkauft Schiffe</p><p>(Berichtigt wird der Name im Titel)</p><p>HAMBURG (dpa-AFX) - Die Reederei verkauft drei Schiffe.</p><p>Quelle: dpa-AFX</p>";
    const feed = `Seite 1\r\n${one}\r\n\r\n${two}\n`;
    const articles = parseFeed(feed);
    const view = (a: Article) => [a.date?.text, a.headline?.text, a.editorialNote?.kind, a.dateline?.locations, a.trailer?.codes, a.footers.map((f) => f.kind), a.sections.flatMap((x) => x.paragraphs.map((p) => p.text))];
    expect(articles.map(view)).toEqual([view(parseArticle(one)), view(parseArticle(two))]);
    expect(articles[1]!.headline?.text).toBe("Nordlicht Reederei verkauft Schiffe");
    expect(articles.map(printSource).join("")).toBe(feed);
    const at = pointsOf(feed);
    for (const a of articles) {
      for (const n of [...positionedNodes(a), ...a.diagnostics]) {
        expect(at(n.position!.start.offset)).toEqual(n.position!.start);
        expect(at(n.position!.end.offset)).toEqual(n.position!.end);
      }
    }
    // Nothing lost: each message's characters lie in its own nodes.
    for (const a of articles) expect(uncovered(feed, a).filter((k) => k >= a.position!.start.offset && k < a.position!.end.offset)).toEqual([]);
    // A stream cuts the same messages, in chunks of any size.
    for (const size of [1, 7, 4096]) {
      expect(JSON.stringify(await collect(parseStream(chunksOf(feed, size))))).toBe(JSON.stringify(articles));
    }
  });

  it("a heading whose quotes an HTML copy wrote as entities is a heading, as with the quotes themselves", () => {
    const plain = "KIEL (dpa-AFX) - Die Werft Hopfenthal hat zwei Fähren in Auftrag bekommen.\n\n'NORDLICHT'-AUFTRAG IM FOKUS\n\nDie Reederei Nordlicht zahlt gut.\n\nWas heißt \"Auftrag\"\n\nDie Arbeit an den beiden Fähren beginnt im Juni in Kiel./mk/DP/nas";
    const encoded = plain.replace(/'/g, "&#39;").replace(/"/g, "&quot;");
    const headings = (t: string) => parseArticle(t).sections.map((x) => x.heading?.text ?? null);
    expect(headings(plain)).toEqual([null, "'NORDLICHT'-AUFTRAG IM FOKUS", 'Was heißt "Auftrag"']);
    expect(headings(encoded)).toEqual(headings(plain));
  });

  it("keeps the input as given beside the rules' view only when the view broke lines or read entities as spaces", () => {
    const t = "<p>Dax legt zu</p><p>FRANKFURT\u00a0(dpa-AFX) - Der Dax stieg./ck/DP/he</p>";
    const draft = draftOf(dpaAfx, t);
    expect(draft.source).toBe(t);
    expect(draft.input).toBe("<p>Dax legt zu     \n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ck/DP/he</p>");
    expect(draftOf(dpaAfx, "Dax legt zu\n\nFRANKFURT\u00a0(dpa-AFX) - Der Dax stieg.").source).toBeUndefined();
    expect(draftOf(dpaAfx, "<p>Dax legt zu</p>\n<p>FRANKFURT (dpa-AFX) - Der Dax stieg.</p>").source).toBeUndefined();
    const spaced = "Dax legt zu\n\nFRANKFURT&nbsp;(dpa-AFX) - Der Dax stieg.";
    expect(draftOf(dpaAfx, spaced).source).toBe(spaced);
    expect(draftOf(dpaAfx, spaced).input).toBe("Dax legt zu\n\nFRANKFURT      (dpa-AFX) - Der Dax stieg.");
    // A no-break space is no tag: the extras are the tags only.
    const a = parseArticle(t);
    expect(a.headline?.text).toBe("Dax legt zu");
    expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(a.extras.map((e) => t.slice(e.position!.start.offset, e.position!.end.offset))).toEqual(["<p>", "</p><p>", "</p>"]);
  });

  it("reads a dateline that web copies set in tags and entities, and loses nothing", () => {
    const text = "Dax legt zu\n\n<p><strong>FRANKFURT (dpa-AFX)&nbsp;&#8211;&nbsp;</strong>Der Dax stieg./ab/DP/cd</p>";
    const a = parseArticle(text);
    expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(a.dateline?.text).toBe("FRANKFURT (dpa-AFX) –");
    expect(text.slice(a.dateline!.position!.start.offset, a.dateline!.position!.end.offset)).toBe("FRANKFURT (dpa-AFX)&nbsp;&#8211;");
    expect(paragraphs(a)).toEqual(["Der Dax stieg."]);
    expect(a.trailer?.codes).toEqual(["ab", "DP", "cd"]);
    expect(a.diagnostics.map((d) => d.code)).not.toContain("dateline/missing");
    expect(uncovered(text, a)).toEqual([]);
    // Overview items whose places are set in bold.
    const overview = "Dax legt zu\n\n<b>FRANKFURT</b> - Der Dax stieg.\n\nÖlpreise fallen\n\n<b>NEW YORK</b> &ndash;&nbsp;Die Preise fielen.";
    const o = parseArticle(overview);
    expect(o.items.map((i) => [i.headline?.text, i.dateline?.locations, i.paragraphs.map((p) => p.text)])).toEqual([
      ["Dax legt zu", ["FRANKFURT"], ["Der Dax stieg."]],
      ["Ölpreise fallen", ["NEW YORK"], ["Die Preise fielen."]],
    ]);
    expect(uncovered(overview, o)).toEqual([]);
  });

  it("reads a lead and a trailer with entities of white space at the line's edges", () => {
    const text = "&nbsp;FRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd&nbsp;";
    const a = parseArticle(text);
    expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(a.trailer?.codes).toEqual(["ab", "DP", "cd"]);
    expect(paragraphs(a)).toEqual(["Der Dax stieg."]);
    expect(a.extras.map((e) => [e.kind, text.slice(e.position!.start.offset, e.position!.end.offset)])).toEqual([
      ["markup", "&nbsp;"],
      ["markup", "&nbsp;"],
    ]);
    // The last one ends where the text does.
    expect(a.extras.map((e) => [e.position!.start.offset, e.position!.end.offset])).toEqual([[0, 6], [text.length - 6, text.length]]);
    expect(uncovered(text, a)).toEqual([]);
  });

  it("reads white space an HTML copy wrote as entities as it reads spaces, and loses nothing", () => {
    const E = "&nbsp;";
    const plain = "3. Dezember 2026\n\nROUNDUP: Hopfenthal Werft hebt Prognose an\n\nVon Mira Köhler, dpa-AFX\n\nKIEL (dpa-AFX) - Die Werft hat ihre Prognose angehoben.\n\nDie Aktie stieg um 5 Prozent./mk/DP/nas";
    const view = (a: Article) => [a.date?.iso, a.headline?.tags, a.headline?.title, a.byline?.authors, a.dateline?.locations, paragraphs(a), a.trailer?.codes];
    const want = view(parseArticle(plain));
    expect(want[1]).toEqual(["ROUNDUP"]);
    // After colons and digits, in the byline, around the dateline's dash and before the trailer, and every third space.
    const forms = [
      plain.replace(/: /g, `:${E}`).replace("5 Prozent", `5${E}Prozent`),
      plain.replace("Von ", `Von${E}`).replace(") - ", `)${E}-${E}`).replace("Prozent./", `Prozent.${E}/`),
      plain.replace(/ (?!Dezember)/g, ((k) => () => (k++ % 3 === 0 ? "&#160;" : " "))(0)),
    ];
    for (const t of forms) {
      const a = parseArticle(t);
      expect(view(a), t).toEqual(want);
      expect(uncovered(t, a), t).toEqual([]);
      expect(printSource(a)).toBe(t);
      const at = pointsOf(t);
      for (const n of positionedNodes(a)) expect(at(n.position!.start.offset)).toEqual(n.position!.start);
    }
    // Between the dateline and the lead, and between the last sentence and the trailer, the entity is no
    // node's: a `markup` extra. Inside the byline it is the byline's.
    const t = forms[1]!;
    const a = parseArticle(t);
    expect(a.extras.map((e) => [e.kind, e.position!.start.offset, e.position!.end.offset])).toEqual([
      ["markup", t.indexOf(`-${E}Die`) + 1, t.indexOf(`-${E}Die`) + 7],
      ["markup", t.indexOf(`.${E}/`) + 1, t.indexOf(`.${E}/`) + 7],
    ]);
    expect(a.diagnostics.map((d) => [d.code, d.position?.start.offset])).toEqual([["input/html", t.indexOf("&")]]);
  });

  it("keeps markup extras in the order they stand, entities of white space among tags", () => {
    const t = "Dax legt zu&nbsp;\n\nFRANKFURT (dpa-AFX) - Der Dax stieg.</p>";
    const a = parseArticle(t);
    expect(a.extras.map((e) => t.slice(e.position!.start.offset, e.position!.end.offset))).toEqual(["&nbsp;", "</p>"]);
    expect(uncovered(t, a)).toEqual([]);
    // An entity after a run of tags between paragraphs is the run's.
    const run = "Dax legt zu</p><p>&nbsp; FRANKFURT (dpa-AFX) - Der Dax stieg.";
    const b = parseArticle(run);
    expect(b.extras.map((e) => run.slice(e.position!.start.offset, e.position!.end.offset))).toEqual(["</p><p>&nbsp;"]);
    expect(b.dateline?.locations).toEqual(["FRANKFURT"]);
  });

  it("finds a feed's messages whose spaces are entities, as a stream does", async () => {
    const one = "ROUNDUP:&nbsp;Hopfenthal Werft hebt Prognose an\n\nKIEL&nbsp;(dpa-AFX)&nbsp;-&nbsp;Die Werft hat ihre Prognose angehoben./mk/DP/nas";
    const two = "AKTIE IM FOKUS:&nbsp;Nordlicht Reederei gefragt\n\nHAMBURG (dpa-AFX) -&nbsp;Die Aktie stieg.&nbsp;\n\nQuelle:&nbsp;dpa-AFX";
    const feed = `${one}\n\n${two}\n`;
    const articles = parseFeed(feed);
    const view = (a: Article) => [a.headline?.title, a.dateline?.locations, paragraphs(a), a.trailer?.codes, a.footers.map((f) => f.kind)];
    expect(articles.map(view)).toEqual([view(parseArticle(one)), view(parseArticle(two))]);
    expect(articles.map(view)).toEqual([
      ["Hopfenthal Werft hebt Prognose an", ["KIEL"], ["Die Werft hat ihre Prognose angehoben."], ["mk", "DP", "nas"], []],
      ["Nordlicht Reederei gefragt", ["HAMBURG"], ["Die Aktie stieg."], undefined, ["source"]],
    ]);
    for (const a of articles) expect(uncovered(feed, a).filter((k) => k >= a.position!.start.offset && k < a.position!.end.offset)).toEqual([]);
    expect(articles.map(printSource).join("")).toBe(feed);
    // The feed's view keeps the feed as given beside it only when it read an entity so.
    expect(feedDoc(feed).source).toBe(feed);
    expect(feedDoc(feed).input).toHaveLength(feed.length);
    expect(feedDoc("KIEL\u00a0(dpa-AFX) - Text.").source).toBeUndefined();
    // A message opening with an entity at its first line's edge: the one before keeps to its own lines.
    const edged = `${one}\n\n&nbsp;${two}`;
    const [first, second] = parseFeed(edged);
    expect(first!.extras.map((e) => e.position!.end.offset).every((k) => k <= first!.position!.end.offset)).toBe(true);
    expect(second!.extras.map((e) => edged.slice(e.position!.start.offset, e.position!.end.offset))).toContain("&nbsp;");
    for (const size of [1, 7, 4096]) {
      expect(JSON.stringify(await collect(parseStream(chunksOf(feed, size))))).toBe(JSON.stringify(articles));
    }
  });

  it("keeps each message's markup extras to its own lines in a feed, as a stream does", async () => {
    const item = (n: number) => `<p>Titel ${n}</p>\n<p>NEW YORK (dpa-AFX Analyser) - Text ${n}./ab/DP/cd</p>`;
    const text = [1, 2, 3].map(item).join("\n\n");
    const feed = parseFeed(text);
    expect(feed.map((a) => a.extras.map((e) => text.slice(e.position!.start.offset, e.position!.end.offset)))).toEqual([
      ["<p>", "</p>", "<p>", "</p>"],
      ["<p>", "</p>", "<p>", "</p>"],
      ["<p>", "</p>", "<p>", "</p>"],
    ]);
    for (const a of feed) {
      for (const e of a.extras) expect(e.position!.end.offset).toBeLessThanOrEqual(a.position!.end.offset);
    }
    expect(JSON.stringify(await collect(parseStream(pieces(chunksOf(text, 5)))))).toBe(JSON.stringify(feed));
  });

  it("stays total on hostile markup and loses nothing (its time is the bench's business)", () => {
    for (const unit of ["<", "&", "<a ", "<p>", "</p>", "&amp;", "<a href='", ">", "&nbsp;", "&nbsp;x", "&#160"]) {
      const t = `FRANKFURT (dpa-AFX) - ${unit.repeat(200_000)}`;
      const a = parseArticle(t);
      expect(a.dateline?.locations, unit).toEqual(["FRANKFURT"]);
      expect(uncovered(t, a), unit).toEqual([]);
    }
  });
});

describe("markup at the edges, exactly", () => {
  it("the lexer skips spaces between edge tags on both sides, and stops at text", () => {
    const t = " <p> <b> Dax </b> </p> ";
    const l = lex(t);
    expect(t.slice(l.first[0], l.last[0])).toBe("Dax");
    // A `>` ending the text that closes no tag, and a `<` opening no tag, are text.
    const u = lex("5 > 4\n< 6 und 7");
    expect([u.first[0], u.last[0], u.first[1], u.last[1]]).toEqual([0, 5, 6, 15]);
    expect(u.markup).toBe(false);
    // A line of tags only is blank; the tag right at the end of a text line too.
    const v = lex("<p></p>\nText</p>");
    expect(v.first[0]).toBe(v.last[0]);
    expect(v.input.slice(v.first[1], v.last[1])).toBe("Text");
    expect(lex("<br>").markup).toBe(true);
  });

  it("markup extras are the tags without the spaces around them, in input order", () => {
    const t = "Titel\n\n  <p>  FRANKFURT (dpa-AFX) - Der Dax stieg.  </p>  \n\n <div> </div> \n\nZweiter Absatz./ab/cd";
    const a = parseArticle(t);
    const extras = a.extras.map((e) => t.slice(e.position!.start.offset, e.position!.end.offset));
    expect(extras).toEqual(["<p>", "</p>", "<div> </div>"]);
    expect(a.extras.every((e) => e.kind === "markup" && e.text === "")).toBe(true);
    expect(uncovered(t, a)).toEqual([]);
    const html = a.diagnostics.find((d) => d.code === "input/html")!;
    expect([html.severity, html.position.start.offset, html.position.end.offset]).toEqual(["info", 9, 9]);
    expect(paragraphs(a)).toEqual(["Der Dax stieg.", "Zweiter Absatz."]);
  });

  it("node text decodes entities in every kind of node, and a clean text stays a slice", () => {
    const t = "Dax &amp; MDax legen zu\n\nFRANKFURT (dpa-AFX) - Der Dax&nbsp;stieg.\nUnd&#32;fiel./ab/cd\n\nQuelle: dpa-AFX &amp; Partner";
    const a = parseArticle(t);
    expect(a.headline?.text).toBe("Dax & MDax legen zu");
    expect(paragraphs(a)).toEqual(["Der Dax stieg. Und fiel."]);
    expect(a.footers.map((f) => f.text)).toEqual(["Quelle: dpa-AFX & Partner"]);
    expect(parseArticle("FRANKFURT (dpa-AFX) - Der  Dax stieg./ab/cd").sections[0]!.paragraphs[0]!.text).toBe("Der Dax stieg.");
  });

  it("an author's name reads as the byline's text does: entities decoded", () => {
    const t = "Von Anna&nbsp;Berg und Jan M&uuml;ller, dpa-AFX\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd";
    const a = parseArticle(t);
    expect([a.byline?.text, a.byline?.authors]).toEqual(["Von Anna Berg und Jan Müller, dpa-AFX", ["Anna Berg", "Jan Müller"]]);
    expect(parseArticle("<p>FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd--- Von Anna&#32;Berg, dpa-AFX ---</p>").byline?.authors).toEqual(["Anna Berg"]);
    // Without markup in the message nothing is decoded; white space is collapsed in either case.
    expect(parseArticle("Von Anna M&M Berg, dpa-AFX\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd").byline?.authors).toEqual(["Anna M&M Berg"]);
    expect(parseArticle("Von Anna\u00a0Berg und Jan  Roth, dpa-AFX\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd").byline?.authors).toEqual(["Anna Berg", "Jan Roth"]);
  });
});

describe("scripts, styles and comments a page left in the text", () => {
  it("finds each, from its '<' to the end of its closing, in the stretch asked", () => {
    const t = 'A<script type="text/javascript">x < y</SCRIPT >B<Style>.a{}</style>C<!-- ad -->D';
    expect(hiddenBlocks(t).map((b) => t.slice(b.start, b.end))).toEqual(['<script type="text/javascript">x < y</SCRIPT >', "<Style>.a{}</style>", "<!-- ad -->"]);
    // Within [from, to) only: a block closing past `to` is none there.
    expect(hiddenBlocks(t, 40, t.length).map((b) => t.slice(b.start, b.end))).toEqual(["<Style>.a{}</style>", "<!-- ad -->"]);
    expect(hiddenBlocks(t, 0, t.length - 2).map((b) => t.slice(b.start, b.end))).toEqual(['<script type="text/javascript">x < y</SCRIPT >', "<Style>.a{}</style>"]);
    // On one line only: a block over lines is none (its lines are read as written).
    for (const s of ["<script>\nvar a;\n</script>", "<!--\r\n-->", "<!--\u2028-->", "<style>a\u2029</style>"]) expect([s, hiddenBlocks(s)]).toEqual([s, []]);
    expect(hiddenBlocks("<!--\n<!-- a -->")).toEqual([{ start: 5, end: 15 }]);
    expect(hiddenBlocks("<!---->")).toEqual([{ start: 0, end: 7 }]);
    // A closing before the opening closes nothing.
    expect(hiddenBlocks("x--><!-- y -->")).toEqual([{ start: 4, end: 14 }]);
    expect(hiddenBlocks("x--><!-- y")).toEqual([]);
    // Left open, or no such element, it is none; a later one of another kind still counts.
    for (const s of ["<script>x", "<!-- x", "<scripts>x</scripts>", "<style", "<p>Text</p>", "Text ohne Tag", "<script>x</style>"]) expect([s, hiddenBlocks(s)]).toEqual([s, []]);
    expect(hiddenBlocks("<script>x <!-- y -->")).toEqual([{ start: 10, end: 20 }]);
  });
  it("blanks them for the rules, keeping the length and every line break", () => {
    expect(blankHidden("Titel<!-- x -->")).toBe("Titel          ");
    expect(blankHidden("a<script>var b;</script>\r\nc")).toBe("a                       \r\nc");
    // The blocks of the text as written, blanked in a view of it.
    expect(blankHidden("<!--a b-->", "<!--a\u2028b-->")).toBe("<!--a b-->");
    expect(blankHidden("a <!--x-->", "a\u2028<!--x-->")).toBe(`a${" ".repeat(9)}`);
    const t = "Text ohne Block";
    expect(blankHidden(t)).toBe(t);
  });

  const copy = (block: string) => `<h1>Hopfenthal hebt Prognose an</h1>\n${block}\n<p>KIEL (dpa-AFX) - Die Brauerei hob ihre Prognose an.</p>\n${block}\n<p>Die Aktie legte zu./ab/DP/cd</p>`;
  it.each([
    ["a script on one line", "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({event: 'view'});</script>"],
    ["a style", "<style>.werbung { display: none; }</style>"],
    ["a comment", "<!-- Werbeplatz 3 -->"],
    ["a script with attributes, its closing tag in capitals", '<script async src="/werbung.js" type="text/javascript">lade(3);</SCRIPT >'],
  ])("%s is no headline and no paragraph, and stays in a markup extra", (_, block) => {
    const t = copy(block);
    const a = parseArticle(t);
    expect(a.headline?.text).toBe("Hopfenthal hebt Prognose an");
    expect(paragraphs(a)).toEqual(["Die Brauerei hob ihre Prognose an.", "Die Aktie legte zu."]);
    expect(a.extras.filter((e) => e.kind === "markup").map((e) => t.slice(e.position!.start.offset, e.position!.end.offset))).toEqual(expect.arrayContaining([block]));
    expect(uncovered(t, a)).toEqual([]);
    // A feed of two such messages reads each as parseArticle does, in one piece or in a stream.
    const feed = `${t}\n\n${t}`;
    const articles = parseFeed(feed);
    expect(articles.map((x) => paragraphs(x))).toEqual([paragraphs(a), paragraphs(a)]);
    // (Each message's characters in its own nodes.)
    expect(articles.flatMap((x) => uncovered(feed, x).filter((k) => k >= x.position!.start.offset && k < x.position!.end.offset))).toEqual([]);
  });
  it("each is one markup extra, overlapping no other; in a copy holding no other HTML too", () => {
    const plain = "Hopfenthal hebt Prognose an\n\n<!-- Werbeplatz -->\n\nKIEL (dpa-AFX) - Die Brauerei hob ihre Prognose an./ab/DP/cd";
    const first = "<!-- Werbeplatz -->\nHopfenthal hebt Prognose an\n\nKIEL (dpa-AFX) - Die Brauerei hob ihre Prognose an./ab/DP/cd";
    const html = copy("<script>lade(3);</script>");
    for (const t of [plain, first, html]) {
      const a = parseArticle(t);
      const spans = a.extras.filter((e) => e.kind === "markup").map((e) => [e.position!.start.offset, e.position!.end.offset] as const);
      for (let k = 1; k < spans.length; k++) expect([t, spans[k - 1]![1] <= spans[k]![0]]).toEqual([t, true]);
      expect(uncovered(t, a)).toEqual([]);
      expect(a.headline?.text).toBe("Hopfenthal hebt Prognose an");
      expect(a.diagnostics.map((d) => d.code)).toContain("input/html");
    }
    const a = parseArticle(plain);
    expect(a.extras.map((e) => [e.kind, e.position!.start.offset, e.position!.end.offset])).toEqual([["markup", 29, 48]]);
    expect(a.diagnostics.find((d) => d.code === "input/html")?.position.start.offset).toBe(29);
  });
  it("beside tags between paragraphs on one line, right before or after a sentence, and after the trailer", () => {
    const texts = [
      "<p>Hopfenthal hebt Prognose an</p><p>KIEL (dpa-AFX) - Die Brauerei hob ihre Prognose an.</p><script>lade(3);</script></p><p>Die Aktie legte zu./ab/DP/cd</p>",
      "Hopfenthal hebt Prognose an\n\nKIEL (dpa-AFX) - Die Aktie legte zu.<!-- Ende -->\n\n<!-- Anzeige -->Die Brauerei hob ihre Prognose an./ab/DP/cd\n<!-- Seitenende -->",
      "<p>Hopfenthal hebt Prognose an</p><p>KIEL (dpa-AFX) - Die Brauerei hob ihre Prognose an.<!-- x --></p><p>Die Aktie legte zu./ab/DP/cd</p>",
    ];
    for (const t of texts) {
      const a = parseArticle(t);
      expect([t, uncovered(t, a)]).toEqual([t, []]);
      expect(paragraphs(a)).toEqual(t.startsWith("<p>") ? ["Die Brauerei hob ihre Prognose an.", "Die Aktie legte zu."] : ["Die Aktie legte zu.", "Die Brauerei hob ihre Prognose an."]);
    }
    // `input/html` stands at the first tag or block, whichever comes first.
    const where = (t: string) => parseArticle(t).diagnostics.find((d) => d.code === "input/html")?.position.start.offset;
    expect(where("Titel\n\n<!-- x -->\nKIEL (dpa-AFX) - Text.<br>Mehr./ab")).toBe(7);
    expect(where("Titel<br>\n\n<!-- x -->\nKIEL (dpa-AFX) - Text./ab")).toBe(5);
  });
  it("a comment inside a paragraph leaves its text and adds no extra over it", () => {
    const t = "KIEL (dpa-AFX) - Die Brauerei <!-- Anzeige -->hob ihre Prognose an./ab/DP/cd";
    const a = parseArticle(t);
    expect(paragraphs(a)).toEqual(["Die Brauerei hob ihre Prognose an."]);
    expect(a.extras.filter((e) => e.kind === "markup")).toEqual([]);
    expect(uncovered(t, a)).toEqual([]);
  });
  it("a stream in chunks of any size gives what parseFeed gives", async () => {
    const t = copy("<script>var nordlicht = 1;</script>\n<!-- Werbeplatz -->");
    const feed = `${t}\n\n${t}\n\n${t}`;
    const whole = parseFeed(feed).map((a) => JSON.stringify(a));
    for (const size of [7, 64, 1000]) expect([size, (await collect(parseStream(pieces(chunksOf(feed, size))))).map((a) => JSON.stringify(a))]).toEqual([size, whole]);
  });
});
