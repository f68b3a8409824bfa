/** Test helpers: run a rule the way a user does and walk an article's nodes. */
import type { Article, Diagnostic, Node } from "../src/index.js";

/** Every node of an article with a position, the article and its sections left out. */
export function positionedNodes(a: Article): Node[] {
  const out: Node[] = [];
  const add = (n: Node | null | undefined) => {
    if (n && n.position) out.push(n);
  };
  a.dates.forEach(add);
  add(a.headline);
  add(a.editorialNote);
  add(a.byline);
  add(a.dateline);
  add(a.standfirst);
  for (const s of a.sections) {
    add(s.heading);
    s.paragraphs.forEach(add);
  }
  for (const it of a.items) {
    add(it);
    add(it.heading);
    add(it.headline);
    add(it.dateline);
    it.paragraphs.forEach(add);
  }
  add(a.trailer);
  a.footers.forEach(add);
  a.extras.forEach(add);
  return out;
}

/** Diagnostics as `{ code, line, column }` for matching (never the message). */
export function where(ds: Diagnostic[]) {
  return ds.map((d) => ({ code: d.code, line: d.position.start.line, column: d.position.start.column }));
}

/** The raw input a node covers. */
export function raw(input: string, n: Node): string {
  return n.position ? input.slice(n.position.start.offset, n.position.end.offset) : "";
}

/** Paragraph texts in order. */
export function paragraphs(a: Article): string[] {
  return a.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
}
