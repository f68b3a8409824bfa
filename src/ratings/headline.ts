/** What a rating headline adds to the lead (`Lindqvist hebt Ziel für Hopfenthal auf 46 Euro - 'Buy'`), and where it disagrees. */
import type { Article } from "../article/types.js";
import { HEADLINE_RATING, HEADLINE_SUFFIX, HEADLINE_TARGET, target } from "./patterns.js";
import type { Rating, RatingPositions } from "./types.js";

/**
 * Fills the rating and the target from the headline where the lead does not state them; returns the raw
 * words of each field it filled (their positions are then looked up in the headline).
 */
export function readHeadline(article: Article, r: Rating): Partial<Record<keyof RatingPositions, string>> {
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

/** A `rating/disagreement` diagnostic where the headline names another rating than the lead. */
export function compareHeadline(article: Article, r: Rating): void {
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
