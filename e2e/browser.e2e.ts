import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { toneWav } from "../scripts/lib/wav.mjs";
import { authorized, client, rawBody } from "./client";
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
  test("renders every operation of the document in /docs (Swagger UI), from this origin only, without CSP violations", async () => {
    const { data: doc } = await client.GET("/openapi.json");
    const expected = Object.entries(doc?.paths ?? {})
      .flatMap(([path, item]) => Object.keys(item && typeof item === "object" ? item : {}).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(expected.length).toBeGreaterThan(10);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(String(error)));
    page.on("response", (answer) => {
      if (answer.status() >= 400) problems.push(`${answer.status()} ${answer.url()}`);
    });
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    const response = await page.goto(`${baseUrl}/docs`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toMatch(/default-src 'none'; script-src 'self'/);
    await page.locator(".opblock").nth(expected.length - 1).waitFor({ timeout: 30_000 });
    const rendered = await page.locator(".opblock-summary").evaluateAll((blocks) =>
      blocks.map((b) => `${b.querySelector(".opblock-summary-method")?.textContent?.trim()} ${b.querySelector(".opblock-summary-path")?.getAttribute("data-path")}`),
    );
    expect(rendered.sort()).toEqual(expected);
    await expect(page.locator(".info .title").first().textContent()).resolves.toMatch(/^Recordings API/);
    // The stylesheet applied (served from this origin): GET badges are Swagger UI's blue.
    const badge = await page.locator(".opblock-get .opblock-summary-method").first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(badge).toBe("rgb(97, 175, 254)");
    expect(problems).toEqual([]);
    expect([...origins]).toEqual([new URL(baseUrl).origin]);
    await page.close();
  });

  test("decodes, plays and seeks a WAV uploaded through the API", async () => {
    const { data: recording } = await client.POST("/v1/recordings", { headers: authorized(tenant.key), body: { source: "webrtc" } });
    if (!recording) throw new Error("no recording");
    const wav = toneWav({ seconds: 3, frequencies: [261.63, 329.63, 392.0] });
    const uploaded = await client.POST("/v1/recordings/{id}/media", {
      headers: { ...authorized(tenant.key), "Content-Type": "audio/wav" },
      params: { path: { id: recording.id }, query: { filename: "tones.wav" } },
      body: new Blob([new Uint8Array(wav)]),
      bodySerializer: rawBody,
    });
    expect(uploaded.response.status).toBe(201);
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
