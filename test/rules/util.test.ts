// The small helpers the dpa-AFX document rules share, at their bounds. Texts are our own.
import { describe, expect, it } from "vitest";
import { endsInFullStop, skipSpaces, trimEnd } from "../../src/grammars/dpa-afx/rules/util.js";

describe("spaces around a stretch", () => {
  it("trimEnd never moves before `start`, even when spaces stand before it", () => {
    const t = "Dax   stieg";
    expect(trimEnd(t, 4, 6)).toBe(4); // all spaces from 3 on: stops at start, not at 3
    expect(trimEnd(t, 4, 4)).toBe(4);
    expect(trimEnd(t, 0, 6)).toBe(3);
    expect(trimEnd("Dax\u00a0\t", 0, 5)).toBe(3);
  });

  it("skipSpaces never moves past `end`, even when spaces follow it", () => {
    const t = "Dax   stieg";
    expect(skipSpaces(t, 3, 5)).toBe(5);
    expect(skipSpaces(t, 3, 3)).toBe(3);
    expect(skipSpaces(t, 3, 11)).toBe(6);
  });

  it("endsInFullStop: a full stop, but not the last dot of an ellipsis", () => {
    expect(["Der Dax stieg.", "Betrugsfall ...", "Dax stieg", "."].map((s) => endsInFullStop(s, s.length))).toEqual([true, false, false, true]);
  });
});
