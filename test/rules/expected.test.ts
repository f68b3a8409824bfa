// What a document rule says it expected when it fails on its own (`rules.x.parse(text)`): the offset and
// the labels a reader sees in parsimmon's failure. One row per place a rule gives up, so a label lost or
// moved at any of them is caught. Texts are our own, in dpa-AFX style. Written against the survivors of
// mutation testing (a `fail(i, "…")` label emptied survived every whole-text test).
import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";

type RuleName = keyof typeof dpaAfx.rules;
const DATELINE = "a dateline such as 'FRANKFURT (dpa-AFX) - '";
const BYLINE = "a byline like 'Von Anna Ringle, dpa-AFX'";
const DATE_PREFIX = "a date prefix like 'date 2026-01-06'";
const DATE = "a date like '21.08.2014'";
const STAMP = "a feed stamp like 'AXC0135 2017-07-27/11:08'";
const SITE = "a time stamp like '12. Oktober 2023'";

/** [rule, text, offset of the failure, labels expected there (in order)] */
const rows: [RuleName, string, number, string[]][] = [
  // overview.ts: headlineLine gives up on a blank line, a sentence, a long line, a dated line, a date line
  ["headlineLine", "\n", 0, ["a headline"]],
  ["headlineLine", "Der Dax stieg.", 0, ["a headline"]],
  ["headlineLine", "x".repeat(201), 0, ["a headline"]],
  ["headlineLine", "date 2026-01-06 Dax legt zu", 0, ["a headline"]],
  ["headlineLine", "21.08.2014", 0, [DATE_PREFIX, "a headline"]],
  ["dayHeading", "\n", 0, ["a day heading"]],
  ["dayHeading", "M".repeat(41), 0, ["a day heading"]],
  ["dayHeading", "Montag", 0, ["a day heading"]],
  ["itemLead", "FRANKFURT (dpa-AFX) - Der Dax stieg.", 0, ["a dateline without agency"]],
  // tail.ts
  ["footers", "   ", 0, ["a footer"]],
  ["footers", "Hallo Welt", 0, ["a footer", BYLINE]],
  ["footerLines", "\n", 0, ["a footer"]],
  ["endDatelineLine", "\n", 0, ["a dateline after the body"]],
  ["endDatelineLine", "Hallo Welt", 0, ["a place in capitals", "a dateline after the body"]],
  ["gluedEndDateline", "hallo welt", 0, ["a dateline after the body"]],
  ["trailerLine", "\n", 0, ["a trailer such as '/evs/DP/nas'"]],
  ["trailerLine", "Dax", 0, ["an end mark '°'", "a slash opening the trailer", "a trailer such as '/evs/DP/nas'"]],
  ["strayLine", "\n", 0, ["a short line"]],
  ["strayLine", "x".repeat(161), 0, ["a short line"]],
  // message.ts: a line with no parenthesis, a dateline without agency, too many lines, a date below the top
  ["messageLead", "BERLIN - Der Dax stieg.", 0, ["an overview's first item", "a dateline naming an agency"]],
  ["overviewLead", "BERLIN - Der Dax stieg.", 0, ["an overview's first item"]],
  ["messageLead", "BERLIN - Der Dax (Leitindex) stieg.", 7, ["an agency in parentheses"]],
  ["messageFront", ["A", "B", "C", "D", "E", "F"].map((n) => `Von ${n}, dpa-AFX`).join("\n"), 75, ["a message's front matter"]],
  // (a date line may stand right under one headline, never under two lines nor under a date)
  ["messageFront", "Dax legt zu\nVon Anna Berg, dpa-AFX\n21.08.2014", 35, [DATE_PREFIX, "a message's front matter"]],
  ["messageFront", "21.08.2014\nDax legt zu\n21.08.2014", 23, [DATE_PREFIX, "a message's front matter"]],
  ["messageBreak", "date 2026-07-31 PARIS", 0, [DATE, SITE, "a date line like 'date 2026-07-31' or '21.08.2014'"]],
  ["messageBreak", "AXC0135 2017-07-27/11:08", 0, [DATE_PREFIX, DATE, SITE, "a date line like 'date 2026-07-31' or '21.08.2014'"]],
  // a byline between rules closes the message before; a second headline needs a tagged one above it
  ["messageFront", "--- Von Jan Roth, dpa-AFX ---\nTitel", 0, [DATE_PREFIX, DATE, STAMP, SITE, "a date line", "a site label", "an editorial note in parentheses", "a message's front matter"]],
  ["messageFront", "BERLIN - Wer zahlt?\nTitel\n", 20, [DATE_PREFIX, DATE, STAMP, SITE, "a date line", "a site label", "an editorial note in parentheses", BYLINE, "a line of metadata", "an end mark '°'", "a slash opening the trailer", "a trailer such as '/evs/DP/nas'", "a message's front matter"]],
  // body.ts
  ["block", "\n", 0, ["a line of body text"]],
  ["paragraph", "\n", 0, ["a paragraph"]],
  ["heading", "Der Dax stieg.", 0, ["a heading"]],
  ["calendarRow", "10:00 deu", 0, ["a calendar row such as '10:00 DEU: Ifo-Index'"]],
  // front.ts: a blank line, then a line that is no date (no metadata, no lead)
  ["metaDate", "\n", 0, ["a date line"]],
  ["metaDate", "Hallo", 0, [DATE, STAMP, SITE, "a date line"]],
  ["metaLine", "\n", 0, ["a line of metadata"]],
  ["metaLine", "Hallo", 0, ["a site label", "an editorial note in parentheses", BYLINE, "a line of metadata"]],
  ["frontLine", "\n", 0, ["a line above the lead"]],
  ["lead", "\n", 0, [DATELINE]],
  ["lead", "date 2026-01-06", 15, [DATELINE]],
  ["lead", "(Wiederholung: Der Dax stieg)", 29, [DATELINE]],
  ["frontMatter", "Hallo", 0, [DATE_PREFIX, "an editorial note in parentheses", "a place in capitals", "an archive dateline such as 'dpa-afx FRANKFURT. '", DATELINE]],
  // a part that failed beyond a rule's success is named as well (parsimmon reports the furthest failure)
  ["headlineLine", "Von Anna Ringle, dpa-AFX", 24, ["a closing rule '---'"]],
  ["headlineLine", "Dax legt zu./evs/DP/nas", 23, ["a stray ';' or '/' after the trailer"]],
  ["analysisDate", "Datum der Analyse: gestern", 19, ["a study date like 'Datum der Analyse: 17.11.2017'"]],
  // inline rules with a label of their own
  ["deskTag", "abc", 0, ["a desk tag such as 'Aktien Frankfurt Schluss'"]],
  ["teaserMark", "x", 0, ["a teaser mark like '[mehr]'"]],
];

describe("a document rule run alone says what it expected", () => {
  it.each(rows)("%s on %j fails at %i", (name, text, offset, labels) => {
    const res = dpaAfx.rules[name].parse(text);
    expect(res.status).toBe(false);
    if (res.status) return;
    expect(res.index.offset).toBe(offset);
    expect(res.expected).toEqual(labels);
  });
});

describe("labels are phrases, never empty or a pattern's source", () => {
  const texts = [
    "Von Anna Ringle, dpa-AFX",
    "Dax legt zu./evs/DP/nas",
    "Hallo",
    "FRANKFURT (dpa-AFX) - Der Dax stieg.",
    "dpa-afx FRANKFURT Der Dax",
    "10:00 DEU: Ifo-Index",
    "Quelle: dpa-AFX ISIN",
    "",
  ];
  const names = Object.keys(dpaAfx.rules) as RuleName[];
  it.each(texts)("every rule on %j", (text) => {
    const leaked: string[] = [];
    for (const name of names) {
      const res = dpaAfx.rules[name].parse(text);
      if (!res.status) for (const label of res.expected) if (label === "" || label.startsWith("/")) leaked.push(`${name}: ${label}`);
    }
    expect(leaked).toEqual([]);
  });
});
