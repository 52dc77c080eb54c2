// The one way this project drives wrangler locally: the dev script, the e2e tests and the
// benchmark all go through here, so flags, PATH and process handling live in one place.
import { execFile, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildGenerated } from "./build.mjs";

/** Absolute path of the project (the directory holding wrangler.toml). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const binDir = path.join(projectRoot, "node_modules", ".bin");
const wranglerBin = path.join(binDir, "wrangler");
const LOG_LINES_KEPT = 40;

/**
 * The environment for wrangler: `process.env` with the project's `node_modules/.bin` first on
 * PATH, so wrangler runs on the project's Node (≥22.12) even where the system node is older,
 * and wrangler's telemetry off unless WRANGLER_SEND_METRICS says otherwise (there is no network).
 * @returns {NodeJS.ProcessEnv}
 */
export function wranglerEnv() {
  return {
    ...process.env,
    PATH: [binDir, process.env.PATH].filter(Boolean).join(path.delimiter),
    WRANGLER_SEND_METRICS: process.env.WRANGLER_SEND_METRICS ?? "false",
  };
}

/**
 * Applies the D1 migrations of binding DB to the local database, without prompting.
 * @param {{ persistTo?: string, config?: string }} [options] persistTo: wrangler's
 *   `--persist-to` directory (default `.wrangler/state`); config: path of the wrangler config.
 * @returns {Promise<string>} wrangler's output
 * @throws {Error} when wrangler fails, with its output in the message
 */
export async function applyLocalMigrations({ persistTo, config = "wrangler.toml" } = {}) {
  buildGenerated(); // the files the Worker imports (the /docs files, the Wasm), before anything starts it; cheap when unchanged
  const args = ["d1", "migrations", "apply", "DB", "--local", "--config", config];
  if (persistTo) args.push("--persist-to", persistTo);
  return new Promise((resolve, reject) => {
    execFile(
      wranglerBin,
      args,
      { cwd: projectRoot, env: { ...wranglerEnv(), CI: "true" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const output = `${stdout}\n${stderr}`.trim();
        reject(new Error(`wrangler ${args.join(" ")} failed (${error.code ?? error.signal}):\n${output}`));
      },
    );
  });
}

/**
 * An unused TCP port on 127.0.0.1 (asks the OS for one, then releases it).
 * @returns {Promise<number>}
 */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `wrangler dev` on 127.0.0.1 in its own process group and waits until it answers HTTP.
 * @param {{ config?: string, port?: number, persistTo?: string, vars?: Record<string, string>,
 *   logFile?: string, quiet?: boolean, timeoutMs?: number, testScheduled?: boolean }} [options] port:
 *   default a free one; vars: passed as `--var K:V`; logFile: wrangler's output is appended there;
 *   quiet: false also copies wrangler's output to this process's stdout/stderr; testScheduled:
 *   `GET /__scheduled` runs the Worker's scheduled handler (`--test-scheduled`).
 * @returns {Promise<{ url: string, port: number, group: number, stop: () => Promise<void>,
 *   exited: Promise<number | null> }>} group: the process group of wrangler and its workerd;
 *   exited settles with the exit code when wrangler ends.
 * @throws {Error} when wrangler exits or does not answer in time, with its last log lines
 * @example
 * const dev = await startWranglerDev({ vars: { ADMIN_TOKEN: "t" } });
 * await fetch(`${dev.url}/openapi.json`);
 * await dev.stop();
 */
export async function startWranglerDev({
  config = "wrangler.toml",
  port,
  persistTo,
  vars = {},
  logFile,
  quiet = true,
  timeoutMs = 90_000,
  testScheduled = false,
} = {}) {
  if (port === undefined) port = await freePort();
  else if (!(await isFree(port))) throw new Error(`Port ${port} on 127.0.0.1 is already in use`);
  const args = ["dev", "--config", config, "--ip", "127.0.0.1", "--port", String(port)];
  args.push("--inspector-port", String(await freePort()), "--show-interactive-dev-session=false");
  if (persistTo) args.push("--persist-to", persistTo);
  if (testScheduled) args.push("--test-scheduled");
  for (const [key, value] of Object.entries(vars)) args.push("--var", `${key}:${value}`);

  const wrangler = spawnGroup(args, { quiet, logFile });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (wrangler.running()) {
    if (await answers(url)) return { url, port, group: wrangler.group, stop: wrangler.stop, exited: wrangler.exited };
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const why = wrangler.running() ? `did not answer on ${url} within ${timeoutMs} ms` : "exited";
  await wrangler.stop();
  throw new Error(`wrangler dev ${why}. Last log lines:\n${wrangler.lastLines.join("\n")}`);
}

/**
 * Spawns wrangler in its own process group (so stopping it reaches workerd too), keeping its
 * last log lines; the group is killed if this process exits first.
 * @param {string[]} args wrangler's arguments
 * @param {{ quiet: boolean, logFile?: string }} options as for {@link startWranglerDev}
 * @returns {{ group: number, exited: Promise<number | null>, stop: () => Promise<void>,
 *   lastLines: string[], running: () => boolean }}
 */
function spawnGroup(args, { quiet, logFile }) {
  const child = spawn(wranglerBin, args, {
    cwd: projectRoot,
    // piped, so wrangler sees no TTY: keep its colours when they are shown on a terminal
    env: !quiet && process.stdout.isTTY ? { ...wranglerEnv(), FORCE_COLOR: "1" } : wranglerEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  /** @type {string[]} */
  const lastLines = [];
  const log = logFile ? createWriteStream(logFile, { flags: "a" }) : undefined;
  const collect = (/** @type {NodeJS.WritableStream} */ echo) => (/** @type {Buffer} */ chunk) => {
    log?.write(chunk);
    if (!quiet) echo.write(chunk);
    const text = chunk.toString("utf8").replace(/\x1b\[[0-9;]*m/g, ""); // no colours in errors
    lastLines.push(...text.split(/\r?\n/).filter((line) => line.trim()));
    lastLines.splice(0, Math.max(0, lastLines.length - LOG_LINES_KEPT));
  };
  child.stdout.on("data", collect(process.stdout));
  child.stderr.on("data", collect(process.stderr));

  let running = true;
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? null : 0)));
    child.on("error", (error) => {
      lastLines.push(String(error));
      resolve(null);
    });
  }).finally(() => {
    running = false;
    log?.end();
  });
  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  const killOnExit = () => killGroup("SIGKILL");
  process.on("exit", killOnExit);

  const stop = async () => {
    process.off("exit", killOnExit);
    killGroup("SIGTERM");
    const timer = setTimeout(() => killGroup("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    killGroup("SIGKILL"); // anything the group left behind (workerd)
  };
  return { group: child.pid ?? -1, exited, stop, lastLines, running: () => running };
}

/**
 * True when nothing listens on 127.0.0.1:port (so a later answer there is wrangler's).
 * @param {number} port
 * @returns {Promise<boolean>}
 */
async function isFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * True when something answers HTTP at url (any status).
 * @param {string} url
 * @returns {Promise<boolean>}
 */
async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}
