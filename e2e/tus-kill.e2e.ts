// The timed crash of the final PATCH, from outside: an upload of 5 MiB + 1 byte whose 1-byte last
// PATCH is cut off by `kill -9` of the dev server's whole process group (wrangler and workerd) at a
// random moment inside that PATCH; then the server is restarted on the same storage and the upload is
// asked where it stands, as a tus client resuming would. The upload must never report every byte
// stored without naming its media item, and finishing it must give the true media item.
// TUS_KILL_RUNS sets the number of kills: 6 in the e2e suite (CI), 30 with `npm run probe:tus-kill`.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAccount, createKey, createRecording } from "../scripts/lib/seed.mjs";
import { applyLocalMigrations, freePort, startWranglerDev } from "../scripts/lib/wrangler.mjs";

const RUNS = Number(process.env.TUS_KILL_RUNS ?? 6);
const MiB = 1024 * 1024;
const file = randomBytes(5 * MiB + 1);
const fileSha256 = createHash("sha256").update(file).digest("hex");
const adminToken = randomBytes(24).toString("hex");
const vars = { ADMIN_TOKEN: adminToken, SIGNING_KEYS: `kill:${randomBytes(32).toString("base64")}` };

type Dev = Awaited<ReturnType<typeof startWranglerDev>>;
let dir: string;
let dev: Dev;
let key: string;

const tus = () => ({ Authorization: `Bearer ${key}`, "Tus-Resumable": "1.0.0" });
// PUBLIC_ORIGIN is where the test reaches the Worker (the upload URLs are built on it), as in e2e/global-setup.ts.
const start = (port: number) =>
  startWranglerDev({ persistTo: path.join(dir, "state"), port, vars: { ...vars, PUBLIC_ORIGIN: `http://127.0.0.1:${port}` }, logFile: path.join(dir, "wrangler.log") });

/** Starts the server again on `port` (the upload URLs name it), once the killed one has let go of it. */
async function restart(port: number): Promise<Dev> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await start(port);
    } catch (err) {
      if (attempt >= 40 || !/already in use/.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A recording with an upload whose first 5 MiB are stored; returns the upload's URL. */
async function uploadAwaitingLastByte(): Promise<{ recordingId: string; url: string }> {
  const { id } = await createRecording(dev.url, key);
  const created = await fetch(`${dev.url}/v1/recordings/${id}/uploads`, { method: "POST", headers: { ...tus(), "Upload-Length": String(file.byteLength) } });
  expect(created.status).toBe(201);
  const url = created.headers.get("location")!;
  expect((await patch(url, 0, file.subarray(0, 5 * MiB))).status).toBe(204);
  return { recordingId: id, url };
}

function patch(url: string, offset: number, body: Buffer): Promise<Response> {
  const headers = { ...tus(), "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" };
  return fetch(url, { method: "PATCH", headers, body: new Blob([new Uint8Array(body)]) });
}

/** The upload as HEAD reports it. */
async function head(url: string) {
  const res = await fetch(url, { method: "HEAD", headers: tus() });
  return { status: res.status, offset: Number(res.headers.get("upload-offset")), mediaId: res.headers.get("upload-media-id") };
}

/** The recording's media items. */
async function mediaOf(recordingId: string): Promise<{ id: string; sha256: string; byte_size: number }[]> {
  const res = await fetch(`${dev.url}/v1/recordings/${recordingId}`, { headers: { Authorization: `Bearer ${key}` } });
  return (await res.json()).media;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "tus-kill-"));
  await applyLocalMigrations({ persistTo: path.join(dir, "state") });
  dev = await start(await freePort());
  const account = await createAccount(dev.url, adminToken, "tus kill");
  key = (await createKey(dev.url, adminToken, account.id)).key;
}, 180_000);

afterAll(async () => {
  await dev?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("kill -9 of the dev server through the final PATCH", () => {
  test(`${RUNS} timed kills: no upload reports every byte stored without its media item, and each finishes true`, { timeout: 60_000 + RUNS * 40_000 }, async () => {
    // How long a final PATCH takes here, so that the kills land inside it.
    const probe = await uploadAwaitingLastByte();
    const t0 = performance.now();
    expect((await patch(probe.url, 5 * MiB, file.subarray(5 * MiB))).status).toBe(204);
    const patchMs = performance.now() - t0;

    const outcomes: string[] = [];
    const tally = { "answered before the kill": 0, "finished by the HEAD after the restart": 0, "resumed at the last chunk": 0 };
    for (let run = 0; run < RUNS; run++) {
      const { recordingId, url } = await uploadAwaitingLastByte();
      const delay = Math.random() * patchMs * 1.2;
      const final = patch(url, 5 * MiB, file.subarray(5 * MiB)).then((r) => ({ status: r.status, mediaId: r.headers.get("upload-media-id") }), () => null);
      await new Promise((resolve) => setTimeout(resolve, delay));
      process.kill(-dev.group, "SIGKILL");
      const answered = await final;
      await dev.exited;
      await dev.stop();
      dev = await restart(dev.port);

      const state = await head(url);
      const label = `run ${run}: killed ${delay.toFixed(0)} ms into a ${patchMs.toFixed(0)} ms PATCH (answered ${answered?.status ?? "nothing"}), HEAD offset ${state.offset}`;
      outcomes.push(`${label}, media ${state.mediaId ?? "none"}`);
      expect(state.status, label).toBe(200);
      // Every byte stored only ever together with the media item.
      expect(state.offset === file.byteLength, label).toBe(state.mediaId !== null);
      if (answered?.status === 204) expect(state.mediaId, label).toBe(answered.mediaId);
      if (answered?.status === 204) tally["answered before the kill"]++;
      else if (state.mediaId) tally["finished by the HEAD after the restart"]++;
      else tally["resumed at the last chunk"]++;
      let mediaId = state.mediaId;
      if (!mediaId) {
        expect(state.offset, label).toBe(5 * MiB);
        const resent = await patch(url, 5 * MiB, file.subarray(5 * MiB));
        expect(resent.status, label).toBe(204);
        mediaId = resent.headers.get("upload-media-id");
      }
      const media = await mediaOf(recordingId);
      expect(media.map((m) => [m.id, m.sha256, m.byte_size]), label).toEqual([[mediaId, fileSha256, file.byteLength]]);
    }
    console.log([...outcomes, JSON.stringify(tally)].join("\n"));
  });
});
