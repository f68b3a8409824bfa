/**
 * A headline glued to the dateline on one line, where a copy lost the line break between them (a site's
 * title and text joined by a space): `Hopfenthal senkt Prognose FRANKFURT (dpa-AFX) - Der Brauer ...`.
 */
import { reg, type Raw } from "../../../combinators/fast.js";
import { isLower, isSpace, isUpper } from "../../../text/chars.js";
import { entityAt } from "../../../text/entities.js";
import { breakRunBefore, TAG_RUN_MAX } from "../../../text/markup.js";
import { parenAt } from "./notes.js";
import { endsInFullStop, knownAgency, skipSpaces, trimEnd } from "./util.js";
import type { DatelineValue, EditorialNoteValue, HeadlineValue } from "./values.js";
import { entry, type DpaAfxEntry } from "../outline.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";

/** The longest headline read before a glued dateline; a longer stretch is a sentence, not a title. */
export const GLUED_HEADLINE_MAX = 200;
/** How many words the places of a glued dateline may take (`NEW YORK/BAD HOMBURG` takes three). */
const PLACE_WORDS = 4;
/** The longest word of a place read (`FRANKFURT/NEW` is one word of a slash list). */
const PLACE_WORD_MAX = 40;
/** How far from the line's text start a glued dateline's parenthesis may stand: a headline, a run of tags and four place words. */
const GLUED_REACH = GLUED_HEADLINE_MAX + TAG_RUN_MAX + PLACE_WORDS * (PLACE_WORD_MAX + 1) + 8;

/** Marks that close a sentence or a quotation, before a trailer's first slash (`gesenkt./ab`, `wolle"/ab`). */
const BEFORE_TRAILER: ReadonlySet<number> = new Set([46, 33, 63, 34, 39, 41, 0x201c, 0x201d]);
/** Closing quotation marks and a closing parenthesis: after a sentence's end they end it (`sagte er."`). */
const CLOSERS: ReadonlySet<number> = new Set([34, 39, 41, 0xbb, 0x201c, 0x201d]);
/** A full stop, an exclamation mark, a question mark. */
const SENTENCE_ENDS: ReadonlySet<number> = new Set([46, 33, 63]);

/**
 * True when `input[start, end)` may be a word of a dateline's places: a capital, no small letter outside an
 * HTML entity (`D&Uuml;SSELDORF`), no parenthesis.
 */
function placeWord(input: string, start: number, end: number): boolean {
  let upper = false;
  for (let k = start; k < end; k++) {
    const c = input.charCodeAt(k);
    const entity = c === 38 ? entityAt(input, k) : null;
    // An entity reads as the letter it stands for (it holds no space or parenthesis, so it ends inside the word).
    const letter = entity !== null ? entity.text.charCodeAt(0) : c;
    if (isLower(letter) || c === 40 || c === 41) return false;
    if (isUpper(letter)) upper = true;
    if (letter !== c) k = entity!.end - 1;
  }
  return upper;
}

/**
 * True when the last word of `input[start, end)` holds a trailer glued to a sentence (`gesenkt./ab/DP/cd`)
 * or opening it (`/ab/DP/cd`): the end of the message before, not a headline.
 */
function endsInTrailer(input: string, start: number, end: number): boolean {
  for (let k = end - 1; k >= start && !isSpace(input.charCodeAt(k)); k--) {
    if (input.charCodeAt(k) === 47 && (k === start || isSpace(input.charCodeAt(k - 1)) || BEFORE_TRAILER.has(input.charCodeAt(k - 1)))) return true;
  }
  return false;
}

/**
 * Where the places of a dateline glued to a headline may start on the line `input[s, e)`: before each
 * opening parenthesis within reach of a headline, the run of up to four words in capitals before it (a
 * word before the last one only as an opener of the vocabulary, `NEW YORK`, or in a slash list), under a
 * space (or a note's closing parenthesis, `Titel (Wiederholung)FRANKFURT (dpa-AFX) - `) and after a
 * stretch that can be a headline (not empty, at most {@link GLUED_HEADLINE_MAX} characters, not ending in
 * punctuation that closes a clause nor in a trailer). The caller reads a dateline at each; every search
 * is bounded by the reach of a headline.
 *
 * @example
 * gluedPlaceStarts("Dax legt zu FRANKFURT (dpa-AFX) - Der Dax", 0, 41, new Set(["NEW"])); // [12]
 */
export function gluedPlaceStarts(input: string, s: number, e: number, openers: ReadonlySet<string>): number[] {
  const out: number[] = [];
  const reach = Math.min(e, s + GLUED_REACH);
  for (let c = parenAt(input, s, reach); c !== -1; c = parenAt(input, c + 1, reach)) {
    if (input.charCodeAt(c) !== 40) continue;
    let p = trimEnd(input, s, c);
    let start = -1;
    for (let words = 0; words < PLACE_WORDS; words++) {
      let w = p;
      while (w > s && !isSpace(input.charCodeAt(w - 1)) && input.charCodeAt(w - 1) !== 62 && input.charCodeAt(w - 1) !== 41 && p - w < PLACE_WORD_MAX) w--;
      // A line-break tag may stand where the space would (`Prognose<br><br>FRANKFURT (dpa-AFX) - `), and a
      // note's closing parenthesis too (`Titel (Berichtigt wird ...)FRANKFURT (dpa-AFX) - `).
      if (!placeWord(input, w, p)) break;
      const broken = breakRunBefore(input, s, w);
      const noted = input.charCodeAt(w - 1) === 41 && opensBefore(input, s, w - 1);
      if (broken === -1 && !noted && !isSpace(input.charCodeAt(w - 1))) break;
      // A word before the place's last one belongs to it as an opener (`NEW YORK`) or in a slash list.
      const word = input.slice(w, p);
      if (words > 0 && !openers.has(word) && !word.includes("/") && input.charCodeAt(start) !== 47) break;
      start = w;
      p = headlineEndBefore(input, s, w, broken);
      // Nothing before a line break or a parenthesis belongs to the place.
      if (broken !== -1 || noted) break;
    }
    if (start !== -1 && headlineUpTo(input, s, p)) out.push(start);
  }
  // After a run of tags that breaks the line, a dateline may hold no parenthesis (`Titel<br>FRANKFURT - `).
  // Searched in the reach's own slice: never past it.
  const within = input.slice(s, reach);
  for (let j = within.indexOf(">"); j !== -1; j = within.indexOf(">", j + 1)) {
    const w = skipSpaces(input, s + j + 1, reach);
    const broken = breakRunBefore(input, s, w);
    if (broken !== -1 && isUpper(input.charCodeAt(w)) && !out.includes(w) && headlineUpTo(input, s, trimEnd(input, s, broken))) out.push(w);
  }
  return out;
}

/** True when a parenthesis opens in `input[s, close)`: the one closing at `close` then closes words (a note), not nothing. */
function opensBefore(input: string, s: number, close: number): boolean {
  for (let k = close - 1; k >= s; k--) if (input.charCodeAt(k) === 40) return true;
  return false;
}

/** True when `input[s, p)` can be a headline before a glued dateline: not empty, not too long, no clause closed, no trailer. */
function headlineUpTo(input: string, s: number, p: number): boolean {
  return p > s && p - s <= GLUED_HEADLINE_MAX && !closesClause(input, p) && !endsInTrailer(input, s, p);
}

/**
 * Where a headline standing before a glued dateline's places at `w` ends: before the space, or before the
 * tags breaking the line that start at `broken` (-1 when none do; see `breakRunBefore`).
 */
function headlineEndBefore(input: string, s: number, w: number, broken: number): number {
  return trimEnd(input, s, broken === -1 ? w : broken);
}

/**
 * True when the stretch ending at `end` ends in punctuation that closes a sentence or a clause (a full
 * stop, a comma, a semicolon, a colon), perhaps before a closing quotation mark: it is no headline. An
 * ellipsis, where a site cut a title short, is no full stop.
 */
function closesClause(input: string, end: number): boolean {
  const c = input.charCodeAt(end - 1);
  if (CLOSERS.has(c) && SENTENCE_ENDS.has(input.charCodeAt(end - 2))) return true;
  return endsInFullStop(input, end) || c === 44 || c === 59 || c === 58;
}

/**
 * The headline `input[s, h)` read by the `headline` rule, which reads to the line's end: its title cut at
 * `h` (a bare title where the tags would reach past it).
 */
export function headlineBefore(input: string, s: number, h: number, headline: Raw): HeadlineValue {
  const v = headline(input, s) >= 0 ? (reg.value as HeadlineValue) : null;
  if (v !== null && v.title.span.start < h) return { tags: v.tags, topics: v.topics, title: { value: input.slice(v.title.span.start, h), span: { start: v.title.span.start, end: h } } };
  return { tags: [], topics: [], title: { value: input.slice(s, h), span: { start: s, end: h } } };
}

/**
 * Where an editorial note ending the stretch `input[s, h)` starts (`Dax legt zu (Wiederholung)`): the last
 * opening parenthesis of the stretch whose note the `note` rule reads to `h`, or -1. The note's value is
 * left in the register.
 */
export function noteBefore(input: string, s: number, h: number, note: Raw): number {
  if (input.charCodeAt(h - 1) !== 41) return -1;
  let k = h - 1;
  while (k > s && input.charCodeAt(k) !== 40) k--;
  return input.charCodeAt(k) === 40 && note(input, k) === h ? k : -1;
}

/**
 * Reads a dateline naming an agency of the vocabulary (`agencies`, `partnerAgencies`) glued to a headline on
 * the line `[s, e)` (see {@link gluedPlaceStarts}), an editorial note of a known kind perhaps between them:
 * adds the headline as a `frontText` entry (and the note) to `entries` and returns the dateline's end, its
 * value in the register; or -1. The rules given are the dateline, headline and note rules, quiet.
 */
export function gluedLeadReader(v: DpaAfxVocabulary, dateline: Raw, headline: Raw, note: Raw): (input: string, s: number, e: number, entries: DpaAfxEntry[]) => number {
  const openers = new Set(v.placeOpeners);
  return (input, s, e, entries) => {
    for (const w of gluedPlaceStarts(input, s, e, openers)) {
      if (dateline(input, w) < 0) continue;
      const dl = reg.value as DatelineValue;
      // Only an agency of the vocabulary: `Dax steigt FRANKFURT (Xetra) - ` is a headline's words. After tags
      // that break the line any dateline counts, as at a line's start (`Titel<br>FRANKFURT - `).
      const broken = breakRunBefore(input, s, w);
      if (!(dl.agency !== null && knownAgency(dl.agency.value, v)) && broken === -1) continue;
      let h = headlineEndBefore(input, s, w, broken);
      // A note of a known kind (`Dax legt zu (Wiederholung) FRANKFURT (dpa-AFX) - `) is the note; other words
      // in parentheses (`(Xetra)`) stay in the headline. (A note opening the line was read before the
      // dateline, so a headline stands before this one.)
      const noted = noteBefore(input, s, h, note) !== -1 && (reg.value as EditorialNoteValue).kind !== "other" ? (reg.value as EditorialNoteValue) : null;
      if (noted !== null) h = trimEnd(input, s, noted.span.start);
      entries.push(entry("frontText", { start: s, end: h }, headlineBefore(input, s, h, headline)));
      if (noted !== null) entries.push(entry("note", noted.span, noted));
      reg.value = dl;
      return dl.span.end;
    }
    return -1;
  };
}
