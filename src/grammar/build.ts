/**
 * Builders: the table that turns outline entries into Article nodes, one function per entry kind, and the
 * generic step that runs it (compare mdast-util-from-markdown's handlers keyed by token type).
 */
import type { Diagnostic, DiagnosticCode, Severity } from "../article/diagnostics.js";
import type { Position, Span } from "../article/position.js";
import type { Article, Extra, ExtraKind, Heading, Paragraph, Section } from "../article/types.js";
import { firstMarkup, stripMarkup } from "../text/markup.js";
import { joinLines, lineText, linesAreClean, markupText, normalise } from "../text/normalise.js";
import type { Draft, Entry } from "./outline.js";

/**
 * A builder: turns one outline entry into nodes of the Article being built.
 *
 * @example
 * const footer: Builder<Entry<"footer", { kind: string; value: string | null }>> = (e, into) => {
 *   into.article.footers.push({ type: "footer", kind: e.value.kind, text: into.text(e.span), value: e.value.value, position: into.position(e.span) });
 * };
 */
export type Builder<E extends Entry = Entry> = (entry: E, into: ArticleBuilder) => void;

/**
 * The builders of a grammar, keyed by entry kind. An entry of a kind with no builder is kept as an
 * `unrecognised` extra (nothing is lost).
 *
 * @example
 * const builders = defineBuilders<MyEntry>({ footer, trailer });
 */
export type Builders = Readonly<Record<string, Builder<never>>>;

/**
 * A typed builder table for the entries `E` of one grammar (each function gets its own kind of entry).
 *
 * @example
 * export const dpaAfxBuilders = defineBuilders<DpaAfxEntry>({ trailer: (e, into) => { ... } });
 */
export function defineBuilders<E extends Entry>(table: { [K in E["kind"]]?: Builder<Extract<E, { kind: K }>> }): Builders {
  return Object.freeze({ ...table }) as unknown as Builders;
}

/**
 * An Article with nothing found yet, standing at `position`: every field empty, in the JSON's order. @internal
 *
 * @example
 * emptyArticle(index.position(0, input.length)).sections; // []
 */
export function emptyArticle(position: Position): Article {
  return {
    type: "article",
    date: null,
    dates: [],
    headline: null,
    editorialNote: null,
    byline: null,
    dateline: null,
    standfirst: null,
    sections: [],
    trailer: null,
    footers: [],
    extras: [],
    items: [],
    language: null,
    diagnostics: [],
    position,
  };
}

/**
 * The Article under construction, with what builders need: positions, node text, diagnostics, sections.
 *
 * @example
 * into.article.trailer = { type: "trailer", text: into.raw(span), codes, position: into.position(span) };
 */
export class ArticleBuilder {
  /** The Article being built: builders set its fields and push to its lists. */
  readonly article: Article;
  readonly diagnostics: Diagnostic[] = [];
  private section: Section | null = null;

  /** True when no line of the message holds odd or doubled white space: node text is then a slice. */
  private readonly clean: boolean;
  /** True when the message holds HTML tags or entities: node text drops the tags and decodes the entities. */
  private readonly markup: boolean;

  constructor(readonly draft: Draft) {
    this.article = emptyArticle(draft.index.position(draft.span.start, draft.span.end));
    this.markup = firstMarkup(draft.input, draft.span.start, draft.span.end) !== -1;
    this.clean = !this.markup && linesAreClean(draft.input, draft.span.start, draft.span.end);
  }

  /** The position of a span of the input. */
  position(span: Span): Position {
    return this.draft.index.position(span.start, span.end);
  }

  /** The text of a span, white space collapsed (see `normalise`). */
  text(span: Span): string {
    if (this.markup) return markupText(this.draft.input, [span]);
    if (this.clean && this.inOneLine(span)) return lineText(this.draft.input, span.start, span.end);
    return normalise(this.draft.input, span.start, span.end, this.clean);
  }

  /** The text of several line spans joined with single spaces. */
  textOfLines(lines: readonly Span[]): string {
    if (this.markup) return markupText(this.draft.input, lines);
    if (lines.length === 1 && this.clean && this.inOneLine(lines[0]!)) return lineText(this.draft.input, lines[0]!.start, lines[0]!.end);
    return joinLines(this.draft.input, lines, this.clean);
  }

  /**
   * True when `span` ends on the line it starts on (before that line's break). Asked before its position
   * is: the line index's hint then stands where the position's first point is looked up.
   */
  private inOneLine(span: Span): boolean {
    const index = this.draft.index;
    return span.end <= index.ends[index.lineOf(span.start)]!;
  }

  /** A paragraph or heading over `lines` (its text: the lines joined with single spaces). */
  body<T extends "paragraph" | "heading">(type: T, lines: readonly Span[]): { type: T; text: string; position: Position } {
    return { type, text: this.textOfLines(lines), position: this.position({ start: lines[0]!.start, end: lines[lines.length - 1]!.end }) };
  }

  /**
   * A value read from the input (an author's name) as node text reads it: white space collapsed and, where
   * the message holds HTML, entities decoded and tags dropped.
   *
   * @example
   * into.plain("Anna&nbsp;Berg"); // "Anna Berg" in a message holding HTML
   */
  plain(value: string): string {
    const text = this.markup ? stripMarkup(value) : value;
    return normalise(text, 0, text.length);
  }

  /** The span's characters exactly as written. */
  raw(span: Span): string {
    return this.draft.input.slice(span.start, span.end);
  }

  /** Adds a diagnostic at a span. */
  report(code: DiagnosticCode, severity: Severity, message: string, span: Span, expected?: string[]): void {
    const d: Diagnostic = { code, severity, message, position: this.position(span) };
    if (expected) d.expected = expected;
    this.diagnostics.push(d);
  }

  /** Adds an extra of `kind` over `span`. */
  extra(kind: ExtraKind, span: Span): Extra {
    // Markup (tags, Markdown marks) is no text.
    const node: Extra = { type: "extra", kind, text: kind === "markup" ? "" : this.text(span), position: this.position(span) };
    this.article.extras.push(node);
    return node;
  }

  /** Adds a paragraph to the current section. */
  paragraph(node: Paragraph): void {
    this.section ??= this.open(null);
    this.section.paragraphs.push(node);
  }

  /** Opens a new section under `node`. */
  heading(node: Heading): void {
    this.section = this.open(node);
  }

  private open(heading: Heading | null): Section {
    const s: Section = { type: "section", heading, paragraphs: [] };
    this.article.sections.push(s);
    return s;
  }
}

/**
 * Builds the Article of a draft: each entry through its builder, in input order; then the fields refiners
 * set and every diagnostic, sorted by where it stands.
 *
 * @example
 * const article = build(draft);
 */
export function build(draft: Draft): Article {
  const into = new ArticleBuilder(draft);
  const builders = draft.grammar.builders;
  const outline = draft.outline;
  for (let k = 0; k < outline.length; k++) {
    const entry = outline[k]!;
    const fn = builders[entry.kind] as Builder | undefined;
    if (fn) fn(entry, into);
    else {
      into.extra("unrecognised", entry.span);
      into.report("line/unrecognised", "info", `The grammar found a '${entry.kind}' it has no builder for.`, entry.span);
    }
  }
  const article = into.article;
  for (const key of Object.keys(draft.fields)) (article as unknown as Record<string, unknown>)[key] = draft.fields[key];
  // What the builders found first (it stands in the text), then what refiners and the driver concluded.
  const all = draft.diagnostics.length === 0 ? into.diagnostics : into.diagnostics.concat(draft.diagnostics);
  article.diagnostics = all.length > 1 ? all.sort(bySpot) : all;
  return article;
}

const bySpot = (a: Diagnostic, b: Diagnostic) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1);
