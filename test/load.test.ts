// The library loads and its grammar is built when a module imports it. In mutation runs every test file
// imports the library afresh (test/mutation-setup.ts), so a mutant that breaks building the grammar fails
// here, inside a test, instead of failing an import that no test result reports.
import { describe, expect, it } from "vitest";

describe("loading the library", () => {
  it("builds the grammar and parses", async () => {
    const lib = await import("../src/index.js");
    const a = lib.parseArticle("FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd");
    expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(Object.keys(lib.dpaAfx.rules).length).toBeGreaterThan(40);
  });
  it("builds the extension entry point", async () => {
    const authoring = await import("../src/authoring.js");
    expect(authoring.dpaBasic.rules.dateline.parse("Waghäusel (dpa) - ").status).toBe(true);
  });
});
