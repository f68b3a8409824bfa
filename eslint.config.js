// Lint: typescript-eslint's recommended rules and eslint-plugin-regexp, whose backtracking rules
// (no-super-linear-backtracking, no-super-linear-move) keep every regular expression linear.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  // .stryker-tmp*: the copies of the project a mutation run works in (a second tsconfig the parser would see),
  // also those of a run in parts (tempDirName .stryker-tmp-gram, see CONTRIBUTING).
  { ignores: ["dist/**", "coverage/**", "docs/api/**", "docs/playground/playground.js*", "node_modules/**", ".stryker-tmp*/**", "reports/**"] },
  { languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-unicode-character": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // No spread into an argument list in the library: an input-sized array spread into a call throws
    // RangeError past about 120,000 elements. Vocabulary-sized spreads say so with a disable comment.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression > SpreadElement", message: "No spread into a call: it throws on input-sized arrays. Loop, or concat." },
        { selector: "NewExpression > SpreadElement", message: "No spread into a call: it throws on input-sized arrays. Loop, or concat." },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly", performance: "readonly", Buffer: "readonly" } },
  },
);
