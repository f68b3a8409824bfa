/**
 * A teaser's cut mark: RSS feeds and news APIs end a cut copy with a link or a count (`[mehr]`,
 * `<a href="...">[weiter]</a>`, `[+1040 chars]`, `(...)`, or a link's word after the ellipsis: `... mehr`). The mark (with a link tag right before it) becomes a
 * `truncation` footer and the body ends before it; the `truncation` refiner reports `body/truncated` there.
 */
import { exec } from "../../../combinators/fast.js";
import { tagEnd, tagStart } from "../../../text/markup.js";
import { entry } from "../outline.js";
import { skipSpaces } from "../rules/util.js";
import { cutBodyEnd, rulesOf, type DpaAfxDraft } from "./draft.js";

/** The refiner: cuts a teaser mark from the end of the body's last line into a `truncation` footer. */
export const teaser = cutBodyEnd("teaser", (draft, line) => {
  const { input } = draft;
  // The mark opens at the line's last "[" or "(", or after its last ellipsis (spaces and a link tag aside:
  // `... mehr`, `…<a href="...">Weiterlesen</a>`), searched within the line, and reaches the line's end.
  const text = input.slice(line.start, line.end);
  const bracket = Math.max(text.lastIndexOf("["), text.lastIndexOf("("));
  const ellipsis = Math.max(text.lastIndexOf("..."), text.lastIndexOf("…"));
  const after = ellipsis === -1 ? -1 : afterLink(input, line.start + ellipsis + (input.charCodeAt(line.start + ellipsis) === 0x2026 ? 1 : 3), line.end);
  const found = (bracket !== -1 ? markAt(draft, line.start + bracket, line.end) : null) ?? (after !== -1 && after > line.start + bracket ? markAt(draft, after, line.end) : null);
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

/** Where the text after `from` starts, past spaces and the tags opening a link (`<a href="...">`), before `end`. */
function afterLink(input: string, from: number, end: number): number {
  let k = skipSpaces(input, from, end);
  for (let t = tagEnd(input, k, end); t !== -1; t = tagEnd(input, k, end)) k = skipSpaces(input, t, end);
  return k < end ? k : -1;
}
