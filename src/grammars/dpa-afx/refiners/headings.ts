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
    // Copied at the first heading found: a message without one keeps its outline.
    let outline: DpaAfxEntry[] = draft.outline;
    for (let k = 1; k + 1 < units.length; k++) {
      const u = outline[units[k]!] as Unit;
      if (u.kind !== "paragraph" || !u.value.standalone || u.value.lines.length !== 1) continue;
      const { start, end } = u.span;
      // The neighbours' shape first (cheap), then the heading rule on the line.
      const prev = outline[units[k - 1]!] as Unit;
      const next = outline[units[k + 1]!] as Unit;
      const n = next.span;
      if (isLower(firstSignificant(input, n.start, n.end))) continue;
      const capitals = allCapitals(input, start, end);
      // "TERMINE KONJUNKTUR", "VIEL LOB VON ANALYSTEN": capitals title what follows, lists included.
      // Otherwise a heading stands after a finished paragraph, before longer running text (not another short label).
      if (
        !capitals &&
        (prev.kind === "heading" ||
          !endsFinished(input, prev.span.start, prev.span.end) ||
          (!endsSentence(lastSignificant(input, n.start, n.end)) && n.end - n.start <= HEADING_MAX) ||
          n.end - n.start <= end - start)
      ) {
        continue;
      }
      const shaped = exec(heading, input, start);
      if (shaped === null || shaped.end < end) continue;
      if (outline === draft.outline) outline = draft.outline.slice();
      outline[units[k]!] = entry("heading", u.span, u.value);
    }
    return outline === draft.outline ? draft : revise(draft, { outline });
  },
};
