/**
 * Reports a body that stops mid-sentence with no trailer after it: the copy was cut off. A calendar that
 * ends on a row (`10:00 DEU: Pressekonferenz, Berlin`) ends as calendars do, without a full stop. A teaser
 * mark (a `truncation` footer, see the `teaser` refiner) or an ellipsis ending the body (`sich an ...`)
 * says so too.
 */
import { revise } from "../../../grammar/outline.js";
import { exec } from "../../../combinators/fast.js";
import { endsSentence, isCloser, isDigit } from "../../../text/chars.js";
import { lastSignificant } from "../rules/body.js";
import { endsInEllipsis } from "../rules/util.js";
import { has, rulesOf, type DpaAfxRefiner } from "./draft.js";

/** The refiner: adds `body/truncated` (info) at the end of the last paragraph. */
export const truncation: DpaAfxRefiner = {
  name: "truncation",
  refine(draft) {
    if (has(draft, "trailer")) return draft;
    const report = (start: number, end: number) =>
      revise(draft, {
        diagnostics: draft.diagnostics.concat({ code: "body/truncated", severity: "info", message: "The body stops mid-sentence: the copy looks cut off.", position: draft.index.position(start, end) }),
      });
    for (const e of draft.outline) if (e.kind === "footer" && e.value.kind === "truncation") return report(e.span.start, e.span.end);
    let last = null;
    for (const e of draft.outline) if (e.kind === "paragraph" || e.kind === "heading") last = e;
    if (last === null) return draft;
    const span = last.value.lines[last.value.lines.length - 1]!;
    const c = lastSignificant(draft.input, span.start, span.end);
    if (endsInEllipsis(draft.input, span.start, span.end)) return report(span.end, span.end);
    if (endsSentence(c) || isCloser(draft.input.charCodeAt(span.end - 1)) || isDigit(c)) return draft;
    if (exec(rulesOf(draft).calendarRow, draft.input, span.start) !== null) return draft;
    return report(span.end, span.end);
  },
};

