// Smoke test of the built package: load dist/ the way users do, under `import` and `require`,
// and parse one article with each. Run after `npm run build`.
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const require = createRequire(import.meta.url);
const text = "date 2026-02-03\nAKTIE IM FOKUS: Windrad-Hersteller gewinnt Auftrag\n\nHAMBURG (dpa-AFX) - Der Auftrag sei der groesste der Firmengeschichte./hbr/DP/jsl\n";

const esm = await import("dpa-afx-parser");
const cjs = require("dpa-afx-parser");
let passed = 0;
let failed = 0;
for (const [name, lib] of [
  ["import", esm],
  ["require", cjs],
]) {
  try {
    const a = lib.parseArticle(text);
    assert.equal(a.type, "article");
    assert.deepEqual(a.headline.tags, ["AKTIE IM FOKUS"]);
    assert.deepEqual(a.dateline.locations, ["HAMBURG"]);
    assert.deepEqual(a.trailer.codes, ["hbr", "DP", "jsl"]);
    assert.equal(a.date.iso, "2026-02-03");
    assert.equal(a.date.value.zoneName, "Europe/Berlin");
    assert.equal(lib.dpaAfx.rules.trailer.parse("/evs/DP/nas").status, true);
    assert.equal(lib.dpaAfx.rules.dateline.parse("NEW YORK/FRANKFURT (dpa-AFX Analyser) - ").status, true);
    assert.throws(() => lib.parseArticle("", { strict: true }), lib.ParseError);
    console.log(`ok ${name}`);
    passed++;
  } catch (e) {
    console.log(`not ok ${name}: ${e.message}`);
    failed++;
  }
}
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
