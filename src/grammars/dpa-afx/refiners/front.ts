/**
 * Headline or standfirst: the lines of text above the lead. The first one that does not end in a full
 * stop (an ellipsis where a site cut it short is no full stop) is the headline, unless it is site chrome
 * (a line the `chromeLine` rule knows, or a short label of up to three words none of which opens with a
 * small letter, one ending in a colon or one holding a bar between spaces, with a headline candidate
 * below it: a `chrome` extra, reported as
 * `headline/chrome-skipped`, since a short headline is possible); the first other one is the standfirst;
 * any further one is kept as an unrecognised extra.
 * In a hard-wrapped copy (old feeds wrap near 70 columns), a headline wrapped onto the next line is one
 * headline: the line right under it that is no sentence (`Dax legt zu -` then `Wirecard-Kurs bricht ein`).
 */
import { revise } from "../../../grammar/outline.js";
import type { Diagnostic } from "../../../article/diagnostics.js";
import { entry, type DpaAfxEntry } from "../outline.js";
import { endsInFullStop, holdsBar, wrapsHeadline } from "../rules/util.js";
import { exec } from "../../../combinators/fast.js";
import { isAnyLetter, isLower, isSpace } from "../../../text/chars.js";
import { lineOf } from "../../../text/lexer.js";
import { find, has, rulesOf, type DpaAfxDraft, type DpaAfxRefiner } from "./draft.js";

/**
 * The most words a site's label has (`Erweiterte Funktionen`); a headline has more, or a word in small
 * letters.
 */
const MAX_LABEL_WORDS = 3;

/**
 * How many words `input[start, end)` holds (one line), counted up to one more than a label holds: runs of
 * characters between spaces with a letter in them, so a separator (`Börse | Aktien | BASF`) or a figure
 * (`BASF 41,54 EUR +1,2%`) is none. (A headline is not read to its end to learn it is no label.)
 */
function words(input: string, start: number, end: number): number {
  let n = 0;
  let counted = false;
  for (let k = start; k < end && n <= MAX_LABEL_WORDS; k++) {
    const c = input.charCodeAt(k);
    if (isSpace(c)) counted = false;
    else if (!counted && isAnyLetter(c)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/**
 * True when a word of `input[start, end)` opens with a small letter (`Dax legt zu`, `Nordbank im Aufwind`):
 * a headline's verb or preposition. A site's label is nouns (`Wirtschaft`, `Erweiterte Funktionen`).
 */
function smallWord(input: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isLower(input.charCodeAt(k)) && (k === start || isSpace(input.charCodeAt(k - 1)))) return true;
  return false;
}

/**
 * The line `head` was wrapped onto, in a hard-wrapped copy: the next entry, a line of text that is no
 * sentence and no site chrome, where the headline may wrap (see `wrapsHeadline`); or null.
 */
function wrappedOnto(draft: DpaAfxDraft, head: DpaAfxEntry | undefined, chrome: ReadonlySet<DpaAfxEntry>): DpaAfxEntry | null {
  if (head === undefined) return null;
  const { input, lines } = draft;
  const below = draft.outline[draft.outline.indexOf(head) + 1];
  const dateline = find(draft, "dateline");
  return below?.kind === "frontText" &&
    !chrome.has(below) &&
    !endsInFullStop(input, below.span.end) &&
    dateline !== undefined &&
    wrapsHeadline(lines, lineOf(lines, head.span.end), below.span.start, lineOf(lines, dateline.span.start))
    ? below
    : null;
}

/** The refiner: turns `frontText` entries into `headline`, `standfirst` and `extra` entries. */
export const front: DpaAfxRefiner = {
  name: "front",
  refine(draft) {
    if (!has(draft, "frontText")) return draft;
    let headline = has(draft, "headline");
    let standfirst = has(draft, "standfirst");
    // Site chrome: a line the grammar's `chromeLine` or `frontChromeLine` rule knows, always; and above the
    // headline (glued to a date prefix or on its own) a label of at most three words none in small letters,
    // one ending in a colon or holding a bar, where a line that could be the headline follows. A line with a desk tag
    // (`ROUNDUP: Dax legt zu`) is a headline, however short.
    const { input } = draft;
    const { chromeLine, frontChromeLine } = rulesOf(draft);
    const chrome = new Set<DpaAfxEntry>();
    draft.outline.forEach((e) => {
      if (e.kind === "frontText" && (exec(chromeLine, input, e.span.start) !== null || exec(frontChromeLine, input, e.span.start) !== null)) chrome.add(e);
    });
    const candidates = headline ? [] : draft.outline.filter((e) => e.kind === "frontText" && !chrome.has(e) && !endsInFullStop(input, e.span.end));
    const label = (e: DpaAfxEntry) =>
      (e.value as { tags: unknown[] }).tags.length === 0 &&
      ((words(input, e.span.start, e.span.end) <= MAX_LABEL_WORDS && !smallWord(input, e.span.start, e.span.end)) || input.charCodeAt(e.span.end - 1) === 58 || holdsBar(input, e.span.start, e.span.end));
    let real = candidates.findIndex((e) => !label(e));
    // All of them labels: a menu or page title with a bar still gives way to a short line below it.
    if (real === -1) real = candidates.findIndex((e) => !holdsBar(input, e.span.start, e.span.end));
    // A label set aside is a judgement (a headline of three words is possible): each one is reported.
    const skipped: Diagnostic[] = [];
    for (let k = 0; k < real; k++) {
      const e = candidates[k]!;
      chrome.add(e);
      skipped.push({ code: "headline/chrome-skipped", severity: "info", message: "A short line above the headline was taken for site chrome, not for the headline.", position: draft.index.position(e.span.start, e.span.end) });
    }
    // The line a headline was wrapped onto, in a hard-wrapped copy, is joined to the headline.
    const wrapped = wrappedOnto(draft, candidates[Math.max(real, 0)], chrome);
    const outline = draft.outline.map((e) => {
      if (e.kind !== "frontText" || e === wrapped) return e;
      if (chrome.has(e)) return entry("extra", e.span, { kind: "chrome" });
      if (!headline && !endsInFullStop(input, e.span.end)) {
        headline = true;
        return entry("headline", wrapped !== null ? { start: e.span.start, end: wrapped.span.end } : e.span, e.value);
      }
      if (!standfirst) {
        standfirst = true;
        return entry("standfirst", e.span, null);
      }
      return entry("extra", e.span, { kind: "unrecognised" });
    });
    // The joined line is in the headline's span now: its entry goes.
    if (wrapped !== null) outline.splice(draft.outline.indexOf(wrapped), 1);
    return revise(draft, skipped.length === 0 ? { outline } : { outline, diagnostics: draft.diagnostics.concat(skipped) });
  },
};
