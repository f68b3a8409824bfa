/**
 * The expressions a rating is read with: the quoted rating, numbers and currency words, institutes,
 * companies, and the phrases of rating and target changes in a lead and a headline, built once at load
 * time from the ratings vocabulary. Each is checked for backtracking in the tests (`RATING_PATTERNS`).
 */
import { escapeRegExp } from "../text/chars.js";
import type { RatingTarget } from "./types.js";
import { ANALYST_VERBS, CURRENCIES, INSTITUTE_DESCRIPTORS, QUALIFIED_CURRENCIES, TARGET_DOWN, TARGET_UP } from "./vocabulary.js";

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
export const INSTITUTE = new RegExp(String.raw`^(?:(?:Die|Der|Das) )?(?:[a-zäöü]{2,20} ){0,2}${INSTITUTE_NAME}${SHORT_NAME} hat `, "u");
/**
 * The analysts of an institute as the subject: `Die Analysten von Barclays haben ...`, `Die Analysten der
 * Deutschen Bank haben ...` (after `der` the name is inflected, see `uninflected`): the preposition, the
 * institute and its short name.
 */
export const ANALYSTS_OF = new RegExp(String.raw`^Die (?:Analysten|Experten) (von|bei|der|des) (?:[a-zäöü]{2,20} ){0,2}${INSTITUTE_NAME}${SHORT_NAME} haben `, "u");
/**
 * The company after `hat` or `haben` (`die Einstufung für`, `das Kursziel für`, `die Aktie der`, `ihre Anlageempfehlung
 * für Titel der`, `die Einstufung für die Vorzugsaktien von` ...); a share class after a hyphen
 * (`Henkel-Vorzugsaktien`) is cut off by {@link SHARE_CLASS}.
 */
export const COMPANY =
  / (?:hat|haben) (?:(?:die|das|den|ihre|ihr|seine|sein) (?:Einstufung|Bewertung|Kursziel|fairen Wert|Ziel|Aktie|Aktien|Papiere|Votum|Anlageurteil|Anlageempfehlung|Empfehlung) (?:für|der|des|von) (?:(?:die )?(?:Titel|Aktien?|Papiere|Vorzugsaktien|Stammaktien|Vorzüge) (?:der|des|von) |die |das |den )?)?([A-ZÄÖÜ0-9][\p{L}\d&.'-]{0,40}(?: (?:&|[A-ZÄÖÜ0-9][\p{L}\d&.'-]{0,40})){0,4})/u;
/** A number alone (`60`, `1.250,50`), where {@link COMPANY} read the numbers of a target. */
export const NUMBER_ONLY = /^\d[\d.,]*$/;
/** A share class glued to the company's name: `Henkel-Vorzugsaktien` is Henkel's. */
export const SHARE_CLASS = /-(?:Vorzugsaktien|Vorzugsaktie|Vorzüge|Stammaktien|Stammaktie|Aktien|Aktie)$/u;
const CHANGE_VERBS = "(hochgestuft|abgestuft|heraufgestuft|herabgestuft|angehoben|gesenkt|zurückgenommen|zurück genommen)";
export const CHANGE = new RegExp(String.raw`von ${RATING} auf ${RATING} ${CHANGE_VERBS}`, "u");
/** A change that names only the new rating: `hat Hopfenthal auf "Buy" hochgestuft`. */
export const CHANGE_TO = new RegExp(String.raw`auf ${RATING} ${CHANGE_VERBS}`, "u");
/** A kept rating, `auf "Buy"` or `bei "Buy"`, with the target kept beside it: `auf "Buy" mit einem Kursziel von 40 Euro belassen`. */
export const KEEP = new RegExp(String.raw`(?:auf|bei) ${RATING} (?:mit einem (?:Kursziel|fairen Wert) von ${NUM} (?:\([^()]{0,40}\) )?${CUR} )?belassen`, "u");
/** The target before the rating: `die Einstufung ... mit einem Kursziel von 48 Euro auf "Neutral" belassen`. */
export const KEEP_TARGET_FIRST = new RegExp(String.raw`mit einem (?:Kursziel|fairen Wert) von ${NUM} (?:\([^()]{0,40}\) )?${CUR} (?:auf|bei) ${RATING} belassen`, "u");
/**
 * A rating confirmed: `und die Einstufung "Halten" bestätigt`, `das Votum mit "Buy" bekräftigt`, `Hopfenthal mit
 * "Buy" bestätigt`, with the target kept beside it: `mit "Buy" und einem Kursziel von 26 Euro bestätigt`.
 */
export const KEEP_CONFIRMED = new RegExp(
  String.raw`(?:(?:Einstufung|Anlageurteil|Votum|Empfehlung) (?:mit |auf )?|mit )${RATING} (?:und (?:einem|dem) (?:Kursziel|fairen Wert|Ziel) von ${NUM} ${CUR} )?(bestätigt|bekräftigt|beibehalten)`,
  "u",
);
export const INITIATE = new RegExp(
  String.raw`mit ${RATING} (?:und einem (?:Kursziel|fairen Wert|Ziel) von ${NUM} ${CUR} )?((?:wieder |neu )?in die Bewertung (?:wieder)?aufgenommen|neu in die Bewertung|die Bewertung aufgenommen|(?:wieder |neu )?(?:wieder)?aufgenommen)`,
  "u",
);
/** The verbs that move a target up or down (the ratings vocabulary), as one alternative. */
const TARGET_VERBS = [...TARGET_UP, ...TARGET_DOWN].join("|");
/** `von 60 auf 62 Euro angehoben`; the caller checks that a target (`Kursziel`, `fairen Wert`) is named before it. */
export const TARGET_CHANGE = new RegExp(String.raw`von ${NUM} (?:(?:${CURRENCY_WORDS}) )?auf ${NUM} ${CUR} (${TARGET_VERBS}|angepasst|revidiert)`, "u");
/** A target change that names only the new target: `das Kursziel auf 18 Euro angehoben`; the caller checks for a target word before it. */
export const TARGET_TO = new RegExp(String.raw`auf ${NUM} ${CUR} (${TARGET_VERBS})`, "u");
/**
 * A target moved by a verb before the numbers, up to four words between (`Das Kursziel senkte er von 80 auf 70
 * Euro`, `Das Ziel hob der Analyst von 40 auf 44 Euro`): the numbers give the direction. The caller checks for a
 * target word before it.
 */
export const TARGET_MOVED = new RegExp(
  String.raw`\b(senkte|senkten|senkt|hob|hoben|hebt|erhöhte|erhöhten|erhöht|kappte|kappt|sank|sinkt|stieg|steigt|fiel|fällt)(?: \p{L}{2,20}){0,4} von ${NUM} (?:(?:${CURRENCY_WORDS}) )?auf ${NUM} ${CUR}`,
  "u",
);
export const TARGET_WORD = /Kursziel|fairen Wert|Ziel/u;
/** Words of a target change that say no direction: the numbers do. */
export const NEUTRAL_TARGET_WORDS: ReadonlySet<string> = new Set(["angepasst", "revidiert"]);
/** A target kept: `das Kursziel von 25 Euro belassen`, also `das Kursziel aber bei 25 Euro belassen`. */
export const TARGET_KEEP = new RegExp(String.raw`(?:Kursziel|fairen Wert|Ziel) (?:aber |jedoch )?(?:von |auf |bei )${NUM} (?:\([^()]{0,40}\) )?${CUR} belassen`, "u");
/**
 * A target stated in the sentence after the rating: `Das Kursziel liege bei 75 Euro`; kept where it says so
 * (`liegt weiterhin bei`, `unverändert`).
 */
export const TARGET_AT = new RegExp(String.raw`(?:Kursziel|fairen? Wert|Ziel) (?:liegt|liege|lautet|laute|beträgt|betrage)( weiterhin| unverändert)? (?:bei )?${NUM} ${CUR}`, "u");
/**
 * The analyst named after `Analyst` or `Analystin`: two or three capitalised words, each ending in a letter
 * (an apostrophe inside a name, `O'Neill`, never a closing quotation mark). `Analyst` inside quotation marks
 * names a thing (`die 'Analyst Focus List'`), not a person.
 */
export const ANALYST = /(?<!["'„‚“‘»«])Analyst(?:in)? ([A-ZÄÖÜ][\p{L}'-]{0,29}\p{L}(?: [A-ZÄÖÜ][\p{L}'-]{0,29}\p{L}){1,2})(?= [a-zäöü(]|[.,;:])/u;
/** The analyst named after a verb of saying: `schrieb Gaurav Jain`, `so Anna Berg`. */
export const WROTE = /(?:schrieb|schreibt|so|meinte|sagte) ([A-ZÄÖÜ][\p{L}'-]{0,29}\p{L} [A-ZÄÖÜ][\p{L}'-]{0,29}\p{L})(?= [a-zäöü]|[.,;:])/u;
/**
 * The analyst named without a title as a sentence's subject, before a verb of judging or saying:
 * `Anna Lindqvist berücksichtige in einer Studie ...`, `Tom Berg sieht ...` (two capitalised words; which
 * names are none is the extractor's judgement, see `NOT_NAMES`).
 */
export const NAMED_SUBJECT = new RegExp(String.raw`(?:^|[.!?:] )([A-ZÄÖÜ][\p{L}'-]{0,29}\p{L} [A-ZÄÖÜ][\p{L}'-]{0,29}\p{L}) (?:${ANALYST_VERBS.join("|")})(?![\p{L}-])`, "u");
/**
 * The rating stated in a later sentence when the first one names only the target:
 * `Die Einstufung lautet weiterhin "Buy".`, `Das Votum bleibt "Halten".`, `... und bestätigte die Einstufung "Kaufen".`
 */
export const LATER_RATING = new RegExp(
  String.raw`(?:(?:Einstufung|Anlageurteil|Votum|Empfehlung) (lautet|lautete|bleibt|blieb) (weiterhin |weiter |unverändert |nach wie vor )?(?:auf |bei )?|(bestätigte|bestätigt|bekräftigte|bekräftigt) (?:die Einstufung |das Anlageurteil |das Votum |ihr Votum |sein Votum )?(?:mit )?)${RATING}`,
  "u",
);
/** A later sentence keeping the rating: `Die Einstufung beließ Analyst Andy Chu allerdings auf "Hold".` */
export const LATER_KEPT = new RegExp(String.raw`(?:Einstufung|Anlageurteil|Votum|Empfehlung) (beließ|beließen) (?:[^."„“”\n]{1,60} )?auf ${RATING}`, "u");
export const HEADLINE_RATING = new RegExp(String.raw`auf ${RATING}`, "u");
/** A headline's closing rating: `Lindqvist hebt Ziel für Hopfenthal auf 46 Euro - 'Buy'`. */
export const HEADLINE_SUFFIX = new RegExp(String.raw` [-–] ${RATING}$`, "u");
/** A headline's target: `hebt Ziel für Hopfenthal auf 46 Euro`, `senkt Ziel für Nordhütte von 30 auf 24 Euro`. */
export const HEADLINE_TARGET = new RegExp(String.raw`\b(hebt|senkt|erhöht|kappt|belässt) (?:Kursziel|Ziel) für [^-–'"]{1,60}? (?:von ${NUM} )?auf ${NUM} ${CUR}`, "u");
/** Every expression built at load time, for the backtracking check in the tests. @internal */
export const RATING_PATTERNS = (): RegExp[] => [
  INSTITUTE, ANALYSTS_OF, COMPANY, SHARE_CLASS, CHANGE, CHANGE_TO, KEEP, KEEP_CONFIRMED, KEEP_TARGET_FIRST, INITIATE, TARGET_CHANGE, TARGET_TO, TARGET_MOVED, TARGET_KEEP, TARGET_AT, ANALYST, WROTE, NAMED_SUBJECT, HEADLINE_RATING, LATER_RATING, LATER_KEPT, HEADLINE_SUFFIX, HEADLINE_TARGET,
];

const num = (s: string) => Number(s.replace(/\.(?=\d{3}(?:\D|$))/g, "").replace(",", "."));
export const target = (value: string, currency: string): RatingTarget => ({
  value: num(value),
  currency: CURRENCIES[currency] ?? QUALIFIED_CURRENCIES[currency.replace(/en (?=\S+$)/u, "e ")] ?? currency,
});
