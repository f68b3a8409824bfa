import type { Position } from "./position.js";

/**
 * How bad a problem is. `error` fails `{ strict: true }`; the others never do.
 *
 * @example
 * parseArticle("").diagnostics[0]?.severity; // "error"
 */
export type Severity = "error" | "warning" | "info";

/**
 * Stable diagnostic codes. Match on these, never on `message` (its wording may change).
 * Extensions may add their own codes as `'area/what'` strings.
 *
 * - `input/empty` (error): nothing but white space.
 * - `input/replacement-character` (warning): U+FFFD, the text was decoded in the wrong encoding.
 * - `input/mojibake` (warning): letters garbled by reading UTF-8 as Windows-1252 (`MÃ¼nchen`); the first is
 *   flagged. The text is read as it stands: decode the bytes as UTF-8, or pass the bytes.
 * - `input/windows-1252` (warning): bytes that are not UTF-8 were read as Windows-1252.
 * - `input/truncated-utf8` (warning): UTF-8 bytes end inside a character (a file or stream cut short).
 * - `input/html` (info): HTML tags or entities in the text (RSS and API copies); tags are not read as text,
 *   entities are decoded in node text.
 * - `input/message-too-long` (error): a stream sent more than `maxMessageBytes` with no next message; cut there.
 * - `internal/exception` (error): the parser (or an extension rule) threw on this message; its text is an `unparsed` extra.
 * - `input/not-dpa-afx` (error): no dateline, no agency trailer, no other mark of a dpa-AFX copy (a `date`
 *   prefix, a feed stamp, a footer, a known desk tag): the text is no dpa-AFX message.
 * - `dateline/missing` (warning), `dateline/trailing` (info): no dateline before the lead, or one after the body.
 * - `dateline/unknown-agency` (info): the dateline names an agency the grammar's vocabulary does not list
 *   (`FRANKFURT (Reuters) - `); the dateline is read all the same.
 * - `dateline/no-dash` (info): the lead's dateline has no dash before the text (`KIEL (dpa-AFX) Der ...`, a
 *   copy that lost it); read as the dateline all the same.
 * - `body/missing` (error), `body/truncated` (info): no paragraphs, or a copy cut off mid-sentence.
 * - `trailer/missing`, `trailer/stray-punctuation`, `trailer/repeated` (info).
 * - `trailer/inside-body` (warning): a trailer ends a paragraph before the body's end: the text after it is
 *   most likely another message (one with no dateline naming an agency) read as part of this one.
 * - `date/invalid` (warning): a metadata date that does not exist, such as `date 2026-02-30`.
 * - `line/unrecognised` (info): text kept as an `extra` node because it fits no element.
 * - `headline/chrome-skipped` (info): a short line above the headline (a site's label such as `Wirtschaft`)
 *   was judged site chrome and kept as a `chrome` extra, not taken for the headline.
 *
 * @example
 * parseArticle("BERLIN (dpa-AFX) - Text./ab/cd;").diagnostics.map((d) => d.code); // ["trailer/stray-punctuation"]
 */
export type DiagnosticCode =
  | "input/empty"
  | "input/replacement-character"
  | "input/mojibake"
  | "input/windows-1252"
  | "input/truncated-utf8"
  | "input/message-too-long"
  | "input/html"
  | "internal/exception"
  | "input/not-dpa-afx"
  | "dateline/missing"
  | "dateline/trailing"
  | "dateline/unknown-agency"
  | "dateline/no-dash"
  | "body/missing"
  | "body/truncated"
  | "trailer/missing"
  | "trailer/stray-punctuation"
  | "trailer/repeated"
  | "trailer/inside-body"
  | "date/invalid"
  | "line/unrecognised"
  | "headline/chrome-skipped"
  | (string & {});

/**
 * A problem found while parsing: data, not an exception.
 *
 * @example
 * // for "FRANKFURT (dpa-AFX) - Der Dax stieg./ajx/mis;"
 * { code: "trailer/stray-punctuation", severity: "info", message: "...", position: { start: { line: 1, column: 45, offset: 44 }, ... } }
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** One sentence for people; may change between versions. */
  message: string;
  /** Where the problem is (the whole input for problems of the input as a whole). */
  position: Position;
  /**
   * What the grammar expected at this place, in the words of its rules' `.desc()` labels (`a place in
   * capitals`, `a trailer code`); present where a rule failed to find what the diagnostic misses.
   */
  expected?: string[];
}

/**
 * Thrown by `parseArticle(text, { strict: true })` when the text holds an error-severity problem,
 * and returned by `safeParseArticle` on failure.
 *
 * @example
 * try { parseArticle("", { strict: true }); } catch (e) { if (e instanceof ParseError) e.code; } // "input/empty"
 */
export class ParseError extends Error {
  /** The code of the diagnostic that failed the parse. */
  readonly code: DiagnosticCode;
  /** Where it is, when it has a place. */
  readonly position: Position;
  /** Every diagnostic of the parse, the failing one among them. */
  readonly diagnostics: Diagnostic[];
  /** What the grammar expected where it failed (its rules' `.desc()` labels); empty when it does not say. */
  readonly expected: string[];

  constructor(diagnostic: Diagnostic, diagnostics: Diagnostic[] = [diagnostic]) {
    const where = ` (${diagnostic.position.start.line}:${diagnostic.position.start.column})`;
    const expected = diagnostic.expected ?? [];
    super(`${diagnostic.code}: ${diagnostic.message}${where}${expected.length ? `; expected ${orList(expected)}` : ""}`);
    this.name = "ParseError";
    this.code = diagnostic.code;
    this.position = diagnostic.position;
    this.diagnostics = diagnostics;
    this.expected = expected;
  }
}

/**
 * Shows a diagnostic the way a compiler does: the offending line, a caret under the spot, and the message.
 * Tabs are kept so the caret lines up; long lines are cut around the spot.
 *
 * @example
 * formatDiagnostic("PARIS (dpa-AFX) - Text./evs/DP/nas;", diagnostic);
 * // 1:35 info trailer/stray-punctuation: ...
 * //   1 | PARIS (dpa-AFX) - Text./evs/DP/nas;
 * //     |                                   ^
 */
export function formatDiagnostic(input: string, diagnostic: Diagnostic): string {
  const head = `${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
  const pos = diagnostic.position;
  if (!pos) return head;
  const { line, column } = pos.start;
  const width = 100;
  let caretAt = column - 1;
  let lineStart = pos.start.offset - caretAt;
  if (lineStart < 0 || lineStart > input.length) {
    lineStart = 0;
    caretAt = 0;
  }
  // Only a window around the caret is read, never the rest of a long line: formatting every diagnostic
  // of a one-line megabyte costs the same per diagnostic as on a short line.
  const limit = Math.min(input.length, lineStart + caretAt + width + 1);
  let lineEnd = Math.min(lineStart + caretAt, limit);
  while (lineEnd < limit) {
    const c = input.charCodeAt(lineEnd);
    if (c === 10 || c === 13) break;
    lineEnd++;
  }
  // The window: at most 100 characters of the line, from 40 before the caret (or fewer, so that it ends at
  // the line's end); an ellipsis marks each side cut. A line longer than the window was read only to
  // `limit`, caretAt + 101 characters, which still ends after the window.
  const length = lineEnd - lineStart;
  const cutLeft = Math.max(0, Math.min(caretAt - 40, length - width));
  const more = cutLeft + width < length;
  const text = (cutLeft > 0 ? "…" : "") + input.slice(lineStart + cutLeft, lineStart + Math.min(length, cutLeft + width)) + (more ? "…" : "");
  caretAt = caretAt - cutLeft + (cutLeft > 0 ? 1 : 0);
  const gutter = String(line);
  const pad = " ".repeat(gutter.length);
  const span = pos.end.line === line ? Math.max(1, Math.min(pos.end.column - column, text.length - caretAt)) : 1;
  const marker = text.slice(0, caretAt).replace(/[^\t]/g, " ") + "^".repeat(Math.max(1, span));
  return `${line}:${column} ${head}\n ${gutter} | ${text}\n ${pad} | ${marker}`;
}

/** `a`, `a or b`, `a, b or c`: a list as a reader would say it. */
function orList(items: readonly string[]): string {
  return items.length <= 2 ? items.join(" or ") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
