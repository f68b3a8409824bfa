/**
 * Bytes to text: UTF-8 (a BOM is honoured and dropped), or Windows-1252 for old feeds whose bytes are
 * not UTF-8. The choice is made once, from the first {@link SNIFF_BYTES} bytes, so a whole buffer and the
 * same bytes arriving as a stream are decoded alike.
 */
import type { Diagnostic } from "./article/diagnostics.js";

/** How many bytes decide the encoding. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * The encodings bytes are read in.
 *
 * @example
 * decodeBytes(bytes).encoding; // "utf-8" or "windows-1252"
 */
export type TextEncoding = "utf-8" | "windows-1252";

/**
 * Which encoding the first bytes of an input are in: `utf-8` when they are valid UTF-8 (a sequence cut
 * at the end of the sample does not count against it), else `windows-1252`.
 *
 * @example
 * sniffEncoding(new TextEncoder().encode("MÜNCHEN (dpa-AFX) - ")); // "utf-8"
 * sniffEncoding(Uint8Array.of(0x4d, 0xdc, 0x4e)); // "windows-1252" (Ü as one byte)
 */
export function sniffEncoding(bytes: Uint8Array): TextEncoding {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  try {
    // Streaming mode: a sequence cut at the end of the sample (or of the whole input) is not an error.
    // A UTF-8 text cut inside its last character stays UTF-8 (reported as `input/truncated-utf8`).
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/**
 * Where a UTF-8 sequence cut short by the end of `bytes` starts (a lead byte whose continuation bytes
 * did not all arrive), or -1 when the bytes end on a whole character.
 *
 * @example
 * truncatedTail(Uint8Array.of(0x4d, 0xc3)); // 1: the first byte of "Ü" without its second
 */
export function truncatedTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = n - 1; k >= 0 && k >= n - 3; k--) {
    const b = bytes[k]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: the lead is further back
    const len = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 1;
    return k + len > n ? k : -1;
  }
  return -1;
}

// Windows-1252 bytes 0x80-0x9F (Node's TextDecoder reads them as Latin-1 control characters, so map here;
// the five unassigned bytes stay as their C1 code points, as WHATWG specifies).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 bytes: one UTF-16 unit per byte, so decoded offsets equal byte offsets.
 *
 * @example
 * decodeWindows1252(Uint8Array.of(0x80, 0x20, 0x35)); // "€ 5"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 for every byte (one code unit each), then the 32 bytes 0x80-0x9F mapped: no argument list
  // as long as the input is ever built.
  const latin1 = new TextDecoder("latin1").decode(bytes);
  let out = "";
  let from = 0;
  for (let k = 0; k < latin1.length; k++) {
    const c = latin1.charCodeAt(k);
    if (c >= 0x80 && c < 0xa0) {
      out += latin1.slice(from, k) + String.fromCharCode(CP1252_HIGH[c - 0x80]!);
      from = k + 1;
    }
  }
  return from === 0 ? latin1 : out + latin1.slice(from);
}

/**
 * The first byte offset at which `bytes` stop being valid UTF-8 (for the diagnostic), or 0.
 *
 * @example
 * firstInvalid(Uint8Array.of(0x4b, 0xdc, 0x20)); // 1 (Ü as one byte, then a space)
 */
export function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  while (i < n) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k < bytes.length && (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}

/** The diagnostic that says bytes were read as Windows-1252; offsets equal byte offsets in that encoding. */
export function windows1252Diagnostic(at: number, line = 1, column = at + 1): Diagnostic {
  return {
    code: "input/windows-1252",
    severity: "warning",
    message: "The bytes are not UTF-8; they were read as Windows-1252.",
    position: { start: { line, column, offset: at }, end: { line, column: column + 1, offset: at + 1 } },
  };
}

/**
 * The diagnostic that says UTF-8 text ends inside a character (a file or stream cut short): the cut
 * sequence is decoded as U+FFFD at `at`.
 */
export function truncatedUtf8Diagnostic(at: number, line: number, column: number): Diagnostic {
  return {
    code: "input/truncated-utf8",
    severity: "warning",
    message: "The UTF-8 text ends inside a character: the input was cut short.",
    position: { start: { line, column, offset: at }, end: { line, column: column + 1, offset: at + 1 } },
  };
}

/**
 * Decoded text, the encoding used, where the bytes first failed as UTF-8 (for Windows-1252), and where
 * a UTF-8 text cut inside its last character ends.
 *
 * @example
 * decodeBytes(Uint8Array.of(0x4b, 0xdc, 0x20)); // { text: "KÜ ", encoding: "windows-1252", invalidAt: 1, truncatedAt: null }
 */
export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** Offset (in the decoded text) of the first byte that is not UTF-8; null for UTF-8 input. */
  invalidAt: number | null;
  /**
   * Offset (in the decoded text) of the U+FFFD standing for a UTF-8 sequence cut short by the end of the
   * bytes; null when the bytes end on a whole character.
   */
  truncatedAt: number | null;
}

/**
 * Decodes a whole byte buffer.
 *
 * @example
 * decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x4b, 0x49, 0x45, 0x4c)).text; // "KIEL" (BOM dropped)
 * decodeBytes(Uint8Array.of(0x4d, 0xc3)); // { text: "M\ufffd", encoding: "utf-8", invalidAt: null, truncatedAt: 1 }
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const encoding = sniffEncoding(bytes);
  if (encoding === "utf-8") {
    const text = new TextDecoder("utf-8").decode(bytes);
    const cut = truncatedTail(bytes);
    return { text, encoding, invalidAt: null, truncatedAt: cut === -1 ? null : text.length - 1 };
  }
  return { text: decodeWindows1252(bytes), encoding, invalidAt: firstInvalid(bytes), truncatedAt: null };
}

/**
 * The second characters of a letter's UTF-8 bytes read as Windows-1252 or Latin-1 after `Ã` (U+00C3): ä ¤,
 * ö ¶, ü ¼, ß Ÿ or U+009F, Ä „ or U+0084, Ö – or U+0096, Ü œ or U+009C, é ©, è ¨ (`MÃ¼nchen` for `München`).
 */
const MOJIBAKE_SECONDS: ReadonlySet<number> = new Set([0xa4, 0xb6, 0xbc, 0x178, 0x9f, 0x201e, 0x84, 0x2013, 0x96, 0x153, 0x9c, 0xa9, 0xa8]);

/**
 * Where `text` first holds a letter garbled by reading UTF-8 as Windows-1252 (`Ã¼` for `ü`), or -1. One
 * native scan for `Ã`, each hit checked once. @internal
 *
 * @example
 * mojibakeAt("Die BÃ¶rse"); // 5
 */
export function mojibakeAt(text: string): number {
  for (let k = text.indexOf("\u00c3"); k !== -1; k = text.indexOf("\u00c3", k + 1)) {
    if (MOJIBAKE_SECONDS.has(text.charCodeAt(k + 1))) return k;
  }
  return -1;
}
