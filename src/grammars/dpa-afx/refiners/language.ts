/**
 * The text's language, from a word-frequency test: the function words of each language in the vocabulary
 * are counted over the headline and the start of the body. German or English is what dpa-AFX sends (its
 * English service carries RTT News copy); a text too short to tell gets null.
 */
import { revise } from "../../../grammar/outline.js";
import { isLetter } from "../../../text/chars.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { find, type DpaAfxRefiner } from "./draft.js";

/** How much of the body is read at most: enough words to tell, little time. */
const SAMPLE = 600;
/** At least this many function words, and this many times as many as the next language, to decide. */
const MIN_HITS = 2;
const MARGIN = 1.5;
/** Reading stops early once one language has this many words and the margin three times over. */
const CLEAR = 3;

/** Word hashes are kept to 30 bits (see `hashChar`). */
const HASH_MASK = 0x3fffffff;

/**
 * A word's hash from its characters, lower-cased on the way (ASCII and Latin-1 capitals are 32 below
 * their small letters): no slice and no string per word, so counting costs a few nanoseconds a character.
 * Kept to 30 bits, so it stays a small integer in V8 (a larger one is a heap number: allocated, and hashed
 * as a double in the word table).
 */
function hashChar(h: number, c: number): number {
  const lower = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
  return (Math.imul(h, 31) + lower) & HASH_MASK;
}
function hashWord(word: string): number {
  let h = 7;
  for (let k = 0; k < word.length; k++) h = hashChar(h, word.charCodeAt(k));
  return h;
}

/** Word hash to the index of its language, per word list (built once per vocabulary). */
const tables = new WeakMap<object, { tags: string[]; words: Map<number, number> }>();
function table(languages: DpaAfxVocabulary["languages"]): { tags: string[]; words: Map<number, number> } {
  let t = tables.get(languages);
  if (!t) {
    const tags = Object.keys(languages);
    const words = new Map<number, number>();
    tags.forEach((tag, i) => {
      for (const w of languages[tag]!) words.set(hashWord(w), i);
    });
    t = { tags, words };
    tables.set(languages, t);
  }
  return t;
}

/** Counts the function words of each language in `input[start, end)` into `hits`; false once the answer is clear. */
function count(input: string, start: number, end: number, words: Map<number, number>, hits: number[]): boolean {
  let k = start;
  while (k < end) {
    while (k < end && !isLetter(input.charCodeAt(k))) k++;
    const from = k;
    let h = 7;
    while (k < end) {
      let c = input.charCodeAt(k);
      // A letter (ASCII or Latin-1), lower-cased inline: the hot loop calls nothing.
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 0xc0 && c <= 0xde && c !== 0xd7) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7))) break;
      h = (Math.imul(h, 31) + c) & HASH_MASK;
      k++;
    }
    if (k - from < 2 || k - from > 8) continue; // function words are short
    const lang = words.get(h);
    if (lang === undefined) continue;
    hits[lang]!++;
    if (clear(hits)) return false;
  }
  return true;
}

/** True when one language leads far enough that more words cannot change the answer in practice. */
function clear(hits: number[]): boolean {
  let top = 0;
  let second = 0;
  for (const n of hits) {
    if (n > top) {
      second = top;
      top = n;
    } else if (n > second) second = n;
  }
  return top >= CLEAR && top >= second * MARGIN * 3;
}

/**
 * The language of a text with these function words: the tag whose words occur most, when they occur at
 * least twice and half again as often as the next language's; otherwise null.
 *
 * @example
 * detectLanguage("Der Dax ist am Montag gestiegen, und die Anleger sind froh.", dpaAfx.vocabulary.languages); // "de"
 */
export function detectLanguage(text: string, languages: DpaAfxVocabulary["languages"]): string | null {
  const { tags, words } = table(languages);
  const hits = tags.map(() => 0);
  count(text, 0, Math.min(text.length, SAMPLE), words, hits);
  return decide(tags, hits);
}

function decide(tags: string[], hits: number[]): string | null {
  let best = -1;
  let top = 0;
  let second = 0;
  hits.forEach((n, i) => {
    if (n > top) {
      second = top;
      top = n;
      best = i;
    } else if (n > second) second = n;
  });
  return top >= MIN_HITS && top >= second * MARGIN ? tags[best]! : null;
}

/**
 * The refiner: sets the article's `language` from the headline and the first body text, with the
 * function words of the grammar's vocabulary (an extension may add languages).
 */
export const language: DpaAfxRefiner = {
  name: "language",
  refine(draft) {
    const languages = (draft.grammar.vocabulary as Partial<DpaAfxVocabulary> | undefined)?.languages;
    if (!languages) return draft;
    const { tags, words } = table(languages);
    const hits = tags.map(() => 0);
    const h = find(draft, "headline");
    let going = h ? count(draft.input, h.span.start, h.span.end, words, hits) : true;
    let budget = SAMPLE;
    const read = (start: number, stop: number) => {
      const end = Math.min(stop, start + budget);
      going = count(draft.input, start, end, words, hits);
      budget -= end - start;
    };
    // Index loops that stop once the answer is clear or the sample read: most texts tell in a few words.
    const outline = draft.outline;
    for (let k = 0; k < outline.length && going && budget > 0; k++) {
      const e = outline[k]!;
      if (e.kind === "paragraph" || e.kind === "heading") read(e.span.start, e.span.end);
    }
    // An overview's text is in its items: their headlines and paragraphs.
    for (let k = 0; k < outline.length && going && budget > 0; k++) {
      const e = outline[k]!;
      if (e.kind !== "item") continue;
      read(e.value.head.headline.start, e.value.head.headline.end);
      const paragraphs = e.value.paragraphs;
      for (let j = 0; j < paragraphs.length && going && budget > 0; j++) read(paragraphs[j]![0]!.start, paragraphs[j]!.at(-1)!.end);
    }
    return revise(draft, { fields: { ...draft.fields, language: decide(tags, hits) } });
  },
};
