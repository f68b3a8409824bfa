import { firstOf, quick } from "../../../combinators/fast.js";
import { docOf, lineHolds } from "../../../combinators/lines.js";
import { lenient, located, mapValue, optHspace, sequence, slashList, token, type Parser } from "../../../combinators/index.js";
import type { TrailerValue } from "./values.js";

/**
 * One trailer code: author or editor initials (`evs`, `nas`), `DP` for dpa copy, a partner (`APA`).
 * @example trailerCode.parse("evs") // "evs"
 */
export const trailerCode = (): Parser<string> => token(/[a-z]{1,6}(?![a-z])|[A-Z][A-Za-z]{0,5}(?![A-Za-z])/y).desc("a trailer code");

/**
 * The `°` that ends an old feed's message, before its trailer or at the end of the line above it.
 * @example endMark.parse("°") // "°"
 */
export const endMark = (): Parser<string> => token(/°/y).desc("an end mark '°'");

/**
 * The agency trailer: `/evs/DP/nas`, with a stray `/` or `;` after it and an old feed's `°` end mark before it.
 * An empty segment (`/lfi//mis`) separates two codes; the codes are the initials written.
 * It parses the trailer itself; finding it at the end of a line is the `trailerLine` rule's job (it looks
 * back from the line's end, never with an end-anchored regular expression).
 * @example trailer.parse("/evs/DP/nas") // codes "evs", "DP", "nas"
 */
export const trailer = (r: { trailerCode: Parser<string>; endMark: Parser<string> }): Parser<TrailerValue> => {
  const slash = token(/\//y).desc("a slash opening the trailer");
  // Its codes open with a slash: a line without one at or after the start holds no trailer (see `trailerLine`).
  return quick(
    mapValue(
      sequence(
        lenient(located(sequence(r.endMark, optHspace))),
        located(mapValue(sequence(slash, slashList(r.trailerCode, true)), ([, codes]) => codes)),
        lenient(located(token(/\/?;|\//y).desc("a stray ';' or '/' after the trailer"))),
      ),
      ([endMark, codes, stray]) => ({
        codes: codes.value,
        endMark: endMark && { value: "°", span: { start: endMark.span.start, end: endMark.span.start + 1 } },
        stray,
        span: { start: endMark ? endMark.span.start : codes.span.start, end: stray ? stray.span.end : codes.span.end },
      }),
    ),
    () => {
      const slashes = firstOf(slash);
      return (input, i) => lineHolds(docOf(input), i, slashes);
    },
  );
};
