/**
 * HTML whose content is never text: scripts, styles and comments a scraped page left in the copy
 * (`<script>window.dataLayer = ...</script>`, `<!-- ad slot -->`), each on one line. The rules read them
 * as white space, so they are neither a headline nor a paragraph, nor where a feed's message starts; the
 * markup refiner keeps each as a `markup` extra.
 */
import type { Span } from "../article/position.js";

/** The opening of a script, a style or a comment at the `<`: the element's name, or none for a comment. */
const OPEN = /<(?:(script|style)(?=[\s/>])|!--)/iy;
/** The closing tags, found from a place on (`</script >` too). */
const SCRIPT_CLOSE = /<\/script[ \t]{0,8}>/gi;
const STYLE_CLOSE = /<\/style[ \t]{0,8}>/gi;

/** The characters that end a line: a block never crosses one (as a run of tags never does). */
const BREAKS = ["\n", "\r", "\u2028", "\u2029"];

/**
 * The scripts, styles and comments of `text` within `[from, to)` that close on the line they open on, each
 * from its `<` to the end of its closing (`</script>`, `</style>`, `-->`); one left open there is none
 * (its text is read as written). Line by line, as the feed's messages are found, so a stream that has
 * seen a block's line has seen all of it. Linear in the stretch: each line end and each kind's next
 * closing is looked for once from where the last search found it.
 *
 * @example
 * hiddenBlocks("Text.<!-- ad -->\n<p>Mehr.</p>"); // [{ start: 5, end: 16 }]
 */
export function hiddenBlocks(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  // The stretch alone is searched (a feed's message asks its own lines of the whole feed).
  const t = from === 0 && to === text.length ? text : text.slice(from, to);
  // The next of each line break, and of each kind's closing (start and end), from where each was last
  // looked for: -2 not looked for yet, -1 none further on.
  const breaks = [-2, -2, -2, -2];
  const closes = [-2, -2, -2];
  const closeEnds = [0, 0, 0];
  for (let lt = t.indexOf("<"); lt !== -1; lt = t.indexOf("<", lt + 1)) {
    OPEN.lastIndex = lt;
    const m = OPEN.exec(t);
    if (m === null) continue;
    let eol = t.length;
    for (let b = 0; b < 4; b++) {
      if (breaks[b] !== -1 && breaks[b]! < lt) breaks[b] = t.indexOf(BREAKS[b]!, lt);
      if (breaks[b] !== -1) eol = Math.min(eol, breaks[b]!);
    }
    const kind = m[1] === undefined ? 0 : m[1].length === 6 ? 1 : 2;
    const after = lt + m[0].length;
    if (closes[kind] !== -1 && closes[kind]! < after) {
      if (kind === 0) {
        const c = t.indexOf("-->", lt + 4);
        closes[0] = c;
        closeEnds[0] = c + 3;
      } else {
        const re = kind === 1 ? SCRIPT_CLOSE : STYLE_CLOSE;
        re.lastIndex = after;
        const c: RegExpExecArray | null = re.exec(t);
        closes[kind] = c === null ? -1 : c.index;
        closeEnds[kind] = c === null ? 0 : c.index + c[0].length;
      }
    }
    if (closes[kind] === -1 || closeEnds[kind]! > eol) continue;
    out.push({ start: from + lt, end: from + closeEnds[kind]! });
    lt = closeEnds[kind]! - 1;
  }
  return out;
}

/**
 * `text` with its scripts, styles and comments (see {@link hiddenBlocks}) as spaces: the same length, the
 * same offsets; `text` itself when it holds none. The blocks are those of `source` (by default `text`):
 * a feed's view, whose Unicode line separators are spaces, blanks the blocks of the feed as written.
 *
 * @example
 * blankHidden("Titel<!-- x -->"); // "Titel          "
 */
export function blankHidden(text: string, source = text): string {
  const blocks = hiddenBlocks(source);
  if (blocks.length === 0) return text;
  let out = "";
  let at = 0;
  for (const b of blocks) {
    out += text.slice(at, b.start) + " ".repeat(b.end - b.start);
    at = b.end;
  }
  return out + text.slice(at);
}
