import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRecording } from "../scripts/lib/seed.mjs";
import { RecordingSchema } from "../src/schemas/recording";
import { authorized } from "./client";
import { baseUrl, launchChromium, newTenant, serveOtherOrigin, UUID, type OtherOrigin, type Tenant } from "./helpers";

const tusBundle = readFileSync(new URL("../node_modules/tus-js-client/dist/tus.min.js", import.meta.url));

let browser: Browser;
let tenant: Tenant;
/** A page of another origin (another port), as a web app using the API from the browser would be. */
let app: OtherOrigin;

beforeAll(async () => {
  app = await serveOtherOrigin((req, res) => {
    if (req.url === "/tus.min.js") return res.writeHead(200, { "content-type": "text/javascript" }).end(tusBundle);
    res.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><script src="/tus.min.js"></script>');
  });
  browser = await launchChromium();
  tenant = await newTenant();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("tus-js-client in a browser on another origin", () => {
  test("uploads a file in chunks through CORS and reads the offset and media id from exposed headers", { timeout: 120_000 }, async () => {
    const { id } = await createRecording(baseUrl, tenant.key, {});
    const page = await browser.newPage();
    await page.goto(app.url);
    const result = await page.evaluate(
      async ({ endpoint, key }) => {
        const bytes = new Uint8Array(11 * 1024 * 1024).map((_, i) => (i * 7) & 0xff);
        const file = new Blob([bytes], { type: "audio/wav" });
        const offsets: string[] = [];
        let mediaId: string | null = null;
        const tus = (window as unknown as { tus: typeof import("tus-js-client") }).tus;
        await new Promise<void>((resolve, reject) => {
          new tus.Upload(file, {
            endpoint, chunkSize: 5 * 1024 * 1024, headers: { Authorization: `Bearer ${key}` },
            metadata: { filename: "browser.wav", filetype: "audio/wav" }, retryDelays: null, storeFingerprintForResuming: false,
            onAfterResponse(_req, res) {
              offsets.push(res.getHeader("Upload-Offset") ?? "");
              mediaId = res.getHeader("Upload-Media-Id") ?? mediaId;
            },
            onSuccess: () => resolve(),
            onError: reject,
          }).start();
        });
        const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
        return { offsets, mediaId, sha256: [...digest].map((b) => b.toString(16).padStart(2, "0")).join(""), origin: location.origin };
      },
      { endpoint: `${baseUrl}/v1/recordings/${id}/uploads`, key: tenant.key },
    );
    await page.close();
    expect(result.origin).not.toBe(new URL(baseUrl).origin);
    expect(result.offsets).toEqual(["0", String(5 * 2 ** 20), String(10 * 2 ** 20), String(11 * 2 ** 20)]);
    expect(result.mediaId).toMatch(UUID);
    const got = await fetch(new URL(`/v1/recordings/${id}`, baseUrl), { headers: authorized(tenant.key) });
    expect(RecordingSchema.parse(await got.json()).media[0]).toMatchObject({ id: result.mediaId, filename: "browser.wav", sha256: result.sha256 });
  });
});
