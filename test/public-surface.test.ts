// Pins the public surface: a change here is a change for users and needs a changeset.
import { describe, expect, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import * as authoring from "../src/authoring.js";
import type { Article, ArticleNode, Byline, DateNode, DatePrecision, DateSource, Dateline, Diagnostic, DiagnosticCode, EditorialNote, EditorialNoteKind, ExtensionNodes, Extra, ExtraKind, Footer, FooterKind, Grammar, Headline, Heading, Node, OverviewItem, Paragraph, ParseOptions, Point, Position, Rating, RatingPositions, SafeParseResult, Section, Severity, Span, Standfirst, Trailer } from "../src/index.js";
import type { Builder, Builders, BylineValue, DateEntryValue, DatelineEntryValue, DateParts, DatelineValue, DateValue, Doc, DocumentRules, DpaAfxEntry, DpaAfxRules, DpaAfxVocabulary, Draft, EditorialNoteValue, Entry, ExecResult, FeedStampValue, FooterEntryValue, FooterValue, GluedDatelineValue, GrammarExtension, HeadlineValue, ItemHeadValue, ItemValue, LeadValue, Lines, LinesValue, Located, LineRange, Parser, Refiner, RuleSpec, TagEntry, TailValue, TrailerLineValue, TrailerValue } from "../src/authoring.js";

describe("public surface", () => {
  it("exports exactly these values from dpa-afx-parser", () => {
    expect(Object.keys(api).sort()).toEqual([
      "ParseError",
      "decodeBytes",
      "dpaAfx",
      "dpaAfxRatings",
      "dpaBasic",
      "escapeHtml",
      "extractRating",
      "formatArticle",
      "formatDiagnostic",
      "parseArticle",
      "parseFeed",
      "parseStream",
      "printSource",
      "safeParseArticle",
      "toHtml",
      "toJson",
      "toNinjs",
    ]);
  });
  it("exports exactly these values from dpa-afx-parser/grammar, the same objects as the main entry", () => {
    expect(Object.keys(authoring).sort()).toEqual([
      "ArticleBuilder",
      "LineIndex",
      "SPACE_CLASS",
      "SPACE_OR_BREAK_CLASS",
      "blankLines",
      "build",
      "buildRules",
      "check",
      "choice",
      "defineBuilders",
      "defineGrammar",
      "docOf",
      "dpaAfx",
      "dpaAfxBuilders",
      "dpaAfxRefiners",
      "dpaAfxRuleSpec",
      "dpaAfxVocabulary",
      "dpaBasic",
      "draftOf",
      "endOfLine",
      "eol",
      "exec",
      "extendGrammar",
      "hspace",
      "inRegion",
      "isBlank",
      "isSpace",
      "isSpaceOrBreak",
      "lenient",
      "lex",
      "lineAt",
      "lineOf",
      "located",
      "mapValue",
      "memoLine",
      "messageTop",
      "normaliseText",
      "notAhead",
      "offset",
      "optHspace",
      "parseMessage",
      "peek",
      "plainSpaces",
      "ratingRefiner",
      "repeat",
      "sequence",
      "slashList",
      "splitMessages",
      "textFrom",
      "textLine",
      "token",
      "tokenMatch",
      "wholeLine",
    ]);
    expect(authoring.dpaAfx).toBe(api.dpaAfx);
  });
  it("types the contract", () => {
    expectTypeOf(api.parseArticle).parameters.toEqualTypeOf<[string | Uint8Array, (ParseOptions | undefined)?]>();
    expectTypeOf(api.parseArticle).returns.toEqualTypeOf<Article>();
    expectTypeOf<Article["type"]>().toEqualTypeOf<"article">();
    expectTypeOf<Section["heading"]>().toEqualTypeOf<Heading | null>();
    // The built-in node types (extensions add theirs through ExtensionNodes; test/extend.test.ts adds one).
    expectTypeOf<Exclude<ArticleNode["type"], ExtensionNodes[keyof ExtensionNodes]["type"]>>().toEqualTypeOf<
      "article" | "date" | "headline" | "editorialNote" | "byline" | "dateline" | "standfirst" | "section" | "heading" | "paragraph" | "trailer" | "footer" | "extra" | "item"
    >();
    expectTypeOf<api.ParseError>().toHaveProperty("code").toEqualTypeOf<DiagnosticCode>();
    expectTypeOf<api.ParseError>().toHaveProperty("position").toEqualTypeOf<Position>();
    expectTypeOf<SafeParseResult>().toHaveProperty("success").toEqualTypeOf<boolean>();
    expectTypeOf(api.dpaAfx.rules.trailer).toEqualTypeOf<Parser<TrailerValue>>();
    expectTypeOf<Rating["positions"]>().toEqualTypeOf<RatingPositions>();
    expectTypeOf<RatingPositions["company"]>().toEqualTypeOf<Position | undefined>();
    expectTypeOf(api.dpaAfx.rules.dateline).toEqualTypeOf<Parser<DatelineValue>>();
  });
  it("names every public type (compile-time)", () => {
    type All = [
      Byline, BylineValue, DateNode, DateParts, DatePrecision, DateSource, Dateline, DateValue, Diagnostic, DpaAfxRules,
      DpaAfxVocabulary, Draft, EditorialNote, EditorialNoteKind, EditorialNoteValue, ExecResult<unknown>,
      Extra, ExtraKind, FeedStampValue, Footer, FooterKind, FooterValue, Grammar, Headline, HeadlineValue,
      Located<unknown>, Node, Paragraph, Point, Refiner, RuleSpec<unknown>, Severity, Span, Standfirst, TagEntry, Trailer,
      LineRange, OverviewItem, Builder, Builders, DateEntryValue, DatelineEntryValue, Doc, DocumentRules, DpaAfxEntry, Entry,
      FooterEntryValue, GluedDatelineValue, GrammarExtension<unknown, unknown>, ItemHeadValue, ItemValue, LeadValue, Lines,
      LinesValue, TailValue, TrailerLineValue,
    ];
    expectTypeOf<All["length"]>().toEqualTypeOf<56>();
  });
});
