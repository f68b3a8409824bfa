/**
 * Analyst ratings from dpa-AFX Analyser and Broker texts: the institute, the company, the rating and
 * target with their previous values and actions, and the analyst, each with its position. Read from the
 * lead's first sentence (`Die US-Bank Goldwell hat die Einstufung für Nordhütte auf "Overweight" mit
 * einem Kursziel von 24 Euro belassen.`), checked against the headline (`Goldwell belässt Nordhütte auf
 * 'Overweight' - Ziel 24 Euro`), with a `rating/disagreement` diagnostic where they differ. In an analyst
 * text, a rating the first sentence leaves out comes from a later sentence of the lead (`Die Einstufung
 * bleibt "Kaufen".`), and a rating or target the lead leaves out from the headline (`... - 'Buy'`).
 */
import type { Diagnostic } from "../article/diagnostics.js";
import { LineIndex, type Position } from "../article/position.js";
import type { Article, OverviewItem } from "../article/types.js";
import { sourceOf } from "../parse.js";
import { escapeRegExp, plainSpaces } from "../text/chars.js";
import { spaceEntities } from "../text/markup.js";
import { CURRENCIES, INSTITUTE_DESCRIPTORS, QUALIFIED_CURRENCIES, TARGET_DOWN, TARGET_UP } from "./vocabulary.js";

/**
 * A price target.
 *
 * @example
 * { value: 12.8, currency: "EUR" } // "Kursziel ... auf 12,80 Euro"
 */
export interface RatingTarget {
  value: number;
  /** ISO 4217 code: EUR, CHF, GBX (Pence), USD, ... */
  currency: string;
}

/**
 * Where each field of a {@link Rating} is stated: the words in the lead (or the headline), absent for a
 * field the text does not state.
 *
 * @example
 * // 'Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.'
 * { institute: { start: { line: 1, column: 10, offset: 9 }, end: { line: 1, column: 19, offset: 18 } }, ratingAction: ..., ... }
 */
export interface RatingPositions {
  institute?: Position;
  company?: Position;
  rating?: Position;
  previousRating?: Position;
  ratingAction?: Position;
  target?: Position;
  previousTarget?: Position;
  targetAction?: Position;
  analyst?: Position;
}

/**
 * What a rating text reports. Fields the text does not state are null.
 *
 * @example
 * // 'Die Landesbank Nordlicht hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft und das Kursziel von 40 auf 36 Euro gesenkt.'
 * { institute: "Nordlicht", company: "Hopfenthal", rating: "Kaufen", previousRating: "Halten", ratingAction: "upgrade",
 *   target: { value: 36, currency: "EUR" }, previousTarget: { value: 40, currency: "EUR" }, targetAction: "lower", ... }
 */
export interface Rating {
  institute: string | null;
  company: string | null;
  rating: string | null;
  previousRating: string | null;
  ratingAction: "upgrade" | "downgrade" | "reiterate" | "initiate" | null;
  target: RatingTarget | null;
  previousTarget: RatingTarget | null;
  targetAction: "raise" | "lower" | "keep" | null;
  analyst: string | null;
  /** Where each stated field stands in the input. */
  positions: RatingPositions;
  /** Where headline and lead disagree (`rating/disagreement`). */
  diagnostics: Diagnostic[];
}

const Q = String.raw`["'„“”‚‘’»«]`;
const RATING = String.raw`${Q}([^"'„“”‚‘’»«\n]{1,40})${Q}`;
const NUM = String.raw`(\d{1,6}(?:[.,]\d{1,3}){0,2})`;
/** The currency words, qualified ones first (`dänische Kronen` before `Kronen`), an adjective in `-e` also in `-en`. */
const CURRENCY_WORDS = [...Object.keys(QUALIFIED_CURRENCIES), ...Object.keys(CURRENCIES)]
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/e (?=\S+$)/u, "en? "))
  .join("|");
const CUR = `(${CURRENCY_WORDS})`;
const DESCRIPTOR = `(?:${[...INSTITUTE_DESCRIPTORS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})`;

/** A city's adjective before a descriptor: `Das Düsseldorfer Bankhaus Lampe`, `Die Frankfurter Privatbank`. */
const CITY = String.raw`[A-ZÄÖÜ][a-zäöüß]{2,20}er`;
/**
 * An institute's name as written after its descriptor, if any (`Investmentbank Kepler Cheuvreux`, `Das
 * Düsseldorfer Bankhaus Lampe`: the descriptor and city left out): capitalised words, `&`, and `of`, `de`
 * or `du` between two of them (`Bank of America`). One group: the name.
 */
const INSTITUTE_NAME = String.raw`(?:(?:${CITY} )?${DESCRIPTOR} )?([A-ZÄÖÜ][\p{L}\d&.-]{0,30}(?: (?:(?:of|de|du) )?(?:&|[A-ZÄÖÜ][\p{L}\d&.-]{0,30})){0,4})`;
/**
 * An institute's short name in parentheses after its name (`Die Landesbank Baden-Württemberg (LBBW) hat`):
 * what its headlines call it, and so the institute. One group: the short name.
 */
const SHORT_NAME = String.raw`(?: \(([A-ZÄÖÜ][\p{L}\d&.-]{1,15})\))?`;
/**
 * `Die britische Investmentbank HSBC hat `, `Das Düsseldorfer Bankhaus Lampe hat `: the institute (article,
 * adjectives, city and descriptor left out).
 */
const INSTITUTE = new RegExp(String.raw`^(?:(?:Die|Der|Das) )?(?:[a-zäöü]{2,20} ){0,2}${INSTITUTE_NAME}${SHORT_NAME} hat `, "u");
/**
 * The analysts of an institute as the subject: `Die Analysten von Barclays haben ...`, `Die Analysten der
 * Deutschen Bank haben ...` (after `der` the name is inflected, see `uninflected`): the preposition, the
 * institute and its short name.
 */
const ANALYSTS_OF = new RegExp(String.raw`^Die (?:Analysten|Experten) (von|bei|der|des) (?:[a-zäöü]{2,20} ){0,2}${INSTITUTE_NAME}${SHORT_NAME} haben `, "u");
/**
 * The company after `hat` or `haben` (`die Einstufung für`, `das Kursziel für`, `die Aktie der`, `ihre Anlageempfehlung
 * für Titel der`, `die Einstufung für die Vorzugsaktien von` ...); a share class after a hyphen
 * (`Henkel-Vorzugsaktien`) is cut off by {@link SHARE_CLASS}.
 */
const COMPANY =
  / (?:hat|haben) (?:(?:die|das|den|ihre|ihr|seine|sein) (?:Einstufung|Bewertung|Kursziel|fairen Wert|Ziel|Aktie|Aktien|Papiere|Votum|Anlageurteil|Anlageempfehlung|Empfehlung) (?:für|der|des|von) (?:(?:die )?(?:Titel|Aktien|Papiere|Vorzugsaktien|Stammaktien|Vorzüge) (?:der|des|von) |die |das |den )?)?([A-ZÄÖÜ0-9][\p{L}\d&.'-]{0,40}(?: (?:&|[A-ZÄÖÜ0-9][\p{L}\d&.'-]{0,40})){0,4})/u;
/** A number alone (`60`, `1.250,50`), where {@link COMPANY} read the numbers of a target. */
const NUMBER_ONLY = /^\d[\d.,]*$/;
/** A share class glued to the company's name: `Henkel-Vorzugsaktien` is Henkel's. */
const SHARE_CLASS = /-(?:Vorzugsaktien|Vorzugsaktie|Vorzüge|Stammaktien|Stammaktie|Aktien|Aktie)$/u;
const CHANGE_VERBS = "(hochgestuft|abgestuft|heraufgestuft|herabgestuft|angehoben|gesenkt|zurückgenommen|zurück genommen)";
const CHANGE = new RegExp(String.raw`von ${RATING} auf ${RATING} ${CHANGE_VERBS}`, "u");
/** A change that names only the new rating: `hat Hopfenthal auf "Buy" hochgestuft`. */
const CHANGE_TO = new RegExp(String.raw`auf ${RATING} ${CHANGE_VERBS}`, "u");
/** A kept rating, `auf "Buy"` or `bei "Buy"`, with the target kept beside it: `auf "Buy" mit einem Kursziel von 40 Euro belassen`. */
const KEEP = new RegExp(String.raw`(?:auf|bei) ${RATING} (?:mit einem (?:Kursziel|fairen Wert) von ${NUM} (?:\([^()]{0,40}\) )?${CUR} )?belassen`, "u");
/** The target before the rating: `die Einstufung ... mit einem Kursziel von 48 Euro auf "Neutral" belassen`. */
const KEEP_TARGET_FIRST = new RegExp(String.raw`mit einem (?:Kursziel|fairen Wert) von ${NUM} (?:\([^()]{0,40}\) )?${CUR} (?:auf|bei) ${RATING} belassen`, "u");
/** A rating confirmed: `und die Einstufung "Halten" bestätigt`, `das Votum mit "Buy" bekräftigt`, `Hopfenthal mit "Buy" bestätigt`. */
const KEEP_CONFIRMED = new RegExp(String.raw`(?:(?:Einstufung|Anlageurteil|Votum|Empfehlung) (?:mit |auf )?|mit )${RATING} (bestätigt|bekräftigt|beibehalten)`, "u");
const INITIATE = new RegExp(
  String.raw`mit ${RATING} (?:und einem (?:Kursziel|fairen Wert|Ziel) von ${NUM} ${CUR} )?((?:wieder |neu )?in die Bewertung (?:wieder)?aufgenommen|neu in die Bewertung|die Bewertung aufgenommen|(?:wieder |neu )?(?:wieder)?aufgenommen)`,
  "u",
);
/** The verbs that move a target up or down (the ratings vocabulary), as one alternative. */
const TARGET_VERBS = [...TARGET_UP, ...TARGET_DOWN].join("|");
/** `von 60 auf 62 Euro angehoben`; the caller checks that a target (`Kursziel`, `fairen Wert`) is named before it. */
const TARGET_CHANGE = new RegExp(String.raw`von ${NUM} (?:(?:${CURRENCY_WORDS}) )?auf ${NUM} ${CUR} (${TARGET_VERBS}|angepasst|revidiert)`, "u");
/** A target change that names only the new target: `das Kursziel auf 18 Euro angehoben`; the caller checks for a target word before it. */
const TARGET_TO = new RegExp(String.raw`auf ${NUM} ${CUR} (${TARGET_VERBS})`, "u");
/**
 * A target moved by a verb before the numbers, up to four words between (`Das Kursziel senkte er von 80 auf 70
 * Euro`, `Das Ziel hob der Analyst von 40 auf 44 Euro`): the numbers give the direction. The caller checks for a
 * target word before it.
 */
const TARGET_MOVED = new RegExp(
  String.raw`\b(senkte|senkten|senkt|hob|hoben|hebt|erhöhte|erhöhten|erhöht|kappte|kappt|sank|sinkt|stieg|steigt|fiel|fällt)(?: \p{L}{2,20}){0,4} von ${NUM} (?:(?:${CURRENCY_WORDS}) )?auf ${NUM} ${CUR}`,
  "u",
);
const TARGET_WORD = /Kursziel|fairen Wert|Ziel/u;
/** Words of a target change that say no direction: the numbers do. */
const NEUTRAL_TARGET_WORDS: ReadonlySet<string> = new Set(["angepasst", "revidiert"]);
/** A target kept: `das Kursziel von 25 Euro belassen`, also `das Kursziel aber bei 25 Euro belassen`. */
const TARGET_KEEP = new RegExp(String.raw`(?:Kursziel|fairen Wert|Ziel) (?:aber |jedoch )?(?:von |auf |bei )${NUM} (?:\([^()]{0,40}\) )?${CUR} belassen`, "u");
/**
 * A target stated in the sentence after the rating: `Das Kursziel liege bei 75 Euro`; kept where it says so
 * (`liegt weiterhin bei`, `unverändert`).
 */
const TARGET_AT = new RegExp(String.raw`(?:Kursziel|fairen? Wert|Ziel) (?:liegt|liege|lautet|laute|beträgt|betrage)( weiterhin| unverändert)? (?:bei )?${NUM} ${CUR}`, "u");
/**
 * The analyst named after `Analyst` or `Analystin`: two or three capitalised words, each ending in a letter
 * (an apostrophe inside a name, `O'Neill`, never a closing quotation mark). `Analyst` inside quotation marks
 * names a thing (`die 'Analyst Focus List'`), not a person.
 */
const ANALYST = /(?<!["'„‚“‘»«])Analyst(?:in)? ([A-ZÄÖÜ][\p{L}'-]{0,29}\p{L}(?: [A-ZÄÖÜ][\p{L}'-]{0,29}\p{L}){1,2})(?= [a-zäöü(]|[.,;:])/u;
/** The analyst named after a verb of saying: `schrieb Gaurav Jain`, `so Anna Berg`. */
const WROTE = /(?:schrieb|schreibt|so|meinte|sagte) ([A-ZÄÖÜ][\p{L}'-]{0,29}\p{L} [A-ZÄÖÜ][\p{L}'-]{0,29}\p{L})(?= [a-zäöü]|[.,;:])/u;
/**
 * The rating stated in a later sentence when the first one names only the target:
 * `Die Einstufung lautet weiterhin "Buy".`, `Das Votum bleibt "Halten".`, `... und bestätigte die Einstufung "Kaufen".`
 */
const LATER_RATING = new RegExp(
  String.raw`(?:(?:Einstufung|Anlageurteil|Votum|Empfehlung) (lautet|lautete|bleibt|blieb) (weiterhin |weiter |unverändert |nach wie vor )?(?:auf |bei )?|(bestätigte|bestätigt|bekräftigte|bekräftigt) (?:die Einstufung |das Anlageurteil |das Votum |ihr Votum |sein Votum )?(?:mit )?)${RATING}`,
  "u",
);
/** A later sentence keeping the rating: `Die Einstufung beließ Analyst Andy Chu allerdings auf "Hold".` */
const LATER_KEPT = new RegExp(String.raw`(?:Einstufung|Anlageurteil|Votum|Empfehlung) (beließ|beließen) (?:[^."„“”\n]{1,60} )?auf ${RATING}`, "u");
const HEADLINE_RATING = new RegExp(String.raw`auf ${RATING}`, "u");
/** A headline's closing rating: `Lindqvist hebt Ziel für Hopfenthal auf 46 Euro - 'Buy'`. */
const HEADLINE_SUFFIX = new RegExp(String.raw` [-–] ${RATING}$`, "u");
/** A headline's target: `hebt Ziel für Hopfenthal auf 46 Euro`, `senkt Ziel für Nordhütte von 30 auf 24 Euro`. */
const HEADLINE_TARGET = new RegExp(String.raw`\b(hebt|senkt|erhöht|kappt|belässt) (?:Kursziel|Ziel) für [^-–'"]{1,60}? (?:von ${NUM} )?auf ${NUM} ${CUR}`, "u");
/** Every expression built at load time, for the backtracking check in the tests. @internal */
export const RATING_PATTERNS = (): RegExp[] => [
  INSTITUTE, ANALYSTS_OF, COMPANY, SHARE_CLASS, CHANGE, CHANGE_TO, KEEP, KEEP_CONFIRMED, KEEP_TARGET_FIRST, INITIATE, TARGET_CHANGE, TARGET_TO, TARGET_MOVED, TARGET_KEEP, TARGET_AT, ANALYST, WROTE, HEADLINE_RATING, LATER_RATING, LATER_KEPT, HEADLINE_SUFFIX, HEADLINE_TARGET,
];

const num = (s: string) => Number(s.replace(/\.(?=\d{3}(?:\D|$))/g, "").replace(",", "."));
const target = (value: string, currency: string): RatingTarget => ({
  value: num(value),
  currency: CURRENCIES[currency] ?? QUALIFIED_CURRENCIES[currency.replace(/en (?=\S+$)/u, "e ")] ?? currency,
});

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
  return confirmed ? { rating: confirmed[1]!, index: confirmed.index, verb: confirmed[2]! } : null;
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
  r.analyst = ANALYST.exec(body)?.[1] ?? WROTE.exec(body)?.[1] ?? null;
  if (source) locate(source, lead, r, raws, article.headline, fromHeadline);
  if (!fromHeadline.rating) compareHeadline(article, r);
  return r;
}

/**
 * Fills the rating and the target from the headline where the lead does not state them; returns the raw
 * words of each field it filled (their positions are then looked up in the headline).
 */
function readHeadline(article: Article, r: Rating): Partial<Record<keyof RatingPositions, string>> {
  const h = article.headline?.text;
  if (!h) return {};
  const raws: Partial<Record<keyof RatingPositions, string>> = {};
  if (!r.rating) {
    const m = HEADLINE_SUFFIX.exec(h) ?? HEADLINE_RATING.exec(h);
    if (m) {
      r.rating = m[1]!;
      raws.rating = m[1]!;
      if (/\bbelässt\b/.test(h)) r.ratingAction = "reiterate";
    }
  }
  const t = r.target ? null : HEADLINE_TARGET.exec(h);
  if (t) {
    r.target = target(t[3]!, t[4]!);
    raws.target = `${t[3]} ${t[4]}`;
    if (t[2]) {
      r.previousTarget = target(t[2], t[4]!);
      raws.previousTarget = `von ${t[2]}`;
    }
    const verb = t[1]!;
    r.targetAction = verb === "belässt" ? "keep" : verb === "hebt" || verb === "erhöht" ? "raise" : "lower";
    raws.targetAction = verb;
  }
  return raws;
}

/**
 * Positions: each value (or the words that state it, such as `hochgestuft` for the action) found in the
 * raw text from the lead on; a field read from the headline, in the headline. A value whose words the raw
 * text parts by a line break or several spaces (a hard-wrapped lead, `&nbsp;`) is found by its words.
 */
function locate(
  source: { text: string; base: number },
  lead: { text: string; position?: Position },
  r: Rating,
  raws: Partial<Record<keyof RatingPositions, string>>,
  headline: { position?: Position } | null,
  fromHeadline: Partial<Record<keyof RatingPositions, string>>,
): void {
  const finder = (position: Position | undefined, limit: number) => {
    if (!position) return () => {};
    const from = position.start;
    const start = from.offset - source.base;
    const end = position.end.offset - source.base;
    // Read as the rules read it (no-break spaces as plain ones, entities of white space as spaces, the same
    // offsets): `Deutsche\u00a0Bank` is found.
    const raw = spaceEntities(plainSpaces(source.text.slice(start, Math.min(source.text.length, start + limit))));
    // Points within `raw`, moved to where the node stands (the node's own position is already global).
    const rawIndex = new LineIndex(raw);
    const point = (k: number) => {
      const p = rawIndex.point(k);
      return { line: from.line + p.line - 1, column: p.line === 1 ? from.column + p.column - 1 : p.column, offset: from.offset + k };
    };
    return (key: keyof RatingPositions, value: string | null | undefined, within = end - start) => {
      if (!value) return;
      let k: number;
      let n: number;
      if (value.includes(" ")) {
        // By its words: the raw text may part them by a line break or several spaces (`Nordlicht\nBank`,
        // `Nordlicht&nbsp;Bank`), and the first place it states them is the value's.
        const m = new RegExp(value.split(" ").map(escapeRegExp).join(String.raw`\s+`)).exec(raw);
        if (m === null) return;
        k = m.index;
        n = m[0].length;
      } else {
        k = raw.indexOf(value);
        n = value.length;
      }
      if (k !== -1 && k < within) r.positions[key] = { start: point(k), end: point(k + n) };
    };
  };
  const inHeadline = finder(headline?.position, 2_000);
  for (const [key, value] of Object.entries(fromHeadline) as [keyof RatingPositions, string][]) inHeadline(key, value);
  const at = finder(lead.position, 20_000);
  const inLead = (key: keyof RatingPositions, value: string | null | undefined, within?: number) => {
    if (!(key in fromHeadline)) at(key, value, within);
  };
  inLead("institute", raws.institute ?? r.institute);
  inLead("company", r.company);
  inLead("rating", r.rating);
  inLead("previousRating", r.previousRating);
  inLead("ratingAction", raws.ratingAction);
  inLead("target", raws.target);
  inLead("previousTarget", raws.previousTarget);
  inLead("targetAction", raws.targetAction);
  inLead("analyst", r.analyst, 20_000);
}

/** A `rating/disagreement` diagnostic where the headline names another rating than the lead. */
function compareHeadline(article: Article, r: Rating): void {
  const h = article.headline;
  if (!h || !r.rating) return;
  const m = HEADLINE_RATING.exec(h.title);
  if (m && m[1] !== r.rating && h.position) {
    r.diagnostics.push({
      code: "rating/disagreement",
      severity: "warning",
      message: `The headline says '${m[1]}', the lead '${r.rating}'.`,
      position: h.position,
    });
  }
}
