import { defineConfig } from "vitest/config";

// The playground in headless Chromium; `npm run test:browser` runs it after the build.
export default defineConfig({
  test: { include: ["test/browser/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
});
