// The real corpus in ../shared/corpus (read at run time, never copied): every text parses without
// throwing, loses no character, and keeps its positions sound. Field accuracy against the gold is
// measured by ../shared/tools/conformance.mjs in .ci/run.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";
import { uncovered } from "./coverage.js";
import { pointsOf, positionedNodes } from "./helpers.js";

const root = resolve(import.meta.dirname, "..", process.env.DPA_AFX_CORPUS ?? "../shared/corpus");
// The second batch, from sites and data sets the parser was not built on (site chrome, RSS teasers, HTML).
const root2 = resolve(import.meta.dirname, "..", process.env.DPA_AFX_CORPUS2 ?? "../shared/corpus-batch2");

function texts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...texts(p));
    else if (name.endsWith(".txt")) out.push(p);
  }
  return out;
}

describe.each([
  { name: "real corpus", dir: root, env: "DPA_AFX_CORPUS", least: 100 },
  { name: "second batch", dir: root2, env: "DPA_AFX_CORPUS2", least: 30 },
])("$name", ({ dir, env, least }) => {
  it(`is there (set ${env} to move it)`, () => {
    expect(existsSync(dir), `no corpus at ${dir}`).toBe(true);
  });
  const files = existsSync(dir) ? texts(dir) : [];
  it("holds texts", () => expect(files.length).toBeGreaterThan(least));
  it("every text parses, loses nothing and has sound positions", () => {
    for (const file of files) {
      const input = readFileSync(file, "utf8");
      const a = parseArticle(input);
      expect(uncovered(input, a), file).toEqual([]);
      const at = pointsOf(input); // line and column from the input itself, for start and end
      for (const n of [...positionedNodes(a), ...a.diagnostics]) {
        expect(at(n.position!.start.offset), file).toEqual(n.position!.start);
        expect(at(n.position!.end.offset), file).toEqual(n.position!.end);
      }
      expect(a.diagnostics.filter((d) => d.severity === "error"), file).toEqual([]);
      expect(a.diagnostics.filter((d) => d.message.trim() === ""), file).toEqual([]);
    }
  });
});
