/**
 * A trailer inside the body: a paragraph's last line that ends with an agency trailer
 * (`...wolle./evs/DP/nas`) while more of the body follows. The text after it is most likely another message, one that opens with
 * no dateline naming an agency (a web copy's headline and first sentence), which a feed cannot tell from
 * the message before. The text stays as it is; a `trailer/inside-body` warning at the trailer makes the
 * joined messages visible. A repetition of the message's own trailer is `repeatedTrailer`'s (it runs
 * first and cuts it).
 */
import { exec } from "../../../combinators/fast.js";
import { docOf, inRegion } from "../../../combinators/lines.js";
import { revise } from "../../../grammar/outline.js";
import type { Span } from "../../../article/position.js";
import type { Diagnostic } from "../../../article/diagnostics.js";
import { lineOf } from "../../../text/lexer.js";
import { isTrailerChar, type TrailerLineValue } from "../rules/tail.js";
import { trimEnd } from "../rules/util.js";
import { rulesOf, type DpaAfxDraft, type DpaAfxRefiner } from "./draft.js";

/** The refiner: a warning for each block's last line (but the body's last) that ends in a trailer. */
export const innerTrailer: DpaAfxRefiner = {
  name: "innerTrailer",
  refine(draft) {
    const found: Diagnostic[] = [];
    // A message's trailer ends its last paragraph, so only the last line of each block (and of each item's
    // paragraph) is judged, when the next one comes: the body's last line holds the message's own trailer
    // (the tail's). A line standing in a block and in an item is judged once.
    let pending: Span | null = null;
    let seenTo = -1;
    const see = (line: Span | undefined) => {
      if (line === undefined || line.start < seenTo) return;
      seenTo = line.end;
      if (pending !== null && endsInSlashRun(draft.input, pending)) judge(draft, pending, found);
      pending = line;
    };
    const outline = draft.outline;
    for (let k = 0; k < outline.length; k++) {
      const e = outline[k]!;
      if (e.kind === "block") see(e.value.lines[e.value.lines.length - 1]);
      else if (e.kind === "item") for (const p of e.value.paragraphs) see(p[p.length - 1]);
    }
    return found.length === 0 ? draft : revise(draft, { diagnostics: draft.diagnostics.concat(found) });
  },
};

/**
 * True when the last run of letters, digits, slashes and semicolons ending `line` (where the dpa-AFX
 * trailer stands) holds a slash: only such a line is asked for a trailer.
 */
function endsInSlashRun(input: string, line: Span): boolean {
  const stop = trimEnd(input, line.start, line.end);
  for (let p = stop - 1; p >= line.start; p--) {
    const c = input.charCodeAt(p);
    if (c === 47) return true;
    if (!isTrailerChar(c)) return false;
  }
  return false;
}

/** Reports the trailer ending `line`, read with the grammar's `trailerLine` rule, if there is one. */
function judge(draft: DpaAfxDraft, line: Span, found: Diagnostic[]): void {
  const { input } = draft;
  const k = lineOf(draft.lines, line.start);
  const hit = inRegion(docOf(input), k + 1, line.end, () => exec(rulesOf(draft).trailerLine, input, line.start));
  if (hit === null) return;
  const { span } = (hit.value as TrailerLineValue).trailer;
  found.push({
    code: "trailer/inside-body",
    severity: "warning",
    message: `The trailer '${input.slice(span.start, span.end)}' ends a paragraph inside the body: another message may follow.`,
    position: draft.index.position(span.start, span.end),
  });
}
