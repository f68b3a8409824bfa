// Lint: typescript-eslint's recommended rules and eslint-plugin-regexp, whose backtracking rules
// (no-super-linear-backtracking, no-super-linear-move) keep every regular expression linear.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["dist/**", "coverage/**", "docs/api/**", "docs/playground/playground.js*", "node_modules/**"] },
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
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly", performance: "readonly", Buffer: "readonly" } },
  },
);
