import { createHash } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { createRecording, sha256Digest, uploadMedia } from "../scripts/lib/seed.mjs";
import { toneWav } from "../scripts/lib/wav.mjs";
import { ErrorSchema } from "../src/schemas/common";
import { MediaSchema, RecordingSchema } from "../src/schemas/recording";
import { api, baseUrl, bearer, body as parsedBody, conforming, curl, expectError, newTenant, parseBody, rawExchange, UUID, type Tenant } from "./helpers";

const wav = Buffer.from(toneWav({ seconds: 1.5, frequencies: [329.63, 415.3, 493.88] }));
const size = wav.byteLength;
let tenant: Tenant;
let recordingId: string;
let mediaPath: string;

beforeAll(async () => {
  tenant = await newTenant();
  recordingId = (await createRecording(baseUrl, tenant.key, { source: "sip", status: "complete" })).id;
  mediaPath = `/v1/recordings/${recordingId}/media`;
  const media = await uploadMedia(baseUrl, tenant.key, recordingId, wav, {
    contentType: "audio/wav", kind: "audio", filename: "chord.wav", contentDigest: sha256Digest(wav),
  });
  expect(conforming(media, MediaSchema)).toMatchObject({
    id: expect.stringMatching(UUID), kind: "audio", filename: "chord.wav", content_type: "audio/wav",
    byte_size: size, sha256: createHash("sha256").update(wav).digest("hex"), created_at: expect.any(String),
  });
});

describe("uploads", () => {
  test("lists the uploaded media item on the recording", async () => {
    const recording = await parsedBody(await api(`/v1/recordings/${recordingId}`, { token: tenant.key }), RecordingSchema);
    expect(recording.media).toHaveLength(1);
    expect(recording.media[0]).toMatchObject({ kind: "audio", byte_size: size, content_type: "audio/wav" });
  });

  test("refuses a wrong Content-Digest with 400 DIGEST_MISMATCH and stores nothing", async () => {
    const { id } = await createRecording(baseUrl, tenant.key, {});
    const response = await fetch(new URL(`/v1/recordings/${id}/media?kind=audio&filename=bad.wav`, baseUrl), {
      method: "POST",
      headers: {
        Authorization: `Bearer ${tenant.key}`, "Content-Type": "audio/wav",
        "Content-Digest": sha256Digest(new TextEncoder().encode("other bytes")),
      },
      body: wav,
    });
    await expectError(response, 400, "DIGEST_MISMATCH");
    const recording = await parsedBody(await api(`/v1/recordings/${id}`, { token: tenant.key }), RecordingSchema);
    expect(recording.media).toEqual([]);
    await expectError(await api(`/v1/recordings/${id}/media`, { token: tenant.key }), 404, /NOT_FOUND$/);
  });

  test("answers 409 RECORDING_IN_PROGRESS for the media of a recording still in progress", async () => {
    const { id } = await createRecording(baseUrl, tenant.key, { status: "active" });
    await uploadMedia(baseUrl, tenant.key, id, wav, { contentType: "audio/wav" });
    await expectError(await api(`/v1/recordings/${id}/media`, { token: tenant.key }), 409, "RECORDING_IN_PROGRESS");
  });
});

describe("media responses (curl)", () => {
  test("serves the whole WAV with the representation headers", async () => {
    const { status, headers, body } = await curl(mediaPath, bearer(tenant.key));
    expect(status).toBe(200);
    expect(body.equals(wav)).toBe(true);
    expect(headers["content-length"]).toBe(String(size));
    expect(headers["content-type"]).toBe("audio/wav");
    expect(headers["accept-ranges"]).toBe("bytes");
    expect(headers.etag).toMatch(/^(W\/)?".+"$/);
    expect(Date.parse(headers["last-modified"] ?? "")).not.toBeNaN();
    expect(headers["content-disposition"]).toMatch(/^inline;.*filename="chord\.wav"/);
    expect(headers["cache-control"]).toMatch(/private/);
  });

  test("answers bytes=0-99 with 206 and exactly the first 100 bytes", async () => {
    const { status, headers, body } = await curl(mediaPath, [...bearer(tenant.key), "-H", "Range: bytes=0-99"]);
    expect(status).toBe(206);
    expect(headers["content-range"]).toBe(`bytes 0-99/${size}`);
    expect(headers["content-length"]).toBe("100");
    expect(body.equals(wav.subarray(0, 100))).toBe(true);
  });

  test("answers a suffix range bytes=-10 with the last 10 bytes", async () => {
    const { status, headers, body } = await curl(mediaPath, [...bearer(tenant.key), "-H", "Range: bytes=-10"]);
    expect(status).toBe(206);
    expect(headers["content-range"]).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect(body.equals(wav.subarray(size - 10))).toBe(true);
  });

  test("answers 416 with bytes */size when the range starts past the end", async () => {
    const { status, headers, body } = await curl(mediaPath, [...bearer(tenant.key), "-H", `Range: bytes=${size}-`]);
    expect(status).toBe(416);
    expect(headers["content-range"]).toBe(`bytes */${size}`);
    expect(headers["content-type"]).toMatch(/^application\/json/);
    const error = parseBody(body.toString("utf8"), ErrorSchema);
    expect(error.error_code).toMatch(/^[A-Z_]+$/);
  });

  test("answers If-None-Match with the ETag with 304 and no body", async () => {
    const { headers } = await curl(mediaPath, [...bearer(tenant.key), "-o", "/dev/null"]);
    const revalidated = await curl(mediaPath, [...bearer(tenant.key), "-H", `If-None-Match: ${headers.etag}`]);
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.etag).toBe(headers.etag);
    expect(revalidated.body.byteLength).toBe(0);
  });

  test("answers HEAD like GET, without a body", async () => {
    const { status, headers } = await curl(mediaPath, [...bearer(tenant.key), "-I", "-o", "/dev/null"]);
    expect(status).toBe(200);
    expect(headers["content-length"]).toBe(String(size));
    expect(headers["content-type"]).toBe("audio/wav");
    expect(headers["accept-ranges"]).toBe("bytes");
    expect(headers.etag).toBeTruthy();
    const raw = await rawExchange("HEAD", mediaPath, { Authorization: `Bearer ${tenant.key}` });
    expect(raw.status).toBe(200);
    expect(raw.body.byteLength).toBe(0);
  });

  test("serves one media item by its id", async () => {
    const recording = await parsedBody(await api(`/v1/recordings/${recordingId}`, { token: tenant.key }), RecordingSchema);
    expect(recording.media).toHaveLength(1);
    const { status, body } = await curl(`${mediaPath}/${recording.media[0].id}`, bearer(tenant.key));
    expect(status).toBe(200);
    expect(body.equals(wav)).toBe(true);
  });
});

describe("content codings on the wire", () => {
  test("sends text media asked for with Accept-Encoding: gzip, br exactly as stored, ranges included", async () => {
    const text = Buffer.from("plain words that gzip would shrink a lot. ".repeat(100));
    const { id } = await createRecording(baseUrl, tenant.key, {});
    const media = await uploadMedia(baseUrl, tenant.key, id, text, { contentType: "text/plain; charset=utf-8", kind: "transcript" });
    const path = `/v1/recordings/${id}/media/${media.id}`;
    const auth = { Authorization: `Bearer ${tenant.key}`, "Accept-Encoding": "gzip, br" };
    const cases: [Record<string, string>, number, Buffer][] = [
      [{}, 200, text],
      [{ Range: "bytes=0-9" }, 206, text.subarray(0, 10)],
      [{ Range: "bytes=-7" }, 206, text.subarray(text.byteLength - 7)],
    ];
    for (const [headers, status, expected] of cases) {
      const raw = await rawExchange("GET", path, { ...auth, ...headers });
      expect(raw.status).toBe(status);
      expect(raw.headers["content-encoding"] ?? "identity").toBe("identity");
      expect(raw.headers["transfer-encoding"]).toBeUndefined();
      expect(raw.headers["cache-control"]).toMatch(/\bno-transform\b/);
      expect(raw.headers["content-length"]).toBe(String(expected.byteLength));
      expect(raw.body.equals(expected)).toBe(true);
    }
  });
});
