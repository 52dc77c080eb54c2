import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { sliceKey } from "../../src/edge/slice-cache";
import { sliceBytesFrom } from "../../src/edge/slices";
import { formatHttpDate } from "../../src/http/http-date";
import { MediaSchema, type Media } from "../../src/schemas/recording";
import {
  addKey,
  admin,
  api,
  basic,
  bytesOf,
  createRecording,
  createTenant,
  expectError,
  recordingObjectPrefix,
  responseBytes,
  trashDirectly,
  uploaded,
  uploadMedia,
  warmMediaCache,
  type Tenant,
} from "../helpers";

const SIZE = 1000;

interface Served {
  tenant: Tenant;
  recordingId: string;
  media: Media;
  bytes: Uint8Array;
  /** The media item's own path. */
  path: string;
  /** The recording's primary media path. */
  primary: string;
}

/** Whether each media item's slices are cached before a test's requests (the warm run of the suite). */
let warmCache = false;

/** A fresh tenant and complete recording with one audio item of `size` bytes (its slices cached in the warm run). */
async function servedMedia(size = SIZE, contentType = "audio/wav"): Promise<Served> {
  const tenant = await createTenant();
  const recording = await createRecording(tenant);
  const bytes = bytesOf(size, 13);
  const media = await uploaded(tenant, recording.id, bytes, contentType);
  if (warmCache) await warmMediaCache(`/v1/recordings/${recording.id}/media/${media.id}`, tenant.auth, media);
  return {
    tenant,
    recordingId: recording.id,
    media,
    bytes,
    path: `/v1/recordings/${recording.id}/media/${media.id}`,
    primary: `/v1/recordings/${recording.id}/media`,
  };
}

function get(s: Served, headers: Record<string, string> = {}, path = s.path, method = "GET"): Promise<Response> {
  return api(path, { method, headers: { authorization: s.tenant.auth, ...headers } });
}

const etagOf = (media: Media) => `"${media.sha256}"`;
const lastModifiedOf = (media: Media) => formatHttpDate(new Date(media.created_at));
const secondsBefore = (media: Media, seconds: number) => formatHttpDate(new Date(Date.parse(media.created_at) - seconds * 1000));

/** A 200 with the whole representation and every header section 7 asks for. */
async function expectFull(res: Response, s: Served): Promise<void> {
  expect(res.status).toBe(200);
  expect(res.headers.get("accept-ranges")).toBe("bytes");
  expect(res.headers.get("content-range")).toBeNull();
  expect(res.headers.get("content-length")).toBe(String(s.bytes.byteLength));
  expect(res.headers.get("etag")).toBe(etagOf(s.media));
  expect(await responseBytes(res)).toEqual(s.bytes);
}

/** A 206 with exactly bytes first..last. */
async function expectPartial(res: Response, s: Served, first: number, last: number): Promise<void> {
  expect(res.status).toBe(206);
  expect(res.headers.get("content-range")).toBe(`bytes ${first}-${last}/${s.bytes.byteLength}`);
  expect(res.headers.get("content-length")).toBe(String(last - first + 1));
  expect(res.headers.get("accept-ranges")).toBe("bytes");
  expect(await responseBytes(res)).toEqual(s.bytes.slice(first, last + 1));
}

/** A 304 with validators and no body. */
async function expectNotModified(res: Response, s: Served): Promise<void> {
  expect(res.status).toBe(304);
  expect(res.headers.get("etag")).toBe(etagOf(s.media));
  expect(res.headers.get("last-modified")).toBe(lastModifiedOf(s.media));
  expect((await responseBytes(res)).byteLength).toBe(0);
}

// Section 7 twice: with every media item first served from R2 (cold), and with its slices already cached (warm).
for (const cache of ["cold", "warm"] as const) {
  describe(`with a ${cache} media cache`, () => {
    beforeAll(() => {
      warmCache = cache === "warm";
    });

    describe("GET /v1/recordings/{id}/media/{media_id}", () => {
      describe("the whole representation", () => {
        it("answers 200 with the bytes and Accept-Ranges, ETag, Last-Modified, Content-Type, Content-Length", async () => {
          const s = await servedMedia();
          const res = await get(s);
          expect(res.headers.get("content-type")).toBe("audio/wav");
          expect(res.headers.get("last-modified")).toBe(lastModifiedOf(s.media));
          await expectFull(res, s);
        });

        it("uses the media's SHA-256 as a strong ETag", async () => {
          const s = await servedMedia();
          const res = await get(s);
          expect(res.headers.get("etag")).toMatch(/^"[0-9a-f]{64}"$/);
          expect(res.headers.get("etag")).toBe(`"${s.media.sha256}"`);
        });

        it("serves the Content-Type that was stored, parameters included", async () => {
          const tenant = await createTenant();
          const recording = await createRecording(tenant);
          const res = await uploadMedia(tenant, recording.id, bytesOf(20), { contentType: 'audio/ogg; codecs="opus"' });
          const media = MediaSchema.parse(await res.json());
          const served = await api(`/v1/recordings/${recording.id}/media/${media.id}`, { headers: { authorization: tenant.auth } });
          expect(served.status).toBe(200);
          expect(served.headers.get("content-type")).toBe('audio/ogg; codecs="opus"');
        });

        it("marks authenticated responses Cache-Control: private", async () => {
          const s = await servedMedia();
          const res = await get(s);
          expect(res.headers.get("cache-control")).toBe("private, no-transform");
          expect(res.headers.get("x-content-type-options")).toBe("nosniff");
        });

        it("is inline by default, with a safe filename and a UTF-8 filename*", async () => {
          const tenant = await createTenant();
          const recording = await createRecording(tenant);
          const res = await uploadMedia(tenant, recording.id, bytesOf(20), { query: `?filename=${encodeURIComponent("réunion.wav")}` });
          const media = MediaSchema.parse(await res.json());
          const served = await api(`/v1/recordings/${recording.id}/media/${media.id}`, { headers: { authorization: tenant.auth } });
          expect(served.headers.get("content-disposition")).toBe(`inline; filename="r_union.wav"; filename*=UTF-8''r%C3%A9union.wav`);
        });

        it("is an attachment with ?disposition=attachment", async () => {
          const s = await servedMedia();
          const res = await get(s, {}, `${s.path}?disposition=attachment`);
          expect(res.status).toBe(200);
          const name = `${s.media.id}.wav`;
          expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
        });

        it("answers 422 for a disposition that is neither inline nor attachment", async () => {
          const s = await servedMedia();
          const body = await expectError(await get(s, {}, `${s.path}?disposition=download`), 422, "VALIDATION_ERROR");
          expect(body.details?.[0]?.loc).toEqual(["query", "disposition"]);
        });

        it("names every bad part of a request at once: a malformed media id and a bad disposition", async () => {
          const s = await servedMedia();
          const path = `/v1/recordings/${s.recordingId}/media/not-a-uuid?disposition=download`;
          const body = await expectError(await get(s, {}, path), 422, "VALIDATION_ERROR");
          expect(body.details?.map((d) => d.loc)).toEqual([["path", "media_id"], ["query", "disposition"]]);
        });

        it("serves a media item of any kind by its id", async () => {
          const tenant = await createTenant();
          const recording = await createRecording(tenant);
          const image = await uploaded(tenant, recording.id, bytesOf(30, 4), "image/png");
          const res = await api(`/v1/recordings/${recording.id}/media/${image.id}`, { headers: { authorization: tenant.auth } });
          expect(res.status).toBe(200);
          expect(res.headers.get("content-type")).toBe("image/png");
          expect(await responseBytes(res)).toEqual(bytesOf(30, 4));
        });
      });

      describe("one byte range", () => {
        it("answers 206 with Content-Range and exactly the bytes of a closed range", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=100-199" }), s, 100, 199);
        });

        it("answers a one-byte range", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=0-0" }), s, 0, 0);
        });

        it("answers a suffix range with the last bytes", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=-100" }), s, 900, 999);
        });

        it("answers a suffix longer than the media with all of it as a 206", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=-5000" }), s, 0, 999);
        });

        it("answers an open-ended range up to the last byte", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=950-" }), s, 950, 999);
        });

        it("clamps an end past the size to the last byte", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=990-5000" }), s, 990, 999);
        });

        it("reads the unit case-insensitively", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "Bytes=10-19" }), s, 10, 19);
        });

        it("clamps a huge last-pos exactly instead of overflowing", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=0-99999999999999999999999" }), s, 0, 999);
        });

        it("answers a huge suffix length with the whole media as a 206", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=-99999999999999999999" }), s, 0, 999);
        });

        it("answers 416 with Content-Range bytes */size and the JSON error for a start at the size", async () => {
          const s = await servedMedia();
          const res = await get(s, { range: "bytes=1000-" });
          await expectError(res, 416, "RANGE_NOT_SATISFIABLE");
          expect(res.headers.get("content-range")).toBe("bytes */1000");
        });

        it("answers 416 for a huge first-pos rather than overflowing into range", async () => {
          const s = await servedMedia();
          const res = await get(s, { range: "bytes=99999999999999999999-" });
          await expectError(res, 416, "RANGE_NOT_SATISFIABLE");
          expect(res.headers.get("content-range")).toBe("bytes */1000");
        });

        it("answers 416 for a zero-length suffix", async () => {
          const s = await servedMedia();
          const res = await get(s, { range: "bytes=-0" });
          await expectError(res, 416, "RANGE_NOT_SATISFIABLE");
          expect(res.headers.get("content-range")).toBe("bytes */1000");
        });

        it.each([
          ["a malformed range", "bytes=abc"],
          ["a range whose end is before its start", "bytes=500-100"],
          ["a range with no positions", "bytes=-"],
          ["a range without =", "bytes 0-99"],
          ["a negative position", "bytes=-5-10"],
          ["an unknown unit", "items=0-99"],
          ["several ranges", "bytes=0-9,20-29"],
          ["several ranges, one unsatisfiable", "bytes=0-9,5000-6000"],
          ["an empty value", ""],
        ])("answers %s with the whole media and 200", async (_what, range) => {
          const s = await servedMedia();
          await expectFull(await get(s, { range }), s);
        });
      });

      describe("a 0-byte media item", () => {
        it("answers 200 with Content-Length 0 and no bytes", async () => {
          const s = await servedMedia(0);
          const res = await get(s);
          await expectFull(res, s);
          expect(res.headers.get("content-length")).toBe("0");
        });

        it("answers 416 bytes */0 for any first-pos", async () => {
          const s = await servedMedia(0);
          const res = await get(s, { range: "bytes=0-" });
          await expectError(res, 416, "RANGE_NOT_SATISFIABLE");
          expect(res.headers.get("content-range")).toBe("bytes */0");
        });

        it("answers a suffix range with the whole (empty) media, since no Content-Range can express it", async () => {
          const s = await servedMedia(0);
          await expectFull(await get(s, { range: "bytes=-10" }), s);
        });
      });

      describe("If-None-Match and If-Modified-Since", () => {
        it("answers 304 with the validators and no body when If-None-Match names the ETag", async () => {
          const s = await servedMedia();
          const res = await get(s, { "if-none-match": etagOf(s.media) });
          await expectNotModified(res, s);
          expect(res.headers.get("cache-control")).toBe("private, no-transform");
        });

        it("answers 304 when the ETag is one of a list", async () => {
          const s = await servedMedia();
          await expectNotModified(await get(s, { "if-none-match": `"other", ${etagOf(s.media)} ,"more"` }), s);
        });

        it("compares weakly, so W/ of the ETag answers 304", async () => {
          const s = await servedMedia();
          await expectNotModified(await get(s, { "if-none-match": `W/${etagOf(s.media)}` }), s);
        });

        it("answers 304 for If-None-Match: *", async () => {
          const s = await servedMedia();
          await expectNotModified(await get(s, { "if-none-match": "*" }), s);
        });

        it("answers 200 when If-None-Match names other tags", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { "if-none-match": `"other", W/"${"0".repeat(64)}"` }), s);
        });

        it("does not match the ETag without its quotes", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { "if-none-match": s.media.sha256 }), s);
        });

        it("answers 304 for If-Modified-Since at Last-Modified and 200 for a second before it", async () => {
          const s = await servedMedia();
          await expectNotModified(await get(s, { "if-modified-since": lastModifiedOf(s.media) }), s);
          await expectFull(await get(s, { "if-modified-since": secondsBefore(s.media, 1) }), s);
        });

        it("lets a non-matching If-None-Match win over an If-Modified-Since that would give 304", async () => {
          const s = await servedMedia();
          const res = await get(s, { "if-none-match": '"other"', "if-modified-since": lastModifiedOf(s.media) });
          await expectFull(res, s);
        });

        it("lets a matching If-None-Match win over an If-Modified-Since that would give 200", async () => {
          const s = await servedMedia();
          const res = await get(s, { "if-none-match": etagOf(s.media), "if-modified-since": secondsBefore(s.media, 3600) });
          await expectNotModified(res, s);
        });

        it("answers 304 rather than 206 when a Range comes with a matching If-None-Match", async () => {
          const s = await servedMedia();
          await expectNotModified(await get(s, { "if-none-match": etagOf(s.media), range: "bytes=0-9" }), s);
        });
      });

      describe("If-Match and If-Unmodified-Since", () => {
        it("answers 412 PRECONDITION_FAILED when If-Match names another ETag", async () => {
          const s = await servedMedia();
          await expectError(await get(s, { "if-match": '"other"' }), 412, "PRECONDITION_FAILED");
        });

        it("compares If-Match strongly, so W/ of the ETag fails", async () => {
          const s = await servedMedia();
          await expectError(await get(s, { "if-match": `W/${etagOf(s.media)}` }), 412, "PRECONDITION_FAILED");
        });

        it("serves the media when If-Match names the ETag or is *", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { "if-match": `"x", ${etagOf(s.media)}` }), s);
          await expectFull(await get(s, { "if-match": "*" }), s);
        });

        it("answers 412 when If-Unmodified-Since is before Last-Modified", async () => {
          const s = await servedMedia();
          await expectError(await get(s, { "if-unmodified-since": secondsBefore(s.media, 86_400) }), 412, "PRECONDITION_FAILED");
        });

        it("serves the media when If-Unmodified-Since is Last-Modified itself", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { "if-unmodified-since": lastModifiedOf(s.media) }), s);
        });

        it("ignores If-Unmodified-Since when If-Match is present and passes", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { "if-match": etagOf(s.media), "if-unmodified-since": secondsBefore(s.media, 86_400) }), s);
        });
      });

      describe("If-Range", () => {
        it("honours the Range when If-Range names the ETag", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=0-9", "if-range": etagOf(s.media) }), s, 0, 9);
        });

        it("sends the whole media when If-Range names another ETag", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { range: "bytes=0-9", "if-range": '"other"' }), s);
        });

        it("sends the whole media when If-Range holds a weak ETag, even the current one", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { range: "bytes=0-9", "if-range": `W/${etagOf(s.media)}` }), s);
        });

        it("honours the Range when If-Range is exactly the Last-Modified date", async () => {
          const s = await servedMedia();
          await expectPartial(await get(s, { range: "bytes=10-19", "if-range": lastModifiedOf(s.media) }), s, 10, 19);
        });

        it("sends the whole media when If-Range is another date", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { range: "bytes=10-19", "if-range": secondsBefore(s.media, 1) }), s);
        });

        it("sends the whole media rather than 416 when If-Range fails on an unsatisfiable range", async () => {
          const s = await servedMedia();
          await expectFull(await get(s, { range: "bytes=5000-", "if-range": '"other"' }), s);
        });
      });

      describe("malformed conditional headers", () => {
        it.each([
          ["an unterminated If-None-Match", { "if-none-match": '"abc' }],
          ["an If-None-Match without quotes", { "if-none-match": "abc, def" }],
          ["a non-date If-Modified-Since", { "if-modified-since": "yesterday" }],
          ["an impossible If-Modified-Since", { "if-modified-since": "Mon, 31 Feb 2025 00:00:00 GMT" }],
          ["a non-date If-Unmodified-Since", { "if-unmodified-since": "0" }],
          ["a non-date If-Range with a Range", { "if-range": "soon", range: "bytes=0-9" }],
          ["an unterminated If-Range with a Range", { "if-range": '"abc', range: "bytes=0-9" }],
          ["a very long If-None-Match", { "if-none-match": `"${"a".repeat(5000)}` }],
        ])("ignores %s and answers 200", async (_what, headers: Record<string, string>) => {
          const s = await servedMedia();
          await expectFull(await get(s, headers), s);
        });

        it.each([['"abc'], ["garbage"], ["W/"], [","]])("treats the malformed If-Match %s as matching nothing: 412", async (value) => {
          const s = await servedMedia();
          await expectError(await get(s, { "if-match": value }), 412, "PRECONDITION_FAILED");
        });
      });

      describe("HEAD", () => {
        it("answers with the same headers as GET and no body", async () => {
          const s = await servedMedia();
          const res = await get(s, {}, s.path, "HEAD");
          expect(res.status).toBe(200);
          expect(res.headers.get("content-length")).toBe(String(SIZE));
          expect(res.headers.get("content-type")).toBe("audio/wav");
          expect(res.headers.get("accept-ranges")).toBe("bytes");
          expect(res.headers.get("etag")).toBe(etagOf(s.media));
          expect(res.headers.get("last-modified")).toBe(lastModifiedOf(s.media));
          expect(res.headers.get("content-disposition")).toMatch(/^inline; /);
          expect(res.headers.get("cache-control")).toBe("private, no-transform");
          expect((await responseBytes(res)).byteLength).toBe(0);
        });

        it("ignores Range", async () => {
          const s = await servedMedia();
          const res = await get(s, { range: "bytes=0-9" }, s.path, "HEAD");
          expect(res.status).toBe(200);
          expect(res.headers.get("content-range")).toBeNull();
          expect(res.headers.get("content-length")).toBe(String(SIZE));
          expect((await responseBytes(res)).byteLength).toBe(0);
        });

        it("ignores even an unsatisfiable Range", async () => {
          const s = await servedMedia();
          const res = await get(s, { range: "bytes=5000-" }, s.path, "HEAD");
          expect(res.status).toBe(200);
        });

        it("answers 304 to a matching If-None-Match", async () => {
          const s = await servedMedia();
          await expectNotModified(await get(s, { "if-none-match": etagOf(s.media) }, s.path, "HEAD"), s);
        });

        it("answers 412 to a failing If-Match", async () => {
          const s = await servedMedia();
          const res = await get(s, { "if-match": '"other"' }, s.path, "HEAD");
          expect(res.status).toBe(412);
        });

        it("serves the primary media's headers too", async () => {
          const s = await servedMedia();
          const res = await get(s, {}, s.primary, "HEAD");
          expect(res.status).toBe(200);
          expect(res.headers.get("etag")).toBe(etagOf(s.media));
          expect(res.headers.get("content-length")).toBe(String(SIZE));
        });
      });

      describe("which media and whose", () => {
        it("answers 404 MEDIA_NOT_FOUND for an unknown media id", async () => {
          const s = await servedMedia();
          await expectError(await get(s, {}, `/v1/recordings/${s.recordingId}/media/${crypto.randomUUID()}`), 404, "MEDIA_NOT_FOUND");
        });

        it("answers 404 MEDIA_NOT_FOUND for a media id of another recording of the same account", async () => {
          const s = await servedMedia();
          const other = await createRecording(s.tenant);
          await expectError(await get(s, {}, `/v1/recordings/${other.id}/media/${s.media.id}`), 404, "MEDIA_NOT_FOUND");
        });

        it("answers 404 RECORDING_NOT_FOUND for an unknown recording", async () => {
          const s = await servedMedia();
          await expectError(await get(s, {}, `/v1/recordings/${crypto.randomUUID()}/media/${s.media.id}`), 404, "RECORDING_NOT_FOUND");
          await expectError(await get(s, {}, `/v1/recordings/${crypto.randomUUID()}/media`), 404, "RECORDING_NOT_FOUND");
        });

        it("answers another account 404 RECORDING_NOT_FOUND, as if the recording did not exist", async () => {
          const s = await servedMedia();
          const intruder = await createTenant();
          const asIntruder = { ...s, tenant: intruder };
          await expectError(await get(asIntruder), 404, "RECORDING_NOT_FOUND");
          await expectError(await get(asIntruder, {}, s.primary), 404, "RECORDING_NOT_FOUND");
          await expectError(await get(asIntruder, { range: "bytes=0-9" }), 404, "RECORDING_NOT_FOUND");
        });

        it("answers 404 RECORDING_NOT_FOUND for the media of a recording in the trash", async () => {
          const s = await servedMedia();
          await trashDirectly(s.recordingId);
          await expectError(await get(s), 404, "RECORDING_NOT_FOUND");
          await expectError(await get(s, {}, s.primary), 404, "RECORDING_NOT_FOUND");
        });

        it("answers 409 RECORDING_IN_PROGRESS for a recording still in progress", async () => {
          const tenant = await createTenant();
          const recording = await createRecording(tenant, { status: "active" });
          const media = await uploaded(tenant, recording.id, bytesOf(50));
          const headers = { authorization: tenant.auth };
          await expectError(await api(`/v1/recordings/${recording.id}/media/${media.id}`, { headers }), 409, "RECORDING_IN_PROGRESS");
          await expectError(await api(`/v1/recordings/${recording.id}/media`, { headers }), 409, "RECORDING_IN_PROGRESS");
        });

        it("answers 409 for the primary media of a recording in progress that has none yet", async () => {
          const tenant = await createTenant();
          const recording = await createRecording(tenant, { status: "starting" });
          await expectError(await api(`/v1/recordings/${recording.id}/media`, { headers: { authorization: tenant.auth } }), 409, "RECORDING_IN_PROGRESS");
        });

        it("serves the media once the recording is marked complete", async () => {
          const tenant = await createTenant();
          const recording = await createRecording(tenant, { status: "ending" });
          const media = await uploaded(tenant, recording.id, bytesOf(50));
          const patched = await api(`/v1/recordings/${recording.id}`, {
            method: "PATCH",
            headers: { authorization: tenant.auth, "content-type": "application/json" },
            body: JSON.stringify({ status: "complete" }),
          });
          expect(patched.status).toBe(200);
          const res = await api(`/v1/recordings/${recording.id}/media/${media.id}`, { headers: { authorization: tenant.auth } });
          expect(res.status).toBe(200);
          expect(await responseBytes(res)).toEqual(bytesOf(50));
        });

        it.each([
          ["a recording id", "/v1/recordings/not-a-uuid/media", "id"],
          ["a recording id with a media id", `/v1/recordings/12345/media/${crypto.randomUUID()}`, "id"],
          ["a media id", `/v1/recordings/${crypto.randomUUID()}/media/not-a-uuid`, "media_id"],
        ])("answers 422 for %s that is not a UUID", async (_what, path, field) => {
          const tenant = await createTenant();
          const res = await api(path, { headers: { authorization: tenant.auth } });
          const body = await expectError(res, 422, "VALIDATION_ERROR");
          expect(body.details?.some((d) => d.loc[0] === "path" && d.loc[1] === field)).toBe(true);
        });

        it("answers 403 FORBIDDEN to a key without the read scope", async () => {
          const s = await servedMedia();
          const writer = await addKey(s.tenant.accountId, ["recordings:write"]);
          await expectError(await get({ ...s, tenant: writer }), 403, "FORBIDDEN");
          await expectError(await get({ ...s, tenant: writer }, {}, s.primary), 403, "FORBIDDEN");
        });

        it("answers 401 UNAUTHORIZED without credentials", async () => {
          const s = await servedMedia();
          await expectError(await api(s.path), 401, "UNAUTHORIZED");
        });

        it("authorizes in its one lookup: revoked keys, unknown keys and Basic with another account get 401", async () => {
          const s = await servedMedia();
          const other = await createTenant();
          const revoked = await addKey(s.tenant.accountId, ["recordings:read"]);
          expect((await get({ ...s, tenant: revoked })).status).toBe(200);
          expect((await api(`/v1/admin/keys/${revoked.keyId}`, { method: "DELETE", headers: { authorization: admin } })).status).toBe(204);
          for (const path of [s.path, s.primary]) {
            await expectError(await api(path, { headers: { authorization: revoked.auth } }), 401, "UNAUTHORIZED");
            await expectError(await api(path, { headers: { authorization: "Bearer rk_unknown" } }), 401, "UNAUTHORIZED");
            await expectError(await api(path, { headers: { authorization: basic(other.accountId, s.tenant.key) } }), 401, "UNAUTHORIZED");
            expect((await api(path, { headers: { authorization: basic(s.tenant.accountId, s.tenant.key) } })).status).toBe(200);
          }
        });

        it("answers another account's valid key with 404 RECORDING_NOT_FOUND, as for a missing recording", async () => {
          const s = await servedMedia();
          const other = await createTenant();
          for (const path of [s.path, s.primary]) {
            await expectError(await api(path, { headers: { authorization: other.auth } }), 404, "RECORDING_NOT_FOUND");
          }
        });

        it("answers 404 MEDIA_NOT_FOUND, not 500, when the stored object has gone missing from R2", async () => {
          const s = await servedMedia();
          const listed = await env.MEDIA.list({ prefix: recordingObjectPrefix(s.tenant.accountId, s.recordingId) });
          expect(listed.objects.length).toBe(1);
          await env.MEDIA.delete(listed.objects[0]!.key);
          if (warmCache) {
            // Deleted behind the API's back (a purge deletes the row first, and then nothing is served): the
            // colo's slices still hold the bytes the row names, so they are served until they expire.
            expect(await responseBytes(await get(s))).toEqual(s.bytes);
            const key = sliceKey({ origin: "http://api.test", sliceBytes: sliceBytesFrom(env.MEDIA_CACHE_SLICE_BYTES) }, { mediaId: s.media.id, sha256: s.media.sha256 }, 0);
            await caches.default.delete(key);
          }
          await expectError(await get(s), 404, "MEDIA_NOT_FOUND");
          await expectError(await get(s, { range: "bytes=0-9" }), 404, "MEDIA_NOT_FOUND");
        });
      });
    });

    describe("GET /v1/recordings/{id}/media (primary media)", () => {
      it("serves the first audio item with ranges and conditionals like any media item", async () => {
        const s = await servedMedia();
        await expectFull(await get(s, {}, s.primary), s);
        await expectPartial(await get(s, { range: "bytes=-10" }, s.primary), s, 990, 999);
        await expectNotModified(await get(s, { "if-none-match": etagOf(s.media) }, s.primary), s);
      });

      it("skips an image uploaded first and serves the audio after it", async () => {
        const tenant = await createTenant();
        const recording = await createRecording(tenant);
        await uploaded(tenant, recording.id, bytesOf(40, 1), "image/png");
        await uploaded(tenant, recording.id, bytesOf(41, 2), "text/vtt");
        const audio = await uploaded(tenant, recording.id, bytesOf(42, 3), "audio/mpeg");
        const res = await api(`/v1/recordings/${recording.id}/media`, { headers: { authorization: tenant.auth } });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("audio/mpeg");
        expect(res.headers.get("etag")).toBe(etagOf(audio));
        expect(await responseBytes(res)).toEqual(bytesOf(42, 3));
      });

      it("counts video as primary media", async () => {
        const tenant = await createTenant();
        const recording = await createRecording(tenant);
        await uploaded(tenant, recording.id, bytesOf(40, 1), "image/jpeg");
        const video = await uploaded(tenant, recording.id, bytesOf(43, 5), "video/webm");
        const res = await api(`/v1/recordings/${recording.id}/media`, { headers: { authorization: tenant.auth } });
        expect(res.status).toBe(200);
        expect(res.headers.get("etag")).toBe(etagOf(video));
        expect(res.headers.get("content-type")).toBe("video/webm");
      });

      it("answers 404 MEDIA_NOT_FOUND when the recording has no audio or video", async () => {
        const tenant = await createTenant();
        const recording = await createRecording(tenant);
        await uploaded(tenant, recording.id, bytesOf(40), "image/png");
        const res = await api(`/v1/recordings/${recording.id}/media`, { headers: { authorization: tenant.auth } });
        await expectError(res, 404, "MEDIA_NOT_FOUND");
      });

      it("answers 404 MEDIA_NOT_FOUND when the recording has no media at all", async () => {
        const tenant = await createTenant();
        const recording = await createRecording(tenant);
        const res = await api(`/v1/recordings/${recording.id}/media`, { headers: { authorization: tenant.auth } });
        await expectError(res, 404, "MEDIA_NOT_FOUND");
      });

      it("is an attachment with ?disposition=attachment", async () => {
        const s = await servedMedia();
        const res = await get(s, {}, `${s.primary}?disposition=attachment`);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[^"]+\.wav"; filename\*=UTF-8''/);
      });
    });
  });
}
