import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * End-to-end tests: plain Node vitest against a real `wrangler dev` started by the global setup
 * (fresh local D1/R2 under .e2e/, a random ADMIN_TOKEN). Run with `npm run test:e2e`.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, ".."),
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
