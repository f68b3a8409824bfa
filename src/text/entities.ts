/**
 * HTML entities: the ones node text decodes (`&amp;`, `&auml;`, `&#8230;`), and the forms the rules read
 * a letter in where a page encoded it (`Er&ouml;ffnung`, `&Uuml;berblick`, `M&#196;RKTE`): a copy from a
 * site that writes every umlaut as an entity is read as the same copy with its letters.
 */

/** Named entities decoded in node text (the ones syndicated German and English copy uses). */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", shy: "",
  auml: "ä", ouml: "ö", uuml: "ü", Auml: "Ä", Ouml: "Ö", Uuml: "Ü", szlig: "ß",
  eacute: "é", egrave: "è", agrave: "à", ccedil: "ç", euro: "€", sect: "§", deg: "°", copy: "©", reg: "®",
  ndash: "–", mdash: "—", hellip: "…", laquo: "«", raquo: "»", bdquo: "„", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", sbquo: "‚",
};

/** How far after its `&` an entity's `;` may stand: {@link entityAt} reads no further. */
export const ENTITY_MAX = 12;

/**
 * The entity starting at `i` (`&amp;`, `&#8230;`, `&#x2026;`): its end and the text it stands for, or
 * null. Reads at most {@link ENTITY_MAX} characters after the `&`.
 *
 * @example
 * entityAt("AT&amp;T", 2); // { end: 7, text: "&" }
 */
export function entityAt(input: string, i: number): { end: number; text: string } | null {
  if (input.charCodeAt(i) !== 38) return null;
  let semi = -1;
  for (let k = i + 2, stop = Math.min(input.length, i + ENTITY_MAX + 1); k < stop; k++) {
    if (input.charCodeAt(k) === 59) {
      semi = k;
      break;
    }
  }
  if (semi === -1) return null;
  const body = input.slice(i + 1, semi);
  if (body.charCodeAt(0) === 35) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[\da-f]+$/i : /^\d+$/).test(digits)) return null;
    const code = parseInt(digits, hex ? 16 : 10);
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { end: semi + 1, text: String.fromCodePoint(code) };
  }
  const named = Object.hasOwn(ENTITIES, body) ? ENTITIES[body] : undefined;
  return named === undefined ? null : { end: semi + 1, text: named };
}

/** A capital of Latin-1 written as an entity: `&Auml;`, `&Ouml;`, `&Uuml;` or a character reference of three decimal or two hexadecimal digits (`&#220;`, `&#xDC;`). Regular-expression source. */
export const CAPITAL_ENTITY = String.raw`&[AOU]uml;|&#(?:\d{3}|[xX][\dA-Fa-f]{2});`;

/** Any letter written as an entity: a named one, or a character reference (`&ouml;`, `&#246;`, `&#xF6;`). Regular-expression source. */
export const LETTER_ENTITY = String.raw`&[A-Za-z]{2,6};|&#(?:\d{2,5}|[xX][\dA-Fa-f]{2,4});`;

/** The name of each character {@link ENTITIES} names (`ö` -> `ouml`). */
const NAME_OF: ReadonlyMap<string, string> = new Map(Object.entries(ENTITIES).map(([name, c]) => [c, name]));

/** Regular-expression source matching `c` itself or any entity writing it: `(?:ö|&ouml;|&#246;|&#[xX]0*[fF]6;)`. */
function orEntities(c: string): string {
  const code = c.codePointAt(0)!;
  const hex = code.toString(16).replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);
  const name = NAME_OF.get(c);
  return `(?:${c}|${name !== undefined ? `&${name};|` : ""}&#0*${code};|&#[xX]0*${hex};)`;
}

/**
 * A regular expression's source in which every character beyond ASCII written literally outside a
 * character class also matches the entities writing it, so that a phrase of the vocabulary
 * (`Veröffentlichung der Original-Studie`, `dpa-AFX Überblick`) reads in a copy that encoded its umlauts.
 * Escapes and character classes are kept as they are (a class matches one character, never an entity).
 *
 * @example
 * new RegExp(withLetterEntities("Eröffnung")).test("Er&ouml;ffnung"); // true
 */
export function withLetterEntities(source: string): string {
  let out = "";
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === "\\") {
      out += source.slice(k, k + 2);
      k++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else {
      const code = c.charCodeAt(0);
      // (Halves of a surrogate pair are copied: the vocabulary writes no character beyond the first plane.)
      out += code > 0x7f && (code < 0xd800 || code > 0xdfff) ? orEntities(c) : c;
    }
  }
  return out;
}

/**
 * `re` with its literal letters beyond ASCII also read as entities (see {@link withLetterEntities}), same flags.
 *
 * @example
 * entityAware(/Hinweis: Gemäß /y).test("Hinweis: Gem&auml;ß "); // true
 */
export function entityAware(re: RegExp): RegExp {
  return new RegExp(withLetterEntities(re.source), re.flags);
}
