import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";

const { trailer, trailerCode } = dpaAfx.rules;
const codes = (s: string) => {
  const r = trailer.parse(s);
  if (!r.status) throw new Error(`no trailer in ${JSON.stringify(s)}`);
  return r.value.codes.map((c) => c.value);
};

describe("trailer", () => {
  it("reads author and editor codes", () => {
    expect(codes("/evs/DP/nas")).toEqual(["evs", "DP", "nas"]);
    expect(codes("/la/tih/jha")).toEqual(["la", "tih", "jha"]);
    expect(codes("/sf/APA")).toEqual(["sf", "APA"]);
  });
  it("tolerates a trailing slash or semicolon and reports it as stray", () => {
    const r = trailer.parse("/la/tih/jha/");
    expect(r.status && r.value.stray?.value).toBe("/");
    expect(r.status && r.value.codes.map((c) => c.value)).toEqual(["la", "tih", "jha"]);
    const s = trailer.parse("/ajx/mis;");
    expect(s.status && s.value.stray?.span).toEqual({ start: 8, end: 9 });
  });
  it("passes over a doubled slash between codes", () => {
    expect(codes("/ab//DP/cd")).toEqual(["ab", "DP", "cd"]);
    expect(codes("/ab/DP//cd")).toEqual(["ab", "DP", "cd"]);
    const r = trailer.parse("/ab//DP/cd");
    expect(r.status && r.value.codes.map((c) => c.span)).toEqual([
      { start: 1, end: 3 },
      { start: 5, end: 7 },
      { start: 8, end: 10 },
    ]);
  });
  it("reads an old feed's end mark", () => {
    const r = trailer.parse("° /wb/DP/aa");
    expect(r.status && r.value.endMark?.value.trim()).toBe("°");
    expect(r.status && r.value.codes.map((c) => c.value)).toEqual(["wb", "DP", "aa"]);
  });
  it("gives every code its span", () => {
    const r = trailer.parse("/evs/DP/nas");
    expect(r.status && r.value.codes.map((c) => c.span)).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 7 },
      { start: 8, end: 11 },
    ]);
  });
  it("rejects what is no trailer", () => {
    expect(trailer.parse("evs/DP").status).toBe(false);
    expect(trailer.parse("/").status).toBe(false);
    expect(trailer.parse("/abcdefgh").status).toBe(false);
    expect(trailerCode.parse("abc1").status).toBe(false);
  });
});
