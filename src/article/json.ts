/**
 * The JSON form of an Article (`JSON.stringify(article)`): the same tree, with each date's `value`
 * written as an ISO 8601 string with offset (luxon's `toJSON`). `dpa-afx-parser/schema.json` is the JSON
 * Schema of this type, generated at build time.
 */
import type { Article, DateNode } from "./types.js";

/**
 * A date node in JSON: `value` is the ISO string of the luxon `DateTime`, or null for an impossible date.
 *
 * @example
 * { "type": "date", "iso": "2026-01-06", "precision": "day", "source": "prefix", "text": "date 2026-01-06", "value": "2026-01-06T00:00:00.000+01:00" }
 */
export interface DateNodeJSON extends Omit<DateNode, "value"> {
  value: string | null;
}

/**
 * An Article as JSON.
 *
 * @example
 * const json: ArticleJSON = JSON.parse(JSON.stringify(parseArticle(text)));
 */
export interface ArticleJSON extends Omit<Article, "date" | "dates"> {
  date: DateNodeJSON | null;
  dates: DateNodeJSON[];
}

/**
 * Options of {@link toJson}.
 *
 * @example
 * toJson(article, { positions: false });
 */
export interface JsonOptions {
  /**
   * Write each node's `position`. Without them the JSON is about 40% smaller (60% fewer lines when
   * indented): for users who need the text and the structure, not where it stood.
   * @default true
   */
  positions?: boolean;
}

/** The JSON.stringify replacer that leaves out positions. @internal */
export const withoutPositions = (key: string, value: unknown): unknown => (key === "position" ? undefined : value);

/**
 * An Article's JSON form as a plain object (what `JSON.stringify` writes, dates as ISO strings), with
 * or without positions.
 *
 * @example
 * const a = parseArticle("PARIS (dpa-AFX) - Die Gespräche dauern an./evs/DP/nas");
 * toJson(a, { positions: false }).dateline; // { type: "dateline", text: "PARIS (dpa-AFX) -", locations: ["PARIS"], ... } with no position
 */
export function toJson(article: Article, options?: JsonOptions): ArticleJSON {
  return JSON.parse(JSON.stringify(article, options?.positions === false ? withoutPositions : undefined)) as ArticleJSON;
}
