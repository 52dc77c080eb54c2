import { crc32 } from "node:zlib";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MediaSchema, RecordingSchema } from "../../src/schemas/recording";
import {
  addKey,
  api,
  bytesOf,
  createRecording,
  createTenant,
  expectError,
  recordingObjectPrefix,
  sha256Base64,
  sha256Hex,
  streamOf,
  trashDirectly,
  uploaded,
  uploadMedia,
  type Tenant,
} from "../helpers";

interface StoredRow {
  recording_id: string;
  account_id: string;
  byte_size: number;
  sha256: string;
  crc32: number;
  r2_key: string;
}

async function mediaRow(mediaId: string): Promise<StoredRow | null> {
  return env.DB.prepare("SELECT recording_id, account_id, byte_size, sha256, crc32, r2_key FROM media WHERE id = ?1")
    .bind(mediaId)
    .first<StoredRow>();
}

async function mediaRowCount(recordingId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM media WHERE recording_id = ?1").bind(recordingId).first<{ n: number }>();
  return row?.n ?? -1;
}

async function storedKeys(tenant: Tenant, recordingId: string): Promise<string[]> {
  const listed = await env.MEDIA.list({ prefix: recordingObjectPrefix(tenant.accountId, recordingId) });
  return listed.objects.map((o) => o.key);
}

/** Asserts that the recording has neither a media row nor an R2 object. */
async function expectNothingStored(tenant: Tenant, recordingId: string): Promise<void> {
  expect(await mediaRowCount(recordingId)).toBe(0);
  expect(await storedKeys(tenant, recordingId)).toEqual([]);
}

async function fixture(fields: Record<string, unknown> = {}) {
  const tenant = await createTenant();
  const recording = await createRecording(tenant, fields);
  return { tenant, recording };
}

describe("POST /v1/recordings/{id}/media", () => {
  describe("storing an upload", () => {
    it("answers 201 with the media item, its size, its SHA-256 and a Location", async () => {
      const { tenant, recording } = await fixture();
      const bytes = bytesOf(4096);
      const res = await uploadMedia(tenant, recording.id, bytes, { contentType: "audio/mpeg" });
      expect(res.status).toBe(201);
      const media = MediaSchema.parse(await res.json());
      expect(media.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(media).toMatchObject({ kind: "audio", content_type: "audio/mpeg", byte_size: 4096, filename: `${media.id}.mp3` });
      expect(media.sha256).toBe(await sha256Hex(bytes));
      expect(Date.parse(media.created_at)).not.toBeNaN();
      expect(res.headers.get("location")).toBe(`/v1/recordings/${recording.id}/media/${media.id}`);
    });

    it("stores exactly the uploaded bytes in R2 under the recording's prefix", async () => {
      const { tenant, recording } = await fixture();
      const bytes = bytesOf(70_000, 3);
      const media = await uploaded(tenant, recording.id, bytes);
      const row = await mediaRow(media.id);
      expect(row?.r2_key.startsWith(recordingObjectPrefix(tenant.accountId, recording.id))).toBe(true);
      const object = await env.MEDIA.get(row!.r2_key);
      expect(object).not.toBeNull();
      expect(new Uint8Array(await object!.arrayBuffer())).toEqual(bytes);
      expect(object!.httpMetadata?.contentType).toBe("audio/wav");
    });

    it("records the size, SHA-256 and CRC-32 of the bytes in D1", async () => {
      const { tenant, recording } = await fixture();
      const bytes = bytesOf(12_345, 11);
      const media = await uploaded(tenant, recording.id, bytes);
      const row = await mediaRow(media.id);
      expect(row).toMatchObject({
        recording_id: recording.id,
        account_id: tenant.accountId,
        byte_size: 12_345,
        sha256: await sha256Hex(bytes),
        crc32: crc32(bytes),
      });
    });

    it("lists the new media item on the recording", async () => {
      const { tenant, recording } = await fixture();
      const media = await uploaded(tenant, recording.id, bytesOf(64));
      const res = await api(`/v1/recordings/${recording.id}`, { headers: { authorization: tenant.auth } });
      expect(res.status).toBe(200);
      const body = RecordingSchema.parse(await res.json());
      expect(body.media).toEqual([media]);
    });

    it("stores a 0-byte upload with the digest of nothing", async () => {
      const { tenant, recording } = await fixture();
      const empty = new Uint8Array(0);
      const media = await uploaded(tenant, recording.id, empty);
      expect(media.byte_size).toBe(0);
      expect(media.sha256).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      expect((await mediaRow(media.id))?.crc32).toBe(0);
      const object = await env.MEDIA.get((await mediaRow(media.id))!.r2_key);
      expect(object?.size).toBe(0);
    });

    it("accepts media for a recording still in progress", async () => {
      const { tenant, recording } = await fixture({ status: "active" });
      const media = await uploaded(tenant, recording.id, bytesOf(32));
      expect(media.byte_size).toBe(32);
      expect(await mediaRowCount(recording.id)).toBe(1);
    });

    it("keeps every upload of a recording as its own item", async () => {
      const { tenant, recording } = await fixture();
      const first = await uploaded(tenant, recording.id, bytesOf(10, 1));
      const second = await uploaded(tenant, recording.id, bytesOf(10, 2));
      expect(first.id).not.toBe(second.id);
      expect((await storedKeys(tenant, recording.id)).length).toBe(2);
    });
  });

  describe("kind and filename", () => {
    it.each([
      ["audio/ogg", "audio", "ogg"],
      ["video/mp4", "video", "mp4"],
      ["image/png", "image", "png"],
      ["text/vtt", "transcript", "vtt"],
      ["text/plain; charset=utf-8", "transcript", "txt"],
      ["application/json", "other", "json"],
      ["application/x-unknown", "other", "bin"],
      ["Audio/X-WAV", "audio", "wav"],
    ] as const)("gives %s the kind %s and a .%s filename by default", async (contentType, kind, ext) => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, bytesOf(8), { contentType });
      expect(res.status).toBe(201);
      const media = MediaSchema.parse(await res.json());
      expect(media.kind).toBe(kind);
      expect(media.filename).toBe(`${media.id}.${ext}`);
      expect(media.content_type).toBe(contentType);
    });

    it("stores a body without Content-Type as application/octet-stream of kind other", async () => {
      const { tenant, recording } = await fixture();
      const res = await api(`/v1/recordings/${recording.id}/media`, {
        method: "POST",
        headers: { authorization: tenant.auth, "content-length": "5" },
        body: bytesOf(5),
      });
      expect(res.status).toBe(201);
      const media = MediaSchema.parse(await res.json());
      expect(media).toMatchObject({ content_type: "application/octet-stream", kind: "other", filename: `${media.id}.bin` });
    });

    it("honours an explicit kind and filename", async () => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, bytesOf(8), {
        contentType: "application/octet-stream",
        query: `?kind=audio&filename=${encodeURIComponent("Réunion du lundi.wav")}`,
      });
      expect(res.status).toBe(201);
      const media = MediaSchema.parse(await res.json());
      expect(media).toMatchObject({ kind: "audio", filename: "Réunion du lundi.wav", content_type: "application/octet-stream" });
    });

    it.each([
      ["a kind that is not one of the five", "kind=podcast", "kind"],
      ["a filename with a slash", "filename=calls%2Fcall.wav", "filename"],
      ["a filename with a backslash", "filename=calls%5Ccall.wav", "filename"],
      ["a filename with a NUL", "filename=call%00.wav", "filename"],
      ["a filename with a newline", "filename=call%0A.wav", "filename"],
      ["a filename with DEL", "filename=call%7F.wav", "filename"],
      ["a filename with a right-to-left override (U+202E)", "filename=evil%E2%80%AEvaw.exe", "filename"],
      ["a filename with a left-to-right embedding (U+202A)", "filename=a%E2%80%AAb.wav", "filename"],
      ["a filename with a right-to-left isolate (U+2067)", "filename=a%E2%81%A7b.wav", "filename"],
      ["a filename with a pop directional isolate (U+2069)", "filename=a%E2%81%A9b.wav", "filename"],
      ["the filename ..", "filename=..", "filename"],
      ["the filename .", "filename=.", "filename"],
      ["an empty filename", "filename=", "filename"],
      ["a 300-character filename", `filename=${"a".repeat(296)}.wav`, "filename"],
    ])("refuses %s with 422 and stores nothing", async (_what, query, field) => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, bytesOf(8), { query: `?${query}` });
      const body = await expectError(res, 422, "VALIDATION_ERROR");
      expect(body.details?.[0]?.loc).toEqual(["query", field]);
      await expectNothingStored(tenant, recording.id);
    });

    it("accepts a filename of exactly 255 characters", async () => {
      const { tenant, recording } = await fixture();
      const filename = `${"b".repeat(251)}.wav`;
      const res = await uploadMedia(tenant, recording.id, bytesOf(8), { query: `?filename=${filename}` });
      expect(res.status).toBe(201);
      expect(MediaSchema.parse(await res.json()).filename).toBe(filename);
    });
  });

  describe("Content-Digest", () => {
    it("stores the upload when its sha-256 digest matches", async () => {
      const { tenant, recording } = await fixture();
      const bytes = bytesOf(2048, 5);
      const res = await uploadMedia(tenant, recording.id, bytes, {
        headers: { "content-digest": `sha-256=:${await sha256Base64(bytes)}:` },
      });
      expect(res.status).toBe(201);
      expect(MediaSchema.parse(await res.json()).sha256).toBe(await sha256Hex(bytes));
      expect((await storedKeys(tenant, recording.id)).length).toBe(1);
    });

    it("finds the sha-256 member among other algorithms", async () => {
      const { tenant, recording } = await fixture();
      const bytes = bytesOf(100, 9);
      const sha512 = btoa(String.fromCharCode(...new Uint8Array(64)));
      const res = await uploadMedia(tenant, recording.id, bytes, {
        headers: { "content-digest": `sha-512=:${sha512}:, sha-256=:${await sha256Base64(bytes)}:` },
      });
      expect(res.status).toBe(201);
    });

    it("answers 400 DIGEST_MISMATCH and stores neither a row nor an object when the digest differs", async () => {
      const { tenant, recording } = await fixture();
      const bytes = bytesOf(5000, 1);
      const res = await uploadMedia(tenant, recording.id, bytes, {
        headers: { "content-digest": `sha-256=:${await sha256Base64(bytesOf(5000, 2))}:` },
      });
      await expectError(res, 400, "DIGEST_MISMATCH");
      await expectNothingStored(tenant, recording.id);
      const get = await api(`/v1/recordings/${recording.id}`, { headers: { authorization: tenant.auth } });
      expect(RecordingSchema.parse(await get.json()).media).toEqual([]);
    });

    it("answers 400 DIGEST_MISMATCH for a 0-byte upload whose digest names other bytes", async () => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, new Uint8Array(0), {
        headers: { "content-digest": `sha-256=:${await sha256Base64(bytesOf(1))}:` },
      });
      await expectError(res, 400, "DIGEST_MISMATCH");
      await expectNothingStored(tenant, recording.id);
    });

    it.each([
      ["a value without colons", "sha-256=abc"],
      ["a digest of the wrong length", `sha-256=:${btoa("short")}:`],
      ["base64 that cannot be decoded", "sha-256=:A:"],
      ["a member that is not a dictionary entry", "sha-256"],
      ["garbage after a valid member", `sha-256=:${btoa(String.fromCharCode(...new Uint8Array(32)))}:, !!`],
    ])("answers 422 for %s and stores nothing", async (_what, header) => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, bytesOf(16), { headers: { "content-digest": header } });
      const body = await expectError(res, 422, "VALIDATION_ERROR");
      expect(body.details?.[0]?.loc).toEqual(["header", "content-digest"]);
      await expectNothingStored(tenant, recording.id);
    });

    it("ignores a digest that names only sha-512", async () => {
      const { tenant, recording } = await fixture();
      const wrong512 = btoa(String.fromCharCode(...new Uint8Array(64).fill(1)));
      const res = await uploadMedia(tenant, recording.id, bytesOf(16), { headers: { "content-digest": `sha-512=:${wrong512}:` } });
      expect(res.status).toBe(201);
      expect(await mediaRowCount(recording.id)).toBe(1);
    });
  });

  describe("length", () => {
    it("answers 411 LENGTH_REQUIRED for a streamed body the runtime sends without Content-Length", async () => {
      const { tenant, recording } = await fixture();
      const res = await api(`/v1/recordings/${recording.id}/media`, {
        method: "POST",
        headers: { authorization: tenant.auth, "content-type": "audio/wav" },
        body: streamOf(bytesOf(10)),
      });
      await expectError(res, 411, "LENGTH_REQUIRED");
      await expectNothingStored(tenant, recording.id);
    });

    it("accepts a fixed-size body without an explicit header, since the runtime adds Content-Length", async () => {
      const { tenant, recording } = await fixture();
      const res = await api(`/v1/recordings/${recording.id}/media`, {
        method: "POST",
        headers: { authorization: tenant.auth, "content-type": "audio/wav" },
        body: bytesOf(10),
      });
      expect(res.status).toBe(201);
      expect(MediaSchema.parse(await res.json()).byte_size).toBe(10);
    });

    it("answers 413 PAYLOAD_TOO_LARGE when Content-Length is one byte over MAX_UPLOAD_BYTES, naming the tus endpoint", async () => {
      const { tenant, recording } = await fixture();
      const over = String(Number(env.MAX_UPLOAD_BYTES) + 1);
      const res = await uploadMedia(tenant, recording.id, bytesOf(10), { headers: { "content-length": over } });
      const error = await expectError(res, 413, "PAYLOAD_TOO_LARGE");
      expect(error.message).toContain(`POST /v1/recordings/${recording.id}/uploads`);
      await expectNothingStored(tenant, recording.id);
    });

    it("limits one request to 100 MB by default, as Cloudflare's Free and Pro plans do", () => {
      expect(env.MAX_UPLOAD_BYTES).toBe("100000000");
    });

    it("answers 413 for a Content-Length too large for any integer type, not 422 or 500", async () => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, bytesOf(10), {
        headers: { "content-length": "99999999999999999999999999" },
      });
      await expectError(res, 413, "PAYLOAD_TOO_LARGE");
    });

    it("does not call a Content-Length of exactly MAX_UPLOAD_BYTES too large", async () => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, bytesOf(10), { headers: { "content-length": env.MAX_UPLOAD_BYTES } });
      // The body is then shorter than it claims, which is its own error.
      await expectError(res, 400, "BODY_LENGTH_MISMATCH");
      await expectNothingStored(tenant, recording.id);
    });

    it("answers 400 BODY_LENGTH_MISMATCH and stores nothing when the body is longer than Content-Length", async () => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, bytesOf(10), { headers: { "content-length": "5" } });
      await expectError(res, 400, "BODY_LENGTH_MISMATCH");
      await expectNothingStored(tenant, recording.id);
    });
  });

  describe("content type", () => {
    it.each([
      ["a bare word", "audio"],
      ["a missing subtype", "audio/"],
      ["a space inside", "audio/ mpeg"],
      ["a parameter without a value", "audio/wav; rate"],
      ["an unterminated quoted parameter", 'audio/wav; name="x'],
      ["more than 255 characters", `audio/${"x".repeat(260)}`],
    ])("answers 422 for a Content-Type that is %s", async (_what, contentType) => {
      const { tenant, recording } = await fixture();
      const res = await uploadMedia(tenant, recording.id, bytesOf(8), { contentType });
      const body = await expectError(res, 422, "VALIDATION_ERROR");
      expect(body.details?.[0]?.loc).toEqual(["header", "content-type"]);
      await expectNothingStored(tenant, recording.id);
    });

    it("keeps a Content-Type with parameters as it was sent", async () => {
      const { tenant, recording } = await fixture();
      const contentType = 'audio/ogg; codecs="opus"';
      const res = await uploadMedia(tenant, recording.id, bytesOf(8), { contentType });
      expect(res.status).toBe(201);
      expect(MediaSchema.parse(await res.json())).toMatchObject({ content_type: contentType, kind: "audio" });
    });
  });

  describe("who may upload where", () => {
    it("answers 404 RECORDING_NOT_FOUND for a recording that does not exist", async () => {
      const tenant = await createTenant();
      const missing = crypto.randomUUID();
      const res = await uploadMedia(tenant, missing, bytesOf(8));
      await expectError(res, 404, "RECORDING_NOT_FOUND");
      await expectNothingStored(tenant, missing);
    });

    it("answers 404 RECORDING_NOT_FOUND for another account's recording and stores nothing there", async () => {
      const { tenant: owner, recording } = await fixture();
      const intruder = await createTenant();
      const res = await uploadMedia(intruder, recording.id, bytesOf(8));
      await expectError(res, 404, "RECORDING_NOT_FOUND");
      await expectNothingStored(owner, recording.id);
      await expectNothingStored(intruder, recording.id);
    });

    it("answers 404 RECORDING_NOT_FOUND for a recording in the trash and stores nothing", async () => {
      const { tenant, recording } = await fixture();
      await trashDirectly(recording.id);
      await expectError(await uploadMedia(tenant, recording.id, bytesOf(8)), 404, "RECORDING_NOT_FOUND");
      await expectNothingStored(tenant, recording.id);
    });

    it("answers 403 FORBIDDEN for a key without the write scope", async () => {
      const { tenant, recording } = await fixture();
      const reader = await addKey(tenant.accountId, ["recordings:read", "recordings:delete"]);
      const res = await uploadMedia(reader, recording.id, bytesOf(8));
      await expectError(res, 403, "FORBIDDEN");
      await expectNothingStored(tenant, recording.id);
    });

    it("answers 401 UNAUTHORIZED without credentials", async () => {
      const { tenant, recording } = await fixture();
      const res = await api(`/v1/recordings/${recording.id}/media`, {
        method: "POST",
        headers: { "content-type": "audio/wav", "content-length": "4" },
        body: bytesOf(4),
      });
      await expectError(res, 401, "UNAUTHORIZED");
      await expectNothingStored(tenant, recording.id);
    });

    it("answers 422 for a recording id that is not a UUID", async () => {
      const tenant = await createTenant();
      const res = await uploadMedia(tenant, "not-a-uuid", bytesOf(8));
      const body = await expectError(res, 422, "VALIDATION_ERROR");
      expect(body.details?.[0]?.loc).toEqual(["path", "id"]);
    });
  });
});
