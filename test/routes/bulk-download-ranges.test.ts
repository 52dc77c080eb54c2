import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import type { MediaRow } from "../../src/db/media";
import { archiveMediaOpener } from "../../src/media/archive-source";
import { BufferPool } from "../../src/zip/chunk-source";
import { BulkDownloadUrlResponseSchema } from "../../src/schemas/bulk-download";
import { countingBucket } from "../counting-bucket";
import { api, createTenant, expectError, linkPath, recordingsWithMedia, send, trashDirectly, withJson, type Tenant } from "../helpers";
import { readAll, unzipped } from "../zip-reader";

const app = createApp();

/** Through the app with the R2 binding counted (no OpenAPI check: `api` does that for the others). */
function counted(path: string, headers: Record<string, string>, method = "GET") {
  const { bucket, counts } = countingBucket(env.MEDIA);
  const request = new Request(`http://api.test${path}`, { method, headers });
  const response = app.fetch(request, { ...env, MEDIA: bucket }, createExecutionContext());
  return { response, counts };
}

async function archive(tenant: Tenant, count = 3, size = 300_000) {
  const ids = await recordingsWithMedia(tenant, count, size);
  const path = `/v1/recordings/download?recording_ids=${ids.join(",")}`;
  const whole = await api(path, { headers: { authorization: tenant.auth } });
  expect(whole.status).toBe(200);
  return { ids, path, etag: whole.headers.get("etag")!, headers: whole.headers, zip: await readAll(whole.body!) };
}

describe("ranges on the GET form of a bulk ZIP", () => {
  it("advertises byte ranges and a strong ETag, and answers a range with exactly that slice of the whole", async () => {
    const tenant = await createTenant();
    const { path, etag, headers, zip } = await archive(tenant);
    expect(headers.get("accept-ranges")).toBe("bytes");
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const size = zip.byteLength;
    for (const [range, from, to] of [
      ["bytes=0-99", 0, 99], ["bytes=10-", 10, size - 1], ["bytes=-500", size - 500, size - 1],
      [`bytes=300000-${size + 1000}`, 300_000, size - 1], ["bytes=31-31", 31, 31],
    ] as const) {
      const res = await api(path, { headers: { authorization: tenant.auth, range } });
      expect(res.status, range).toBe(206);
      expect(res.headers.get("content-range")).toBe(`bytes ${from}-${to}/${size}`);
      expect(res.headers.get("content-length")).toBe(String(to - from + 1));
      expect(res.headers.get("etag")).toBe(etag);
      expect(await readAll(res.body!)).toEqual(zip.subarray(from, to + 1));
    }
  });

  it("reads from R2 only the media bytes inside the range, one ranged read per entry it touches", async () => {
    const tenant = await createTenant();
    const { path, zip } = await archive(tenant, 3, 300_000);
    const auth = { authorization: tenant.auth };
    // From inside the first media entry's data to inside the second's, across the second's header.
    const start = 200_000;
    const end = 500_000;
    const inside = counted(path, { ...auth, range: `bytes=${start}-${end}` });
    const res = await inside.response;
    expect(await readAll(res.body!)).toEqual(zip.subarray(start, end + 1));
    expect(inside.counts.gets).toBe(2);
    expect(inside.counts.bytes).toBeLessThan(end - start + 1);
    expect(inside.counts.bytes).toBeGreaterThan(end - start + 1 - 200);
    // The central directory and the end: generated, nothing read.
    const tail = counted(path, { ...auth, range: "bytes=-300" });
    expect(await readAll((await tail.response).body!)).toEqual(zip.subarray(zip.byteLength - 300));
    expect(tail.counts).toEqual({ gets: 0, bytes: 0, cancelled: 0 });
  });

  it("answers a range past the end with 416 and bytes */size, and several ranges with the whole archive", async () => {
    const tenant = await createTenant();
    const { path, zip } = await archive(tenant, 1, 1000);
    const beyond = await api(path, { headers: { authorization: tenant.auth, range: `bytes=${zip.byteLength}-` } });
    await expectError(beyond, 416, "RANGE_NOT_SATISFIABLE");
    expect(beyond.headers.get("content-range")).toBe(`bytes */${zip.byteLength}`);
    const several = await api(path, { headers: { authorization: tenant.auth, range: "bytes=0-1,5-9" } });
    expect(several.status).toBe(200);
    expect(await readAll(several.body!)).toEqual(zip);
  });

  it("answers If-None-Match with 304, a failed If-Match with 412, and HEAD whole and without reading R2", async () => {
    const tenant = await createTenant();
    const { path, etag, zip } = await archive(tenant, 1, 1000);
    const auth = { authorization: tenant.auth };
    const notModified = await api(path, { headers: { ...auth, "if-none-match": etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(etag);
    await expectError(await api(path, { headers: { ...auth, "if-match": '"other"' } }), 412, "PRECONDITION_FAILED");
    const matched = await api(path, { headers: { ...auth, "if-match": etag, range: "bytes=0-9" } });
    expect(matched.status).toBe(206);
    const head = counted(path, { ...auth, range: "bytes=0-9" }, "HEAD");
    const res = await head.response;
    expect([res.status, res.headers.get("content-length"), res.headers.get("etag")]).toEqual([200, String(zip.byteLength), etag]);
    expect(head.counts.gets).toBe(0);
  });

  it("gives the whole new archive (200) to an If-Range whose ETag went stale when a recording was trashed", async () => {
    const tenant = await createTenant();
    const { ids, path, etag, zip } = await archive(tenant, 3, 2000);
    const still = await api(path, { headers: { authorization: tenant.auth, range: "bytes=100-", "if-range": etag } });
    expect(still.status).toBe(206);
    await still.body?.cancel();
    await trashDirectly(ids[1]!);
    const after = await api(path, { headers: { authorization: tenant.auth, range: "bytes=100-", "if-range": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const fresh = await readAll(after.body!);
    expect(fresh.byteLength).toBeLessThan(zip.byteLength);
    expect(Object.keys(unzipped(fresh))).toHaveLength(3); // the manifest and two recordings
  });

  it("keeps the POST form 200-only: no ETag, no ranges", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 1, 1000);
    const init = withJson("POST", { recording_ids: ids }, tenant.auth);
    const res = await api("/v1/recordings/bulk-download", { ...init, headers: { ...(init.headers as Record<string, string>), range: "bytes=0-9" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("accept-ranges")).toBeNull();
    expect(res.headers.get("etag")).toBeNull();
    expect((await readAll(res.body!)).byteLength).toBe(Number(res.headers.get("content-length")));
  });
});

describe("ranges through a signed ZIP link", () => {
  it("resume the same archive: 206 slices that join into the whole, readable from any origin", async () => {
    const tenant = await createTenant();
    const { ids, etag, zip } = await archive(tenant, 2, 5000);
    const made = await api("/v1/recordings/bulk-download-url", withJson("POST", { recording_ids: ids }, tenant.auth));
    const link = linkPath(BulkDownloadUrlResponseSchema.parse(await made.json()).download_url);
    const cut = 4321;
    const first = await send(link, undefined, { headers: { range: `bytes=0-${cut - 1}` } });
    const rest = await send(link, undefined, { headers: { range: `bytes=${cut}-`, "if-range": etag } });
    expect([first.status, rest.status]).toEqual([206, 206]);
    expect(rest.headers.get("etag")).toBe(etag);
    expect(rest.headers.get("access-control-allow-origin")).toBe("*");
    const joined = new Uint8Array([...(await readAll(first.body!)), ...(await readAll(rest.body!))]);
    expect(joined).toEqual(zip);
  });
});

describe("reading an entry's media from R2", () => {
  it("reads a long part in windows, one ranged read each, exactly the bytes asked for", async () => {
    const tenant = await createTenant();
    const [id] = await recordingsWithMedia(tenant, 1, 300_000);
    const media = await env.DB.prepare("SELECT * FROM media WHERE recording_id = ?1").bind(id).first<MediaRow>();
    const { bucket, counts } = countingBucket(env.MEDIA);
    const source = await archiveMediaOpener(bucket, 100_000)(media!, { offset: 12_345, length: 250_000 }, new BufferPool(64 * 1024));
    const parts: Uint8Array[] = [];
    for (let chunk = await source.read(64 * 1024); chunk; chunk = await source.read(64 * 1024)) parts.push(chunk.slice());
    const whole = new Uint8Array(await (await env.MEDIA.get(media!.r2_key))!.arrayBuffer());
    expect(new Uint8Array(Buffer.concat(parts))).toEqual(whole.subarray(12_345, 262_345));
    expect(counts).toMatchObject({ gets: 3, bytes: 250_000 });
  });
});
