// The list of equivalent mutants (test/mutation/equivalents.json) stays true to the code: every entry names
// a line that is still in its file, the code it replaces stands on that line, and the reason is one line.
// An entry whose line changed fails here, without a mutation run: the mutant must be looked at again.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module of the scripts, without types
import { collapse, entryFor, keyOf, loadList } from "../scripts/mutation-list.mjs";

interface Entry {
  file: string;
  line: string;
  mutator: string;
  original: string;
  replacement: string;
  reason: string;
}

const list = loadList() as Entry[];

/** True when `code` stands on `line`, or starts at some point of it and runs on (a mutant over several lines). */
function standsOn(line: string, code: string): boolean {
  if (line.includes(code)) return true;
  for (let k = 0; k < line.length; k++) if (code.startsWith(line.slice(k))) return true;
  return false;
}

describe("the list of equivalent mutants", () => {
  it("names lines that stand in their files, with the replaced code on them", () => {
    const stale: string[] = [];
    for (const e of list) {
      const lines = existsSync(e.file) ? readFileSync(e.file, "utf8").split("\n") : [];
      const line = lines.find((l) => l.trim() === e.line);
      const code = e.original.replace(/\.\.\.$/, "");
      if (line === undefined || !standsOn(collapse(line), code)) stale.push(`${e.file}: ${e.line}`);
    }
    expect(stale).toEqual([]);
  });

  it("gives each a one-line reason, and lists each mutant once", () => {
    const keys = new Set<string>();
    for (const e of list) {
      expect(e.reason.trim().length, `${e.file}: ${e.line}`).toBeGreaterThan(10);
      expect(e.reason.includes("\n"), e.reason).toBe(false);
      const key = JSON.stringify([e.file, e.line, e.mutator, e.original, e.replacement]);
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
  });

  it("matches a survivor of a report by what it changes, wherever its line moved", () => {
    const source = ["const a = 1;", "  if (k >= 0) return k;", ""];
    const moved = ["// a comment added above", ...source];
    const mutant = (line: number) => ({ mutatorName: "EqualityOperator", replacement: "k > 0", location: { start: { line, column: 7 }, end: { line, column: 13 } } });
    const key = keyOf("src/x.ts", source, mutant(2));
    expect(key).toEqual({ file: "src/x.ts", line: "if (k >= 0) return k;", mutator: "EqualityOperator", original: "k >= 0", replacement: "k > 0" });
    const listed = [{ ...key, reason: "a reason" }];
    expect(entryFor(listed, keyOf("src/x.ts", moved, mutant(3)))).toBe(listed[0]);
    expect(entryFor(listed, { ...keyOf("src/x.ts", moved, mutant(3)), replacement: "true" })).toBeUndefined();
  });
});
