/**
 * Tells section headings from one-sentence paragraphs. A heading is a short stand-alone line between
 * two paragraphs that titles what follows: no final full stop (a question mark is fine), no sentence
 * inside it, starting with a capital, after a finished sentence and before a paragraph that is one.
 */
import type { Draft, DraftUnit, Refiner } from "../../../grammar/index.js";
import { HEADING_MAX } from "./paragraphs.js";
import { endsSentence, firstSignificant, isCloser, isDigit, isListRow, isLower, isSpace, isUpper, lastSignificant } from "./text.js";

/** At most this many words. */
export const HEADING_MAX_WORDS = 12;

function unitText(draft: Draft, u: DraftUnit) {
  return { start: u.lines[0]!.start, end: u.lines[u.lines.length - 1]!.end };
}

/** True when the line has at least four letters and no lower-case letter (`VIEL LOB VON ANALYSTEN`). */
export function allCapitals(input: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = input.charCodeAt(k);
    if (isLower(c)) return false;
    if (isUpper(c)) letters++;
  }
  return letters >= 4;
}

/** True when the single-line unit `u` reads like a heading on its own (not yet looking at its neighbours). */
export function headingShaped(input: string, start: number, end: number): boolean {
  if (end - start > HEADING_MAX || end - start < 3) return false;
  const last = lastSignificant(input, start, end);
  if (last === 46 || last === 44 || last === 59 || last === 58 || last === 45 || last === -1) return false;
  if (!isUpper(firstSignificant(input, start, end))) return false;
  let words = 1;
  // A calendar or table line: "DEU: Ifo-Index".
  if (isListRow(input, start, end)) return false;
  const caps = allCapitals(input, start, end);
  for (let k = start; k < end; k++) {
    const c = input.charCodeAt(k);
    if (isSpace(c)) {
      words++;
      // A sentence end inside the line: "... gestiegen. Der ..."
      const p = k > start ? lastSignificant(input, start, k) : -1;
      if ((p === 46 || p === 33 || p === 63) && k + 1 < end && isUpper(input.charCodeAt(k + 1)) && !caps) return false;
    }
  }
  return words <= HEADING_MAX_WORDS;
}

function endsFinished(input: string, start: number, end: number): boolean {
  const c = lastSignificant(input, start, end);
  return endsSentence(c) || isDigit(c) || isCloser(input.charCodeAt(end - 1));
}

/** The refiner: marks heading units. */
export const headings: Refiner = {
  name: "headings",
  refine(draft) {
    const { input } = draft;
    const units: DraftUnit[] = draft.units.map((u) => ({ kind: u.kind, lines: u.lines, standalone: u.standalone }));
    for (let k = 1; k + 1 < units.length; k++) {
      const u = units[k]!;
      if (!u.standalone || u.lines.length !== 1) continue;
      const { start, end } = unitText(draft, u);
      if (!headingShaped(input, start, end)) continue;
      const prev = units[k - 1]!;
      const next = units[k + 1]!;
      const p = unitText(draft, prev);
      const n = unitText(draft, next);
      if (isLower(firstSignificant(input, n.start, n.end))) continue;
      if (allCapitals(input, start, end)) {
        // "TERMINE KONJUNKTUR", "VIEL LOB VON ANALYSTEN": capitals title what follows, lists included.
        u.kind = "heading";
        continue;
      }
      if (prev.kind === "heading") continue;
      if (!endsFinished(input, p.start, p.end)) continue;
      // What follows must be running text, not another short label.
      if (!endsSentence(lastSignificant(input, n.start, n.end)) && n.end - n.start <= HEADING_MAX) continue;
      if (n.end - n.start <= end - start) continue;
      u.kind = "heading";
    }
    return { ...draft, units };
  },
};
