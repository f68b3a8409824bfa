/**
 * The text's language, from a word-frequency test: the function words of each language in the vocabulary
 * are counted over the headline and the start of the body. German or English is what dpa-AFX sends (its
 * English service carries RTT News copy); a text too short to tell gets null.
 */
import type { Refiner } from "../../../grammar/index.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { isLower, isUpper } from "./text.js";

/** How much of the body is read: enough words to tell, little time. */
const SAMPLE = 1000;
/** At least this many function words, and this many times as many as the next language, to decide. */
const MIN_HITS = 2;
const MARGIN = 1.5;

const sets = new WeakMap<object, Map<string, Set<string>>>();
function wordSets(languages: DpaAfxVocabulary["languages"]): Map<string, Set<string>> {
  let m = sets.get(languages);
  if (!m) {
    m = new Map(Object.entries(languages).map(([tag, words]) => [tag, new Set(words)] as [string, Set<string>]));
    sets.set(languages, m);
  }
  return m;
}

/** Counts the function words of each language in `input[start, end)` into `hits`. */
function count(input: string, start: number, end: number, words: Map<string, Set<string>>, hits: Map<string, number>): void {
  let k = start;
  while (k < end) {
    while (k < end && !isLetter(input.charCodeAt(k))) k++;
    const from = k;
    while (k < end && isLetter(input.charCodeAt(k))) k++;
    if (k - from < 2 || k - from > 8) continue; // function words are short
    const word = input.slice(from, k).toLowerCase();
    for (const [tag, set] of words) if (set.has(word)) hits.set(tag, (hits.get(tag) ?? 0) + 1);
  }
}

const isLetter = (c: number) => isLower(c) || isUpper(c);

/**
 * The language of a text with these function words: the tag whose words occur most, when they occur at
 * least twice and half again as often as the next language's; otherwise null.
 *
 * @example
 * detectLanguage("Der Dax ist am Montag gestiegen, und die Anleger sind froh.", dpaAfx.vocabulary.languages); // "de"
 */
export function detectLanguage(text: string, languages: DpaAfxVocabulary["languages"]): string | null {
  const hits = new Map<string, number>();
  count(text, 0, Math.min(text.length, SAMPLE), wordSets(languages), hits);
  return decide(hits);
}

function decide(hits: Map<string, number>): string | null {
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [tag, n] of hits) {
    if (n > top) {
      second = top;
      top = n;
      best = tag;
    } else if (n > second) second = n;
  }
  return top >= MIN_HITS && top >= second * MARGIN ? best : null;
}

/**
 * The refiner: sets `article.language` from the headline and the first body text, with the function
 * words of the grammar's vocabulary (an extension may add languages).
 */
export const language: Refiner = {
  name: "language",
  refine(draft) {
    const languages = (draft.grammar.vocabulary as Partial<DpaAfxVocabulary> | undefined)?.languages;
    if (!languages) return draft;
    const words = wordSets(languages);
    const hits = new Map<string, number>();
    const h = draft.article.headline?.position;
    const base = draft.index.baseOffset;
    if (h) count(draft.input, h.start.offset - base, h.end.offset - base, words, hits);
    let budget = SAMPLE;
    for (const u of draft.units) {
      if (budget <= 0) break;
      const start = u.lines[0]!.start;
      const end = Math.min(u.lines[u.lines.length - 1]!.end, start + budget);
      count(draft.input, start, end, words, hits);
      budget -= end - start;
    }
    return { ...draft, article: { ...draft.article, language: decide(hits) } };
  },
};
