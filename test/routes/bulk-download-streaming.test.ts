import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { READ_AHEAD_BYTES, READ_CHUNK_BYTES } from "../../src/zip/zip-stream";
import { createTenant, expectError, recordingsWithMedia, withJson } from "../helpers";
import { readAll } from "../zip-reader";

/**
 * The real R2 binding, counting gets, the body bytes read through it and bodies cancelled by their
 * reader; reads fail past `failAfter` bytes.
 */
function countingBucket(bucket: R2Bucket, failAfter = Infinity) {
  const counts = { gets: 0, bytes: 0, cancelled: 0 };
  const wrapped = new Proxy(bucket, {
    get(target, name) {
      if (name !== "get") {
        const value = Reflect.get(target, name);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return async (key: string, options?: R2GetOptions) => {
        counts.gets++;
        const object = await target.get(key, options);
        if (!object) return object;
        const meter = new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            counts.bytes += chunk.byteLength;
            if (counts.bytes > failAfter) throw new Error("R2: injected read failure");
            controller.enqueue(chunk);
          },
          cancel() {
            counts.cancelled++;
          },
        });
        // The archive reads only the body of what `get` returns.
        return { key: object.key, size: object.size, body: object.body.pipeThrough(meter) } as unknown as R2ObjectBody;
      };
    },
  });
  return { bucket: wrapped, counts };
}

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

describe("archives the ZIP format cannot hold", () => {
  it("refuses an archive over 4 GiB with 413 BULK_DOWNLOAD_TOO_LARGE before reading any media", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 2, 100);
    // Sizes as an R2 object past the ZIP32 limit would record them; nothing that large is stored here.
    await env.DB.prepare("UPDATE media SET byte_size = ?2 WHERE recording_id = ?1").bind(ids[0], 3 * 2 ** 30).run();
    await env.DB.prepare("UPDATE media SET byte_size = ?2 WHERE recording_id = ?1").bind(ids[1], 2 ** 30).run();
    const { bucket, counts } = countingBucket(env.MEDIA);
    const res = await fetchWith({ ...env, MEDIA: bucket }, "/v1/recordings/bulk-download", withJson("POST", { recording_ids: ids }, tenant.auth));
    const error = await expectError(res, 413, "BULK_DOWNLOAD_TOO_LARGE");
    expect(error.message).toMatch(/4 GiB/);
    expect(counts.gets).toBe(0);
  });

  it("still zips an archive just under the limit (HEAD, so nothing is read)", async () => {
    const tenant = await createTenant();
    const [id] = await recordingsWithMedia(tenant, 1, 100);
    await env.DB.prepare("UPDATE media SET byte_size = ?2 WHERE recording_id = ?1").bind(id, 4 * 2 ** 30 - 10_000).run();
    const res = await fetchWith(env, `/v1/recordings/download?recording_ids=${id}`, { method: "HEAD", headers: { authorization: tenant.auth } });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get("content-length"))).toBeLessThan(2 ** 32);
  });
});
