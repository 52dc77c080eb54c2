import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { toneWav } from "../scripts/lib/wav.mjs";
import { authorized, client, rawBody } from "./client";
import { baseUrl, launchChromium, newTenant, serveOtherOrigin, type OtherOrigin, type Tenant } from "./helpers";

let browser: Browser;
let tenant: Tenant;
/** The meeting room's front-end: a page of another origin that holds only a room token. */
let app: OtherOrigin;

beforeAll(async () => {
  app = await serveOtherOrigin((_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>room</title>"));
  browser = await launchChromium();
  tenant = await newTenant();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A recording in `room` with a three-second WAV, made with the tenant's key (the server side). */
async function recordingWithAudio(room: string): Promise<string> {
  const { data: recording } = await client.POST("/v1/recordings", { headers: authorized(tenant.key), body: { room_id: room, source: "webrtc" } });
  if (!recording) throw new Error("no recording");
  const wav = toneWav({ seconds: 3, frequencies: [440] });
  const uploaded = await client.POST("/v1/recordings/{id}/media", {
    headers: { ...authorized(tenant.key), "Content-Type": "audio/wav" },
    params: { path: { id: recording.id }, query: { filename: "room.wav" } },
    body: new Blob([new Uint8Array(wav)]),
    bodySerializer: rawBody,
  });
  expect(uploaded.response.status).toBe(201);
  return recording.id;
}

describe("a front-end holding only a room token", () => {
  test("lists and plays its room's recordings, and gets 404 for another room's", { timeout: 120_000 }, async () => {
    const room = `room-${crypto.randomUUID()}`;
    const [mine, theirs] = [await recordingWithAudio(room), await recordingWithAudio(`${room}-other`)];
    const minted = await client.POST("/v1/access-tokens", {
      headers: authorized(tenant.key),
      body: { scopes: ["recordings:read"], restrict: { room_id: room }, expires_in: 600 },
    });
    if (!minted.data) throw new Error(`no token: ${JSON.stringify(minted.error)}`);
    expect(minted.data.token).toMatch(/^rat_/);

    const page = await browser.newPage();
    await page.goto(app.url);
    const seen = await page.evaluate(
      async ({ api, token, theirs }) => {
        const auth = { Authorization: `Bearer ${token}` };
        const list = await fetch(`${api}/v1/recordings`, { headers: auth });
        const ids = ((await list.json()) as { data: { id: string }[] }).data.map((r) => r.id);
        const link = await fetch(`${api}/v1/recordings/${ids[0]}/download-url`, {
          method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: "{}",
        });
        const audio = new Audio((await link.json()).download_url);
        audio.muted = true;
        await new Promise((resolve, reject) => {
          audio.onloadedmetadata = resolve;
          audio.onerror = () => reject(new Error(`media error ${audio.error?.code}`));
        });
        await audio.play();
        audio.currentTime = 2;
        await new Promise((resolve) => (audio.onseeked = resolve));
        const other = await fetch(`${api}/v1/recordings/${theirs}`, { headers: auth });
        const otherMedia = await fetch(`${api}/v1/recordings/${theirs}/media`, { headers: auth });
        const otherLink = await fetch(`${api}/v1/recordings/${theirs}/download-url`, {
          method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: "{}",
        });
        const write = await fetch(`${api}/v1/recordings`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: "{}" });
        return {
          listStatus: list.status, ids, duration: audio.duration, at: audio.currentTime,
          other: [other.status, (await other.json()).error_code], otherMedia: otherMedia.status, otherLink: otherLink.status,
          write: write.status, requestId: list.headers.get("X-Request-Id"),
        };
      },
      { api: baseUrl, token: minted.data.token, theirs },
    );
    expect(seen.listStatus).toBe(200);
    expect(seen.ids).toEqual([mine]);
    expect(seen.duration).toBeCloseTo(3, 1);
    expect(seen.at).toBeGreaterThanOrEqual(2);
    expect(seen.other).toEqual([404, "RECORDING_NOT_FOUND"]);
    expect(seen.otherMedia).toBe(404);
    expect(seen.otherLink).toBe(404);
    expect(seen.write).toBe(403); // a read-only token
    expect(seen.requestId).toBeTruthy(); // exposed to the page through CORS
    await page.close();
  });
});
