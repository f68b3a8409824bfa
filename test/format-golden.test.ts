// Golden outputs of every fixture (written by us): the canonical text of formatArticle, the HTML of
// toHtml and the ninjs of toNinjs, compared exactly. A round trip only checks that a text parses back the
// same; these pin what each writer writes. UPDATE_FIXTURES=1 rewrites them (review every diff).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dpaBasic, formatArticle, parseArticle, toHtml, toNinjs, type Grammar } from "../src/index.js";

const sets: [string, Grammar | undefined][] = [
  [join(import.meta.dirname, "fixtures"), undefined],
  [join(import.meta.dirname, "fixtures-dpa-basic"), dpaBasic as Grammar],
];

describe("golden outputs of the fixtures", () => {
  for (const [root, grammar] of sets) {
    for (const slug of readdirSync(root).sort()) {
      it(`${slug}: canonical text, HTML, ninjs 3.1 and 2.2`, () => {
        const input = readFileSync(join(root, slug, "input.txt"), "utf8");
        const a = parseArticle(input, grammar ? { grammar } : undefined);
        const outputs: [string, string][] = [
          ["expected.txt", formatArticle(a)],
          ["expected.html", toHtml(a)],
          ["expected.ninjs.json", JSON.stringify(toNinjs(a), null, 2) + "\n"],
          ["expected.ninjs-2.2.json", JSON.stringify(toNinjs(a, { version: "2.2" }), null, 2) + "\n"],
        ];
        for (const [file, got] of outputs) {
          const path = join(root, slug, file);
          if (process.env.UPDATE_FIXTURES === "1") writeFileSync(path, got);
          expect(existsSync(path), path).toBe(true);
          expect(got, `${slug}/${file}`).toBe(readFileSync(path, "utf8"));
        }
        if (process.env.UPDATE_FIXTURES === "1") throw new Error(`${slug}: outputs rewritten, review the diff`);
      });
    }
  }
});
