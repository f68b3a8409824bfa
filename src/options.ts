import { Info } from "luxon";
/**
 * Options of `parseArticle` and `safeParseArticle`. Every option is optional.
 *
 * @example
 * parseArticle("date 2026-01-06\nPARIS (dpa-AFX) - Text./evs/DP/nas", { zone: "UTC", strict: true });
 */
export interface ParseOptions {
  /**
   * IANA zone in which written dates and times are read (dpa-AFX writes Frankfurt time); a fixed offset
   * such as `UTC+1` works too. An unknown zone (`Mars/Olympus`) throws a `RangeError` at the call.
   * @default "Europe/Berlin"
   */
  zone?: string;
  /**
   * Throw a `ParseError` when the text holds an error-severity problem instead of reporting it.
   * @default false
   */
  strict?: boolean;
  /**
   * The grammar to parse with.
   * @default dpaAfx
   */
  grammar?: import("./grammar/index.js").Grammar<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Options with every default filled in, as grammars receive them.
 *
 * @example
 * resolveOptions(undefined); // { zone: "Europe/Berlin", strict: false }
 */
export interface ResolvedOptions {
  zone: string;
  strict: boolean;
}

/**
 * Fills in the defaults of {@link ParseOptions}.
 *
 * @example
 * resolveOptions({ strict: true }); // { zone: "Europe/Berlin", strict: true }
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  const zone = options?.zone ?? "Europe/Berlin";
  checkZone(zone);
  return { zone, strict: options?.strict ?? false };
}

/** Zones already found valid (a bounded set: there are a few hundred zones). */
const knownZones = new Set<string>(["Europe/Berlin", "UTC"]);

/**
 * Throws a `RangeError` for a zone luxon does not know, as `Intl.DateTimeFormat` does: a wrong zone is a
 * mistake in the call, not a problem of the text, and every date would otherwise be silently invalid.
 *
 * @example
 * checkZone("Europe/Berlin"); // fine
 * checkZone("Mars/Olympus");  // RangeError: Unknown time zone 'Mars/Olympus' ...
 */
export function checkZone(zone: unknown): void {
  if (typeof zone === "string" && knownZones.has(zone)) return;
  if (typeof zone !== "string" || zone.trim() === "" || !Info.normalizeZone(zone).isValid) {
    throw new RangeError(`Unknown time zone '${String(zone)}': give an IANA zone such as 'Europe/Berlin' or 'UTC', or an offset such as 'UTC+1'.`);
  }
  knownZones.add(zone);
}
