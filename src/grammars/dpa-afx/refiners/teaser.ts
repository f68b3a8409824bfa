/**
 * A teaser's cut mark: RSS feeds and news APIs end a cut copy with a link or a count (`[mehr]`,
 * `<a href="...">[weiter]</a>`, `[+1040 chars]`). The mark (with a link tag right before it) becomes a
 * `truncation` footer and the body ends before it; the `truncation` refiner reports `body/truncated` there.
 */
import { exec } from "../../../combinators/fast.js";
import type { Span } from "../../../article/position.js";
import { tagStart } from "../../../text/markup.js";
import { entry, type DpaAfxEntry } from "../outline.js";
import { skipSpaces, trimEnd } from "../rules/util.js";
import { has, rulesOf, type DpaAfxRefiner } from "./draft.js";

/** The refiner: cuts a teaser mark from the end of the body's last line into a `truncation` footer. */
export const teaser: DpaAfxRefiner = {
  name: "teaser",
  refine(draft) {
    if (has(draft, "trailer")) return draft;
    let k = -1;
    for (let j = draft.outline.length - 1; j >= 0 && k === -1; j--) if (draft.outline[j]!.kind === "block") k = j;
    if (k === -1) return draft;
    const block = draft.outline[k] as Extract<DpaAfxEntry, { kind: "block" }>;
    const { input } = draft;
    const lines = block.value.lines;
    const line = lines[lines.length - 1]!;
    // The mark opens at the line's last "[" (searched within the line) and reaches the line's end.
    const within = input.slice(line.start, line.end).lastIndexOf("[");
    if (within === -1) return draft;
    const at = line.start + within;
    const found = exec(rulesOf(draft).teaserMark, input, at);
    if (found === null || skipSpaces(input, found.end, line.end) !== line.end) return draft;
    // A link tag right before the mark is part of it; the text before the tag stays body.
    let start = at;
    for (let t = tagStart(input, start, line.start); t !== -1; t = tagStart(input, start, line.start)) start = t;
    const mark: Span = { start, end: line.end };
    const end = trimEnd(input, line.start, start);
    const kept = end > line.start ? lines.slice(0, -1).concat({ start: line.start, end }) : lines.slice(0, -1);
    const outline = draft.outline.slice();
    const footer = entry("footer", mark, { kind: "truncation", value: input.slice(at, found.end) });
    if (kept.length > 0) outline.splice(k, 1, entry("block", { start: kept[0]!.start, end: kept[kept.length - 1]!.end }, { lines: kept, standalone: block.value.standalone }), footer);
    else outline.splice(k, 1, footer);
    return { ...draft, outline };
  },
};
