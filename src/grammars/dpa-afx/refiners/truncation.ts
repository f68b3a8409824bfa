/**
 * Reports a body that stops mid-sentence with no trailer after it: the copy was cut off. A calendar that
 * ends on a row (`10:00 DEU: Pressekonferenz, Berlin`) ends as calendars do, without a full stop.
 */
import type { Refiner } from "../../../grammar/index.js";
import { endsSentence, isCloser, isDigit, isListRow, lastSignificant } from "./text.js";

/** The refiner: adds `body/truncated` (info) at the end of the last paragraph. */
export const truncation: Refiner = {
  name: "truncation",
  refine(draft) {
    if (draft.article.trailer || draft.units.length === 0) return draft;
    const last = draft.units[draft.units.length - 1]!;
    const span = last.lines[last.lines.length - 1]!;
    const c = lastSignificant(draft.input, span.start, span.end);
    if (endsSentence(c) || isCloser(draft.input.charCodeAt(span.end - 1)) || isDigit(c)) return draft;
    if (isListRow(draft.input, span.start, span.end)) return draft;
    const at = draft.index.position(span.end, span.end);
    return {
      ...draft,
      diagnostics: [
        ...draft.diagnostics,
        { code: "body/truncated", severity: "info", message: "The body stops mid-sentence: the copy looks cut off.", position: at },
      ],
    };
  },
};
