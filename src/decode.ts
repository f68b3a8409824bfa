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
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: sample.length < bytes.length || sample.length === SNIFF_BYTES });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
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
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const codes = new Array<number>(part.length);
    for (let k = 0; k < part.length; k++) {
      const b = part[k]!;
      codes[k] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * The first byte offset at which `bytes` stop being valid UTF-8 (for the diagnostic), or 0.
 *
 * @example
 * firstInvalid(Uint8Array.of(0x4b, 0x49, 0xdc)); // 2
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
 * Decoded text, the encoding used, and where the bytes first failed as UTF-8 (for Windows-1252).
 *
 * @example
 * decodeBytes(Uint8Array.of(0x4b, 0xdc)); // { text: "KÜ", encoding: "windows-1252", invalidAt: 1 }
 */
export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** Offset (in the decoded text) of the first byte that is not UTF-8; null for UTF-8 input. */
  invalidAt: number | null;
}

/**
 * Decodes a whole byte buffer.
 *
 * @example
 * decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x4b, 0x49, 0x45, 0x4c)).text; // "KIEL" (BOM dropped)
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const encoding = sniffEncoding(bytes);
  if (encoding === "utf-8") return { text: new TextDecoder("utf-8").decode(bytes), encoding, invalidAt: null };
  return { text: decodeWindows1252(bytes), encoding, invalidAt: firstInvalid(bytes) };
}
