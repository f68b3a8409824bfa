import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defineConfig } from "vitest/config";

// The unit tests as Stryker runs them against each mutant (`npm run test:mutation`): all of them but the
// recheck scan of regular expressions (it checks their sources, not what the code does); with MUTATION=1
// the hostile inputs run at a tenth of their size (a mutant that loops is cut off by Stryker's time-out).
// Stryker runs in a copy of the project below .stryker-tmp/, so the shared corpus is found by walking up.
function shared(): string {
  for (let dir = resolve(import.meta.dirname); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, "..", "shared");
    if (existsSync(join(candidate, "corpus"))) return resolve(candidate);
  }
  return resolve(import.meta.dirname, "..", "shared");
}
const root = shared();

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Left out: what checks no behaviour of src (regex sources, JSDoc, the browser bundle) and end-to-end runs.
    exclude: ["test/e2e/**", "test/browser/**", "test/regexes.test.ts", "test/jsdoc.test.ts", "test/browser-core.test.ts", "**/node_modules/**"],
    env: { MUTATION: "1", DPA_AFX_SHARED: root, DPA_AFX_CORPUS: join(root, "corpus"), DPA_AFX_CORPUS2: join(root, "corpus-batch2") },
    // Instrumented code runs several times slower: the per-test limit is Stryker's, not vitest's 5 s.
    testTimeout: 120_000,
    // One module graph for all test files: a mutant's run then costs its tests, not a fresh import of
    // every module per file (the tests share no state they change).
    isolate: false,
    // ... but each test file imports the library afresh (see the setup file).
    setupFiles: ["test/mutation-setup.ts"],
  },
});
