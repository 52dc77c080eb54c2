import { createHash } from "node:crypto";
import { connect } from "node:net";
import { beforeAll, describe, expect, test } from "vitest";
import { createRecording, sha256Digest, uploadMedia } from "../scripts/lib/seed.mjs";
import { toneWav } from "../scripts/lib/wav.mjs";
import { ErrorSchema } from "../src/schemas/common";
import { MediaSchema, RecordingSchema } from "../src/schemas/recording";
import { api, baseUrl, bearer, body as parsedBody, conforming, curl, expectError, newTenant, parseBody, UUID, type Tenant } from "./helpers";

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
    expect(await rawHeadBodyBytes(mediaPath, tenant.key)).toBe(0);
  });

  test("serves one media item by its id", async () => {
    const recording = await parsedBody(await api(`/v1/recordings/${recordingId}`, { token: tenant.key }), RecordingSchema);
    expect(recording.media).toHaveLength(1);
    const { status, body } = await curl(`${mediaPath}/${recording.media[0].id}`, bearer(tenant.key));
    expect(status).toBe(200);
    expect(body.equals(wav)).toBe(true);
  });
});

/** Sends a raw HTTP/1.1 HEAD and counts the bytes that follow the headers (must be none). */
async function rawHeadBodyBytes(path: string, key: string): Promise<number> {
  const { hostname, port } = new URL(baseUrl);
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`HEAD ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${key}\r\nConnection: close\r\n\r\n`);
    });
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks)));
    socket.on("error", reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error("HEAD timed out")));
  });
  return raw.byteLength - (raw.indexOf("\r\n\r\n") + 4);
}
