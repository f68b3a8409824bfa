// Every rule of the dpa-AFX grammar that fails says what it expected, in the phrase a reader would say:
// its `.desc()` label, or the labels of the rules it tried, merged as parsimmon merges them. The table is
// written out here (not read from the rules), so a label emptied or changed fails its row.
import { describe, expect, it } from "vitest";
import { dpaAfx } from "../src/index.js";

const rules = dpaAfx.rules as unknown as Record<string, { parse(input: string): { status: boolean; expected?: string[] } }>;

describe("what each rule expected where it failed", () => {
  const place = "a place in capitals";
  const byline = "a byline like 'Von Anna Ringle, dpa-AFX'";
  const note = "an editorial note in parentheses";
  const prefix = "a date prefix like 'date 2026-01-06'";
  const archive = "an archive dateline such as 'dpa-afx FRANKFURT. '";
  it.each<[string, string[]]>([
    ["datePrefix", [prefix]],
    ["dottedDate", ["a date like '21.08.2014'"]],
    ["feedStamp", ["a feed stamp like 'AXC0135 2017-07-27/11:08'"]],
    ["analysisDate", ["a study date like 'Datum der Analyse: 17.11.2017'"]],
    ["siteDate", ["a time stamp like '12. Oktober 2023'"]],
    ["place", [place]],
    ["places", [place]],
    ["partnerPlace", ["a place in mixed case"]],
    ["agency", ["an agency in parentheses"]],
    ["dash", ["a dash"]],
    ["dateline", [place]],
    ["endDateline", [place]],
    ["prefixDateline", [archive]],
    ["dashlessDateline", [place]],
    ["upperTag", ["a desk tag in capitals"]],
    ["deskTag", ["a desk tag such as 'Aktien Frankfurt Schluss'"]],
    ["headlineTag", ["a desk tag in capitals", "a desk tag such as 'Aktien Frankfurt Schluss'"]],
    ["headlineTopic", ["a topic"]],
    ["editorialNote", [note]],
    ["wrappedNote", ["an editorial note wrapped over lines"]],
    ["byline", [byline]],
    ["trailerCode", ["a trailer code"]],
    ["endMark", ["an end mark '°'"]],
    ["trailer", ["an end mark '°'", "a slash opening the trailer"]],
    ["footer", ["a footer"]],
    ["footers", ["a footer", byline]],
    ["siteLabel", ["a site label"]],
    ["teaserMark", ["a teaser mark like '[mehr]'"]],
    ["chromeLine", ["a line of site chrome"]],
    ["frontChromeLine", ["a quote row above the headline"]],
    ["metaDate", ["a date like '21.08.2014'", "a feed stamp like 'AXC0135 2017-07-27/11:08'", "a time stamp like '12. Oktober 2023'", "a date line"]],
    ["metaLine", ["a site label", note, byline, "a line of metadata"]],
    ["leadDate", [prefix]],
    ["lead", [prefix, note, place, archive]],
    ["frontMatter", [prefix, note, place, archive, "a dateline such as 'FRANKFURT (dpa-AFX) - '"]],
    ["calendarRow", ["a calendar row such as '10:00 DEU: Ifo-Index'"]],
    ["heading", ["a heading"]],
    ["trailerLine", ["a trailer such as '/evs/DP/nas'"]],
    ["footerLines", ["a footer", byline]],
    ["endDatelineLine", [place, "a dateline after the body"]],
    ["gluedEndDateline", ["a dateline after the body"]],
    ["itemLead", [place]],
    ["dayHeading", ["a day heading"]],
    ["overview", ["an overview of two or more items"]],
    ["overviewLead", ["an overview's first item"]],
    ["messageLead", ["an overview's first item", "a dateline naming an agency"]],
  ])("%s", (name, expected) => {
    const result = rules[name]!.parse("§");
    expect(result.status).toBe(false);
    expect(result.expected).toEqual(expected);
  });
});
