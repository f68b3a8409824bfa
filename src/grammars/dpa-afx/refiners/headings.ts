/**
 * Tells section headings from one-sentence paragraphs. A heading is a stand-alone line the `heading` rule
 * accepts, between two paragraphs, that titles what follows: after a finished sentence and before a
 * paragraph that is running text (a line in capitals, such as `TERMINE KONJUNKTUR`, needs neither).
 */
import { revise } from "../../../grammar/outline.js";
import { exec } from "../../../combinators/fast.js";
import { endsSentence, isLower } from "../../../text/chars.js";
import { entry, type DpaAfxEntry, type EntryOf } from "../outline.js";
import { allCapitals, endsFinished, firstSignificant, HEADING_MAX, lastSignificant } from "../rules/body.js";
import { rulesOf, type DpaAfxRefiner } from "./draft.js";

type Unit = EntryOf<"paragraph"> | EntryOf<"heading">;

/** The refiner: turns stand-alone `paragraph` entries into `heading` entries. */
export const headings: DpaAfxRefiner = {
  name: "headings",
  refine(draft) {
    const { input } = draft;
    const heading = rulesOf(draft).heading;
    const units: number[] = [];
    draft.outline.forEach((e, i) => {
      if (e.kind === "paragraph" || e.kind === "heading") units.push(i);
    });
    if (units.length < 3) return draft;
    const outline: DpaAfxEntry[] = draft.outline.slice();
    for (let k = 1; k + 1 < units.length; k++) {
      const u = outline[units[k]!] as Unit;
      if (u.kind !== "paragraph" || !u.value.standalone || u.value.lines.length !== 1) continue;
      const { start, end } = u.span;
      const shaped = exec(heading, input, start);
      if (shaped === null || shaped.end < end) continue;
      const prev = outline[units[k - 1]!] as Unit;
      const next = outline[units[k + 1]!] as Unit;
      const n = next.span;
      if (isLower(firstSignificant(input, n.start, n.end))) continue;
      const made = entry("heading", u.span, u.value);
      if (allCapitals(input, start, end)) {
        // "TERMINE KONJUNKTUR", "VIEL LOB VON ANALYSTEN": capitals title what follows, lists included.
        outline[units[k]!] = made;
        continue;
      }
      if (prev.kind === "heading") continue;
      if (!endsFinished(input, prev.span.start, prev.span.end)) continue;
      // What follows must be running text, not another short label.
      if (!endsSentence(lastSignificant(input, n.start, n.end)) && n.end - n.start <= HEADING_MAX) continue;
      if (n.end - n.start <= end - start) continue;
      outline[units[k]!] = made;
    }
    return revise(draft, { outline });
  },
};
