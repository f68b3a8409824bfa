import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: the user API (`dpa-afx-parser`) and the grammar authors' API (`dpa-afx-parser/grammar`),
    // ESM and CJS with declarations for each. Code splitting puts what both share in one chunk, so the two
    // entries hand out the same objects (one `dpaAfx`, one `printSource` source map). No source maps in
    // the package: the output is plain, readable ES2022.
    entry: { index: "src/index.ts", grammar: "src/authoring.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: true,
    treeshake: true,
  },
  {
    // The command line and its worker: ESM only, with commander bundled in (library users never load it).
    entry: { cli: "src/cli.ts", "cli-worker": "src/cli-worker.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    target: "node20",
    platform: "node",
    splitting: false,
    noExternal: ["commander"],
    // commander is CommonJS: inside an ES module its require() of Node's built-ins needs a `require`.
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  },
]);
