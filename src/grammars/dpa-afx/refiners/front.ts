/**
 * Headline or standfirst: the lines of text above the lead. The first one that does not end in a full
 * stop (an ellipsis where a site cut it short is no full stop) is the headline, unless it is a site's
 * short label with a longer candidate below it (then it is a `chrome` extra); the first other one is the standfirst; any further one is kept as an
 * unrecognised extra.
 */
import { entry, type DpaAfxEntry } from "../outline.js";
import { endsInFullStop } from "../rules/util.js";
import { has, type DpaAfxRefiner } from "./draft.js";

/** The most words a site's label has (`Erweiterte Funktionen`); a headline has more. */
const MAX_LABEL_WORDS = 3;

/** How many words `input[start, end)` holds (runs of characters between spaces; one line). */
function words(input: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let k = start; k < end; k++) {
    const space = input.charCodeAt(k) === 32 || input.charCodeAt(k) === 9 || input.charCodeAt(k) === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The refiner: turns `frontText` entries into `headline`, `standfirst` and `extra` entries. */
export const front: DpaAfxRefiner = {
  name: "front",
  refine(draft) {
    if (!has(draft, "frontText")) return draft;
    let headline = has(draft, "headline");
    let standfirst = has(draft, "standfirst");
    // Site chrome above the headline (`Erweiterte Funktionen`, glued to a date prefix or on its own): a
    // label of at most three words, where a line of more words that could be the headline follows.
    const candidates = headline ? [] : draft.outline.filter((e) => e.kind === "frontText" && !endsInFullStop(draft.input, e.span.end));
    const chrome = new Set<DpaAfxEntry>();
    const longer = candidates.findIndex((e) => words(draft.input, e.span.start, e.span.end) > MAX_LABEL_WORDS);
    // A line with a desk tag (`ROUNDUP: Dax legt zu`) is a headline, however short.
    for (let k = 0; k < longer; k++) if (candidates[k]!.kind === "frontText" && (candidates[k]!.value as { tags: unknown[] }).tags.length === 0) chrome.add(candidates[k]!);
    const outline = draft.outline.map((e) => {
      if (e.kind !== "frontText") return e;
      if (chrome.has(e)) return entry("extra", e.span, { kind: "chrome" });
      if (!headline && !endsInFullStop(draft.input, e.span.end)) {
        headline = true;
        return entry("headline", e.span, e.value);
      }
      if (!standfirst) {
        standfirst = true;
        return entry("standfirst", e.span, null);
      }
      return entry("extra", e.span, { kind: "unrecognised" });
    });
    return { ...draft, outline };
  },
};
