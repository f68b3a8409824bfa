/** Small constructors shared by grammars: node text normalisation and lazily dated nodes. */
import { DateTime } from "luxon";
import type { Position } from "./position.js";
import type { DateNode, DatePrecision, DateSource } from "./types.js";

const ODD_SPACE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const NEEDS_WORK = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * A node's `text` from raw input: runs of white space (line breaks, NBSP, narrow and thin spaces)
 * become one space; the ends are trimmed. The raw stays reachable through the node's position.
 *
 * @example
 * normaliseText("Der Dax\u00a0stieg\n  um 1 Prozent"); // "Der Dax stieg um 1 Prozent"
 */
export function normaliseText(raw: string): string {
  const s = NEEDS_WORK.test(raw) ? raw.replace(ODD_SPACE, " ") : raw;
  return s.trim();
}

/**
 * The written parts of a date; `null` for the parts not written.
 *
 * @example
 * dpaAfx.rules.datePrefix.tryParse("date 2021-05"); // { iso: "2021-05", precision: "month", year: 2021, month: 5, day: null, ... }
 */
export interface DateParts {
  iso: string;
  precision: DatePrecision;
  year: number;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
}

/**
 * A date node whose luxon `value` is created on first read (luxon costs microseconds per zoned
 * `DateTime`; most users never read it). No clock is read: the date comes from the parts, the zone from options.
 */
export function makeDateNode(parts: DateParts, source: DateSource, text: string, position: Position | undefined, zone: string): DateNode {
  let cached: DateTime | undefined;
  const value = (): DateTime =>
    (cached ??= DateTime.fromObject(
      { year: parts.year, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0 },
      { zone },
    ));
  // Object-literal getters: an own, enumerable `value` (so JSON shows it) built on first read.
  // No spread: spreading into a literal with a getter takes V8's slow path.
  const node: DateNode = position
    ? { type: "date", iso: parts.iso, precision: parts.precision, source, text, position, get value() { return value(); } }
    : { type: "date", iso: parts.iso, precision: parts.precision, source, text, get value() { return value(); } };
  return node;
}

/** True when the written parts name a real calendar date and time (checked without luxon). */
export function isRealDate(p: DateParts): boolean {
  if (p.month !== null && (p.month < 1 || p.month > 12)) return false;
  if (p.month !== null && p.day !== null) {
    const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
    if (p.day < 1 || p.day > days) return false;
  }
  if (p.hour !== null && (p.hour > 23 || (p.minute ?? 0) > 59)) return false;
  return true;
}
