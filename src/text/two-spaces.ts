/**
 * Whether a text holds two plain spaces in a row: asked of every message before its nodes' text is made
 * (see `linesAreClean`), and, read with a regular expression, the largest single cost of a parse (about
 * 0.8 ns a character, most of what splitting the text into lines costs). Where Node's `Buffer` and
 * WebAssembly with SIMD are at hand (Node, Bun), the text is written as Latin-1 into a 64 KB WebAssembly
 * memory (a copy, for the one-byte strings most copies are) and searched 32 pairs of bytes at a time:
 * about 0.07 ns a character. A character beyond Latin-1 is written as its low byte, so what that search
 * finds is confirmed by the expression; it never misses a pair. Elsewhere (browsers, also with a bundled
 * `Buffer`, which writes in JavaScript; a runtime without `Buffer`; a page that may not compile
 * WebAssembly) the expression alone.
 */

/** Two plain spaces in a row. */
const DOUBLE_SPACE = / {2}/;

/**
 * The module, compiled with wabt from this text:
 *
 * ```wat
 * (module
 *   (memory (export "memory") 1)
 *   ;; 1 when bytes [0, n) hold two 0x20 bytes in a row, else 0.
 *   (func (export "twoSpaces") (param $n i32) (result i32)
 *     (local $p i32) (local $sp v128)
 *     (local.set $sp (i8x16.splat (i32.const 32)))
 *     (block $vec_done
 *       (loop $vec
 *         (br_if $vec_done (i32.gt_u (i32.add (local.get $p) (i32.const 33)) (local.get $n)))
 *         (if (v128.any_true
 *               (v128.or
 *                 (v128.and (i8x16.eq (v128.load (local.get $p)) (local.get $sp))
 *                           (i8x16.eq (v128.load offset=1 (local.get $p)) (local.get $sp)))
 *                 (v128.and (i8x16.eq (v128.load offset=16 (local.get $p)) (local.get $sp))
 *                           (i8x16.eq (v128.load offset=17 (local.get $p)) (local.get $sp)))))
 *           (then (return (i32.const 1))))
 *         (local.set $p (i32.add (local.get $p) (i32.const 32)))
 *         (br $vec)))
 *     (block $done
 *       (loop $tail
 *         (br_if $done (i32.ge_u (i32.add (local.get $p) (i32.const 1)) (local.get $n)))
 *         (if (i32.and (i32.eq (i32.load8_u (local.get $p)) (i32.const 32))
 *                      (i32.eq (i32.load8_u offset=1 (local.get $p)) (i32.const 32)))
 *           (then (return (i32.const 1))))
 *         (local.set $p (i32.add (local.get $p) (i32.const 1)))
 *         (br $tail)))
 *     (i32.const 0)))
 * ```
 */
const MODULE =
  "AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAQcWAgZtZW1vcnkCAAl0d29TcGFjZXMAAAqQAQGNAQIBfwF7QSD9DyECAkADQCABQSFqIABLDQEgAf0ABAAgAv0jIAH9AAQBIAL9I/1OIAH9AAQQIAL9IyAB/QAEESAC/SP9Tv1Q/VMEQEEBDwsgAUEgaiEBDAALCwJAA0AgAUEBaiAATw0BIAEtAABBIEYgAS0AAUEgRnEEQEEBDwsgAUEBaiEBDAALC0EACw==";

/** The module's memory: one page. A longer text is searched a page at a time, the pages overlapping by one. */
const PAGE = 65536;

/** What this module needs of Node's `Buffer` (documented API only). */
interface Bytes {
  write(text: string, offset: number, encoding: "latin1"): number;
}
export interface BufferClass {
  from(data: string, encoding: "base64"): Uint8Array;
  from(data: ArrayBuffer): Bytes;
}
/** What this module needs of WebAssembly (declared here: the library's own types name no platform). */
export interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

/**
 * The WebAssembly search for two spaces (true: a pair may stand there, to be confirmed), or null where
 * `Buffer` or WebAssembly with SIMD is missing or may not be compiled. Made once, when first asked. @internal
 */
export function wasmTwoSpaces(): ((text: string) => boolean) | null {
  if (scanner === undefined) scanner = searchIn(globalThis);
  return scanner;
}
let scanner: ((text: string) => boolean) | null | undefined;

/**
 * The search made with the `Buffer` and `WebAssembly` of the global object `g`, where its `process` names
 * a Node version (Node, Bun, Deno's Node layer: their `Buffer` writes natively); null elsewhere, since a
 * bundle's `Buffer` for browsers writes bytes in JavaScript, slower than the expression. @internal
 */
export function searchIn(g: object): ((text: string) => boolean) | null {
  const p = Reflect.get(g, "process") as { versions?: { node?: unknown } } | undefined;
  return typeof p?.versions?.node === "string" ? wasmSearch(Reflect.get(g, "Buffer") as BufferClass | undefined, Reflect.get(g, "WebAssembly") as Wasm | undefined) : null;
}

/**
 * The search made with these `Buffer` and `WebAssembly` objects, or null when either is missing or the
 * module does not compile (no SIMD, or a page's policy forbids it). @internal
 */
export function wasmSearch(B: BufferClass | undefined, W: Wasm | undefined): ((text: string) => boolean) | null {
  try {
    // (A missing `Buffer` or `WebAssembly` throws here too.)
    const { exports } = new W!.Instance(new W!.Module(B!.from(MODULE, "base64")));
    const bytes = B!.from((exports.memory as { buffer: ArrayBuffer }).buffer);
    const find = exports.twoSpaces as (n: number) => number;
    return (text) => {
      // A page at a time, each from the last character of the page before (a pair may straddle them):
      // `write` copies what fits, so a slice costs no more than its page.
      for (let a = 0; ; a += PAGE - 1) {
        if (find(bytes.write(text.slice(a), 0, "latin1")) === 1) return true;
        if (a + PAGE >= text.length) return false;
      }
    };
  } catch {
    return null;
  }
}

/**
 * True when `text` holds two plain spaces in a row.
 *
 * @example
 * twoSpaces("NEW  YORK (dpa-AFX) - Text."); // true
 */
export function twoSpaces(text: string): boolean {
  const scan = wasmTwoSpaces();
  return (scan === null || scan(text)) && DOUBLE_SPACE.test(text);
}
