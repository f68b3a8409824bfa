/**
 * Analyst ratings from dpa-AFX Analyser and Broker texts: the institute, the company, the rating and
 * target with their previous values and actions, and the analyst, each with its position. Read from the
 * lead's first sentence (`Die US-Bank Goldwell hat die Einstufung für Nordhütte auf "Overweight" mit
 * einem Kursziel von 24 Euro belassen.`), checked against the headline (`Goldwell belässt Nordhütte auf
 * 'Overweight' - Ziel 24 Euro`), with a `rating/disagreement` diagnostic where they differ. In an analyst
 * text, a rating the first sentence leaves out comes from a later sentence of the lead (`Die Einstufung
 * bleibt "Kaufen".`), and a rating or target the lead leaves out from the headline (`... - 'Buy'`).
 */
import type { Article, OverviewItem } from "../article/types.js";
import { sourceOf } from "../parse.js";
import { compareHeadline, readHeadline } from "./headline.js";
import { locate } from "./locate.js";
import { ANALYST, ANALYSTS_OF, CHANGE, CHANGE_TO, COMPANY, INITIATE, INSTITUTE, KEEP, KEEP_CONFIRMED, KEEP_TARGET_FIRST, LATER_KEPT, LATER_RATING, NAMED_SUBJECT, NEUTRAL_TARGET_WORDS, NUMBER_ONLY, SHARE_CLASS, TARGET_AT, TARGET_CHANGE, TARGET_KEEP, TARGET_MOVED, TARGET_TO, TARGET_WORD, WROTE, target } from "./patterns.js";
import type { Rating, RatingPositions } from "./types.js";
import { NOT_NAMES, TARGET_UP } from "./vocabulary.js";


/** Upgrade or downgrade, by the verb of a rating change (`hochgestuft`, `abgestuft`, ...). */
function actionOf(verb: string): "upgrade" | "downgrade" {
  return /^(?:hoch|herauf|angehoben)/.test(verb) ? "upgrade" : "downgrade";
}

/**
 * A kept rating, with the target kept beside it when one is named (either before or after the rating), and
 * the word that says it was kept.
 */
function keepOf(sentence: string): { rating: string; value?: string; currency?: string; index: number; verb: string } | null {
  const first = KEEP_TARGET_FIRST.exec(sentence);
  if (first) return { rating: first[3]!, value: first[1]!, currency: first[2]!, index: first.index, verb: "belassen" };
  const keep = KEEP.exec(sentence);
  if (keep) return { rating: keep[1]!, value: keep[2], currency: keep[3], index: keep.index, verb: "belassen" };
  const confirmed = KEEP_CONFIRMED.exec(sentence);
  return confirmed ? { rating: confirmed[1]!, value: confirmed[2], currency: confirmed[3], index: confirmed.index, verb: confirmed[4]! } : null;
}

/**
 * An institute's name after `der` as it reads after `Die`: an adjective in `-schen` before the last word is
 * one in `-sche` (`Deutschen Bank` is `Deutsche Bank`, `Norddeutschen Landesbank` `Norddeutsche Landesbank`);
 * a name's own word in `-en` stays (`Raiffeisen Bank`).
 */
function uninflected(name: string): string {
  const words = name.split(" ");
  for (let k = 0; k + 1 < words.length; k++) if (words[k]!.endsWith("schen")) words[k] = words[k]!.slice(0, -1);
  return words.join(" ");
}

/**
 * The institute the first sentence names as its subject (its short name where one is given), or null;
 * with the words as written where they read otherwise (`raw`, for its position).
 */
function instituteOf(sentence: string): { name: string; raw?: string } | null {
  const m = INSTITUTE.exec(sentence);
  if (m) return m[2] !== undefined ? { name: m[2] } : ofAnalyst(m[1]!);
  const a = ANALYSTS_OF.exec(sentence);
  if (!a) return null;
  return { name: a[3] ?? (a[1] === "der" ? uninflected(a[2]!) : a[2]!) };
}

/**
 * The analyst an analyst text's lead names as a sentence's subject, without a title (`Anna Lindqvist
 * berücksichtige ...`): none where a word of the two is no name's (`NOT_NAMES`) or one of the institute's
 * or the company's (`Nordbank Research sehe ...`, `Hopfenthal Brauerei erwarte ...`).
 */
function namedSubject(text: string, r: Rating): string | null {
  const name = NAMED_SUBJECT.exec(text)?.[1];
  if (name === undefined) return null;
  const taken = (w: string) => r.institute?.split(/[ -]/).includes(w) || r.company?.split(/[ -]/).includes(w);
  return name.split(" ").some((w) => NOT_NAMES.has(w) || taken(w)) ? null : name;
}

/** An analyst named with the institute in one compound: `Barclays-Analyst Tom Berg`, `JPMorgan-Analystin Anna Lindqvist`. */
const BY_ANALYST = /-Analyst(?:in)?(?: |$)/u;

/**
 * The institute of a subject that names its analyst in one compound (`Barclays-Analyst Tom Berg hat`,
 * `Goldman-Sachs-Analystin Anna Berg hat`): the words before `-Analyst`, their hyphens read as spaces as
 * the institute's own name reads (`Goldman Sachs`). Any other subject is the institute itself.
 */
function ofAnalyst(subject: string): { name: string; raw?: string } {
  const k = subject.search(BY_ANALYST);
  if (k === -1) return { name: subject };
  const raw = subject.slice(0, k);
  return { name: raw.replaceAll("-", " "), raw };
}

/**
 * A target's move in one sentence, with a target word (`Kursziel`, `fairen Wert`) before it: from one value
 * to another (`von 60 auf 62 Euro angehoben`), to a new value alone (`auf 18 Euro angehoben`), or by a verb
 * before the numbers (`senkte er von 80 auf 70 Euro`: `byNumbers`, the direction is the numbers').
 */
function targetMove(sentence: string): { from?: string; value: string; currency: string; verb: string; byNumbers?: true } | null {
  const change = TARGET_CHANGE.exec(sentence);
  if (change && TARGET_WORD.test(sentence.slice(0, change.index))) return { from: change[1]!, value: change[2]!, currency: change[3]!, verb: change[4]! };
  const to = TARGET_TO.exec(sentence);
  if (to && TARGET_WORD.test(sentence.slice(0, to.index))) return { value: to[1]!, currency: to[2]!, verb: to[3]! };
  const moved = TARGET_MOVED.exec(sentence);
  if (moved && TARGET_WORD.test(sentence.slice(0, moved.index))) return { from: moved[2]!, value: moved[3]!, currency: moved[4]!, verb: moved[1]!, byNumbers: true };
  return null;
}

/** Which way a target moved from `before` to `after`. */
function directionOf(before: number, after: number): "raise" | "lower" | "keep" {
  return after > before ? "raise" : after < before ? "lower" : "keep";
}

/** The first sentence of a paragraph (a full stop before a capital, with or without a space). */
function firstSentence(text: string): string {
  const m = /[.!?](?= ?[A-ZÄÖÜ"„])/u.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

/**
 * The rating a dpa-AFX Analyser or Broker flash reports, or one of its overview items (pass the item),
 * or null when it reports none.
 *
 * @example
 * extractRating(parseArticle('FRANKFURT (dpa-AFX Analyser) - Die Landesbank Nordlicht hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.'));
 * // { institute: "Nordlicht", company: "Hopfenthal", rating: "Kaufen", previousRating: "Halten", ratingAction: "upgrade", ... }
 */
export function extractRating(article: Article, item?: OverviewItem): Rating | null {
  const source = sourceOf(article) ?? null;
  if (!item) return extractWith(article, source);
  // An overview item: its headline and paragraphs, read like a message of their own.
  const asMessage = { ...article, headline: item.headline, sections: [{ type: "section", heading: null, paragraphs: item.paragraphs }], items: [] } as Article;
  return extractWith(asMessage, source);
}

/** The extraction, with the input the positions point into (when known). @internal */
export function extractWith(article: Article, source: { text: string; base: number } | null): Rating | null {
  const lead = article.sections[0]?.paragraphs[0] ?? article.items[0]?.paragraphs[0];
  if (!lead) return null;
  const sentence = firstSentence(lead.text);
  const r: Rating = {
    institute: null,
    company: null,
    rating: null,
    previousRating: null,
    ratingAction: null,
    target: null,
    previousTarget: null,
    targetAction: null,
    analyst: null,
    positions: {},
    diagnostics: [],
  };
  const raws: Partial<Record<keyof RatingPositions, string>> = {};
  const change = CHANGE.exec(sentence);
  const keep = keepOf(sentence);
  const initiate = INITIATE.exec(sentence);
  // A change naming only the new rating, unless a kept rating stands before it in the sentence.
  const changeTo = change ? null : CHANGE_TO.exec(sentence);
  if (change) {
    r.previousRating = change[1]!;
    r.rating = change[2]!;
    r.ratingAction = actionOf(change[3]!);
    raws.ratingAction = change[3]!;
  } else if (changeTo && !(keep && keep.index < changeTo.index)) {
    r.rating = changeTo[1]!;
    r.ratingAction = actionOf(changeTo[2]!);
    raws.ratingAction = changeTo[2]!;
  } else if (initiate) {
    r.rating = initiate[1]!;
    r.ratingAction = "initiate";
    // The words that say so, from `Bewertung` on where they name it (`in die Bewertung aufgenommen`).
    const words = initiate[4]!;
    const k = words.indexOf("Bewertung");
    raws.ratingAction = k === -1 ? words : words.slice(k);
    if (initiate[2]) {
      r.target = target(initiate[2], initiate[3]!);
      raws.target = `${initiate[2]} ${initiate[3]}`;
    }
  } else if (keep) {
    r.rating = keep.rating;
    r.ratingAction = "reiterate";
    raws.ratingAction = keep.verb;
    if (keep.value !== undefined) {
      r.target = target(keep.value, keep.currency!);
      r.targetAction = "keep";
      raws.target = keep.value;
    }
  }
  // The target change in the first sentence, or else in the second (`Das Kursziel wurde ... von 28,50 auf
  // 32,70 Euro erhöht.`): a target must be named before the numbers in the same sentence.
  const tc = targetMove(sentence) ?? targetMove(firstSentence(lead.text.slice(sentence.length)));
  if (tc) {
    r.target = target(tc.value, tc.currency);
    if (tc.from !== undefined) {
      r.previousTarget = target(tc.from, tc.currency);
      raws.previousTarget = `von ${tc.from}`;
    }
    // A neutral word ("angepasst", "revidiert"): the direction comes from the numbers.
    if (r.previousTarget && (tc.byNumbers || NEUTRAL_TARGET_WORDS.has(tc.verb))) r.targetAction = directionOf(r.previousTarget.value, r.target.value);
    else r.targetAction = TARGET_UP.includes(tc.verb) ? "raise" : "lower";
    raws.target = `${tc.value} ${tc.currency}`;
    raws.targetAction = tc.verb;
  } else if (!r.target) {
    const tk = TARGET_KEEP.exec(sentence);
    // Or stated in the second sentence: `Das Kursziel liege bei 75 Euro`.
    const at = tk ? null : TARGET_AT.exec(firstSentence(lead.text.slice(sentence.length)));
    if (tk) {
      r.target = target(tk[1]!, tk[2]!);
      r.targetAction = "keep";
      raws.target = `${tk[1]} ${tk[2]}`;
    } else if (at) {
      r.target = target(at[2]!, at[3]!);
      if (at[1] !== undefined) r.targetAction = "keep";
      raws.target = `${at[2]} ${at[3]}`;
    }
  }
  // An analyst text (by its agency, or the words of its first sentence) may state the rating in a later
  // sentence, or only in its headline; other texts never take these looser readings.
  const analystText = /Analyser|Broker/.test(article.dateline?.agency ?? "") || /Kursziel|Einstufung|Anlageurteil|fairen Wert/.test(sentence);
  if (analystText && !r.rating) {
    const rest = lead.text.slice(sentence.length);
    const later = LATER_RATING.exec(rest);
    const laterKept = later ? null : LATER_KEPT.exec(rest);
    if (laterKept) {
      r.rating = laterKept[2]!;
      r.ratingAction = "reiterate";
      raws.ratingAction = laterKept[1]!;
    }
    if (later) {
      r.rating = later[4]!;
      // "bleibt", "weiterhin" and "bestätigt" say the rating was kept; a bare "lautet" does not say.
      const kept = later[3] !== undefined || later[1]!.startsWith("bl") || later[2] !== undefined;
      r.ratingAction = kept ? "reiterate" : null;
      if (kept) raws.ratingAction = later[3] ?? (later[2] ? later[2].trim() : later[1]);
    }
  }
  const fromHeadline = analystText && (!r.rating || !r.target) ? readHeadline(article, r) : {};
  if (!r.rating && !r.target) return null;
  const institute = instituteOf(sentence);
  r.institute = institute?.name ?? null;
  if (institute?.raw !== undefined) raws.institute = institute.raw;
  const company = COMPANY.exec(sentence)?.[1];
  // A number is no company: `hat das Kursziel von 60 auf 70 Euro angehoben` names none there.
  r.company = company === undefined || NUMBER_ONLY.test(company) ? null : company.replace(SHARE_CLASS, "");
  const body = article.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(" ");
  r.analyst = ANALYST.exec(body)?.[1] ?? WROTE.exec(body)?.[1] ?? (analystText ? namedSubject(lead.text, r) : null);
  if (source) locate(source, lead, r, raws, article.headline, fromHeadline);
  if (!fromHeadline.rating) compareHeadline(article, r);
  return r;
}
