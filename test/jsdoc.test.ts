// Every public export carries JSDoc with an @example (read through the TypeScript compiler).
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

describe("documentation", () => {
  it("every export has JSDoc and an @example", { timeout: 60_000 }, () => {
    const entry = join(import.meta.dirname, "..", "src", "index.ts");
    const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true });
    const checker = program.getTypeChecker();
    const mod = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    const missing: string[] = [];
    for (const exp of checker.getExportsOfModule(mod)) {
      const s = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
      const doc = ts.displayPartsToString(s.getDocumentationComment(checker));
      const hasExample = s.getJsDocTags(checker).some((t) => t.name === "example");
      if (!doc || !hasExample) missing.push(exp.name);
    }
    expect(missing).toEqual([]);
  });
});
