// Every regular expression in src/ (literals found by parsing the source, plus the ones the grammar
// builds from its vocabulary at run time) is checked with recheck for super-linear backtracking.
// Sticky (`y`) expressions match at one place only, so they are checked anchored (`^(?:...)`).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@typescript-eslint/typescript-estree";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { dpaAfx } from "../src/index.js";
import { scanOf } from "../src/combinators/fast.js";
import { footerOpeners } from "../src/grammars/dpa-afx/rules/tail.js";
import { RATING_PATTERNS } from "../src/ratings/patterns.js";
import { deskTagPattern, UPPER_TAG } from "../src/grammars/dpa-afx/rules/headline.js";
import { entityAware } from "../src/text/entities.js";
import { stampForms } from "../src/grammars/dpa-afx/rules/dates.js";
import { PLACE_WORDS, mixedPlacePattern } from "../src/grammars/dpa-afx/rules/dateline.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function literals(file: string): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  const ast = parse(readFileSync(file, "utf8"), { loc: true, jsx: false });
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown> & { type?: string; regex?: { pattern: string; flags: string }; loc?: { start: { line: number } } };
    if (n.type === "Literal" && n.regex) out.push({ where: `${file}:${n.loc!.start.line}`, source: n.regex.pattern, flags: n.regex.flags });
    for (const [k, v] of Object.entries(n)) {
      if (k === "parent") continue;
      if (Array.isArray(v)) v.forEach(visit);
      else visit(v);
    }
  };
  visit(ast);
  return out;
}

const root = join(import.meta.dirname, "..", "src");
const found = files(root).flatMap(literals);
const v = dpaAfx.vocabulary;
const built = [
  { where: "footerOpeners", source: footerOpeners(v).source, flags: "" },
  // The vocabulary's phrases as the rules read them: a letter also written as an entity.
  ...v.footers.map((f) => ({ where: `footer ${f.kind}`, source: entityAware(f.pattern).source, flags: f.pattern.flags })),
  ...v.noteKinds.map((k) => ({ where: `note ${k.kind}`, source: entityAware(k.pattern).source, flags: k.pattern.flags })),
  ...v.siteLabels.map((re) => ({ where: "siteLabel", source: re.source, flags: re.flags })),
  ...v.chrome.map((re) => ({ where: "chrome", source: entityAware(re).source, flags: re.flags })),
  ...v.frontChrome.map((re) => ({ where: "frontChrome", source: entityAware(re).source, flags: re.flags })),
  ...v.teaserMarks.map((re) => ({ where: "teaserMark", source: re.source, flags: re.flags })),
  // A site's time stamps, built from the month and weekday names, matched in place.
  ...stampForms(v).map((f, k) => ({ where: `stamp form ${k}`, source: f.re.source, flags: `${f.re.flags}y` })),
  ...RATING_PATTERNS().map((re, k) => ({ where: `rating pattern ${k}`, source: re.source, flags: re.flags })),
  // The desk-tag expression is built from the vocabulary at run time, anchored where the token matches.
  // A dateline's place, its capitals also written as entities.
  { where: "place", source: PLACE_WORDS.source, flags: PLACE_WORDS.flags },
  // A partner's place in mixed case, with the vocabulary's joiners.
  { where: "partnerPlace", source: mixedPlacePattern(v).source, flags: mixedPlacePattern(v).flags },
  { where: "deskTag", source: deskTagPattern(v).source, flags: `${deskTagPattern(v).flags}y` },
  // A tag in capitals, its capitals also written as entities.
  { where: "upperTag", source: UPPER_TAG.source, flags: UPPER_TAG.flags },
  // The scans the rules make from each other's (what a line must hold to be read), searched in its rest.
  ...(["lead", "dateline", "dottedDate"] as const).map((r) => ({ where: `scan of ${r}`, source: scanOf(dpaAfx.rules[r])!, flags: "i" })),
];

// Step counts only, no clock: recheck's fuzzer otherwise stops an attack after a second of real time and
// calls the expression vulnerable, so a busy machine turned bounded repeats (`{0,40}`) into findings.
const PARAMS = { timeout: 20_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };

describe("regular expressions", () => {
  it("the check still finds what backtracks super-linearly, and passes a bounded repeat", () => {
    expect(checkSync("^(?:a|a)*$", "", PARAMS)).toMatchObject({ status: "vulnerable", complexity: { type: "exponential" } });
    expect(checkSync("^\\s*a*\\s*$", "", PARAMS)).toMatchObject({ status: "vulnerable", complexity: { type: "polynomial" } });
    expect(checkSync("^(?:x(?=[ab])[^\\r\\n]{0,40}[ \\t]*)$", "", PARAMS).status).toBe("safe");
  });

  it("are found", () => expect(found.length).toBeGreaterThan(20));
  it("none backtracks super-linearly (recheck)", { timeout: 600_000 }, () => {
    const bad: string[] = [];
    for (const r of [...found, ...built]) {
      const sticky = r.flags.includes("y");
      const source = sticky ? `^(?:${r.source})` : r.source;
      const flags = r.flags.replace(/[gy]/g, "");
      const result = checkSync(source, flags, PARAMS);
      // Only "safe" passes: "vulnerable" is a finding, and "unknown" (recheck gave up) is not a proof.
      if (result.status === "vulnerable") bad.push(`${r.where} /${r.source}/${r.flags}: ${result.complexity.type}`);
      else if (result.status !== "safe") bad.push(`${r.where} /${r.source}/${r.flags}: recheck could not decide (${result.status})`);
    }
    expect(bad).toEqual([]);
  });
});
