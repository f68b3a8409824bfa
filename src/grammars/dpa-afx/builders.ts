/**
 * The dpa-AFX builders: one function per outline kind, turning an entry into Article nodes. The first
 * note and the first byline make the node; a later one is kept as an extra.
 */
import { isRealDate, makeDateNode } from "../../article/build.js";
import type { Span } from "../../article/position.js";
import type { Dateline, Headline, OverviewItem, Paragraph } from "../../article/types.js";
import { defineBuilders, type ArticleBuilder, type Builders } from "../../grammar/build.js";
import { isSpace, oneSpace } from "../../text/chars.js";
import { headlineFlags } from "./flags.js";
import type { DpaAfxEntry } from "./outline.js";
import type { DatelineValue, HeadlineValue } from "./rules/values.js";
import type { DpaAfxVocabulary } from "./vocabulary.js";

function unrecognised(into: ArticleBuilder, span: Span): void {
  into.extra("unrecognised", span);
  into.report("line/unrecognised", "info", "This text fits no element of a dpa-AFX message.", span);
}

function headlineNode(into: ArticleBuilder, span: Span, v: HeadlineValue): Headline {
  // Tags and places as the vocabulary writes them: `AKTIE IM  FOKUS` is `AKTIE IM FOKUS` (see oneSpace).
  // (Decoded where the message holds HTML: `Aktien Frankfurt Er&ouml;ffnung`.)
  const tags = v.tags.map((t) => oneSpace(into.plain(t.value)));
  const text = into.text(span);
  const titleStart = Math.max(span.start, Math.min(v.title.span.start, span.end));
  return {
    type: "headline",
    text,
    tags,
    topics: v.topics.map((t) => into.plain(t.value)),
    // A headline without tags is its title: its text is not made twice.
    title: titleStart === span.start ? text : into.text({ start: titleStart, end: span.end }),
    flags: headlineFlags(tags, into.draft.grammar.vocabulary as DpaAfxVocabulary),
    position: into.position(span),
  };
}

function datelineNode(into: ArticleBuilder, span: Span, v: DatelineValue, placement: Dateline["placement"]): Dateline {
  return { type: "dateline", text: withoutEmphasis(into.text(span)), locations: v.locations.map((l) => oneSpace(into.plain(l.value))), agency: v.agency ? oneSpace(v.agency.value) : null, placement, position: into.position(span) };
}

/**
 * A dateline's text without the Markdown emphasis marks its gaps read through (`KIEL (dpa-AFX)** -` from
 * `**KIEL (dpa-AFX)** - `): no place, agency or dash holds `*` or `_`.
 */
function withoutEmphasis(text: string): string {
  return text.includes("*") || text.includes("_") ? oneSpace(text.replace(EMPHASIS, "")) : text;
}
const EMPHASIS = /[*_]+/g;

function paragraphNode(into: ArticleBuilder, lines: readonly Span[]): Paragraph {
  return into.body("paragraph", lines);
}

/**
 * The builders of dpa-AFX, keyed by entry kind.
 *
 * @example
 * extendGrammar(dpaAfx, { id: "mine", builders: (base) => ({ ...base, siteLabel: () => {} }) }); // drop site labels
 */
export const dpaAfxBuilders: Builders = defineBuilders<DpaAfxEntry>({
  date(e, into) {
    const { date, source, primary } = e.value;
    const node = makeDateNode(date, source, into.raw(e.span), into.position(e.span), into.draft.options.zone);
    if (!isRealDate(date)) into.report("date/invalid", "warning", `'${node.text}' is not a real date.`, e.span);
    into.article.dates.push(node);
    if (primary) into.article.date = node;
  },
  siteLabel(e, into) {
    into.extra("siteLabel", e.span);
  },
  note(e, into) {
    if (into.article.editorialNote) return unrecognised(into, e.span);
    into.article.editorialNote = { type: "editorialNote", text: into.text(e.value.span), kind: e.value.kind, position: into.position(e.span) };
  },
  byline(e, into) {
    const text = into.text(e.value.text.span);
    const seen = into.article.byline;
    if (seen) {
      if (seen.text === text) into.extra("duplicate", e.span);
      else unrecognised(into, e.span);
      return;
    }
    into.article.byline = { type: "byline", text, authors: e.value.authors.map((a) => into.plain(a)), agency: e.value.agency, position: into.position(e.span) };
  },
  // Front text the `front` refiner left undecided (a grammar without it): kept, never lost.
  frontText(e, into) {
    unrecognised(into, e.span);
  },
  headline(e, into) {
    into.article.headline = headlineNode(into, e.span, e.value);
  },
  standfirst(e, into) {
    into.article.standfirst = { type: "standfirst", text: into.text(e.span), position: into.position(e.span) };
  },
  dateline(e, into) {
    if (into.article.dateline) return unrecognised(into, e.span);
    into.article.dateline = datelineNode(into, e.span, e.value.dateline, e.value.placement);
    if (e.value.placement === "end") into.report("dateline/trailing", "info", "The dateline stands after the body, not before the lead.", e.value.dateline.span);
  },
  body() {},
  // A block the `paragraphs` refiner left unsplit (a grammar without it): one paragraph.
  block(e, into) {
    into.paragraph(paragraphNode(into, e.value.lines));
  },
  paragraph(e, into) {
    into.paragraph(paragraphNode(into, e.value.lines));
  },
  heading(e, into) {
    into.heading(into.body("heading", e.value.lines));
  },
  // Item heads inside a body are listed through `item` entries; the head alone makes no node.
  itemHead() {},
  item(e, into) {
    const { head, paragraphs } = e.value;
    const dl = head.dateline;
    let end = dl.span.end;
    while (end > dl.span.start && isSpace(into.draft.input.charCodeAt(end - 1))) end--;
    const node: OverviewItem = {
      type: "item",
      heading: head.dayHeading ? { type: "heading", text: into.text(head.dayHeading), position: into.position(head.dayHeading) } : null,
      headline: headlineNode(into, head.headline, head.title),
      dateline: datelineNode(into, { start: dl.span.start, end }, dl, "lead"),
      paragraphs: paragraphs.map((lines) => paragraphNode(into, lines)),
      position: into.position(e.span),
    };
    into.article.items.push(node);
  },
  trailer(e, into) {
    const v = e.value;
    into.article.trailer = { type: "trailer", text: into.raw(e.span), codes: v.codes.map((c) => c.value), position: into.position(e.span) };
    if (v.stray) into.report("trailer/stray-punctuation", "info", `The trailer ends with a stray '${v.stray.value}'.`, v.stray.span);
  },
  footer(e, into) {
    into.article.footers.push({ type: "footer", kind: e.value.kind, text: into.text(e.span), value: e.value.value, position: into.position(e.span) });
  },
  // A line after the trailer the `afterTrailer` refiner left undecided: kept as unrecognised.
  afterTrailer(e, into) {
    unrecognised(into, e.span);
  },
  extra(e, into) {
    if (e.value.kind === "unrecognised") unrecognised(into, e.span);
    else into.extra(e.value.kind, e.span);
  },
});
