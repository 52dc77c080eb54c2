// What every benchmark section gets from the runner: fresh local storage, wrangler dev processes it
// stops for the section, tenants made through the admin API, and the process-group readings
// (CPU, memory) that compare Workers on a busy machine.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createAccount, createKey, ALL_SCOPES } from "../scripts/lib/seed.mjs";
import { applyLocalMigrations, startWranglerDev } from "../scripts/lib/wrangler.mjs";
import { wranglerProcessGroup } from "./server-cpu.mjs";

/**
 * A positive number from the environment (`BENCH_…` knobs), or `fallback`.
 * @param {string} name
 * @param {number} fallback
 * @returns {number}
 * @throws {Error} when the variable is set but not a positive number
 */
export function envNumber(name, fallback) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/**
 * The context one section runs with. Every wrangler dev it starts is stopped by `stopAll` (the
 * runner calls it after the section, also when the section fails).
 * @param {{ runDir: string, log: (line: string) => void }} options runDir: this run's directory
 *   under bench/.state/ (state and wrangler logs)
 */
export function sectionContext({ runDir, log }) {
  /** @type {Set<{ stop: () => Promise<void> }>} */
  const running = new Set();
  const adminToken = randomBytes(24).toString("hex");
  const elapsed = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

  const context = {
    log,
    runDir,
    adminToken,
    /** Every `vars` the API is started with (secrets included), besides the caller's. */
    apiVars: { ADMIN_TOKEN: adminToken, SIGNING_KEYS: `bench:${randomBytes(32).toString("base64")}` },

    /**
     * A fresh `--persist-to` directory with the D1 migrations applied.
     * @param {string} name
     * @returns {Promise<string>}
     */
    async newState(name) {
      const persistTo = mkdtempSync(path.join(runDir, `${name}-`));
      await applyLocalMigrations({ persistTo });
      return persistTo;
    },

    /**
     * Starts a wrangler dev (the API unless `options.config` names another Worker), logging to
     * `<runDir>/<name>.log`; resolves with it and its process group (for CPU and memory readings).
     * @param {string} name
     * @param {{ config?: string, persistTo?: string, vars?: Record<string, string> }} [options]
     * @returns {Promise<{ url: string, port: number, group: number | null, stop: () => Promise<void> }>}
     */
    async start(name, options = {}) {
      const t0 = performance.now();
      const vars = options.config ? options.vars : { ...context.apiVars, ...options.vars };
      const dev = await startWranglerDev({ ...options, vars, logFile: path.join(runDir, `${name}.log`) });
      running.add(dev);
      log(`  ${name} on ${dev.url} (${elapsed(t0)})`);
      return { ...dev, group: wranglerProcessGroup(dev.port) };
    },

    /** Stops one wrangler dev started by `start`. */
    async stop(dev) {
      for (const item of running) if (item.port === dev.port) running.delete(item);
      await dev.stop();
    },

    /** Stops every wrangler dev this section still runs. */
    async stopAll() {
      const all = [...running];
      running.clear();
      await Promise.allSettled(all.map((dev) => dev.stop()));
    },

    /**
     * A fresh account with one API key, made through the admin API of the API at `url`.
     * @param {string} url
     * @param {string} name
     * @param {string[]} [scopes] default all three
     * @returns {Promise<{ accountId: string, key: string, keyId: string }>}
     */
    async tenant(url, name, scopes = ALL_SCOPES) {
      const account = await createAccount(url, adminToken, name);
      const key = await createKey(url, adminToken, account.id, { name: "bench", scopes });
      return { accountId: account.id, key: key.key, keyId: key.id };
    },
  };
  return context;
}
