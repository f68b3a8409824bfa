/** Small constructors shared by grammars: node text normalisation and lazily dated nodes. */
import { DateTime, FixedOffsetZone } from "luxon";
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
  /** Minutes east of UTC when the stamp writes its zone (`Z`, `+02:00`, `GMT`); absent or null when not. */
  offset?: number | null;
}

/**
 * A date node whose luxon `value` is created on first read (luxon costs microseconds per zoned
 * `DateTime`; most users never read it). No clock is read: the date comes from the parts, the zone from options.
 *
 * The node is a plain object: its data fields in the JSON's order, then `value`, an own enumerable
 * accessor (so JSON and spreading show it) whose getter is one function shared by every node, reading
 * the parts and zone from a hidden (symbol-keyed, non-enumerable) field. A getter written in an object
 * literal would be a new function per node, and V8 then gives each node a hidden class of its own, kept
 * in old space, which holds the node's closure alive through the next scavenges: a stream of
 * short-lived objects promoted, and a young generation grown to its maximum.
 *
 * @example
 * makeDateNode(parts, "dotted", "21.08.2014", position, "Europe/Berlin").value.toISO(); // "2014-08-21T00:00:00.000+02:00"
 */
export function makeDateNode(parts: DateParts, source: DateSource, text: string, position: Position | undefined, zone: string): DateNode {
  const node: Omit<DateNode, "value"> = { type: "date", iso: parts.iso, precision: parts.precision, source, text };
  if (position) node.position = position;
  Object.defineProperty(node, STATE, { value: { parts, zone, cached: undefined } satisfies DateState });
  Object.defineProperty(node, "value", VALUE);
  return node as DateNode;
}

/** Where a date node keeps what its `value` is built from. */
const STATE = Symbol("date");
interface DateState {
  readonly parts: DateParts;
  readonly zone: string;
  cached: DateTime | undefined;
}
/** The descriptor of every date node's `value`: one getter for all. */
const VALUE: PropertyDescriptor = {
  get(this: { [STATE]: DateState }): DateTime {
    const s = this[STATE];
    const p = s.parts;
    const at = { year: p.year, month: p.month ?? 1, day: p.day ?? 1, hour: p.hour ?? 0, minute: p.minute ?? 0 };
    // A stamp that writes its zone names an instant: read in its own offset, shown in the options' zone.
    return (s.cached ??= p.offset == null ? DateTime.fromObject(at, { zone: s.zone }) : DateTime.fromObject(at, { zone: FixedOffsetZone.instance(p.offset) }).setZone(s.zone));
  },
  enumerable: true,
  configurable: true,
};

/** Days in a month (1-12) of a year of the (proleptic) Gregorian calendar. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the written parts name a real calendar date and time (checked without luxon). */
export function isRealDate(p: DateParts): boolean {
  if (p.month !== null && (p.month < 1 || p.month > 12)) return false;
  if (p.month !== null && p.day !== null && (p.day < 1 || p.day > daysIn(p.year, p.month))) return false;
  if (p.hour !== null && (p.hour > 23 || (p.minute ?? 0) > 59)) return false;
  if (p.offset != null && Math.abs(p.offset) > 14 * 60) return false;
  return true;
}
