import { defineConfig } from "vitest/config";

// End-to-end tests spawn the built binary; `npm run test:e2e` runs them after the build.
export default defineConfig({
  test: { include: ["test/e2e/**/*.test.ts"], testTimeout: 60_000 },
});
