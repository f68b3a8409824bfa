// npm run bench: MB/s of parseArticle next to the floor (splitting the same text into lines), measured
// in the same run on generated articles from 1 KB to 1 MB and on pathological inputs. Run after the build.
// Then bench/feed.mjs: parseFeed MB/s next to the floor, and a generated feed of FEED_MB (default 512)
// megabytes through parseStream and the CLI in child processes, with their peak RSS (goal: under 100 MB).
// Goals: within 8x of the floor on a typical article; time per byte flat (at most 3x its smaller-size figure)
// from 1 KB to 1 MB articles and as pathological inputs grow tenfold. Prints a verdict per goal; exits 1 when one is missed.
import { parseArticle } from "../dist/index.js";
import { feedBench } from "./feed.mjs";
import { growthBench } from "./growth.mjs";

const FLOOR_RATIO = 8;
const FLAT_RATIO = 3;

// A deterministic generator of dpa-AFX-style articles (no real texts).
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const words = ["Der", "Dax", "stieg", "am", "Montag", "um", "ein", "Prozent", "auf", "Punkte", "Anleger", "blieben", "vorsichtig",
  "nach", "Daten", "aus", "den", "USA", "Händler", "verwiesen", "Zinsen", "Notenbank", "Aktie", "Gewinn", "Umsatz", "Quartal"];
function sentence() {
  const n = 8 + Math.floor(rnd() * 14);
  const w = [];
  for (let i = 0; i < n; i++) w.push(pick(words));
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return w.join(" ") + ".";
}
function paragraph() {
  const n = 2 + Math.floor(rnd() * 3);
  const s = [];
  for (let i = 0; i < n; i++) s.push(sentence());
  return s.join(" ");
}
function article(bytes) {
  const parts = ["date 2026-01-06", "ROUNDUP 2: Dax legt nach Zinssignalen zu", "", `FRANKFURT (dpa-AFX) - ${paragraph()}`];
  let size = parts.join("\n").length;
  while (size < bytes) {
    const p = rnd() < 0.1 ? "Händler bleiben vorsichtig" : paragraph();
    parts.push("", p);
    size += p.length + 2;
  }
  parts[parts.length - 1] += "/evs/DP/nas";
  parts.push("", "ISIN DE0008469008");
  return parts.join("\n");
}

// Steady-state time per run: warm up (JIT), then the best of five rounds of at least `minMs` each.
function time(fn, input, minMs = 150) {
  const w0 = performance.now();
  while (performance.now() - w0 < 200) fn(input);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    let runs = 0;
    const t0 = performance.now();
    let t;
    do {
      fn(input);
      runs++;
      t = performance.now();
    } while (t - t0 < minMs);
    best = Math.min(best, (t - t0) / runs);
  }
  return best; // ms per run
}
const floor = (s) => s.split(/\r\n|\r|\n/).length;
const parse = (s) => parseArticle(s);
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1e3);

const rows = [];
const verdicts = [];
function measure(name, input) {
  const bytes = input.length;
  const pMs = time(parse, input);
  const fMs = time(floor, input);
  const row = { name, bytes, parseMBs: mbps(bytes, pMs), floorMBs: mbps(bytes, fMs), nsPerByte: (pMs * 1e6) / bytes };
  row.ratio = row.floorMBs / row.parseMBs;
  rows.push(row);
  return row;
}

// A generated corpus of 300 ordinary articles (1 to 8 KB), parsed one after another: the common case.
const corpusTexts = Array.from({ length: 300 }, () => article(1_000 + Math.floor(rnd() * 7_000)));
const corpusBytes = corpusTexts.reduce((n, t) => n + t.length, 0);
const corpusRow = (() => {
  const pMs = time(() => corpusTexts.forEach((t) => parseArticle(t)), null);
  const fMs = time(() => corpusTexts.forEach((t) => floor(t)), null);
  const row = { name: "corpus of 300 articles", bytes: corpusBytes, parseMBs: mbps(corpusBytes, pMs), floorMBs: mbps(corpusBytes, fMs), nsPerByte: (pMs * 1e6) / corpusBytes };
  row.ratio = row.floorMBs / row.parseMBs;
  return row;
})();
// Single articles: 3 KB (typical), then 1 KB to 1 MB.
const typical = measure("article 3 KB", article(3_000));
const small = measure("article 1 KB", article(1_000));
for (const size of [10_000, 100_000, 1_000_000]) measure(`article ${size / 1000} KB`, article(size));

rows.unshift(corpusRow);
console.log("input                          bytes    parse MB/s  floor MB/s  floor/parse  ns/byte");
for (const r of rows) {
  console.log(
    `${r.name.padEnd(28)} ${String(r.bytes).padStart(9)} ${r.parseMBs.toFixed(1).padStart(12)} ${r.floorMBs.toFixed(1).padStart(11)} ${r.ratio.toFixed(1).padStart(12)}x ${r.nsPerByte.toFixed(2).padStart(8)}`,
  );
}
verdicts.push([`generated corpus within ${FLOOR_RATIO}x of the floor (${corpusRow.ratio.toFixed(1)}x)`, corpusRow.ratio <= FLOOR_RATIO]);
verdicts.push([`typical 3 KB article within ${FLOOR_RATIO}x of the floor (${typical.ratio.toFixed(1)}x)`, typical.ratio <= FLOOR_RATIO]);
const base = small.nsPerByte;
for (const r of rows.slice(3, 6)) {
  verdicts.push([`${r.name}: time per byte flat (${(r.nsPerByte / base).toFixed(2)}x of 1 KB)`, r.nsPerByte <= base * FLAT_RATIO]);
}
console.log("");
// Pathological and real-shaped inputs through every entry point, each at a tenth of its size and at full size.
const growth = await growthBench(Number(process.env.GROWTH_SCALE ?? 1));
for (const line of growth.lines) console.log(line);
verdicts.push(...growth.verdicts);
console.log("");
const feedRun = await feedBench();
for (const line of feedRun.lines) console.log(line);
verdicts.push(...feedRun.verdicts);
console.log("");
let failed = 0;
for (const [what, ok] of verdicts) {
  console.log(`${ok ? "ok  " : "MISS"} ${what}`);
  if (!ok) failed++;
}
console.log(`${verdicts.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
