import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CJS with declarations for each.
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    treeshake: true,
  },
  {
    // The command line and its worker: ESM only.
    entry: { cli: "src/cli.ts", "cli-worker": "src/cli-worker.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    target: "node20",
    platform: "node",
    splitting: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
