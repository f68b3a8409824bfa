// The core runs in browsers, Deno and Bun: bundled for the browser, it imports no `node:` module and
// no Node built-in (the CLI is a separate entry and may).
import { build } from "esbuild";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("browser bundle of the core", () => {
  it("needs no Node module", { timeout: 60_000 }, async () => {
    const imported = new Set<string>();
    const result = await build({
      entryPoints: [join(import.meta.dirname, "..", "src", "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      plugins: [
        {
          name: "record-imports",
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              if (args.path.startsWith("node:") || builtinModules.includes(args.path)) {
                imported.add(args.path);
                return { path: args.path, external: true };
              }
              return undefined;
            });
          },
        },
      ],
    });
    expect([...imported]).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(10_000);
  });
});
