/** What headline tags mean, read from the vocabulary: repeat, correction, revision number, desk. */
import type { HeadlineFlags } from "../../article/types.js";
import type { DpaAfxVocabulary } from "./vocabulary.js";
import { oneSpace } from "../../text/chars.js";

const meaningsCache = new WeakMap<DpaAfxVocabulary, Map<string, string>>();

/** Tag meanings of a vocabulary as one map (built once per vocabulary). */
export function tagMeanings(v: DpaAfxVocabulary): Map<string, string> {
  let m = meaningsCache.get(v);
  if (!m) {
    m = new Map(v.upperTags.map((t) => [t.tag, t.meaning] as [string, string]));
    for (const t of v.otherTags) m.set(t, "desk");
    meaningsCache.set(v, m);
  }
  return m;
}

/**
 * The tag without a trailing revision number (`ROUNDUP 2` -> `ROUNDUP`, also in parentheses:
 * `AKTIE IM FOKUS (2)` -> `AKTIE IM FOKUS`), and the number.
 */
export function splitRevision(tag: string): { word: string; revision: number | null } {
  const sp = tag.lastIndexOf(" ");
  const paren = tag.charCodeAt(sp + 1) === 40 && tag.charCodeAt(tag.length - 1) === 41;
  const from = paren ? sp + 2 : sp + 1;
  const to = paren ? tag.length - 1 : tag.length;
  if (sp === -1 || to - from < 1 || to - from > 2) return { word: tag, revision: null };
  for (let k = from; k < to; k++) {
    const c = tag.charCodeAt(k);
    if (c < 48 || c > 57) return { word: tag, revision: null };
  }
  return { word: tag.slice(0, sp), revision: Number(tag.slice(from, to)) };
}

/** True when the vocabulary knows the tag (a known tag, another tag, or a desk head it starts with). */
export function isKnownTag(tag: string, v: DpaAfxVocabulary): boolean {
  // Its words as one writes them (see oneSpace).
  const { word } = splitRevision(oneSpace(tag));
  return tagMeanings(v).has(word) || v.deskHeads.some((h) => word === h || word.startsWith(`${h} `));
}

/**
 * What headline tags mean, from the vocabulary.
 *
 * @example
 * headlineFlags(["WDH", "ROUNDUP 2"], dpaAfx.vocabulary); // { repeat: true, correction: false, revision: 2, desk: null }
 */
export function headlineFlags(tags: readonly string[], v: DpaAfxVocabulary): HeadlineFlags {
  const flags: HeadlineFlags = { repeat: false, correction: false, revision: null, desk: null };
  if (tags.length === 0) return flags;
  const meanings = tagMeanings(v);
  for (const tag of tags) {
    const { word, revision } = splitRevision(tag);
    if (revision !== null) flags.revision = revision;
    const meaning = meanings.get(word);
    if (meaning === "repeat") flags.repeat = true;
    else if (meaning === "correction") flags.correction = true;
    else if (meaning === "desk" || (meaning === undefined && v.deskHeads.some((h) => tag === h || tag.startsWith(`${h} `)))) flags.desk ??= tag;
  }
  return flags;
}
