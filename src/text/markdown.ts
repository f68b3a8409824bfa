/**
 * Markdown left in wire text by sites and tools that convert copy to Markdown (`# Titel`,
 * `**FRANKFURT (dpa-AFX)** - `, `_Quelle: dpa-AFX_`). Marks are not text: the lexer reads through heading
 * marks, an emphasis pair around a whole line and a Setext heading's underline (see `lex`), as it reads
 * HTML tags at a line's edges (./markup.ts), and the dateline reads emphasis around its place and agency.
 * Emphasis inside a line (`Der **Dax** stieg`) stays text.
 *
 * Every read here is bounded: a run holds at most three marks, a heading marker six hashes, and an
 * underline is read within its own line.
 */
import { isSpace, isSpaceOrBreak, isWordChar } from "./chars.js";

/** The longest Markdown emphasis run read: `***` (bold italic). */
const EMPHASIS_MAX = 3;
/** The most `#` a Markdown heading marker holds (`######`). */
const HEADING_MAX = 6;

/**
 * Where the Markdown emphasis run (`**`, `__`, `*`, `_`, `***`) starting at `i` ends, when it opens text
 * (a character other than white space or a line break follows it) and is no longer than
 * {@link EMPHASIS_MAX}; otherwise -1. Reads at most four characters.
 *
 * @example
 * emphasisEnd("**FRANKFURT (dpa-AFX)** - ", 0); // 2
 * emphasisEnd("* Punkt", 0); // -1: a list bullet
 */
export function emphasisEnd(input: string, i: number): number {
  // (No run, -1: the character there reads NaN, neither white space nor a break, so -1 comes back.)
  const k = emphasisRunEnd(input, i);
  return k >= input.length || isSpaceOrBreak(input.charCodeAt(k)) ? -1 : k;
}

/**
 * Where the run of one to {@link EMPHASIS_MAX} Markdown emphasis marks (`*` or `_`, one kind) starting at
 * `i` ends when it closes text (no letter or digit follows it: `FRANKFURT** (dpa-AFX)`,
 * `(dpa-AFX) -** Der`), or -1: a run opening a word (`**Die** Preise`) is the text's.
 *
 * @example
 * closingEmphasisEnd("** - ", 0); // 2
 * closingEmphasisEnd("**Die**", 0); // -1
 */
export function closingEmphasisEnd(input: string, i: number): number {
  // (No run, -1: the character there reads NaN, no word character, so -1 comes back.)
  const k = emphasisRunEnd(input, i);
  return isWordChar(input.charCodeAt(k)) ? -1 : k;
}

/** Where the run of one to {@link EMPHASIS_MAX} marks of one kind (`*` or `_`) starting at `i` ends, or -1. Reads at most four characters. */
function emphasisRunEnd(input: string, i: number): number {
  const c = input.charCodeAt(i);
  if (c !== 42 && c !== 95) return -1;
  let k = i + 1;
  while (k - i <= EMPHASIS_MAX && input.charCodeAt(k) === c) k++;
  return k - i > EMPHASIS_MAX ? -1 : k;
}

/**
 * The text of a line's `[a, b)` without Markdown marks at its edges, or null when it has none there: a
 * heading's hashes and the spaces after them (`## Dax legt zu`), or an emphasis pair around the whole text
 * (`**VIEL LOB VON ANALYSTEN**`, `_Quelle: dpa-AFX_`). A pair is the same run on both sides, each touching
 * the text it encloses; a run opening text and closing inside the line (`**FRANKFURT (dpa-AFX)** - `) is
 * no pair here (the dateline reads it). Reads the hashes and both runs only.
 *
 * @example
 * markdownEdges("## Dax legt zu", 0, 14); // [3, 14]
 * markdownEdges("**Zölle**", 0, 9); // [2, 7]
 */
export function markdownEdges(input: string, a: number, b: number): [number, number] | null {
  let s = a;
  let e = b;
  // A heading: one to six hashes, white space, then text.
  let h = s;
  while (h < e && h - s < HEADING_MAX && input.charCodeAt(h) === 35) h++;
  if (h > s && h < e && isSpace(input.charCodeAt(h))) {
    let t = h;
    while (t < e && isSpace(input.charCodeAt(t))) t++;
    if (t < e) s = t;
  }
  // An emphasis pair around the rest: the same run at both ends, text between.
  const o = emphasisEnd(input, s);
  if (o !== -1) {
    const n = o - s;
    const c = input.charCodeAt(s);
    let k = e;
    while (k > o && e - k < n && input.charCodeAt(k - 1) === c) k--;
    if (e - k === n && k > o && input.charCodeAt(k - 1) !== c && !isSpace(input.charCodeAt(k - 1))) {
      s = o;
      e = k;
    }
  }
  return s === a && e === b ? null : [s, e];
}

/** The shortest Setext underline read: `===` or `---`. */
const UNDERLINE_MIN = 3;

/**
 * True when the line text `input[a, b)` can be a Setext heading's underline: three or more `=` (a
 * first-level heading) or `-` (a second-level one) and nothing else. The lexer reads it as one where it
 * stands exactly as wide as the text of the line above, and that line stands alone: what converters from
 * HTML to Markdown write for `<h1>` and `<h2>` (turndown's and markdownify's default). A rule of dashes
 * under a table's header, or under a footer, is wider or narrower than the line it stands under.
 *
 * @example
 * setextUnderline("Dax legt zu\n===========", 12, 23); // true
 * setextUnderline("Dax legt zu\n==-==", 12, 17); // false
 */
export function setextUnderline(input: string, a: number, b: number): boolean {
  if (b - a < UNDERLINE_MIN) return false;
  const c = input.charCodeAt(a);
  if (c !== 61 && c !== 45) return false;
  for (let k = a + 1; k < b; k++) if (input.charCodeAt(k) !== c) return false;
  return true;
}
