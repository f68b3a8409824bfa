import { firstOf, fromRaw, rawOf, reg, type Raw } from "../../../combinators/fast.js";
import { check, choice, hspace, located, mapValue, repeat, sequence, spacesFrom, token, type Located, type Parser } from "../../../combinators/index.js";
import { escapeRegExp, oneSpace } from "../../../text/chars.js";
import { CAPITAL_ENTITY, LETTER_ENTITY, withLetterEntities } from "../../../text/entities.js";
import { decodedWord } from "../../../text/markup.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { splitRevision } from "../flags.js";
import type { HeadlineValue } from "./values.js";


interface HeadlineRefs {
  upperTag: Parser<string>;
  deskTag: Parser<string>;
  headlineTag: Parser<string>;
  headlineTopic: Parser<string>;
}

/**
 * A test whether a word ends in one of `suffixes`: only the suffixes ending in the word's last character
 * are compared (a tag is asked of every line in capitals; most end in none of them).
 *
 * @example
 * suffixTest(["-FLASH"])("INDEX-FLASH"); // true
 */
export function suffixTest(suffixes: readonly string[]): (word: string) => boolean {
  const byLast = new Map<number, string[]>();
  for (const s of suffixes) {
    if (s === "") return () => true;
    const last = s.charCodeAt(s.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), s]);
  }
  return (word) => {
    const candidates = byLast.get(word.charCodeAt(word.length - 1));
    if (candidates === undefined) return false;
    for (const s of candidates) if (word.endsWith(s)) return true;
    return false;
  };
}

/** How many characters of `word` are not hyphens. */
function lettersIn(word: string): number {
  let n = 0;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== 45) n++;
  return n;
}

/** A capital of a tag, perhaps written as an entity (`&Uuml;`), and a later character (a hyphen too). */
const CAPITAL = String.raw`(?:[A-ZÄÖÜ]|${CAPITAL_ENTITY})`;
const LATER = String.raw`(?:[A-ZÄÖÜ-]|${CAPITAL_ENTITY})`;
/** Up to four words in capitals, perhaps a revision number after them; no small letter or digit follows. @internal */
export const UPPER_TAG = new RegExp(String.raw`${CAPITAL}${LATER}*(?: +${CAPITAL}${LATER}*){0,3}(?: +\d{1,2}| +\(\d{1,2}\))?(?![\p{Ll}\d])`, "uy");

/**
 * An upper-case desk tag: one from the vocabulary, one ending in a known suffix (`INDEX-FLASH`), or any
 * all-capitals word at least `minUnknownUpperTag` letters long; a revision number may follow (`ROUNDUP 2`,
 * or in parentheses: `AKTIE IM FOKUS (2)`).
 * Short capitals (`VÖB`, `EZB`) are names, not tags.
 * @example upperTag.parse("ROUNDUP 2") // "ROUNDUP 2"
 */
export const upperTag =
  (v: DpaAfxVocabulary) =>
  (): Parser<string> => {
    const known = new Set(v.upperTags.map((t) => t.tag));
    const endsInSuffix = suffixTest(v.upperTagSuffixes);
    return check(
      token(UPPER_TAG),
      (tag) => {
        // Its words as one writes them (`AKTIE  IM FOKUS` is `AKTIE IM FOKUS`: see oneSpace), its letters decoded (`M&Auml;RKTE`).
        const { word } = splitRevision(oneSpace(decodedWord(tag)));
        return known.has(word) || endsInSuffix(word) || (!word.includes(" ") && lettersIn(word) >= v.minUnknownUpperTag);
      },
      "a desk tag in capitals",
    ).desc("a desk tag in capitals");
  };

/**
 * A mixed-case market desk tag: a desk head from the vocabulary, then capitalised place words and
 * perhaps a phase: `Aktien Frankfurt Schluss`, `Aktien Asien/Pazifik`, `Devisen`; or a whole tag from
 * the vocabulary's `otherTags` (`dpa-AFX Überblick`).
 * @example deskTag.parse("Aktien New York Ausblick") // "Aktien New York Ausblick"
 */
export const deskTag =
  (v: DpaAfxVocabulary) =>
  (): Parser<string> =>
    token(deskTagPattern(v)).desc("a desk tag such as 'Aktien Frankfurt Schluss'");

/**
 * The expression of {@link deskTag}, built from the vocabulary's desk heads and other tags (checked
 * for backtracking with every other expression).
 */
export function deskTagPattern(v: DpaAfxVocabulary): RegExp {
  // Words are parted by spaces, any number (see oneSpace); a letter may be written as an entity (`Er&ouml;ffnung`).
  const phrase = (s: string) => withLetterEntities(escapeRegExp(s).replace(/ /g, " +"));
  const heads = [...v.deskHeads].sort((a, b) => b.length - a.length).map(phrase).join("|");
  const others = [...v.otherTags].sort((a, b) => b.length - a.length).map(phrase).join("|");
  const part = String.raw`(?:[A-ZÄÖÜ]|${CAPITAL_ENTITY})(?:[\p{L}\d.-]|${LETTER_ENTITY})*`;
  const word = String.raw`${part}(?:/${part})*`;
  return new RegExp(String.raw`(?:${others})|(?:${heads})(?: +${word}){0,4}(?![\p{L}\d])`, "u");
}

/** A desk tag of either kind. */
export const headlineTag = (r: HeadlineRefs): Parser<string> => choice(r.upperTag, r.deskTag);

/** A topic label among the tags: `ROUNDUP/Verdacht des Abgasbetrugs:` has one. */
export const headlineTopic = (): Parser<string> => token(/[^/:\r\n]{1,80}(?=:[ \t])/y).desc("a topic");

/** A short word in capitals before a slash (see `headline`). */
const SHORT_TAG = /[A-ZÄÖÜ]{2,5}(?=\/)/y;
/** A headline's title: the rest of its line. */
const TITLE = /[^\r\n]*/y;

/**
 * A headline with its tags: `WDH/ROUNDUP 2: Title`, `Aktien Wien Schluss - ATX fester`, or a bare title.
 * A colon inside the title is not a tag (`US-Senator: ...`). The rule reads to the end of the line.
 * @example headline.parse("WDH/ROUNDUP 2: Dax legt zu") // tags "WDH", "ROUNDUP 2"; title "Dax legt zu"
 */
export const headline = (r: HeadlineRefs): Parser<HeadlineValue> => {
  type Segment = { kind: "tag" | "topic"; t: Located<string> };
  const segment = choice<Segment>(
    mapValue(located(r.headlineTag), (t) => ({ kind: "tag", t })),
    mapValue(located(r.headlineTopic), (t) => ({ kind: "topic", t })),
  );
  // The dash separator may have no-break spaces (`Aktien Wien Schluss\u00a0- ATX fester`), as the dateline dash may.
  const separator = choice(token(/:[ \t]+/y), mapValue(sequence(hspace, token(/[-–]/y), hspace), (parts) => parts.join("")));
  // A short word in capitals joined to a desk tag by a slash is a tag too (`IPO/ROUNDUP: ...`).
  const short = mapValue(located(token(SHORT_TAG)), (t) => ({ t, known: false }));
  const first = choice(mapValue(located(r.headlineTag), (t) => ({ t, known: true })), short);
  const prefix = check(
    mapValue(sequence(first, repeat(mapValue(sequence(token(/\//y), segment), ([, seg]) => seg)), separator), ([head, rest, sep]) => ({
      tags: [head.t, ...rest.filter((s) => s.kind === "tag").map((s) => s.t)],
      topics: rest.filter((s) => s.kind === "topic").map((s) => s.t),
      sep,
      known: head.known || rest.some((s) => s.kind === "tag"),
    })),
    // " - " closes only a lone desk tag ("Aktien Wien Schluss - ATX fester"), never a topic list; a short
    // word counts only beside a real desk tag, before a colon.
    (p) => p.known && (p.sep.startsWith(":") || (p.topics.length === 0 && p.tags.length === 1)),
    "a headline prefix",
  );
  const title = located(token(TITLE));
  const tagged = mapValue(sequence(prefix, title), ([p, t]) => ({ tags: p.tags, topics: p.topics, title: t }));
  const bare = mapValue(title, (t) => ({ tags: [] as Located<string>[], topics: [] as Located<string>[], title: t }));
  const either = choice<HeadlineValue>(tagged, bare);
  const exact = rawOf(either);
  const readTagged = taggedReader(rawOf(r.headlineTag), rawOf(r.headlineTopic));
  const readBare = rawOf(bare);
  // Tags end in a separator (a colon or a dash): a line holding neither has no tags, and is read as a bare
  // title at once (most headlines of overview items, many of articles). Where an error message is asked
  // for, both are tried, so a failure says what each expected.
  return fromRaw<HeadlineValue>((input, i) => {
    if (reg.exact) return exact(input, i);
    if (holdsSeparator(input, i)) {
      const end = readTagged(input, i);
      if (end >= 0) return end;
    }
    return readBare(input, i);
  }, () => firstOf(either));
};

/**
 * The tagged reading of `headline` where no error message is asked for, without the combinators' arrays
 * and objects (a headline is read on every line above the lead and on every item of an overview): the
 * same rules in the same order, the same value. `tag` and `topic` are the grammar's `headlineTag` and
 * `headlineTopic` (as raws).
 */
function taggedReader(tag: Raw, topic: Raw): Raw {
  return (input, i) => {
    // The first tag, or a short word in capitals before a slash (known only beside a real tag).
    let at = tag(input, i);
    let known = at >= 0;
    if (!known) {
      SHORT_TAG.lastIndex = i;
      if (!SHORT_TAG.test(input)) return -1;
      at = SHORT_TAG.lastIndex;
    }
    const tags: Located<string>[] = [{ value: known ? (reg.value as string) : input.slice(i, at), span: { start: i, end: at } }];
    const topics: Located<string>[] = [];
    // More tags and topics, each after a slash.
    while (input.charCodeAt(at) === 47) {
      const s = at + 1;
      let e = tag(input, s);
      if (e >= 0) {
        tags.push({ value: reg.value as string, span: { start: s, end: e } });
        known = true;
      } else {
        e = topic(input, s);
        if (e < 0) break;
        topics.push({ value: reg.value as string, span: { start: s, end: e } });
      }
      at = e;
    }
    // The separator: a colon and spaces or tabs, or a dash between white space.
    let colon = false;
    let from: number;
    if (input.charCodeAt(at) === 58 && (input.charCodeAt(at + 1) === 32 || input.charCodeAt(at + 1) === 9)) {
      colon = true;
      from = at + 2;
      while (input.charCodeAt(from) === 32 || input.charCodeAt(from) === 9) from++;
    } else {
      const d = spacesFrom(input, at);
      const c = input.charCodeAt(d);
      if (d === at || (c !== 45 && c !== 0x2013)) return -1;
      from = spacesFrom(input, d + 1);
      if (from === d + 1) return -1;
    }
    // " - " closes only a lone desk tag, never a topic list; a short word counts only beside a real tag.
    if (!known || !(colon || (topics.length === 0 && tags.length === 1))) return -1;
    TITLE.lastIndex = from;
    TITLE.test(input);
    const end = TITLE.lastIndex;
    reg.value = { tags, topics, title: { value: input.slice(from, end), span: { start: from, end } } } satisfies HeadlineValue;
    return end;
  };
}

/** True when the rest of the line from `i` holds a colon, a hyphen or an en dash (what a separator of tags starts or ends with). */
function holdsSeparator(input: string, i: number): boolean {
  // The regular-expression engine passes over the other characters faster than a loop here.
  NO_SEPARATOR.lastIndex = i;
  NO_SEPARATOR.test(input);
  const c = input.charCodeAt(NO_SEPARATOR.lastIndex);
  return c === 58 || c === 45 || c === 0x2013;
}

/** A stretch of a line without a colon, a hyphen or an en dash (it stops at one, at a line break or at the input's end). */
const NO_SEPARATOR = /[^\n\r:\u2013-]*/y;
