// Golden fixtures written by us in dpa-AFX style, one per phenomenon: test/fixtures/<slug>/input.txt
// and expected.json (the fields a reader checks, see summary.ts). Each fixture also must lose no character.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";
import { uncovered } from "./coverage.js";
import { summarise } from "./summary.js";

const root = join(import.meta.dirname, "fixtures");
const slugs = readdirSync(root).sort();

describe("golden fixtures", () => {
  it("has fixtures", () => expect(slugs.length).toBeGreaterThanOrEqual(10));
  for (const slug of slugs) {
    it(slug, () => {
      const input = readFileSync(join(root, slug, "input.txt"), "utf8");
      const expected = JSON.parse(readFileSync(join(root, slug, "expected.json"), "utf8"));
      const article = parseArticle(input);
      expect(summarise(article)).toEqual(expected);
      expect(uncovered(input, article)).toEqual([]);
    });
  }
});
