/**
 * Options of `parseArticle` and `safeParseArticle`. Every option is optional.
 *
 * @example
 * parseArticle("date 2026-01-06\nPARIS (dpa-AFX) - Text./evs/DP/nas", { zone: "UTC", strict: true });
 */
export interface ParseOptions {
  /**
   * IANA zone in which written dates and times are read (dpa-AFX writes Frankfurt time).
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
  return { zone: options?.zone ?? "Europe/Berlin", strict: options?.strict ?? false };
}
