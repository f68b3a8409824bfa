import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";

const { headline, upperTag, deskTag } = dpaAfx.rules;
const read = (s: string) => {
  const v = headline.tryParse(s);
  return { tags: v.tags.map((t) => t.value), topics: v.topics.map((t) => t.value), title: v.title.value };
};

describe("headline", () => {
  it("splits desk tags on slashes", () => {
    expect(read("WDH/ROUNDUP 2: Dax legt zu")).toEqual({ tags: ["WDH", "ROUNDUP 2"], topics: [], title: "Dax legt zu" });
    expect(read("KORREKTUR: Werk in Ulm schließt später").tags).toEqual(["KORREKTUR"]);
    expect(read("AKTIE IM FOKUS: Chiphersteller springt an").tags).toEqual(["AKTIE IM FOKUS"]);
  });
  it("reads mixed-case market desk tags", () => {
    expect(read("Aktien Frankfurt Schluss: Dax schließt im Plus").tags).toEqual(["Aktien Frankfurt Schluss"]);
    expect(read("dpa-AFX Überblick: KONJUNKTUR vom 12.03.2026").tags).toEqual(["dpa-AFX Überblick"]);
    expect(read("Aktien Wien Schluss - ATX etwas fester")).toEqual({ tags: ["Aktien Wien Schluss"], topics: [], title: "ATX etwas fester" });
  });
  it("tells a tag plus a topic from a colon inside the title", () => {
    expect(read("ROUNDUP/Streit um Zölle: Minister reist nach Washington")).toEqual({
      tags: ["ROUNDUP"],
      topics: ["Streit um Zölle"],
      title: "Minister reist nach Washington",
    });
    expect(read("US-Notenbanker: Zinsen bleiben vorerst hoch").tags).toEqual([]);
    expect(read("EZB: Inflation sinkt langsamer").tags).toEqual([]);
    expect(read("Ölpreise legen weiter zu").tags).toEqual([]);
  });
  it("has tag rules usable on their own", () => {
    expect(upperTag.tryParse("ROUNDUP 3")).toBe("ROUNDUP 3");
    expect(upperTag.tryParse("INDEX-FLASH")).toBe("INDEX-FLASH");
    expect(upperTag.parse("VÖB").status).toBe(false);
    expect(deskTag.tryParse("Devisen")).toBe("Devisen");
  });
});
