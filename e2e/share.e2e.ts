import type { Browser, Page, Response as PageResponse } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { toneWav } from "../scripts/lib/wav.mjs";
import { parseSigningKeys } from "../src/signing/keys";
import { signLink } from "../src/signing/links";
import { authorized, client, rawBody } from "./client";
import { baseUrl, launchChromium, newTenant, type Tenant } from "./helpers";

const SECONDS = 30;

let browser: Browser;
let tenant: Tenant;
let recordingId: string;
let mediaId: string;
let shareUrl: string;
let wavBytes: Uint8Array;

beforeAll(async () => {
  browser = await launchChromium();
  tenant = await newTenant();
  const headers = authorized(tenant.key);
  const recording = await client.POST("/v1/recordings", {
    headers, body: { source: "pstn", started_at: "2026-11-20T09:00:00Z", duration_seconds: SECONDS, metadata: { title: "Quarterly review <call>" } },
  });
  recordingId = recording.data?.id ?? "";
  // 30 s of 48 kHz stereo (5.8 MB): more than a browser reads ahead, so a seek to the middle needs a new range.
  const wav = toneWav({ seconds: SECONDS, frequencies: [261.63, 329.63, 392.0], sampleRate: 48000, channels: 2 });
  const uploaded = await client.POST("/v1/recordings/{id}/media", {
    headers: { ...headers, "Content-Type": "audio/wav" },
    params: { path: { id: recordingId }, query: { filename: "review.wav" } },
    body: new Blob([new Uint8Array(wav)]),
    bodySerializer: rawBody,
  });
  mediaId = uploaded.data?.id ?? "";
  wavBytes = new Uint8Array(wav);
  const share = await client.GET("/v1/recordings/{id}/url", { headers, params: { path: { id: recordingId }, query: { expires_in: 600 } } });
  expect(share.response.status).toBe(200);
  shareUrl = share.data?.url ?? "";
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh page that records CSP violations and the Worker's answers to media requests. */
async function openPage(): Promise<{ page: Page; violations: string[]; media: PageResponse[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  const media: PageResponse[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("response", (response) => {
    if (response.url().includes("/v1/signed/media/")) media.push(response);
  });
  return { page, violations, media };
}

describe("a share page in Chromium, with no credentials", () => {
  test("plays the recording and seeks to the middle, which the Worker answers with a 206", async () => {
    const { page, violations, media } = await openPage();
    const response = await page.goto(shareUrl);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe("Quarterly review <call>");
    expect(await page.title()).toBe("Quarterly review <call>");
    await expect(page.locator("a.button").getAttribute("href")).resolves.toMatch(/disposition=attachment/);

    const played = await page.evaluate(async () => {
      const audio = document.querySelector("audio")!;
      audio.muted = true;
      if (audio.readyState < 1) await new Promise((resolve) => audio.addEventListener("loadedmetadata", resolve, { once: true }));
      await audio.play();
      const middle = audio.duration / 2;
      audio.currentTime = middle;
      await new Promise((resolve) => audio.addEventListener("seeked", resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 300)); // let it play on a little from there
      return { duration: audio.duration, middle, at: audio.currentTime, paused: audio.paused, error: audio.error?.code ?? null };
    });
    expect(played.error).toBeNull();
    expect(played.paused).toBe(false);
    expect(played.duration).toBeCloseTo(SECONDS, 0);
    expect(played.at).toBeGreaterThanOrEqual(played.middle);
    expect(played.at).toBeLessThan(played.middle + 5);

    const ranges = await Promise.all(
      media.map(async (r) => ({ status: r.status(), range: (await r.request().allHeaders()).range, contentRange: r.headers()["content-range"] })),
    );
    const seek = ranges.find((r) => r.status === 206 && Number(/^bytes (\d+)-/.exec(r.contentRange ?? "")?.[1]) > 1_000_000);
    expect(seek, JSON.stringify(ranges)).toBeTruthy();
    expect(violations).toEqual([]);
    await page.close();
  });

  test("seeks with the media cache warm: every slice cached first, the seek answered 206 with the stored bytes", async () => {
    // Warm the colo cache: one whole read fills every 1 MiB slice (after the response, so wait a little).
    const whole = await fetch(`${baseUrl}/v1/recordings/${recordingId}/media/${mediaId}`, { headers: { Authorization: `Bearer ${tenant.key}` } });
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(wavBytes);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const { page, violations, media } = await openPage();
    expect((await page.goto(shareUrl))?.status()).toBe(200);
    const played = await page.evaluate(async () => {
      const audio = document.querySelector("audio")!;
      audio.muted = true;
      if (audio.readyState < 1) await new Promise((resolve) => audio.addEventListener("loadedmetadata", resolve, { once: true }));
      await audio.play();
      const target = audio.duration * 0.75;
      audio.currentTime = target;
      await new Promise((resolve) => audio.addEventListener("seeked", resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { target, at: audio.currentTime, paused: audio.paused, error: audio.error?.code ?? null };
    });
    expect(played.error).toBeNull();
    expect(played.paused).toBe(false);
    expect(played.at).toBeGreaterThanOrEqual(played.target);
    expect(played.at).toBeLessThan(played.target + 5);

    const answers = media.map((r) => ({ status: r.status(), contentRange: r.headers()["content-range"] ?? "", url: r.url() }));
    const seek = answers.find((r) => r.status === 206 && Number(/^bytes (\d+)-/.exec(r.contentRange)?.[1]) > 3_000_000);
    expect(seek, JSON.stringify(answers)).toBeTruthy();
    // The same range again, from outside: byte for byte what was uploaded, as the cache now serves it.
    const [, first, last] = /^bytes (\d+)-(\d+)\//.exec(seek!.contentRange)!.map(Number) as [number, number, number];
    const again = await fetch(seek!.url, { headers: { Range: `bytes=${first}-${last}` } });
    expect(again.status).toBe(206);
    expect(again.headers.get("content-range")).toBe(seek!.contentRange);
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(wavBytes.subarray(first, last + 1));
    expect(violations).toEqual([]);
    await page.close();
  });

  test("shows why a tampered link does not work, and plays nothing", async () => {
    const { page, media } = await openPage();
    const tampered = shareUrl.replace(/sig=([\w-])/, (_, c: string) => `sig=${c === "A" ? "B" : "A"}`);
    const response = await page.goto(tampered);
    expect(response?.status()).toBe(403);
    await expect(page.locator("h1").textContent()).resolves.toBe("This link is not valid");
    await expect(page.locator("body").textContent()).resolves.toContain("SIGNATURE_INVALID");
    expect(await page.locator("audio, video").count()).toBe(0);
    expect(media).toEqual([]);
    await page.close();
  });

  test("shows that an expired link has expired, and plays nothing", async () => {
    const keys = parseSigningKeys(inject("signingKeys"));
    const expired = await signLink(keys, { path: `/v1/signed/share/${recordingId}/${mediaId}`, expiresAt: new Date(Date.now() - 5000) });
    const { page, media } = await openPage();
    const response = await page.goto(new URL(expired.pathAndQuery, baseUrl).href);
    expect(response?.status()).toBe(403);
    await expect(page.locator("h1").textContent()).resolves.toBe("This link has expired");
    await expect(page.locator("body").textContent()).resolves.toContain("URL_EXPIRED");
    expect(await page.locator("audio, video").count()).toBe(0);
    expect(media).toEqual([]);
    await page.close();
  });
});
