// Pins the public surface: a change here is a change for users and needs a changeset.
import { describe, expect, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import * as authoring from "../src/authoring.js";
import type { Article, ArticleNode, Byline, DateNode, DatePrecision, DateSource, Dateline, Diagnostic, DiagnosticCode, EditorialNote, EditorialNoteKind, ExtensionNodes, Extra, ExtraKind, Footer, FooterKind, Grammar, Headline, Heading, Node, OverviewItem, Paragraph, ParseOptions, Point, Position, Rating, RatingPositions, SafeParseResult, Section, Severity, Span, Standfirst, Trailer } from "../src/index.js";
import type { BylineValue, DateParts, DatelineValue, DateValue, DpaAfxRules, DpaAfxVocabulary, Draft, DraftBlock, DraftUnit, EditorialNoteValue, ExecResult, FeedStampValue, FooterValue, HeadlineValue, Layout, Located, LineRange, Parser, Refiner, RuleSpec, Splitter, TagEntry, TrailerValue } from "../src/authoring.js";

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
      "LineIndex",
      "buildRules",
      "check",
      "choice",
      "defineGrammar",
      "dpaAfx",
      "dpaAfxRuleSpec",
      "dpaAfxVocabulary",
      "dpaBasic",
      "endOfLine",
      "eol",
      "exec",
      "extendGrammar",
      "hspace",
      "lenient",
      "located",
      "mapValue",
      "normaliseText",
      "offset",
      "optHspace",
      "peek",
      "ratingRefiner",
      "repeat",
      "sequence",
      "slashList",
      "splitMessages",
      "token",
      "tokenMatch",
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
      DpaAfxVocabulary, Draft, DraftBlock, DraftUnit, EditorialNote, EditorialNoteKind, EditorialNoteValue, ExecResult<unknown>,
      Extra, ExtraKind, FeedStampValue, Footer, FooterKind, FooterValue, Grammar, Headline, HeadlineValue, Layout<unknown, unknown>,
      Located<unknown>, Node, Paragraph, Point, Refiner, RuleSpec<unknown>, Severity, Span, Standfirst, TagEntry, Trailer,
      LineRange, OverviewItem, Splitter<unknown, unknown>,
    ];
    expectTypeOf<All["length"]>().toEqualTypeOf<42>();
  });
});
