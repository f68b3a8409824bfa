// Mutation testing (`npm run test:mutation`): Stryker changes the code one small way at a time (a
// condition flipped, a boundary moved, a statement removed) and runs the tests that cover it; a mutant the
// tests let through is a place where they do not look. Incremental: results for unchanged code and tests
// are kept in reports/stryker-incremental.json, so a run after a change mutates only what changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "src/**/*.ts",
    // The command line is tested end to end by spawning the built binary, which mutants never reach.
    "!src/cli.ts",
    "!src/cli-worker.ts",
    "!src/cli/**",
    // Barrels and the template have no behaviour of their own.
    "!src/index.ts",
    "!src/authoring.ts",
    "!src/grammars/_template/**",
  ],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation.json" },
  concurrency: 2,
  // A mutant that makes a search quadratic turns the hostile inputs into long runs: a time-out counts
  // as detected, so it need not wait long.
  timeoutMS: 3000,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
