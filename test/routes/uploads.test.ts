import { crc32 } from "node:zlib";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { MediaSchema, RecordingSchema } from "../../src/schemas/recording";
import { api, bytesOf, createRecording, createTenant, expectError, send, sha256Hex } from "../helpers";
import { createUpload, headUpload, MiB, newUpload, patchAll, patchChunk, TUS, uploadRow } from "../tus-helpers";

// Chunks of 5 MiB go to the local R2 on disk: give each test room.
vi.setConfig({ testTimeout: 60_000 });

async function fixture() {
  const tenant = await createTenant();
  const recording = await createRecording(tenant);
  return { tenant, recording };
}

describe("tus creation", () => {
  it("answers 201 with an absolute Location, Upload-Expires a day ahead and Tus-Resumable", async () => {
    const { tenant, recording } = await fixture();
    const res = await createUpload(tenant, recording.id, 12 * MiB);
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toMatch(new RegExp(`^http://api\\.test/v1/recordings/${recording.id}/uploads/[0-9a-f-]{36}$`));
    expect(res.headers.get("tus-resumable")).toBe("1.0.0");
    expect(res.headers.get("upload-offset")).toBe("0");
    const expires = Date.parse(res.headers.get("upload-expires")!);
    expect(Math.abs(expires - Date.now() - 24 * 3600_000)).toBeLessThan(5_000);
  });

  it("answers 404 for another account's recording and stores no upload", async () => {
    const { recording } = await fixture();
    const other = await createTenant();
    await expectError(await createUpload(other, recording.id, 6 * MiB), 404, "RECORDING_NOT_FOUND");
    const row = await env.DB.prepare("SELECT count(*) AS n FROM uploads WHERE recording_id = ?1").bind(recording.id).first();
    expect(row).toEqual({ n: 0 });
  });

  it("answers 412 with Tus-Version when Tus-Resumable is missing or another version", async () => {
    const { tenant, recording } = await fixture();
    for (const headers of [{ "tus-resumable": "0.2.2" }, {}] as Record<string, string>[]) {
      const res = await api(`/v1/recordings/${recording.id}/uploads`, {
        method: "POST",
        headers: { authorization: tenant.auth, "upload-length": "10", ...headers },
      });
      await expectError(res, 412, "TUS_VERSION_UNSUPPORTED");
      expect(res.headers.get("tus-version")).toBe("1.0.0");
    }
  });

  it("answers 413 for an Upload-Length over Tus-Max-Size and 400 for one that is not a number", async () => {
    const { tenant, recording } = await fixture();
    await expectError(await createUpload(tenant, recording.id, Number(env.MAX_RESUMABLE_UPLOAD_BYTES) + 1), 413, "PAYLOAD_TOO_LARGE");
    const res = await createUpload(tenant, recording.id, 1, { headers: { "upload-length": "-5" } });
    await expectError(res, 400, "INVALID_TUS_HEADER");
  });

  it("answers 422 naming the metadata key that is not base64, not a media type or not a kind", async () => {
    const { tenant, recording } = await fixture();
    const cases: [Record<string, string>, string[]][] = [
      [{ "upload-metadata": "filename !!notbase64" }, ["header", "Upload-Metadata", "filename"]],
      [{ "upload-metadata": `filetype ${btoa("not a type")}` }, ["header", "Upload-Metadata", "filetype"]],
      [{ "upload-metadata": `kind ${btoa("movie")}` }, ["header", "Upload-Metadata", "kind"]],
      [{ "upload-metadata": `filename ${btoa("../etc/passwd")}` }, ["header", "Upload-Metadata", "filename"]],
    ];
    for (const [headers, loc] of cases) {
      const error = await expectError(await createUpload(tenant, recording.id, 6 * MiB, { headers }), 422, "VALIDATION_ERROR");
      expect(error.details?.[0]?.loc).toEqual(loc);
    }
  });

  it("needs the recordings:write scope", async () => {
    const { recording } = await fixture();
    const reader = await createTenant(["recordings:read"]);
    await expectError(await createUpload(reader, recording.id, 6 * MiB), 403, "FORBIDDEN");
    await expectError(await createUpload({ ...reader, auth: "Bearer nope" }, recording.id, 6 * MiB), 401, "UNAUTHORIZED");
  });
});

describe("OPTIONS on the collection", () => {
  it("answers 204 without credentials, advertising version, extensions, maximum size and the chunk rule", async () => {
    const { recording } = await fixture();
    const res = await api(`/v1/recordings/${recording.id}/uploads`, { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("tus-version")).toBe("1.0.0");
    expect(res.headers.get("tus-resumable")).toBe("1.0.0");
    expect(res.headers.get("tus-extension")).toBe("creation,creation-with-upload,termination,expiration");
    expect(res.headers.get("tus-max-size")).toBe(env.MAX_RESUMABLE_UPLOAD_BYTES);
    expect(res.headers.get("upload-chunk-rule")).toMatch(/same number of bytes, at least 5242880/);
  });

  it("answers a browser's preflight and exposes the tus headers to cross-origin scripts", async () => {
    const { tenant, recording } = await fixture();
    const preflight = await api(`/v1/recordings/${recording.id}/uploads`, {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization,tus-resumable,upload-length" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("upload-offset");
    const res = await createUpload(tenant, recording.id, 6 * MiB, { headers: { origin: "https://app.example" } });
    expect(res.headers.get("access-control-expose-headers")).toMatch(/Location.*Upload-Offset.*Upload-Expires/);
  });
});

describe("tus HEAD", () => {
  it("answers 200 with Upload-Offset, Upload-Length, Upload-Expires and no-store", async () => {
    const { tenant, recording } = await fixture();
    const path = await newUpload(tenant, recording.id, 7 * MiB);
    const res = await headUpload(tenant, path);
    expect(res.status).toBe(200);
    expect(res.headers.get("upload-offset")).toBe("0");
    expect(res.headers.get("upload-length")).toBe(String(7 * MiB));
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("upload-expires")).toMatch(/GMT$/);
  });

  it("answers 404 for another account's upload and for an unknown one", async () => {
    const { tenant, recording } = await fixture();
    const path = await newUpload(tenant, recording.id, 7 * MiB);
    const other = await createTenant();
    await expectError(await send(path, other.auth, { headers: TUS }), 404, "UPLOAD_NOT_FOUND");
    const unknown = `/v1/recordings/${recording.id}/uploads/${crypto.randomUUID()}`;
    await expectError(await send(unknown, tenant.auth, { headers: TUS }), 404, "UPLOAD_NOT_FOUND");
    await expectError(await send(`/v1/recordings/${recording.id}/uploads/nope`, tenant.auth, { headers: TUS }), 422, "VALIDATION_ERROR");
  });
});

describe("uploading in chunks", () => {
  it("stores the bytes in order and creates the media item with a true SHA-256 and CRC-32", async () => {
    const { tenant, recording } = await fixture();
    const bytes = bytesOf(5 * MiB * 2 + 12345, 11);
    const path = await newUpload(tenant, recording.id, bytes.byteLength, { filename: "meeting.wav", filetype: "audio/wav" });
    const last = await patchAll(tenant, path, bytes, 5 * MiB);
    const mediaId = last.headers.get("upload-media-id");
    expect(mediaId).toMatch(/^[0-9a-f-]{36}$/);
    expect(last.headers.get("upload-expires")).toBeNull();

    const got = RecordingSchema.parse(await (await send(`/v1/recordings/${recording.id}`, tenant.auth)).json());
    expect(got.media).toHaveLength(1);
    const media = MediaSchema.parse(got.media[0]);
    expect(media).toMatchObject({ id: mediaId, kind: "audio", filename: "meeting.wav", content_type: "audio/wav", byte_size: bytes.byteLength });
    expect(media.sha256).toBe(await sha256Hex(bytes));
    const row = await env.DB.prepare("SELECT crc32 FROM media WHERE id = ?1").bind(mediaId).first<{ crc32: number }>();
    expect(row?.crc32).toBe(crc32(bytes));

    const head = await headUpload(tenant, path);
    expect(head.headers.get("upload-media-id")).toBe(mediaId);
    expect(head.headers.get("upload-offset")).toBe(String(bytes.byteLength));
  });

  it("serves the finished media with ranges, byte for byte", async () => {
    const { tenant, recording } = await fixture();
    const bytes = bytesOf(5 * MiB + 777, 5);
    const path = await newUpload(tenant, recording.id, bytes.byteLength, { filetype: "video/mp4" });
    const mediaId = (await patchAll(tenant, path, bytes, 5 * MiB)).headers.get("upload-media-id");
    const whole = await send(`/v1/recordings/${recording.id}/media/${mediaId}`, tenant.auth);
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(bytes);
    const start = 5 * MiB - 10;
    const part = await send(`/v1/recordings/${recording.id}/media/${mediaId}`, tenant.auth, { headers: { range: `bytes=${start}-${start + 99}` } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes ${start}-${start + 99}/${bytes.byteLength}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(start, start + 100));
  });

  it("gives the media the single upload's defaults: kind from the type, filename from the media id", async () => {
    const { tenant, recording } = await fixture();
    const bytes = bytesOf(1000);
    const path = await newUpload(tenant, recording.id, bytes.byteLength, { filetype: "text/vtt" });
    const mediaId = (await patchAll(tenant, path, bytes, 1000)).headers.get("upload-media-id");
    const got = RecordingSchema.parse(await (await send(`/v1/recordings/${recording.id}`, tenant.auth)).json());
    expect(got.media[0]).toMatchObject({ id: mediaId, kind: "transcript", filename: `${mediaId}.vtt`, content_type: "text/vtt" });
  });

  it("takes the first chunk with the creation request (creation-with-upload)", async () => {
    const { tenant, recording } = await fixture();
    const bytes = bytesOf(5 * MiB + 3, 9);
    const res = await createUpload(tenant, recording.id, bytes.byteLength, { body: bytes.subarray(0, 5 * MiB) });
    expect(res.status).toBe(201);
    expect(res.headers.get("upload-offset")).toBe(String(5 * MiB));
    const path = new URL(res.headers.get("location")!).pathname;
    const last = await patchAll(tenant, path, bytes, 5 * MiB, 5 * MiB);
    expect(last.headers.get("upload-media-id")).toBeTruthy();
  });

  it("finishes an upload of zero bytes at creation", async () => {
    const { tenant, recording } = await fixture();
    const res = await createUpload(tenant, recording.id, 0);
    expect(res.status).toBe(201);
    const mediaId = res.headers.get("upload-media-id");
    const got = RecordingSchema.parse(await (await send(`/v1/recordings/${recording.id}`, tenant.auth)).json());
    expect(got.media[0]).toMatchObject({ id: mediaId, byte_size: 0, sha256: await sha256Hex(new Uint8Array(0)) });
  });
});

describe("termination", () => {
  it("answers 204, aborts the R2 multipart upload, and the upload is then unknown", async () => {
    const { tenant, recording } = await fixture();
    const bytes = bytesOf(11 * MiB);
    const path = await newUpload(tenant, recording.id, bytes.byteLength);
    await patchAll(tenant, path, bytes.subarray(0, 5 * MiB), 5 * MiB);
    const row = await uploadRow(path);
    const res = await api(path, { method: "DELETE", headers: { authorization: tenant.auth, ...TUS } });
    expect(res.status).toBe(204);
    await expectError(await send(path, tenant.auth, { headers: TUS }), 404, "UPLOAD_NOT_FOUND");
    await expectError(await patchChunk(tenant, path, 5 * MiB, bytes.subarray(5 * MiB, 10 * MiB)), 404, "UPLOAD_NOT_FOUND");
    const multipart = env.MEDIA.resumeMultipartUpload(row!.r2_key, row!.r2_upload_id);
    await expect(multipart.uploadPart(9, new Uint8Array(10))).rejects.toThrow();
  });
});
