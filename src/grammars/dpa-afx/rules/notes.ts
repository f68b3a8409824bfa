import { check, choice, lenient, located, mapValue, peek, sequence, token, tokenAny, type Parser } from "../../../combinators/index.js";
import { fail, fromRaw, reg } from "../../../combinators/fast.js";
import { docOf, isBlank, lineAt } from "../../../combinators/lines.js";
import { entityAware, withLetterEntities } from "../../../text/entities.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import type { BylineValue, EditorialNoteValue, FooterValue } from "./values.js";

/**
 * An editor's note in parentheses (one level of inner parentheses allowed): `(Wiederholung: ...)`,
 * `(Berichtigt wird ...)`, `(neu: Kurse und mehr Details)`. Its kind comes from the vocabulary. A snippet
 * cut right after the note's `(` keeps the rest (`Wiederholung: Im 3. Absatz ...)`) when its opening words
 * name a kind of note; the text is kept as written.
 * @example editorialNote.parse("(neu: Kurse und mehr Details)") // kind "update"
 */
export const editorialNote =
  (v: DpaAfxVocabulary) =>
  (): Parser<EditorialNoteValue> => {
    const { kinds, kindOf } = noteKinds(v);
    const whole = mapValue(token(/\((?:[^()\r\n]|\([^()\r\n]*\))+\)/y), (value, span) => ({ text: value, kind: kindOf(value) ?? "other", span }));
    // Without its "(": only a note whose opening words a kind anchored at "(" names (`^\(\s*wiederholung`),
    // matched where the note starts with those kinds' own words, so an ordinary line costs one test.
    const opening = openingWords(kinds.map((k) => k.pattern));
    const openLost = mapValue(sequence(token(opening), token(/[^()\r\n]{0,300}\)/y)), ([word, rest], span) => {
      const text = word + rest;
      return { text, kind: kindOf(`(${text}`) ?? "other", span };
    });
    return choice(whole, openLost).desc("an editorial note in parentheses");
  };

/**
 * The vocabulary's note kinds as our own copies without `g` or `y` (`test` then keeps no `lastIndex` from
 * one call to the next), and the kind of a note's text (`undefined` when none names it).
 */
function noteKinds(v: DpaAfxVocabulary): { kinds: { kind: string; pattern: RegExp }[]; kindOf: (text: string) => string | undefined } {
  // A letter may be written as an entity (`erg&auml;nzt`).
  const kinds = v.noteKinds.map((k) => ({ kind: k.kind, pattern: new RegExp(withLetterEntities(k.pattern.source), k.pattern.flags.replace(/[gy]/g, "")) }));
  return { kinds, kindOf: (text) => kinds.find((k) => k.pattern.test(text))?.kind };
}

/** How many lines an editorial note may be hard-wrapped over (a note of 300 characters at 70 columns). */
export const NOTE_LINES = 5;

/**
 * An editorial note hard-wrapped over lines, as old feeds wrap near 70 columns: `(` opening a line that
 * holds no other parenthesis, its `)` on one of the next four lines, no blank line and no other parenthesis
 * between. Consumes the note only: the line that closes it may go on (with the dateline). Its kind as for
 * `editorialNote`; the text is kept as written.
 * @example wrappedNote.parse("(Wiederholung: Im dritten Absatz wurde\nein Wort ergänzt.)") // kind "repeat"
 */
export const wrappedNote =
  (v: DpaAfxVocabulary) =>
  (): Parser<EditorialNoteValue> => {
    const { kindOf } = noteKinds(v);
    return fromRaw<EditorialNoteValue>((input, i) => {
      const doc = docOf(input);
      const k = lineAt(doc, i);
      const { first, last } = doc.lines;
      if (k >= doc.stop || i !== first[k] || input.charCodeAt(i) !== 40 || parenAt(input, i + 1, last[k]!) !== -1) return fail(i, "an editorial note wrapped over lines");
      for (let m = k + 1; m < doc.stop && m < k + NOTE_LINES; m++) {
        if (isBlank(doc, m)) break;
        const c = parenAt(input, first[m]!, last[m]!);
        if (c === -1) continue;
        if (input.charCodeAt(c) !== 41) break;
        const text = input.slice(i, c + 1);
        reg.value = { text, kind: kindOf(text.replace(/\r\n?|\n/g, " ")) ?? "other", span: { start: i, end: c + 1 } };
        return c + 1;
      }
      return fail(i, "an editorial note wrapped over lines");
    });
  };

/**
 * The first parenthesis, `(` or `)`, in `input[from, to)`; -1 when none. `[from, to)` lies within one
 * line: the search never reads past the line's break.
 */
export function parenAt(input: string, from: number, to: number): number {
  // The regular-expression engine passes over the characters between faster than a loop here.
  NO_PAREN.lastIndex = from;
  NO_PAREN.test(input);
  // Within the line, only a parenthesis stops the expression before `to`.
  const c = NO_PAREN.lastIndex;
  return c < to ? c : -1;
}

/** A stretch of a line without parentheses (it stops at one, at a line break or at the input's end). */
const NO_PAREN = /[^()\n\r]*/y;

/** What opens a note kind anchored at its parenthesis, as written after it: `^\(\s*wiederholung`. */
const ANCHOR = String.raw`^\(\s*`;

/**
 * One sticky expression for the opening words of the note kinds anchored at `(` (case-insensitive, as
 * those kinds are): `(?:wiederholung)|(?:berichtigt|korrigiert|korrektur)|...`. Kinds matched anywhere in
 * the note (not anchored) open no note without its parenthesis. Never matches when there is none.
 *
 * @example
 * openingWords([/^\(\s*wiederholung/i]).source; // "(?:wiederholung)"
 */
export function openingWords(patterns: readonly RegExp[]): RegExp {
  const words = patterns.filter((p) => p.source.startsWith(ANCHOR) && p.flags.includes("i")).map((p) => `(?:${p.source.slice(ANCHOR.length)})`);
  return new RegExp(words.length > 0 ? words.join("|") : "(?!)", "iy");
}

/** `text` without the spaces and tabs it starts with. */
function trimTabsAndSpaces(text: string): string {
  let k = 0;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k === 0 ? text : text.slice(k);
}

/** The byline's one opener of three words (the others are one word and a space). */
const BEITRAG = "Ein Beitrag von ";

/** A byline's text after its opener and the space after it (`Von `, `By `, `Autorin: `, `Ein Beitrag von `). */
const afterOpener = (text: string): string => text.slice(text.startsWith(BEITRAG) ? BEITRAG.length : text.indexOf(" ") + 1);

/**
 * A byline's parts: its text split on commas, and on a bar or slash between spaces, as sites write the
 * agency after the names (`Anna Berg | dpa-AFX`, `Anna Berg / dpa-AFX`); the readers trim each part.
 */
const bylineParts = (text: string): string[] => text.split(/,|[ \t][|/][ \t]/);

/** A mark no name holds: a headline's colon, a question or an exclamation. */
const SENTENCE_MARK = /[:?!]/;
/** What separates the words of a byline's names. */
const WORD_GAP = /[ \t]+/;
/** A word opening with a capital of any script (`Łukasz`, `Ørsted`). */
const CAPITAL_START = /^\p{Lu}/u;

/**
 * True when what follows `Von ` or `By ` up to the first comma reads as names: words with a capital (`Anna`,
 * `Dr.`, `Müller-Lüdenscheidt`), a name's particles and the joiners between names (`particles`), words in
 * parentheses, the first word a capital's, no colon, question or exclamation mark. A headline opening with
 * `Von` is none: `Von der Leyen warnt vor Zöllen`, `Von Siemens bis SAP: Dax im Plus`.
 */
function namesLike(text: string, particles: ReadonlySet<string>): boolean {
  const names = bylineParts(afterOpener(text))[0]!;
  let first = true;
  for (const word of names.split(WORD_GAP)) {
    if (word === "") continue;
    if (SENTENCE_MARK.test(word)) return false;
    const capital = CAPITAL_START.test(word);
    // After the first name, an agency in parentheses may stand (`Von Anna Ringle (dpa-AFX)`).
    if (first ? !capital : !capital && !particles.has(word) && word.charCodeAt(0) !== 40) return false;
    first = false;
  }
  return !first;
}

/** `und ` or `and ` opening a comma part of a byline (`..., und Jan Roth, dpa`). */
const LEADING_AND = /^(?:und|and) /;

/** Adds to `out` the names in `text` split on ` und ` and ` and ` (the leftmost first), each trimmed. */
function splitOnAnd(text: string, out: string[]): void {
  let from = 0;
  for (;;) {
    const und = text.indexOf(" und ", from);
    const and = text.indexOf(" and ", from);
    const at = und === -1 ? and : and === -1 ? und : Math.min(und, and);
    if (at === -1) break;
    out.push(text.slice(from, at).trim());
    from = at + 5;
  }
  out.push(text.slice(from).trim());
}

/**
 * A byline, `Von Anna Ringle, dpa-AFX`, also ruled `--- Von Anna Ringle, dpa-AFX ---`, or a site's author
 * label (`Autorin: Anna Ringle`, `Ein Beitrag von Anna Ringle`); with a small `von` only where an agency
 * follows a comma (`von Anna Ringle, dpa-AFX`).
 * Authors split on `,` (or a bar or slash between spaces: `Von Anna Ringle | dpa-AFX`) and ` und `; the
 * agency is the last such part that looks like one (the vocabulary's `bylineAgencies`), and parts after it
 * (`, Berlin`) name no author.
 * @example byline.parse("--- Von Timo Hausdorf, dpa-AFX ---") // authors ["Timo Hausdorf"], agency "dpa-AFX"
 */
export const byline = (v: DpaAfxVocabulary) => (): Parser<BylineValue> => {
  const agencies = v.bylineAgencies.map((a) => a.toLowerCase());
  const isAgency = (part: string) => {
    const lower = part.toLowerCase();
    return agencies.some((a) => lower.startsWith(a));
  };
  const particles = new Set(v.nameParticles);
  return mapValue(
    sequence(
      lenient(located(token(/-{2,8}[ \t]{0,8}/y))),
      // The closing rule may be cut to one dash at the line's end (`--- Von Timo Hausdorf, dpa-AFX -`), or
      // before a closing tag there (`dpa-AFX -</p>`).
      // A small `von` (as some sites print it) only before an agency: `von Anna Berg, dpa-AFX`.
      check(
        located(token(/(?:[Vv]on|By|Autor(?:in)?:|Author:|Ein Beitrag von) [^\r\n]{2,120}?(?=[ \t]{0,8}(?:-{2}|-[ \t]{0,8}(?:$|<\/)|$))/my)),
        (t) => namesLike(t.value, particles) && (t.value.charCodeAt(0) !== 118 || bylineParts(afterOpener(t.value)).some((part, k) => k >= 1 && isAgency(part.trim()))),
        "names after 'Von'",
      ),
      lenient(located(token(/[ \t]{0,8}-{1,8}/y).desc("a closing rule '---'"))),
    ),
    ([open, text, close]) => {
      // Parts split on commas (or a bar or slash between spaces) and the spaces after them.
      const parts = bylineParts(afterOpener(text.value));
      for (let k = 1; k < parts.length; k++) parts[k] = trimTabsAndSpaces(parts[k]!);
      // The agency is the last part after a comma that looks like one. Other agencies name no author
      // (`Von Anna Berg, dpa-AFX, und Jan Roth, dpa`), nor does a part after the agency (a place: `, Berlin`)
      // unless `und` opens it (`By Anna Berg, AFX, and Jan Roth`).
      // An agency in parentheses after the last name (`Von Anna Berg (dpa-AFX)`, `Von Anna Berg, (dpa)`) is
      // the agency too. (A byline holds no space inside parentheses, nor after its text.)
      const end = parts.length - 1;
      const tail = parts[end]!;
      const paren = tail.lastIndexOf("(");
      const inner = tail.slice(paren + 1, -1);
      const inParens = paren >= 0 && tail.endsWith(")") && isAgency(inner) ? inner : null;
      if (inParens !== null) parts[end] = tail.slice(0, paren);
      let last = parts.length - 1;
      if (inParens === null) while (last >= 1 && !isAgency(parts[last]!.trim())) last--;
      const agency = inParens ?? (last >= 1 ? parts[last]!.trim() : null);
      const names: string[] = [];
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!;
        if (k >= 1 && isAgency(part.trim())) continue;
        const and = k >= 1 && LEADING_AND.test(part);
        if (agency !== null && k > last && !and) continue;
        splitOnAnd(and ? part.replace(LEADING_AND, "") : part, names);
      }
      return {
        text,
        authors: names.filter((s) => s.length > 0),
        agency,
        ruled: open !== null || close !== null,
        span: { start: open ? open.span.start : text.span.start, end: close ? close.span.end : text.span.end },
      };
    },
  ).desc("a byline like 'Von Anna Ringle, dpa-AFX'");
};

/**
 * A site's label between headline and dateline: `dpa-AFX`, `dpa-AFX · Uhr`.
 */
export const siteLabel =
  (v: DpaAfxVocabulary) =>
  (): Parser<string> =>
    tokenAny(v.siteLabels).desc("a site label");

/**
 * A line of site chrome (the vocabulary's `chrome`): `Erweiterte Funktionen`, `Weitere Suchergebnisse zu "DAX":`.
 * @example chromeLine.parse("Aktie in diesem Artikel") // "Aktie in diesem Artikel"
 */
export const chromeLine =
  (v: DpaAfxVocabulary) =>
  (): Parser<string> =>
    tokenAny(v.chrome.map(entityAware)).desc("a line of site chrome");

/**
 * A line of site chrome above the copy only (the vocabulary's `frontChrome`): a quote box's row.
 * @example frontChromeLine.parse("BASF 41,54 EUR +1,2%") // "BASF 41,54 EUR +1,2%"
 */
export const frontChromeLine =
  (v: DpaAfxVocabulary) =>
  (): Parser<string> =>
    tokenAny(v.frontChrome.map(entityAware)).desc("a quote row above the headline");

/**
 * The mark where a site or feed cut a teaser, at the end of the body: `[mehr]`, `[weiter]`,
 * `[+1040 chars]`, `(...)` (the vocabulary's `teaserMarks`).
 * @example teaserMark.parse("[weiter]").status // true
 */
export const teaserMark =
  (v: DpaAfxVocabulary) =>
  (): Parser<string> =>
    tokenAny(v.teaserMarks).desc("a teaser mark like '[mehr]'");

/**
 * A footer: its kind from the vocabulary's openers, its text to the end of the line, and the datum the
 * vocabulary's `value` expression finds in that text (`Quelle: dpa-AFX` is a `source` with the value
 * `dpa-AFX`, `ISIN DE0008404005` an `isin`). Where one line holds several footers, the `footers` rule
 * cuts the text at the next opener.
 * @example footer.parse("ISIN DE0008404005") // kind "isin", value "DE0008404005"
 */
export const footer =
  (v: DpaAfxVocabulary) =>
  (): Parser<FooterValue> => {
    const values = new Map(v.footers.map((f) => [f.kind, f.value ? new RegExp(f.value.source, f.value.flags.replace(/[gy]/g, "")) : null]));
    return mapValue(
      sequence(
        // eslint-disable-next-line no-restricted-syntax -- vocabulary-sized (a dozen footer kinds), never input-sized
        peek(choice(...v.footers.map((f) => mapValue(token(entityAware(f.pattern)), () => f.kind)))).desc("a footer"),
        located(token(/[^\r\n]*/y)),
      ),
      ([kind, text]) => {
        const re = values.get(kind);
        const m = re ? re.exec(text.value) : null;
        const datum = m ? (m[1] ?? m[0]).trim() : "";
        return { kind, text, value: datum === "" ? null : datum };
      },
    );
  };
