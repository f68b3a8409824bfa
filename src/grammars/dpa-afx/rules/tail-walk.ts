/**
 * The tail of a message, found from its end: the trailer line, footers, bylines and datelines after the
 * body. Each line is read by the rules for it (`trailerLine`, `footerLines`, `endDatelineLine`,
 * `strayLine`); this rule decides where the tail starts, walking up from the last line, so it costs the
 * tail's length, never the body's.
 */
import { fail, fromRaw, rawOf, reg, type Parser } from "../../../combinators/fast.js";
import { docOf, isBlank, lineAt, rawInRegion, textFrom } from "../../../combinators/lines.js";
import { entry, type DpaAfxEntry } from "../outline.js";
import type { GluedDatelineValue, TrailerLineValue } from "./tail.js";
import { endsInFullStop, fills, pushAll, trimEnd } from "./util.js";
import type { BylineValue } from "./values.js";
import type { DpaAfxRules } from "./index.js";

type WalkRefs = Pick<
  DpaAfxRules,
  "endMark" | "trailerLine" | "footerLines" | "endDatelineLine" | "gluedEndDateline" | "strayLine" | "byline"
>;

/**
 * What the tail rules yield: the tail's entries in input order, and where the body before it ends.
 *
 * @example
 * dpaAfx.rules.tail.tryParse("Der Dax stieg./evs/DP/nas\nQuelle: dpa-AFX").bodyEnd; // 14
 */
export interface TailValue {
  entries: DpaAfxEntry[];
  /** Where the body ends: where the trailer (or an end mark) starts, or the end of the body's last line. */
  bodyEnd: number;
  /** The line the body ends on (before the message's first line when the tail takes everything). */
  bodyEndLine: number;
}

/** Short lines of any kind that may stand together in the tail: below the trailer, or a blank line below a footer. */
const AFTER_TRAILER_LINES = 2;
/**
 * Short lines that may stand together in the tail when none ends in a full stop. A web copy's page goes on
 * after the article with labels, prices and headlines (`Aktien in diesem Artikel`, `Siemens 180,50 EUR`,
 * `Mehr zum Thema`, `Artikel teilen`); with room for two lines only, such a page lost its trailer to the
 * body. Sentences below a trailer are a further message's text, read as body: at most two stand in the tail.
 */
const AFTER_TRAILER_LABELS = 16;
/** How many lines up a hard-wrapped footer may open (a wrapped disclosure notice takes four or five). */
const WRAPPED_FOOTER_LINES = 8;

/**
 * The walk behind `tail` and `bareTail`. From the last line up: a trailer line ends the walk (the tail
 * starts there); footer lines, footers hard-wrapped over a block, and (in a text without a lead dateline)
 * datelines after the body are taken as they come; up to two short lines below each of them (a blank line
 * apart, below a footer or dateline), or sixteen where none ends in a full stop, are kept for the
 * `afterTrailer` refiner; anything else ends the walk. More than two are kept only where a trailer stands
 * above them: without one the walk runs again with room for two.
 */
function walk(bare: boolean) {
  return (r: WalkRefs): Parser<TailValue> => {
    const endMark = rawOf(r.endMark);
    const trailerLine = rawOf(r.trailerLine);
    const footerLines = rawOf(r.footerLines);
    const endDatelineLine = rawOf(r.endDatelineLine);
    const glued = rawOf(r.gluedEndDateline);
    const strayLine = rawOf(r.strayLine);
    const byline = rawOf(r.byline);
    /** The ruled byline (`--- Von Anna Berg, dpa-AFX ---`) that fills `input[s, e)`, or null. */
    const ruledBylineIn = (input: string, s: number, e: number): BylineValue | null =>
      e > s && fills(input, byline(input, s), e) && (reg.value as BylineValue).ruled ? (reg.value as BylineValue) : null;
    return fromRaw<TailValue>((input, i) => {
      const doc = docOf(input);
      const { start, last: lastOf, next } = doc.lines;
      const firstLine = lineAt(doc, i);
      if (firstLine >= doc.stop) return fail(i, "the end of a message");
      const stop = doc.stop;
      const cut = doc.cut;
      let lastLine = stop - 1;
      while (lastLine >= firstLine && isBlank(doc, lastLine)) lastLine--;
      // Past two, short lines are held back only for a trailer above them: without one they are body, and so
      // is what the walk took above them (a line of dashes in a calendar reads as a rule footer).
      let walked = run(AFTER_TRAILER_LABELS);
      if (walked.bodyEnd < 0 && walked.held > AFTER_TRAILER_LINES) walked = run(AFTER_TRAILER_LINES);
      const { groups } = walked;
      let { bodyEnd, bodyEndLine } = walked;
      if (bodyEnd < 0) {
        // No trailer: lines held back in the hope of one above them are body after all.
        while (bodyEndLine >= firstLine && isBlank(doc, bodyEndLine)) bodyEndLine--;
        bodyEnd = bodyEndLine >= firstLine ? Math.max(doc.lines.end[bodyEndLine]!, bodyEndLine === firstLine ? i : 0) : i;
      }
      const entries: DpaAfxEntry[] = [];
      for (let g = groups.length - 1; g >= 0; g--) pushAll(entries, groups[g]!);
      reg.value = { entries, bodyEnd, bodyEndLine } satisfies TailValue;
      return lastLine >= firstLine ? next[lastLine]! : i;

      /**
       * The walk from the last line up, holding back at most `labels` short lines where none ends in a full
       * stop (two where one does). Yields the groups pushed (from the end up), where the body ends (-1 when
       * no trailer was found), and the most short lines held back at once.
       */
      function run(labels: number): { groups: DpaAfxEntry[][]; bodyEnd: number; bodyEndLine: number; held: number } {
        const groups: DpaAfxEntry[][] = [];
        const pending: number[] = [];
        // True when a line held back ends in a full stop: then no more than two are held.
        let sentences = false;
        // The most short lines held back at once.
        let held = 0;
        let bodyEndLine = lastLine;
        let bodyEnd = -1;
        // One dateline after the body at most: the one nearest the end.
        let endDateline = !bare;
        for (let l = lastLine; l >= firstLine; l--) {
          if (isBlank(doc, l)) continue;
          const ls = l === firstLine ? i : start[l]!;
          // A dateline glued after the trailer, where the lead has none: the trailer is read before it.
          let gluedAt: GluedDatelineValue | null = null;
          if (!endDateline && rawInRegion(doc, stop, cut, glued, input, ls) >= 0) gluedAt = reg.value as GluedDatelineValue;
          const t = rawInRegion(doc, stop, gluedAt ? gluedAt.start : cut, trailerLine, input, ls);
          if (t >= 0) {
            const line = reg.value as TrailerLineValue;
            const group: DpaAfxEntry[] = [];
            bodyEndLine = l;
            bodyEnd = line.trailer.span.start;
            if (line.alone) {
              // The trailer stands alone: an old feed's end mark may close the line above ("=====°"), or a
              // ruled byline stand on it (`--- Von Anna Berg, dpa-AFX ---`, a site's order).
              let p = l - 1;
              while (p >= firstLine && isBlank(doc, p)) p--;
              const pe = p >= firstLine ? lastOf[p]! : -1;
              const ps = p >= firstLine ? textFrom(doc, p, p === firstLine ? i : start[p]!) : -1;
              const ruled = ps !== -1 ? ruledBylineIn(input, ps, pe) : null;
              if (ruled !== null) {
                group.push(entry("byline", ruled.span, ruled));
                bodyEndLine = p;
                bodyEnd = ps;
              } else if (pe > (p === firstLine ? i : start[p]!) && endMark(input, pe - 1) === pe) {
                group.push(entry("extra", { start: pe - 1, end: pe }, { kind: "endMark" }));
                bodyEndLine = p;
                bodyEnd = pe - 1;
              }
            } else {
              // A ruled byline the trailer is glued to (`--- Von Anna Berg, dpa-AFX ---/ab/cd`) is no body text.
              const ls = textFrom(doc, l, l === firstLine ? i : start[l]!);
              const ruled = ruledBylineIn(input, ls, trimEnd(input, ls, line.trailer.span.start));
              if (ruled !== null) {
                group.push(entry("byline", ruled.span, ruled));
                bodyEnd = ls;
              }
            }
            group.push(entry("trailer", line.trailer.span, line.trailer));
            pushAll(group, line.rest);
            if (gluedAt) group.push(gluedAt.entry);
            flushPending();
            groups.push(group);
            break;
          }
          if (l === firstLine) break;
          // Short lines held back below a footer or a dateline after the body, a blank line apart, stand after
          // it: they are kept (in input order, below it) for the `afterTrailer` refiner, and the walk goes on
          // above. Without the blank line they continue its block, as a hard-wrapped footer's lines do.
          if (pending.length === 0 || isBlank(doc, l + 1)) {
            if (rawInRegion(doc, l + 1, cut, footerLines, input, start[l]!) >= 0) {
              flushPending();
              groups.push(reg.value as DpaAfxEntry[]);
              bodyEndLine = l - 1;
              continue;
            }
            const wrapped = wrappedFooterStart(l);
            if (wrapped !== -1) {
              flushPending();
              groups.push(reg.value as DpaAfxEntry[]);
              bodyEndLine = wrapped - 1;
              l = wrapped;
              continue;
            }
            if (!endDateline && rawInRegion(doc, l + 1, cut, endDatelineLine, input, start[l]!) >= 0) {
              flushPending();
              groups.push(reg.value as DpaAfxEntry[]);
              endDateline = true;
              bodyEndLine = l - 1;
              continue;
            }
          }
          if (pending.length < (sentences ? AFTER_TRAILER_LINES : labels) && rawInRegion(doc, l + 1, cut, strayLine, input, start[l]!) >= 0) {
            const sentence = endsInFullStop(input, lastOf[l]!);
            if (!(sentence && pending.length >= AFTER_TRAILER_LINES)) {
              sentences ||= sentence;
              pending.push(l);
              held = Math.max(held, pending.length);
              continue;
            }
          }
          break;
        }
        return { groups, bodyEnd, bodyEndLine, held };

        /**
         * The short lines held back (the lowest first) as one group of `afterTrailer` entries in input order,
         * placed below the group pushed next (groups are pushed from the end up).
         */
        function flushPending(): void {
          if (pending.length === 0) return;
          const group: DpaAfxEntry[] = [];
          for (let k = pending.length - 1; k >= 0; k--) {
            const p = pending[k]!;
            group.push(entry("afterTrailer", { start: textFrom(doc, p, start[p]!), end: lastOf[p]! }, null));
          }
          groups.push(group);
          pending.length = 0;
          sentences = false;
        }
      }

      /**
       * A footer hard-wrapped down to line `l`, as old feeds wrap everything near 70 columns: the block holding
       * `l` opens with a footer at most eight lines up (after a blank line or the trailer's line), never on the
       * message's first line. Leaves the footer entries in the register; returns its first line or -1.
       */
      function wrappedFooterStart(l: number): number {
        for (let k = l - 1; k > firstLine && k >= l - WRAPPED_FOOTER_LINES; k--) {
          if (isBlank(doc, k)) return -1;
          if (!isBlank(doc, k - 1) && rawInRegion(doc, stop, cut, trailerLine, input, start[k - 1]!) < 0) continue;
          const ok = rawInRegion(doc, l + 1, cut, footerLines, input, start[k]!) >= 0;
          return ok && (reg.value as DpaAfxEntry[])[0]?.kind !== "byline" ? k : -1;
        }
        return -1;
      }
    });
  };
}

/**
 * The tail of a message with a lead dateline: the trailer line, footers, ruled bylines and short lines
 * after the trailer, found from the end of the region; yields its entries and where the body ends.
 * @example tail.parse("Text./evs/DP/nas\nQuelle: dpa-AFX") // a trailer and a source footer; bodyEnd 5
 */
export const tail = walk(false);

/**
 * The tail of a text without a lead dateline: as `tail`, and a dateline printed after the body (on its
 * own line, or glued after the trailer) is part of it.
 * @example bareTail.parse("Text./ajx/misFRANKFURT (dpa-AFX)") // a trailer and a dateline placed at the end
 */
export const bareTail = walk(true);
