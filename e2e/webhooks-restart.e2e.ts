// Events survive a dev server killed between a change and its delivery: the outbox is in D1 (on disk
// with --persist-to); local Queues keep messages in memory, so what the queue held dies with the
// process, and the scheduled job hands it over again after the restart.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyLocalMigrations, projectRoot, startWranglerDev } from "../scripts/lib/wrangler.mjs";
import { Receiver } from "./webhook-receiver";

const adminToken = randomBytes(24).toString("hex");
const vars = {
  ADMIN_TOKEN: adminToken, SIGNING_KEYS: `e2e:${randomBytes(32).toString("base64")}`,
  // Long enough that a kill lands between the first failed attempt and its retry.
  WEBHOOK_ALLOW_HTTP_LOOPBACK: "true", WEBHOOK_RETRY_BASE_SECONDS: "30",
};
const runDir = mkdtempSync(path.join(projectRoot, ".e2e", "restart-"));
const persistTo = path.join(runDir, "state");
let dev: Awaited<ReturnType<typeof startWranglerDev>>;
const receivers: Receiver[] = [];

const start = () => startWranglerDev({ persistTo, testScheduled: true, vars, logFile: path.join(runDir, "wrangler.log") });

/** kill -9 of the dev server's whole process group (wrangler and workerd), then a fresh start on the same storage. */
async function killAndRestart() {
  process.kill(-dev.group, "SIGKILL");
  await dev.exited;
  dev = await start();
}

async function call(key: string, method: string, route: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${dev.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

/** An account with a key, and a receiver subscribed through it. */
async function setUp(receiver: Receiver, events?: string[]) {
  const { json: account } = await call(adminToken, "POST", "/v1/admin/accounts", { name: "restart" });
  const scopes = ["recordings:read", "recordings:write", "webhooks:manage"];
  const { json: created } = await call(adminToken, "POST", `/v1/admin/accounts/${account.id as string}/keys`, { name: "k", scopes });
  const key = created.key as string;
  receivers.push(receiver);
  const { json: endpoint } = await call(key, "POST", "/v1/webhooks", { url: await receiver.start(), events });
  receiver.secret = endpoint.secret as string;
  return key;
}

/** Runs the Cron Trigger's jobs as if it were `minutes` from now. */
async function runScheduled(minutes: number) {
  const time = Date.now() + minutes * 60_000;
  // wrangler dev's /__scheduled ignores `time`; miniflare's own trigger route takes it (milliseconds).
  expect((await fetch(`${dev.url}/cdn-cgi/local/scheduled?cron=*/15+*+*+*+*&time=${time}`)).status).toBe(200);
}

beforeAll(async () => {
  await applyLocalMigrations({ persistTo });
  dev = await start();
}, 180_000);

afterAll(async () => {
  await Promise.all(receivers.map((r) => r.stop()));
  await dev?.stop();
  if (!process.env.E2E_KEEP) rmSync(runDir, { recursive: true, force: true });
});

describe("events across a killed dev server (kill -9, restart, same --persist-to)", () => {
  it("delivers an event whose retry was waiting in the queue when the server died, exactly once", { timeout: 180_000 }, async () => {
    const receiver = new Receiver({ library: "svix", failFirst: 1 });
    const key = await setUp(receiver, ["recording.created"]);
    await call(key, "POST", "/v1/recordings", { status: "active" });
    await receiver.waitFor((d) => d.length === 1); // the first attempt failed; its retry waits ~30 s in the queue
    await killAndRestart();
    await runScheduled(10); // the delivery is overdue: sent again
    await receiver.waitFor((d) => d.some((x) => x.answered === 204), 60_000);
    expect(receiver.accepted.map((d) => d.id)).toEqual([receiver.deliveries[0]!.id]);
    const { json: page } = await call(key, "GET", "/v1/events");
    expect((page.data as { id: string }[]).map((e) => e.id)).toEqual([receiver.deliveries[0]!.id]);
  });

  it("delivers the events of a change whose server was killed right after answering", { timeout: 180_000 }, async () => {
    const receiver = new Receiver({ library: "standardwebhooks" });
    const key = await setUp(receiver);
    expect((await call(key, "POST", "/v1/recordings", { status: "complete" })).status).toBe(201);
    await killAndRestart();
    await runScheduled(10);
    await receiver.waitFor((d) => new Set(d.filter((x) => x.answered === 204).map((x) => x.id)).size === 2, 90_000);
    // At least once: a delivery the receiver took just before the kill, but not yet recorded as taken,
    // comes again with the same webhook-id (receivers deduplicate by it).
    const { json: page } = await call(key, "GET", "/v1/events");
    const events = page.data as { id: string; type: string }[];
    expect(events.map((e) => e.type)).toEqual(["recording.created", "recording.completed"]);
    expect([...new Set(receiver.accepted.map((d) => d.id))].sort()).toEqual(events.map((e) => e.id).sort());
  });

  it("delivers upload.expired when the scheduled job ends an unfinished resumable upload", { timeout: 180_000 }, async () => {
    const receiver = new Receiver({ library: "svix" });
    const key = await setUp(receiver, ["upload.expired"]);
    const { json: recording } = await call(key, "POST", "/v1/recordings", { status: "active" });
    const upload = await fetch(`${dev.url}/v1/recordings/${recording.id as string}/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "tus-resumable": "1.0.0", "upload-length": "1000", "upload-metadata": "filename Y2FsbC53YXY=" },
    });
    expect(upload.status).toBe(201);
    await runScheduled(25 * 60);
    await receiver.waitFor((d) => d.length === 1, 60_000);
    const [delivery] = receiver.accepted;
    expect(delivery!.type).toBe("upload.expired");
    expect(delivery!.event.data).toMatchObject({ upload: { recording_id: recording.id, upload_length: 1000, upload_offset: 0 } });
  });
});
