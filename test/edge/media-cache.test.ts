import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { sliceKey } from "../../src/edge/slice-cache";
import { bytesOf, createRecording, createTenant, downloadUrl, linkPath, trashDirectly, uploaded } from "../helpers";
import { assertConforms } from "../openapi-conformance";

const SLICE = 16 * 1024;
const SIZE = 3 * SLICE + 1000; // three whole slices and a partial one
const app = createApp();

/** Counts the R2 reads of each request. */
function countingBucket(bucket: R2Bucket, reads: { count: number }): R2Bucket {
  return new Proxy(bucket, {
    get(target, name) {
      const value = Reflect.get(target, name);
      if (name === "get") return (...args: Parameters<R2Bucket["get"]>) => ((reads.count += 1), target.get(...args));
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Sends a request through the app with 16 KiB slices (the cache on unless told), after any cache fill it starts. */
async function fetchMedia(path: string, headers: Record<string, string> = {}, { cache = "on", method = "GET" } = {}) {
  const reads = { count: 0 };
  const bindings = { ...env, MEDIA_CACHE: cache, MEDIA_CACHE_SLICE_BYTES: String(SLICE), MEDIA: countingBucket(env.MEDIA, reads) };
  const request = new Request(`http://api.test${path}`, { method, headers: { "x-request-id": "same-request-id", ...headers } });
  const ctx = createExecutionContext();
  const res = await app.fetch(request.clone(), bindings, ctx);
  const bytes = new Uint8Array(await res.clone().arrayBuffer());
  await waitOnExecutionContext(ctx);
  await assertConforms(request, res);
  return { res, bytes, r2Reads: reads.count };
}

async function stored(size = SIZE) {
  const tenant = await createTenant();
  const recording = await createRecording(tenant);
  const bytes = bytesOf(size, 21);
  const media = await uploaded(tenant, recording.id, bytes);
  const link = linkPath((await downloadUrl(tenant, recording.id, { media_id: media.id })).download_url);
  return { tenant, recording, media, bytes, link, path: `/v1/recordings/${recording.id}/media/${media.id}` };
}

/** Every header but the session's bookmark, which names the database's state, not the media. */
function headersOf(res: Response): [string, string][] {
  return [...res.headers].filter(([name]) => name !== "x-d1-bookmark");
}

const RANGES: [string, string, number, number, number][] = [
  // name, Range, first byte, length, slices touched
  ["inside one slice", `bytes=${SLICE + 10}-${SLICE + 1009}`, SLICE + 10, 1000, 1],
  ["across two slices", `bytes=${SLICE - 100}-${SLICE + 99}`, SLICE - 100, 200, 2],
  ["in the last, partial slice", `bytes=${3 * SLICE + 5}-`, 3 * SLICE + 5, 995, 1],
  ["as a suffix across slices", "bytes=-1500", SIZE - 1500, 1500, 2],
  ["over the whole object", "bytes=0-", 0, SIZE, 4],
];

describe("the media slice cache", () => {
  for (const [name, range, first, length, touched] of RANGES) {
    it(`serves a range ${name} byte for byte and header for header as R2 alone does, cold and warm`, async () => {
      const s = await stored();
      const direct = await fetchMedia(s.path, { authorization: s.tenant.auth, range }, { cache: "off" });
      const cold = await fetchMedia(s.path, { authorization: s.tenant.auth, range });
      const warm = await fetchMedia(s.path, { authorization: s.tenant.auth, range });
      expect(direct.res.status).toBe(206);
      expect(direct.bytes).toEqual(s.bytes.subarray(first, first + length));
      for (const served of [cold, warm]) {
        expect(served.res.status).toBe(206);
        expect(served.bytes).toEqual(direct.bytes);
        expect(headersOf(served.res)).toEqual(headersOf(direct.res));
      }
      expect(cold.r2Reads).toBe(touched); // one ranged read per touched slice
      expect(warm.r2Reads).toBe(0);
    });
  }

  it("serves a signed link's repeat seek from the cache with no R2 read, and the whole object the same", async () => {
    const s = await stored();
    const seek = { range: `bytes=${2 * SLICE}-${2 * SLICE + 99}` };
    expect((await fetchMedia(s.link, seek)).r2Reads).toBe(1);
    const again = await fetchMedia(s.link, seek);
    expect(again.r2Reads).toBe(0);
    expect(again.bytes).toEqual(s.bytes.subarray(2 * SLICE, 2 * SLICE + 100));
    await fetchMedia(s.link);
    const whole = await fetchMedia(s.link);
    expect(whole.res.status).toBe(200);
    expect(whole.r2Reads).toBe(0);
    expect(whole.bytes).toEqual(s.bytes);
  });

  it("answers 404 at once for media trashed after it was cached, through a key and through a link", async () => {
    const s = await stored();
    await fetchMedia(s.path, { authorization: s.tenant.auth });
    expect(await caches.default.match(sliceKey({ origin: "http://api.test", sliceBytes: SLICE }, { mediaId: s.media.id, sha256: s.media.sha256 }, 0))).toBeDefined();
    await trashDirectly(s.recording.id);
    const keyed = await fetchMedia(s.path, { authorization: s.tenant.auth, range: "bytes=0-9" });
    const linked = await fetchMedia(s.link, { range: "bytes=0-9" });
    expect([keyed.res.status, linked.res.status]).toEqual([404, 404]);
    expect([keyed.r2Reads, linked.r2Reads]).toEqual([0, 0]);
  });

  it("treats an entry that is corrupt or short as a miss and serves the right bytes", async () => {
    const s = await stored();
    const ref = { mediaId: s.media.id, sha256: s.media.sha256 };
    const key = (i: number) => sliceKey({ origin: "http://api.test", sliceBytes: SLICE }, ref, i);
    const cacheHeaders = { "Cache-Control": "public, max-age=600" };
    // Slice 0: another slice's identity. Slice 1: the right identity, but a body shorter than the slice.
    await caches.default.put(key(0), new Response(new Uint8Array(SLICE), { headers: { ...cacheHeaders, "X-Slice": `${s.media.id}/${s.media.sha256}/9/${SLICE}` } }));
    await caches.default.put(key(1), new Response(s.bytes.slice(SLICE, SLICE + 100), { headers: { ...cacheHeaders, "X-Slice": `${s.media.id}/${s.media.sha256}/1/${SLICE}` } }));
    const served = await fetchMedia(s.path, { authorization: s.tenant.auth, range: `bytes=0-${2 * SLICE - 1}` });
    expect(served.res.status).toBe(206);
    expect(served.bytes).toEqual(s.bytes.subarray(0, 2 * SLICE));
    const again = await fetchMedia(s.path, { authorization: s.tenant.auth, range: `bytes=0-${2 * SLICE - 1}` });
    expect(again.bytes).toEqual(s.bytes.subarray(0, 2 * SLICE));
    expect(again.r2Reads).toBe(0); // both slices were stored again, intact
  });

  it("reads nothing for HEAD, 304 and 416", async () => {
    const s = await stored();
    const auth = { authorization: s.tenant.auth };
    const head = await fetchMedia(s.path, auth, { method: "HEAD" });
    const notModified = await fetchMedia(s.path, { ...auth, "if-none-match": `"${s.media.sha256}"` });
    const unsatisfiable = await fetchMedia(s.path, { ...auth, range: `bytes=${SIZE}-` });
    expect([head.res.status, notModified.res.status, unsatisfiable.res.status]).toEqual([200, 304, 416]);
    expect([head.r2Reads, notModified.r2Reads, unsatisfiable.r2Reads]).toEqual([0, 0, 0]);
    expect(await caches.default.match(sliceKey({ origin: "http://api.test", sliceBytes: SLICE }, { mediaId: s.media.id, sha256: s.media.sha256 }, 0))).toBeUndefined();
  });
});
