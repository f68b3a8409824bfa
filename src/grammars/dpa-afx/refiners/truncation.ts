/**
 * Reports a body that stops mid-sentence with no trailer after it: the copy was cut off. A calendar that
 * ends on a row (`10:00 DEU: Pressekonferenz, Berlin`) ends as calendars do, without a full stop. A teaser
 * mark (a `truncation` footer, see the `teaser` refiner) or an ellipsis ending the body (`sich an ...`)
 * says so too. In an overview, the last item's text ends the body.
 */
import type { Span } from "../../../article/position.js";
import { revise } from "../../../grammar/outline.js";
import { exec } from "../../../combinators/fast.js";
import { endsSentence, isCloser, isDigit } from "../../../text/chars.js";
import { lastSignificant } from "../rules/body.js";
import { endsInEllipsis } from "../rules/util.js";
import { has, rulesOf, type DpaAfxRefiner } from "./draft.js";

/** The refiner: adds `body/truncated` (info) at the end of the body's last line. */
export const truncation: DpaAfxRefiner = {
  name: "truncation",
  refine(draft) {
    if (has(draft, "trailer")) return draft;
    const report = (start: number, end: number) =>
      revise(draft, {
        diagnostics: draft.diagnostics.concat({ code: "body/truncated", severity: "info", message: "The body stops mid-sentence: the copy looks cut off.", position: draft.index.position(start, end) }),
      });
    const outline = draft.outline;
    const mark = outline.find((e) => e.kind === "footer" && e.value.kind === "truncation");
    if (mark) return report(mark.span.start, mark.span.end);
    // The body's last line: that of the last paragraph or heading, or of an overview's last item (its
    // paragraphs, not an intro above the items, end the body).
    let span: Span | undefined;
    for (let k = outline.length - 1; k >= 0 && !span; k--) {
      const e = outline[k]!;
      span = (e.kind === "paragraph" || e.kind === "heading" ? e.value.lines : e.kind === "item" ? e.value.paragraphs.at(-1) : undefined)?.at(-1);
    }
    if (!span) return draft;
    const c = lastSignificant(draft.input, span.start, span.end);
    if (endsInEllipsis(draft.input, span.start, span.end)) return report(span.end, span.end);
    if (endsSentence(c) || isCloser(draft.input.charCodeAt(span.end - 1)) || isDigit(c)) return draft;
    if (exec(rulesOf(draft).calendarRow, draft.input, span.start) !== null) return draft;
    return report(span.end, span.end);
  },
};

