/** The shape of a rating `extractRating` reads (see `extract.ts`). */
import type { Diagnostic } from "../article/diagnostics.js";
import type { Position } from "../article/position.js";

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
