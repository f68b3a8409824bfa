// The shipped JSON Schema (dpa-afx-parser/schema.json, generated at build time from the types) accepts
// the JSON of every corpus text and of arbitrary inputs, and rejects what is not an Article.
import { createRequire } from "node:module";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import AjvModule from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dpaAfxRatings, parseArticle, parseFeed } from "../../src/index.js";

const Ajv = (AjvModule as unknown as { default: typeof AjvModule.default }).default;
const require = createRequire(import.meta.url);
const schema = require("dpa-afx-parser/schema.json") as object;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("schema.json", () => {
  it("accepts the JSON of every corpus text", () => {
    const root = resolve(import.meta.dirname, "..", "..", process.env.DPA_AFX_CORPUS ?? "../shared/corpus");
    const bad: string[] = [];
    let n = 0;
    for (const dir of ["seed", "web", "feed", "streams"]) {
      const d = join(root, dir);
      expect(existsSync(d), `corpus folder ${d}`).toBe(true); // a missing folder fails, never skips
      for (const f of readdirSync(d).filter((x) => x.endsWith(".txt"))) {
        const text = readFileSync(join(d, f), "utf8");
        // With the ratings grammar too: its `rating` field is in the schema.
        for (const a of [parseArticle(text), ...parseFeed(text), parseArticle(text, { grammar: dpaAfxRatings })]) {
          n++;
          if (!validate(json(a))) bad.push(`${dir}/${f}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
        }
      }
    }
    expect(n).toBeGreaterThan(200);
    expect(bad).toEqual([]);
  });
  it("accepts the JSON of arbitrary input and rejects what is not an Article", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(validate(json(parseArticle(`date 2026-02-30\n${s}\nPARIS (dpa-AFX) - ${s}./ab`)))).toBe(true);
      }),
      { seed: 20261125, numRuns: 200 },
    );
    const a = json(parseArticle("PARIS (dpa-AFX) - Text./ab")) as Record<string, unknown>;
    expect(validate({ ...a, type: "story" })).toBe(false);
    expect(validate({ ...a, extra: 1 })).toBe(false);
    expect(validate({ ...a, rating: { rating: "Buy" } })).toBe(false);
  });
  it("accepts an Article with a rating", () => {
    const rated = json(parseArticle('FRANKFURT (dpa-AFX Analyser) - Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft./ab', { grammar: dpaAfxRatings })) as Record<string, unknown>;
    expect((rated.rating as { rating: string }).rating).toBe("Kaufen");
    expect(validate(rated), JSON.stringify(validate.errors)).toBe(true);
  });
});
