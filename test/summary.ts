/**
 * The fields a golden fixture pins: what a reader checks, without positions (tests for those stand
 * apart). Dates with their precision, headline flags, the standfirst, the dateline as written, the
 * trailer as written (a stray `/` or `;`, an end mark `°`), footer texts and values, the language, and
 * each diagnostic with its severity.
 */
import type { Article } from "../src/index.js";

export function summarise(a: Article) {
  return {
    date: a.date?.iso ?? null,
    datePrecision: a.date?.precision ?? null,
    headline: a.headline ? { text: a.headline.text, tags: a.headline.tags, title: a.headline.title, flags: a.headline.flags } : null,
    standfirst: a.standfirst?.text ?? null,
    editorialNote: a.editorialNote ? { text: a.editorialNote.text, kind: a.editorialNote.kind } : null,
    byline: a.byline ? { text: a.byline.text, authors: a.byline.authors } : null,
    dateline: a.dateline ? { text: a.dateline.text, locations: a.dateline.locations, agency: a.dateline.agency, placement: a.dateline.placement } : null,
    sections: a.sections.map((s) => ({ heading: s.heading?.text ?? null, paragraphs: s.paragraphs.map((p) => p.text) })),
    trailer: a.trailer?.codes ?? null,
    trailerText: a.trailer?.text ?? null,
    footers: a.footers.map((f) => ({ kind: f.kind, value: f.value, text: f.text })),
    extras: a.extras.map((e) => ({ kind: e.kind, text: e.text })),
    items: a.items.map((it) => ({
      heading: it.heading?.text ?? null,
      headline: it.headline?.text ?? null,
      dateline: it.dateline ? { locations: it.dateline.locations, agency: it.dateline.agency } : null,
      paragraphs: it.paragraphs.map((p) => p.text),
    })),
    language: a.language,
    diagnostics: a.diagnostics.map((d) => `${d.severity} ${d.code}@${d.position.start.line}:${d.position.start.column}`),
  };
}
