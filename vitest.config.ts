import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/**
 * Tests run inside workerd against the real local D1 and R2 bindings from wrangler.toml.
 * Storage is isolated per test file; the setup file applies the D1 migrations.
 */
const ADMIN_TOKEN = "test-admin-token";
// wrangler.toml declares ADMIN_TOKEN as a required secret; give the plugin's config check a value on a
// clean clone (no .dev.vars). The binding below sets the one the tests use either way.
process.env.ADMIN_TOKEN ??= ADMIN_TOKEN;

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            ADMIN_TOKEN,
            TEST_MIGRATIONS: migrations,
          },
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.ts"],
      setupFiles: ["./test/setup.ts"],
    },
  };
});
