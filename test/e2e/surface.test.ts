// Pins what users see: every name the built declarations export, for both entries and both module
// systems (run after the build). A change here is a change for users and needs a changeset.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const dist = resolve(import.meta.dirname, "..", "..", "dist");

/** The names a bundled declaration file exports: every `export { ... }` list, aliases resolved. */
function exportedNames(file: string): string[] {
  const text = readFileSync(join(dist, file), "utf8");
  const names = new Set<string>();
  for (const m of text.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(",")) {
      const name = part.trim().replace(/^type /, "").split(" as ").pop()!.trim();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

const USER = [
  "Article", "ArticleExtensions", "ArticleJSON", "ArticleLanguage", "ArticleNode", "Byline", "DateNode", "DateNodeJSON",
  "DatePrecision", "DateSource", "Dateline", "Decoded", "Diagnostic", "DiagnosticCode", "EditorialNote", "EditorialNoteKind",
  "ExtensionNodes", "Extra", "ExtraKind", "Footer", "FooterKind", "Grammar", "Heading", "Headline", "HeadlineFlags", "Input",
  "JsonOptions", "Ninjs", "Ninjs22", "Ninjs22Text", "NinjsOptions", "NinjsStandard", "NinjsText", "Node", "OverviewItem",
  "Paragraph", "ParseError", "ParseOptions", "Point", "Position", "Rating", "RatingPositions", "RatingTarget", "SafeParseResult",
  "Section", "Severity", "Span", "Standfirst", "StreamOptions", "StreamSource", "TextEncoding", "Trailer", "decodeBytes", "dpaAfx",
  "dpaAfxRatings", "dpaBasic", "escapeHtml", "extractRating", "formatArticle", "formatDiagnostic", "parseArticle", "parseFeed",
  "parseStream", "printSource", "safeParseArticle", "toHtml", "toJson", "toNinjs",
];
const GRAMMAR = [
  "ArticleBuilder", "Builder", "Builders", "BylineValue", "DateEntryValue", "DateParts", "DateValue", "DatelineEntryValue",
  "DatelineValue", "Doc", "DocumentRules", "DpaAfxEntry", "DpaAfxRules", "DpaAfxVocabulary", "Draft", "EditorialNoteValue",
  "Entry", "ExecResult", "FeedStampValue", "FooterEntryValue", "FooterValue", "GluedDatelineValue", "Grammar",
  "GrammarExtension", "HeadlineValue", "ItemHeadValue", "ItemValue", "LeadValue", "LineIndex", "LineRange", "Lines",
  "LinesValue", "Located", "Parser", "Refiner", "ResolvedOptions", "RuleSpec", "SPACE_CLASS", "SPACE_OR_BREAK_CLASS", "TagEntry",
  "TailValue", "TrailerLineValue", "TrailerValue", "blankLines", "build", "buildRules", "check", "choice", "defineBuilders",
  "defineGrammar", "docOf", "dpaAfx", "dpaAfxBuilders", "dpaAfxRefiners", "dpaAfxRuleSpec", "dpaAfxVocabulary", "dpaBasic",
  "draftOf", "endOfLine", "eol", "exec", "extendGrammar", "hspace", "inRegion", "isBlank", "isSpace", "isSpaceOrBreak",
  "lenient", "lex", "lineAt", "lineOf", "located", "mapValue", "memoLine", "messageTop", "normaliseText", "notAhead", "offset",
  "optHspace", "parseMessage", "peek", "plainSpaces", "ratingRefiner", "repeat", "sequence", "slashList", "splitMessages", "textFrom",
  "textLine", "token", "tokenMatch", "wholeLine",
];

describe("the built declarations", () => {
  it("dpa-afx-parser exports exactly the user API (ESM and CommonJS types alike)", () => {
    expect(exportedNames("index.d.ts")).toEqual(USER);
    expect(exportedNames("index.d.cts")).toEqual(USER);
  });
  it("dpa-afx-parser/grammar exports exactly the grammar authors' API", () => {
    expect(exportedNames("grammar.d.ts")).toEqual(GRAMMAR);
    expect(exportedNames("grammar.d.cts")).toEqual(GRAMMAR);
  });
  it("keeps the combinators out of the user API", () => {
    for (const name of ["check", "exec", "offset", "token", "peek", "eol", "Draft", "Layout", "LineRange", "buildRules", "ResolvedOptions"]) {
      expect(USER).not.toContain(name);
    }
  });
});
