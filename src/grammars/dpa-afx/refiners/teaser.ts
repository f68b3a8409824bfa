/**
 * A teaser's cut mark: RSS feeds and news APIs end a cut copy with a link or a count (`[mehr]`,
 * `<a href="...">[weiter]</a>`, `[+1040 chars]`, `(...)`, a link's word after the ellipsis: `... mehr`,
 * beside a guillemet: `» mehr`, `Weiterlesen ›`, `mehr >>`, or a link's label alone: `... zwei
 * Weiterlesen`). The mark (with a link tag right before it) becomes a `truncation` footer and the body
 * ends before it; the `truncation` refiner reports `body/truncated`.
 */
import { exec } from "../../../combinators/fast.js";
import { tagRunAt, tagStart } from "../../../text/markup.js";
import type { Span } from "../../../article/position.js";
import { entry } from "../outline.js";
import { skipSpaces } from "../rules/util.js";
import { isLetter, isSpace, isUpper } from "../../../text/chars.js";
import { cutBodyEnd, rulesOf, type DpaAfxDraft } from "./draft.js";

/** The refiner: cuts a teaser mark from the end of the body's last line into a `truncation` footer. */
export const teaser = cutBodyEnd("teaser", (draft, line) => {
  const { input } = draft;
  // The mark opens at the line's last "[", "(" or run of guillemets (`» mehr`), or after its last ellipsis
  // (spaces and a link's tags aside: `... mehr`, `…<a href="...">Weiterlesen</a>`), or at the link's
  // words before a closing guillemet (`mehr »`); searched within the line, it reaches the line's end.
  const text = input.slice(line.start, line.end);
  const bracket = Math.max(text.lastIndexOf("["), text.lastIndexOf("("), guillemetRun(text));
  const found =
    (bracket !== -1 ? markAt(draft, line.start + bracket, line.end) : null) ??
    markAt(draft, afterEllipsis(input, text, line), line.end) ??
    linkBeforeGuillemet(draft, text, line) ??
    bareLink(draft, text, line);
  if (found === null) return null;
  const at = found.at;
  // A link tag right before the mark is part of it; the text before the tag stays body.
  let start = at;
  for (let t = tagStart(input, start, line.start); t !== -1; t = tagStart(input, start, line.start)) start = t;
  return { start, footer: entry("footer", { start, end: line.end }, { kind: "truncation", value: input.slice(at, found.end) }) };
});

/** The teaser mark starting at `at` and reaching `end` (spaces aside), or null. */
function markAt(draft: DpaAfxDraft, at: number, end: number): { at: number; end: number } | null {
  const found = exec(rulesOf(draft).teaserMark, draft.input, at);
  return found !== null && skipSpaces(draft.input, found.end, end) === end ? { at, end: found.end } : null;
}

/** True for a guillemet pointing on (`»`, `›`), which sites set before or after a link's words. */
function isGuillemet(c: number): boolean {
  return c === 0xbb || c === 0x203a;
}

/**
 * Where the line's last run of guillemets (`»`, `››`) starts, or of two `>` or more standing for one
 * (`>> mehr`; the `>` closing a tag before the run is none of it), or -1.
 */
function guillemetRun(text: string): number {
  let g = Math.max(text.lastIndexOf("»"), text.lastIndexOf("›"));
  // (At the text's start, and before -1, `charCodeAt` reads NaN, no guillemet: the walk stops.)
  while (isGuillemet(text.charCodeAt(g - 1))) g--;
  let a = text.lastIndexOf(">>");
  if (a <= g) return g;
  while (text.charCodeAt(a - 1) === 62 && tagStart(text, a, 0) === -1) a--;
  return a;
}

/** True when `text` ends in a guillemet: `»`, `›`, or two `>` (one alone closes a tag). */
function endsInGuillemet(text: string): boolean {
  const k = text.length;
  const c = text.charCodeAt(k - 1);
  return c === 62 ? text.charCodeAt(k - 2) === 62 : isGuillemet(c);
}

/**
 * A link's words ending the line `text` (trimmed) before a closing guillemet (`mehr »`, `Weiter lesen ›`),
 * with no ellipsis before them: the mark from the earlier of the last two words that reads as one, or
 * null. A word counts only after a space or a tag (the link stands after text, never opens the line).
 * Reads back over the guillemets and two words only.
 */
function linkBeforeGuillemet(draft: DpaAfxDraft, text: string, line: Span): { at: number; end: number } | null {
  let k = text.length;
  if (!endsInGuillemet(text)) return null;
  // (Before the text's start `charCodeAt` reads NaN, no guillemet, space or letter: every walk stops there.)
  while (isGuillemet(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 62 || isSpace(text.charCodeAt(k - 1))) k--;
  const [first, last] = lastTwoWords(text, k);
  // The link alone on its line (`Read more >>` under the text) is the chrome refiner's, no cut mark. (A
  // mark read from the line's start reaches its end only where the line is the link alone.)
  if (markAt(draft, line.start, line.end) !== null) return null;
  // After a space, or after a tag opening the link (`<a href="...">mehr »`).
  const linkAt = (s: number) => (isSpace(text.charCodeAt(s - 1)) || tagStart(draft.input, line.start + s, line.start) !== -1 ? markAt(draft, line.start + s, line.end) : null);
  return linkAt(first) ?? linkAt(last);
}

/** The fewest characters of a link's words ending a line bare: `Read more`, never a lone `mehr` or `more`. */
const BARE_LINK_MIN = 9;

/**
 * A link's words ending the line `text` bare, with no ellipsis or guillemet (`... fiel um zwei
 * Weiterlesen`, `Mehr lesen`, `Read more`), as an RSS description keeps its link's label: the mark from
 * the earlier of the last two words that reads as one, written with a capital (as a label is; `weiterlesen`
 * in a sentence is a verb) and {@link BARE_LINK_MIN} characters long at least, after a space or a tag, or null.
 */
function bareLink(draft: DpaAfxDraft, text: string, line: Span): { at: number; end: number } | null {
  const [first, last] = lastTwoWords(text, text.length);
  const linkAt = (s: number) => {
    if (!isUpper(text.charCodeAt(s)) || !(isSpace(text.charCodeAt(s - 1)) || tagStart(draft.input, line.start + s, line.start) !== -1)) return null;
    const mark = markAt(draft, line.start + s, line.end);
    return mark !== null && mark.end - mark.at >= BARE_LINK_MIN ? mark : null;
  };
  return linkAt(first) ?? linkAt(last);
}

/** Where the last two runs of letters before `k` in `text` start (spaces between them), the earlier first. */
function lastTwoWords(text: string, k: number): [number, number] {
  const last = lettersBefore(text, k);
  let b = last;
  while (isSpace(text.charCodeAt(b - 1))) b--;
  return [lettersBefore(text, b), last];
}

/** Where the run of letters ending at `k` in `text` starts (a link's word: `mehr`, `Weiterlesen`). */
function lettersBefore(text: string, k: number): number {
  while (isLetter(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * Where the text after the last ellipsis of the line `text` (at `line.start`) starts, past spaces and the tags
 * opening a link (`<a href="...">`); the line's end when it holds no ellipsis.
 */
function afterEllipsis(input: string, text: string, line: Span): number {
  const dots = text.lastIndexOf("...");
  const glyph = text.lastIndexOf("\u2026");
  const after = Math.max(dots === -1 ? -1 : dots + 3, glyph === -1 ? -1 : glyph + 1);
  if (after === -1) return line.end;
  const k = skipSpaces(input, line.start + after, line.end);
  const run = tagRunAt(input, k, line.end);
  return run === null ? k : skipSpaces(input, run.end, line.end);
}
