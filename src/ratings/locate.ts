/** Where each field of a rating stands: its words found in the lead (or the headline) as the rules read them. */
import { LineIndex, type Position } from "../article/position.js";
import { escapeRegExp, plainSpaces } from "../text/chars.js";
import { spaceEntities } from "../text/markup.js";
import type { Rating, RatingPositions } from "./types.js";

/**
 * Positions: each value (or the words that state it, such as `hochgestuft` for the action) found in the
 * raw text from the lead on; a field read from the headline, in the headline. A value whose words the raw
 * text parts by a line break or several spaces (a hard-wrapped lead, `&nbsp;`) is found by its words.
 */
export function locate(
  source: { text: string; base: number },
  lead: { text: string; position?: Position },
  r: Rating,
  raws: Partial<Record<keyof RatingPositions, string>>,
  headline: { position?: Position } | null,
  fromHeadline: Partial<Record<keyof RatingPositions, string>>,
): void {
  const finder = (position: Position | undefined, limit: number) => {
    if (!position) return () => {};
    const from = position.start;
    const start = from.offset - source.base;
    const end = position.end.offset - source.base;
    // Read as the rules read it (no-break spaces as plain ones, entities of white space as spaces, the same
    // offsets): `Deutsche\u00a0Bank` is found.
    const raw = spaceEntities(plainSpaces(source.text.slice(start, Math.min(source.text.length, start + limit))));
    // Points within `raw`, moved to where the node stands (the node's own position is already global).
    const rawIndex = new LineIndex(raw);
    const point = (k: number) => {
      const p = rawIndex.point(k);
      return { line: from.line + p.line - 1, column: p.line === 1 ? from.column + p.column - 1 : p.column, offset: from.offset + k };
    };
    return (key: keyof RatingPositions, value: string | null | undefined, within = end - start) => {
      if (!value) return;
      let k: number;
      let n: number;
      if (value.includes(" ")) {
        // By its words: the raw text may part them by a line break or several spaces (`Nordlicht\nBank`,
        // `Nordlicht&nbsp;Bank`), and the first place it states them is the value's.
        const m = new RegExp(value.split(" ").map(escapeRegExp).join(String.raw`\s+`)).exec(raw);
        if (m === null) return;
        k = m.index;
        n = m[0].length;
      } else {
        k = raw.indexOf(value);
        n = value.length;
      }
      if (k !== -1 && k < within) r.positions[key] = { start: point(k), end: point(k + n) };
    };
  };
  const inHeadline = finder(headline?.position, 2_000);
  for (const [key, value] of Object.entries(fromHeadline) as [keyof RatingPositions, string][]) inHeadline(key, value);
  const at = finder(lead.position, 20_000);
  const inLead = (key: keyof RatingPositions, value: string | null | undefined, within?: number) => {
    if (!(key in fromHeadline)) at(key, value, within);
  };
  inLead("institute", raws.institute ?? r.institute);
  inLead("company", r.company);
  inLead("rating", r.rating);
  inLead("previousRating", r.previousRating);
  inLead("ratingAction", raws.ratingAction);
  inLead("target", raws.target);
  inLead("previousTarget", raws.previousTarget);
  inLead("targetAction", raws.targetAction);
  inLead("analyst", r.analyst, 20_000);
}
