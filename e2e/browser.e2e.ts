import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRecording, uploadMedia } from "../scripts/lib/seed.mjs";
import { toneWav } from "../scripts/lib/wav.mjs";
import { baseUrl, launchChromium, newTenant, type Tenant } from "./helpers";

let browser: Browser;
let tenant: Tenant;

beforeAll(async () => {
  browser = await launchChromium();
  tenant = await newTenant();
});

afterAll(async () => {
  await browser?.close();
});

describe("in a real browser", () => {
  test("renders /docs under its Content-Security-Policy without violations", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${baseUrl}/docs`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toMatch(/default-src 'none'/);
    await expect(page.locator("h1").textContent()).resolves.toBe("Recordings API");
    expect(await page.locator("section h3").count()).toBeGreaterThan(8);
    // the stylesheet applied (nonce accepted): the method badges are coloured
    const badge = await page.locator(".m.get").first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(badge).toBe("rgb(47, 125, 50)");
    expect(violations).toEqual([]);
    await page.close();
  });

  test("decodes, plays and seeks a WAV uploaded through the API", async () => {
    const recording = await createRecording(baseUrl, tenant.key, { source: "webrtc" });
    const wav = toneWav({ seconds: 3, frequencies: [261.63, 329.63, 392.0] });
    await uploadMedia(baseUrl, tenant.key, recording.id, wav, { contentType: "audio/wav", filename: "tones.wav" });
    const page = await browser.newPage();
    // A same-origin page without a CSP of its own, so the page may fetch with the key.
    await page.goto(`${baseUrl}/openapi.json`);
    const played = await page.evaluate(
      async ({ id, key }) => {
        const response = await fetch(`/v1/recordings/${id}/media`, { headers: { Authorization: `Bearer ${key}` } });
        const audio = new Audio(URL.createObjectURL(await response.blob()));
        audio.muted = true;
        await new Promise((resolve, reject) => {
          audio.onloadedmetadata = resolve;
          audio.onerror = () => reject(new Error(`media error ${audio.error?.code}`));
        });
        await audio.play();
        audio.currentTime = 2.5;
        await new Promise((resolve) => (audio.onseeked = resolve));
        return { status: response.status, duration: audio.duration, at: audio.currentTime };
      },
      { id: recording.id, key: tenant.key },
    );
    expect(played.status).toBe(200);
    expect(played.duration).toBeCloseTo(3, 1);
    expect(played.at).toBeGreaterThanOrEqual(2.5);
    await page.close();
  });
});
