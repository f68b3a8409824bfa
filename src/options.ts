/** Options of `parseArticle`. */
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

/** Options with every default filled in. */
export interface ResolvedOptions {
  zone: string;
  strict: boolean;
}

export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  return { zone: options?.zone ?? "Europe/Berlin", strict: options?.strict ?? false };
}
