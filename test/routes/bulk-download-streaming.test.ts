import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { READ_AHEAD_BYTES, READ_CHUNK_BYTES } from "../../src/zip/zip-stream";
import { createTenant, recordingsWithMedia, withJson } from "../helpers";
import { countingBucket } from "../counting-bucket";
import { readAll } from "../zip-reader";

const app = createApp();

function fetchWith(bindings: Env, path: string, init: RequestInit) {
  return app.fetch(new Request(`http://api.test${path}`, init), bindings, createExecutionContext());
}


const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("streaming a bulk ZIP", () => {
  it("answers HEAD with the GET's headers and length, without reading R2", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 2, 5000);
    const { bucket, counts } = countingBucket(env.MEDIA);
    const path = `/v1/recordings/download?recording_ids=${ids.join(",")}`;
    const head = await fetchWith({ ...env, MEDIA: bucket }, path, { method: "HEAD", headers: { authorization: tenant.auth } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(counts).toEqual({ gets: 0, bytes: 0, cancelled: 0 });
    const get = await fetchWith({ ...env, MEDIA: bucket }, path, { headers: { authorization: tenant.auth } });
    const zip = await readAll(get.body!);
    for (const name of ["content-type", "content-length", "content-disposition", "cache-control"]) {
      expect(head.headers.get(name)).toBe(get.headers.get(name));
    }
    expect(Number(head.headers.get("content-length"))).toBe(zip.byteLength);
    expect(counts.gets).toBe(2);
  });

  it("reads R2 only a bounded distance ahead of a client that does not read, and stops when it cancels", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 2, 2 * READ_AHEAD_BYTES);
    const { bucket, counts } = countingBucket(env.MEDIA);
    const res = await fetchWith({ ...env, MEDIA: bucket }, "/v1/recordings/bulk-download", withJson("POST", { recording_ids: ids }, tenant.auth));
    expect(res.status).toBe(200);
    await settle();
    // The client has read nothing: the Worker holds at most its read-ahead (and one read in flight).
    expect(counts.bytes).toBeLessThanOrEqual(READ_AHEAD_BYTES + READ_CHUNK_BYTES);
    const reader = res.body!.getReader();
    for (let received = 0; received < 300_000; ) received += (await reader.read()).value?.byteLength ?? 0;
    await reader.cancel("client went away");
    await settle();
    const after = { ...counts };
    await settle();
    expect(counts).toEqual(after);
    expect(counts.gets).toBe(1);
    expect(counts.cancelled).toBe(1);
    expect(counts.bytes).toBeLessThan(2 * READ_AHEAD_BYTES);
  });

  it("errors the download when an R2 read fails part-way, so it never looks complete", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 2, 600_000);
    const { bucket } = countingBucket(env.MEDIA, 700_000);
    const res = await fetchWith({ ...env, MEDIA: bucket }, "/v1/recordings/bulk-download", withJson("POST", { recording_ids: ids }, tenant.auth));
    expect(res.status).toBe(200);
    await expect(readAll(res.body!)).rejects.toThrow("injected read failure");
  });

  it("errors the download when a media object is missing from R2", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 2, 1000);
    const row = await env.DB.prepare("SELECT r2_key FROM media WHERE recording_id = ?1").bind(ids[1]).first<{ r2_key: string }>();
    await env.MEDIA.delete(row!.r2_key);
    const res = await fetchWith(env, "/v1/recordings/bulk-download", withJson("POST", { recording_ids: ids }, tenant.auth));
    expect(res.status).toBe(200);
    await expect(readAll(res.body!)).rejects.toThrow(/missing/);
  });
});

describe("archives past 4 GiB", () => {
  /** Two recordings whose media D1 records as 3 GiB and 1 GiB (nothing that large is stored here). */
  async function hugeArchive() {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 2, 100);
    await env.DB.prepare("UPDATE media SET byte_size = ?2 WHERE recording_id = ?1").bind(ids[0], 3 * 2 ** 30).run();
    await env.DB.prepare("UPDATE media SET byte_size = ?2 WHERE recording_id = ?1").bind(ids[1], 2 ** 30).run();
    return { tenant, path: `/v1/recordings/download?recording_ids=${ids.join(",")}` };
  }

  it("are planned with ZIP64 instead of refused: HEAD gives the exact length, reading nothing", async () => {
    const { tenant, path } = await hugeArchive();
    const { bucket, counts } = countingBucket(env.MEDIA);
    const res = await fetchWith({ ...env, MEDIA: bucket }, path, { method: "HEAD", headers: { authorization: tenant.auth } });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get("content-length"))).toBeGreaterThan(4 * 2 ** 30);
    expect(counts.gets).toBe(0);
  });

  it("end in the ZIP64 end record and locator, served from a range without reading any media", async () => {
    const { tenant, path } = await hugeArchive();
    const { bucket, counts } = countingBucket(env.MEDIA);
    const res = await fetchWith({ ...env, MEDIA: bucket }, path, { headers: { authorization: tenant.auth, range: "bytes=-98" } });
    expect(res.status).toBe(206);
    const tail = new DataView((await readAll(res.body!)).buffer);
    const length = Number(/\/(\d+)$/.exec(res.headers.get("content-range")!)![1]);
    expect([tail.getUint32(0, true), tail.getUint32(56, true), tail.getUint32(76, true)]).toEqual([0x06064b50, 0x07064b50, 0x06054b50]);
    expect(Number(tail.getBigUint64(32, true))).toBe(3); // entries: the manifest and the two media
    const [cdSize, cdOffset] = [Number(tail.getBigUint64(40, true)), Number(tail.getBigUint64(48, true))];
    expect(cdOffset).toBeGreaterThan(4 * 2 ** 30);
    expect(cdOffset + cdSize + 98).toBe(length);
    expect(counts.gets).toBe(0);
  });
});
