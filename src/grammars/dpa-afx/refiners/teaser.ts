/**
 * A teaser's cut mark: RSS feeds and news APIs end a cut copy with a link or a count (`[mehr]`,
 * `<a href="...">[weiter]</a>`, `[+1040 chars]`, `(...)`). The mark (with a link tag right before it) becomes a
 * `truncation` footer and the body ends before it; the `truncation` refiner reports `body/truncated` there.
 */
import { exec } from "../../../combinators/fast.js";
import { tagStart } from "../../../text/markup.js";
import { entry } from "../outline.js";
import { skipSpaces } from "../rules/util.js";
import { cutBodyEnd, rulesOf } from "./draft.js";

/** The refiner: cuts a teaser mark from the end of the body's last line into a `truncation` footer. */
export const teaser = cutBodyEnd("teaser", (draft, line) => {
  const { input } = draft;
  // The mark opens at the line's last "[" or "(" (searched within the line) and reaches the line's end.
  const text = input.slice(line.start, line.end);
  const within = Math.max(text.lastIndexOf("["), text.lastIndexOf("("));
  if (within === -1) return null;
  const at = line.start + within;
  const found = exec(rulesOf(draft).teaserMark, input, at);
  if (found === null || skipSpaces(input, found.end, line.end) !== line.end) return null;
  // A link tag right before the mark is part of it; the text before the tag stays body.
  let start = at;
  for (let t = tagStart(input, start, line.start); t !== -1; t = tagStart(input, start, line.start)) start = t;
  return { start, footer: entry("footer", { start, end: line.end }, { kind: "truncation", value: input.slice(at, found.end) }) };
});
