import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyLocalMigrations, freePort, projectRoot, startWranglerDev } from "../scripts/lib/wrangler.mjs";
import { directWorkerUrl } from "./worker-socket";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the Worker under test answers, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** The ADMIN_TOKEN the Worker was started with */
    adminToken: string;
    /** The SIGNING_KEYS the Worker was started with (to make links it must refuse, e.g. expired ones) */
    signingKeys: string;
    /** The file wrangler's output (the Worker's console lines too) is written to */
    wranglerLog: string;
    /** Where workerd serves the Worker itself, behind wrangler dev's proxy ("" when not found) */
    directUrl: string;
  }
}

/**
 * Starts one `wrangler dev` for the whole run on fresh local storage (.e2e/run-XXXX, removed
 * afterwards unless E2E_KEEP is set; wrangler's output is in its wrangler.log) and stops it at
 * the end.
 */
export default async function setup(project: TestProject) {
  const e2eDir = path.join(projectRoot, ".e2e");
  mkdirSync(e2eDir, { recursive: true });
  const runDir = mkdtempSync(path.join(e2eDir, "run-"));
  const persistTo = path.join(runDir, "state");
  const adminToken = randomBytes(24).toString("hex");
  const signingKeys = `e2e:${randomBytes(32).toString("base64")}`;

  await applyLocalMigrations({ persistTo });
  const wranglerLog = path.join(runDir, "wrangler.log");
  // --test-scheduled: GET /__scheduled runs the Cron Trigger's jobs. Retention 0 days, so that a
  // recording trashed by a test is expired at the next such run (nothing else runs the jobs).
  // PUBLIC_ORIGIN is where the tests reach the Worker, as a deployment's is: every link is built on it,
  // whatever Host a request names.
  const port = await freePort();
  const dev = await startWranglerDev({
    port,
    persistTo,
    testScheduled: true,
    // Webhooks: receivers in the tests listen on 127.0.0.1 over http; retries wait 1 s, 2 s, 4 s….
    // 1 MiB media cache slices: the browser tests' recordings span several, so seeks join slices.
    vars: {
      ADMIN_TOKEN: adminToken, SIGNING_KEYS: signingKeys, TRASH_RETENTION_DAYS: "0", PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      WEBHOOK_ALLOW_HTTP_LOOPBACK: "true", WEBHOOK_RETRY_BASE_SECONDS: "1", MEDIA_CACHE_SLICE_BYTES: "1048576",
    },
    logFile: wranglerLog,
  });
  project.provide("baseUrl", dev.url);
  project.provide("adminToken", adminToken);
  project.provide("signingKeys", signingKeys);
  project.provide("wranglerLog", wranglerLog);
  project.provide("directUrl", (await directWorkerUrl(dev)) ?? "");

  return async () => {
    await dev.stop();
    if (!process.env.E2E_KEEP) rmSync(runDir, { recursive: true, force: true });
  };
}
