// Golden fixtures written by us in dpa-AFX style, one per phenomenon: test/fixtures/<slug>/input.txt
// and expected.json (the fields a reader checks, see summary.ts). Each fixture also must lose no character.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
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
      // UPDATE_FIXTURES=1 rewrites expected.json from the parser, for a change of the summary's fields:
      // review every diff before committing; the test still fails, so an update is never silent.
      if (process.env.UPDATE_FIXTURES === "1") {
        writeFileSync(join(root, slug, "expected.json"), JSON.stringify(summarise(article), null, 2) + "\n");
        throw new Error(`${slug}/expected.json rewritten: review the diff`);
      }
      expect(summarise(article)).toEqual(expected);
      expect(uncovered(input, article)).toEqual([]);
      // Tests match codes and positions, not prose; but every diagnostic says something.
      for (const d of article.diagnostics) expect(d.message.trim(), d.code).not.toBe("");
    });
  }
});
