/**
 * A trailer repeated inside the body: where a site duplicated the last paragraph, a body line ends with
 * the trailer again. The repetition becomes a `duplicate` extra with a `trailer/repeated` info, and the
 * line ends before it.
 */
import { revise } from "../../../grammar/outline.js";
import type { Span } from "../../../article/position.js";
import { isWordChar } from "../../../text/chars.js";
import { lineOf } from "../../../text/lexer.js";
import { entry, type DpaAfxEntry } from "../outline.js";
import { trimEnd } from "../rules/util.js";
import { find, type DpaAfxRefiner } from "./draft.js";

/** The refiner: cuts repeated trailers from body lines (never from the body's last line). */
export const repeatedTrailer: DpaAfxRefiner = {
  name: "repeatedTrailer",
  refine(draft) {
    const trailer = find(draft, "trailer");
    if (!trailer) return draft;
    const { input } = draft;
    const text = input.slice(trailer.span.start, trailer.span.end);
    // The line the body ends on holds the trailer itself: it is never cut.
    const bodyEnd = find(draft, "body")?.span.end ?? draft.span.end;
    const endLine = lineOf(draft.lines, bodyEnd);
    /** Where `line` repeats the trailer at its end (after no word character or slash), or -1. */
    const repeatsAt = (line: Span): number => {
      const at = line.end - text.length;
      if (at < line.start || !input.startsWith(text, at) || lineOf(draft.lines, line.start) === endLine) return -1;
      const before = at > line.start ? input.charCodeAt(at - 1) : -1;
      return isWordChar(before) || before === 47 ? -1 : at;
    };
    // Most texts repeat nothing: then the outline is kept as it is, without a copy.
    if (!draft.outline.some((e) => e.kind === "block" && e.value.lines.some((line) => repeatsAt(line) >= 0))) return draft;
    const found: DpaAfxEntry[] = [];
    const outline: DpaAfxEntry[] = [];
    const before = draft.outline;
    for (let k = 0; k < before.length; k++) {
      const e = before[k]!;
      if (e.kind !== "block") {
        outline.push(e);
        continue;
      }
      const lines: Span[] = [];
      for (let j = 0; j < e.value.lines.length; j++) {
        const line = e.value.lines[j]!;
        const at = repeatsAt(line);
        if (at < 0) {
          lines.push(line);
          continue;
        }
        found.push(entry("extra", { start: at, end: line.end }, { kind: "duplicate" }));
        // What is left of the line stays (a line that was only the trailer is gone).
        const end = trimEnd(input, line.start, at);
        if (end > line.start) lines.push({ start: line.start, end });
      }
      if (lines.length === e.value.lines.length && lines.every((l, k) => l === e.value.lines[k])) outline.push(e);
      else if (lines.length > 0) outline.push(entry("block", { start: lines[0]!.start, end: lines[lines.length - 1]!.end }, { lines, standalone: e.value.standalone }));
    }
    const diagnostics = draft.diagnostics.concat(
      found.map((x) => ({
        code: "trailer/repeated",
        severity: "info" as const,
        message: "The trailer appears again inside the body: a copy repeated the last paragraph.",
        position: draft.index.position(x.span.start, x.span.end),
      })),
    );
    // Kept in input order: the extras stand where the repetitions do.
    const all = outline.concat(found).sort((a, b) => a.span.start - b.span.start);
    return revise(draft, { outline: all, diagnostics });
  },
};
