// Pins the public surface: a change here is a change for users and needs a changeset.
import { describe, expect, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import type {
  Article,
  ArticleNode,
  Byline,
  BylineValue,
  DateNode,
  DateParts,
  DatePrecision,
  DateSource,
  Dateline,
  DatelineValue,
  DateValue,
  Diagnostic,
  DiagnosticCode,
  DpaAfxRules,
  DpaAfxVocabulary,
  Draft,
  DraftBlock,
  DraftUnit,
  EditorialNote,
  EditorialNoteKind,
  EditorialNoteValue,
  ExecResult,
  ExtensionNodes,
  Extra,
  ExtraKind,
  FeedStampValue,
  Footer,
  FooterKind,
  FooterValue,
  Grammar,
  Headline,
  HeadlineValue,
  Heading,
  Layout,
  Located,
  LineRange,
  Node,
  OverviewItem,
  Paragraph,
  ParseOptions,
  Parser,
  Point,
  Position,
  Rating,
  RatingPositions,
  Refiner,
  RuleSpec,
  SafeParseResult,
  Section,
  Severity,
  Span,
  Splitter,
  Standfirst,
  TagEntry,
  Trailer,
  TrailerValue,
} from "../src/index.js";

describe("public surface", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(api).sort()).toEqual([
      "LineIndex",
      "ParseError",
      "buildRules",
      "check",
      "choice",
      "decodeBytes",
      "defineGrammar",
      "dpaAfx",
      "dpaAfxRatings",
      "dpaAfxRuleSpec",
      "dpaAfxVocabulary",
      "dpaBasic",
      "endOfLine",
      "eol",
      "escapeHtml",
      "exec",
      "extendGrammar",
      "extractRating",
      "formatArticle",
      "formatDiagnostic",
      "hspace",
      "lenient",
      "located",
      "mapValue",
      "normaliseText",
      "offset",
      "optHspace",
      "parseArticle",
      "parseFeed",
      "parseStream",
      "peek",
      "printSource",
      "ratingRefiner",
      "repeat",
      "safeParseArticle",
      "sequence",
      "slashList",
      "splitMessages",
      "toHtml",
      "toNinjs",
      "token",
      "tokenMatch",
    ]);
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
