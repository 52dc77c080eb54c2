import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { buildGenerated } from "./scripts/lib/build.mjs";
import { receiverService } from "./test/receiver.ts";

/**
 * Tests run inside workerd against the real local D1 and R2 bindings from wrangler.toml.
 * Storage is isolated per test file; the setup file applies the D1 migrations.
 */
const ADMIN_TOKEN = "test-admin-token";
// Two keys, as after a rotation: "test-2" signs, "test-1" still verifies (test/helpers.ts has both).
const SIGNING_KEYS = `test-2:${Buffer.alloc(32, 2).toString("base64")},test-1:${Buffer.alloc(32, 1).toString("base64")}`;
// wrangler.toml declares ADMIN_TOKEN and SIGNING_KEYS as required secrets; give the plugin's config check
// values on a clean clone (no .dev.vars). The bindings below set the ones the tests use either way.
process.env.ADMIN_TOKEN ??= ADMIN_TOKEN;
process.env.SIGNING_KEYS ??= SIGNING_KEYS;

export default defineConfig(async () => {
  buildGenerated(); // src/routes/docs imports the files it serves under /docs/; src/tus imports the Wasm

  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            ADMIN_TOKEN,
            SIGNING_KEYS,
            TEST_MIGRATIONS: migrations,
            // Short webhook backoff: 1 s, 2 s, 4 s… (deployments keep 10 s).
            WEBHOOK_RETRY_BASE_SECONDS: "1",
            // As deployed, whatever .dev.vars (written by `npm run dev`) says: tests that need it on say so.
            WEBHOOK_ALLOW_HTTP_LOOPBACK: "false",
          },
          // The webhook receiver (test/receiver.ts): the Worker's fetches to https://receiver.test land in Node.
          outboundService: receiverService,
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.ts"],
      setupFiles: ["./test/setup.ts"],
    },
  };
});
