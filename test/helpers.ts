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

/**
 * Line and column of every offset of `input` (0 to its length), computed here by walking the text, not
 * with the library's LineIndex: a test of positions must not share the code it checks. `\n`, `\r\n` and
 * a lone `\r` end a line; columns count UTF-16 code units from 1.
 */
export function pointsOf(input: string): (offset: number) => { line: number; column: number; offset: number } {
  const lines = new Int32Array(input.length + 1);
  const columns = new Int32Array(input.length + 1);
  let line = 1;
  let column = 1;
  for (let k = 0; k <= input.length; k++) {
    lines[k] = line;
    columns[k] = column;
    const c = input.charCodeAt(k);
    if (c === 10 || (c === 13 && input.charCodeAt(k + 1) !== 10)) {
      line++;
      column = 1;
    } else column++;
  }
  return (offset) => ({ line: lines[offset]!, column: columns[offset]!, offset });
}

/** Property runs: `n`, or a tenth of them in mutation runs (MUTATION=1), which repeat the suite per mutant. */
export const runs = (n: number): number => (process.env.MUTATION ? Math.max(5, Math.ceil(n / 10)) : n);

/** Everything an async iterable yields, in order. */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** An async iterable yielding `parts` one by one: a source of chunks for parseStream. */
export async function* pieces<T>(parts: T[]): AsyncGenerator<T> {
  for (const p of parts) yield p;
}

/** `text` cut into chunks of `size` characters (the last may be shorter): a source for parseStream. */
export function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < text.length; k += size) out.push(text.slice(k, k + size));
  return out;
}

/** `s` cut at the given fractions of its length (0..1): the chunks of a source, for stream tests. */
export function cutAt<T extends { length: number; slice(a: number, b?: number): T }>(s: T, at: number[]): T[] {
  const points = [...new Set(at.map((f) => Math.floor(f * s.length)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const p of points) {
    out.push(s.slice(from, p));
    from = p;
  }
  out.push(s.slice(from));
  return out;
}
