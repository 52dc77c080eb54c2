import { beforeAll, describe, expect, it } from "vitest";
import { MediaSchema } from "../../src/schemas/recording";
import { api, bytesOf, createRecording, createTenant, send, uploadMedia, warmMediaCache, withJson, type Tenant } from "../helpers";

const HTML = new TextEncoder().encode("<!doctype html><script>fetch('/v1/recordings')</script>");

/** Whether each item's slices are cached before a test's requests (the warm run). */
let warmCache = false;

/** Uploads `bytes` as `contentType` to a fresh recording; returns the tenant and the media item's path. */
async function stored(contentType: string, bytes: Uint8Array = HTML): Promise<{ tenant: Tenant; path: string }> {
  const tenant = await createTenant();
  const recording = await createRecording(tenant);
  const res = await uploadMedia(tenant, recording.id, bytes, { contentType });
  expect(res.status).toBe(201);
  const media = MediaSchema.parse(await res.json());
  const path = `/v1/recordings/${recording.id}/media/${media.id}`;
  if (warmCache) await warmMediaCache(path, tenant.auth, media);
  return { tenant, path };
}

function expectSafetyHeaders(res: Response): void {
  expect(res.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
}

// Twice: with each item first served from R2 (cold), and with its slices already cached (warm).
for (const cache of ["cold", "warm"] as const) {
  describe(`with a ${cache} media cache`, () => {
    beforeAll(() => {
      warmCache = cache === "warm";
    });

    describe("media that a browser could run", () => {
      it.each(["text/html", "image/svg+xml", "application/xhtml+xml", "text/xml", "application/javascript", "application/pdf"])(
        "serves %s as an attachment even when inline is asked for",
        async (contentType) => {
          const { tenant, path } = await stored(contentType);
          for (const query of ["", "?disposition=inline"]) {
            const res = await send(`${path}${query}`, tenant.auth);
            expect(res.status).toBe(200);
            expect(res.headers.get("content-disposition")).toMatch(/^attachment; /);
            expectSafetyHeaders(res);
            await res.arrayBuffer();
          }
        },
      );

      it.each(["audio/wav", "video/mp4", "image/png", "text/plain; charset=utf-8"])("serves %s inline when asked", async (contentType) => {
        const { tenant, path } = await stored(contentType, bytesOf(64));
        const res = await send(path, tenant.auth);
        expect(res.headers.get("content-disposition")).toMatch(/^inline; /);
        expectSafetyHeaders(res);
        await res.arrayBuffer();
      });

      it("sends the sandboxing CSP and nosniff on 200, 206, 304, HEAD and the primary media", async () => {
        const { tenant, path } = await stored("audio/wav", bytesOf(100));
        const full = await send(path, tenant.auth);
        const etag = full.headers.get("etag")!;
        await full.arrayBuffer();
        const requests: [string, Record<string, string>, string, number][] = [
          [path, {}, "GET", 200],
          [path, { range: "bytes=0-9" }, "GET", 206],
          [path, { "if-none-match": etag }, "GET", 304],
          [path, {}, "HEAD", 200],
          [path.replace(/\/[^/]+$/, ""), {}, "GET", 200],
        ];
        for (const [target, headers, method, status] of requests) {
          const res = await send(target, tenant.auth, { method, headers });
          expect(res.status, `${method} ${JSON.stringify(headers)}`).toBe(status);
          expectSafetyHeaders(res);
          await res.arrayBuffer();
        }
      });
    });

    describe("content codings", () => {
      it("never codes media: identity, no-transform, and the exact stored bytes of a range", async () => {
        const text = new TextEncoder().encode("a".repeat(5000));
        const { tenant, path } = await stored("text/plain", text);
        const res = await send(path, tenant.auth, { headers: { range: "bytes=0-9", "accept-encoding": "gzip, br" } });
        expect(res.status).toBe(206);
        expect(res.headers.get("content-encoding")).toBe("identity");
        expect(res.headers.get("cache-control")).toMatch(/\bno-transform\b/);
        expect(res.headers.get("content-length")).toBe("10");
        expect(await res.text()).toBe("aaaaaaaaaa");
      });
    });

    describe("empty list elements in Range (RFC 9110 §5.6.1)", () => {
      it("answers bytes=0-1, with the two bytes, not the whole file", async () => {
        const bytes = bytesOf(50);
        const { tenant, path } = await stored("audio/wav", bytes);
        for (const range of ["bytes=0-1,", "bytes=, 0-1", "bytes=0-1,,"]) {
          const res = await send(path, tenant.auth, { headers: { range } });
          expect(res.status, range).toBe(206);
          expect(res.headers.get("content-range")).toBe("bytes 0-1/50");
          expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes.slice(0, 2));
        }
      });
    });

    describe("Cache-Control on authenticated JSON", () => {
      it("marks recordings, lists and their errors private or no-store, and admin answers no-store", async () => {
        const tenant = await createTenant();
        const created = await api("/v1/recordings", withJson("POST", {}, tenant.auth));
        expect(created.headers.get("cache-control")).toBe("private");
        const { id } = (await created.json()) as { id: string };
        for (const path of [`/v1/recordings/${id}`, "/v1/recordings", "/v1/recordings?limit=1"]) {
          const res = await send(path, tenant.auth);
          expect(res.status).toBe(200);
          expect(res.headers.get("cache-control"), path).toBe("private");
        }
        const patched = await api(`/v1/recordings/${id}`, withJson("PATCH", { user_id: "u" }, tenant.auth));
        expect(patched.headers.get("cache-control")).toBe("private");
        const missing = await send(`/v1/recordings/${crypto.randomUUID()}`, tenant.auth);
        expect(missing.headers.get("cache-control")).toBe("no-store");
        const account = await api("/v1/admin/accounts", withJson("POST", { name: "x" }, "Bearer test-admin-token"));
        expect(account.status).toBe(201);
        expect(account.headers.get("cache-control")).toBe("no-store");
      });
    });
  });
}
