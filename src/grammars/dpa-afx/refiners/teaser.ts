/**
 * A teaser's cut mark: RSS feeds and news APIs end a cut copy with a link or a count (`[mehr]`,
 * `<a href="...">[weiter]</a>`, `[+1040 chars]`, `(...)`, or a link's word after the ellipsis: `... mehr`). The mark (with a link tag right before it) becomes a
 * `truncation` footer and the body ends before it; the `truncation` refiner reports `body/truncated` there.
 */
import { exec } from "../../../combinators/fast.js";
import { tagRunAt, tagStart } from "../../../text/markup.js";
import type { Span } from "../../../article/position.js";
import { entry } from "../outline.js";
import { skipSpaces } from "../rules/util.js";
import { cutBodyEnd, rulesOf, type DpaAfxDraft } from "./draft.js";

/** The refiner: cuts a teaser mark from the end of the body's last line into a `truncation` footer. */
export const teaser = cutBodyEnd("teaser", (draft, line) => {
  const { input } = draft;
  // The mark opens at the line's last "[" or "(", or after its last ellipsis (spaces and a link's tags aside:
  // `... mehr`, `…<a href="...">Weiterlesen</a>`), searched within the line, and reaches the line's end.
  const text = input.slice(line.start, line.end);
  const bracket = Math.max(text.lastIndexOf("["), text.lastIndexOf("("));
  const found = (bracket !== -1 ? markAt(draft, line.start + bracket, line.end) : null) ?? markAt(draft, afterEllipsis(input, text, line), line.end);
  if (found === null) return null;
  const at = found.at;
  // A link tag right before the mark is part of it; the text before the tag stays body.
  let start = at;
  for (let t = tagStart(input, start, line.start); t !== -1; t = tagStart(input, start, line.start)) start = t;
  return { start, footer: entry("footer", { start, end: line.end }, { kind: "truncation", value: input.slice(at, found.end) }) };
});

/** The teaser mark starting at `at` and reaching `end` (spaces aside), or null. */
function markAt(draft: DpaAfxDraft, at: number, end: number): { at: number; end: number } | null {
  const found = exec(rulesOf(draft).teaserMark, draft.input, at);
  return found !== null && skipSpaces(draft.input, found.end, end) === end ? { at, end: found.end } : null;
}

/**
 * Where the text after the last ellipsis of the line `text` (at `line.start`) starts, past spaces and the tags
 * opening a link (`<a href="...">`); the line's end when it holds no ellipsis.
 */
function afterEllipsis(input: string, text: string, line: Span): number {
  const dots = text.lastIndexOf("...");
  const glyph = text.lastIndexOf("\u2026");
  const after = Math.max(dots === -1 ? -1 : dots + 3, glyph === -1 ? -1 : glyph + 1);
  if (after === -1) return line.end;
  const k = skipSpaces(input, line.start + after, line.end);
  const run = tagRunAt(input, k, line.end);
  return run === null ? k : skipSpaces(input, run.end, line.end);
}
