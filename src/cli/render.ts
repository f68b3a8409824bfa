/**
 * One output format for a parsed message, shared by the main thread and the worker threads: each block of
 * a stream is parsed and rendered to text where it is, and the texts are printed in input order.
 */
import { withoutPositions } from "../article/json.js";
import type { Article } from "../article/types.js";
import { formatArticle } from "../format/text.js";
import { toHtml } from "../format/html.js";
import { toNinjs } from "../format/ninjs.js";
import { failedArticle } from "../parse.js";
import { parseBlock, type MessageBlock } from "../stream.js";
import type { ParseOptions } from "../options.js";

/** The output formats of `dpa-afx parse`. */
export type Format = "json" | "ndjson" | "text" | "html" | "ninjs";

/** How to render: the format, JSON indentation, whether positions are written, and the parse options. */
export interface RenderOptions {
  format: Format;
  /** Spaces of JSON indentation (json and ninjs only). */
  indent?: number;
  /** Write `position` fields (JSON formats); false makes the output about 40% smaller. */
  positions: boolean;
  parse: ParseOptions;
}

/** A block's messages rendered, and how many of them the parser failed on. */
export interface Rendered {
  items: string[];
  failed: number;
}


/** One message in the chosen format (JSON formats without a trailing line break). */
export function render(a: Article, o: RenderOptions): string {
  switch (o.format) {
    case "ndjson":
      return JSON.stringify(a, o.positions ? undefined : withoutPositions);
    case "json":
      return JSON.stringify(a, o.positions ? undefined : withoutPositions, o.indent);
    case "ninjs":
      return JSON.stringify(toNinjs(a), null, o.indent);
    case "text":
      return formatArticle(a);
    case "html":
      return toHtml(a);
  }
}

const failedHere = (a: Article) => a.diagnostics.some((d) => d.code === "internal/exception");

/** Parses and renders one block; a message that fails becomes an error diagnostic in its own slot. */
export function renderBlock(block: MessageBlock, o: RenderOptions): Rendered {
  const items: string[] = [];
  let failed = 0;
  for (const a of parseBlock(block, o.parse)) {
    let out: string;
    let bad = failedHere(a);
    try {
      out = render(a, o);
    } catch (e) {
      const from = (a.position?.start.offset ?? block.offset) - block.offset;
      const to = (a.position?.end.offset ?? block.offset + block.text.length) - block.offset;
      out = render(failedArticle(block.text.slice(from, to), a.position, e), o);
      bad = true;
    }
    if (bad) failed++;
    items.push(out);
  }
  return { items, failed };
}
