// Golden fixtures of the dpa basic service grammar (written by us), parsed with `dpaBasic`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dpaBasic, parseArticle } from "../src/index.js";
import { uncovered } from "./coverage.js";
import { summarise } from "./summary.js";

const root = join(import.meta.dirname, "fixtures-dpa-basic");

describe("dpa basic fixtures", () => {
  for (const slug of readdirSync(root).sort()) {
    it(slug, () => {
      const input = readFileSync(join(root, slug, "input.txt"), "utf8");
      const a = parseArticle(input, { grammar: dpaBasic });
      if (process.env.UPDATE_FIXTURES === "1") {
        writeFileSync(join(root, slug, "expected.json"), JSON.stringify(summarise(a), null, 2) + "\n");
        throw new Error(`${slug}/expected.json rewritten: review the diff`);
      }
      expect(summarise(a)).toEqual(JSON.parse(readFileSync(join(root, slug, "expected.json"), "utf8")));
      expect(uncovered(input, a)).toEqual([]);
    });
  }
});
