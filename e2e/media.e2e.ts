import { createHash } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { toneWav } from "../scripts/lib/wav.mjs";
import { ErrorSchema } from "../src/schemas/common";
import { authorized, client, expectApiError, rawBody } from "./client";
import { bearer, curl, newTenant, parseBody, rawExchange, UUID, type Tenant } from "./helpers";

const wav = Buffer.from(toneWav({ seconds: 1.5, frequencies: [329.63, 415.3, 493.88] }));
const size = wav.byteLength;
let tenant: Tenant;
let recordingId: string;
let mediaPath: string;

/** A new recording of the test tenant, made with the typed client. */
async function newRecording(status: "complete" | "active" = "complete"): Promise<string> {
  const { data } = await client.POST("/v1/recordings", { headers: authorized(tenant.key), body: { source: "sip", status } });
  if (!data) throw new Error("no recording");
  return data.id;
}

/** Uploads `bytes` to a recording with the typed client. */
function upload(id: string, bytes: Uint8Array, headers: { "Content-Digest"?: string } = {}, filename = "chord.wav") {
  return client.POST("/v1/recordings/{id}/media", {
    headers: { ...authorized(tenant.key), "Content-Type": "audio/wav" },
    params: { path: { id }, query: { kind: "audio", filename }, header: headers },
    body: new Blob([new Uint8Array(bytes)]),
    bodySerializer: rawBody,
  });
}

/** The recording as JSON (its GET may also answer media, by negotiation). */
async function recordingJson(id: string) {
  const { data } = await client.GET("/v1/recordings/{id}", { headers: authorized(tenant.key), params: { path: { id } } });
  if (!data || !("media" in data)) throw new Error(`recording ${id} did not answer JSON`);
  return data;
}

const digest = (bytes: Uint8Array) => `sha-256=:${createHash("sha256").update(bytes).digest("base64")}:`;

beforeAll(async () => {
  tenant = await newTenant();
  recordingId = await newRecording();
  mediaPath = `/v1/recordings/${recordingId}/media`;
  const { data, response } = await upload(recordingId, wav, { "Content-Digest": digest(wav) });
  expect(response.status).toBe(201);
  expect(data).toMatchObject({
    id: expect.stringMatching(UUID), kind: "audio", filename: "chord.wav", content_type: "audio/wav",
    byte_size: size, sha256: createHash("sha256").update(wav).digest("hex"), created_at: expect.any(String),
  });
});

describe("uploads", () => {
  test("lists the uploaded media item on the recording", async () => {
    const data = await recordingJson(recordingId);
    expect(data.media).toHaveLength(1);
    expect(data.media[0]).toMatchObject({ kind: "audio", byte_size: size, content_type: "audio/wav" });
  });

  test("refuses a wrong Content-Digest with 400 DIGEST_MISMATCH and stores nothing", async () => {
    const id = await newRecording();
    const result = await upload(id, wav, { "Content-Digest": digest(new TextEncoder().encode("other bytes")) }, "bad.wav");
    expectApiError(result, 400, "DIGEST_MISMATCH");
    expect((await recordingJson(id)).media).toEqual([]);
    expectApiError(await client.GET("/v1/recordings/{id}/media", { headers: authorized(tenant.key), params: { path: { id } } }), 404, "MEDIA_NOT_FOUND");
  });

  test("answers 409 RECORDING_IN_PROGRESS for the media of a recording still in progress", async () => {
    const id = await newRecording("active");
    expect((await upload(id, wav)).response.status).toBe(201);
    const result = await client.GET("/v1/recordings/{id}/media", { headers: authorized(tenant.key), params: { path: { id } } });
    expectApiError(result, 409, "RECORDING_IN_PROGRESS");
  });
});

describe("media through the typed client: ranges and conditionals", () => {
  const get = (header: { Range?: string; "If-Range"?: string; "If-None-Match"?: string; "If-Match"?: string } = {}) =>
    client.GET("/v1/recordings/{id}/media", {
      headers: authorized(tenant.key), params: { path: { id: recordingId }, header }, parseAs: "arrayBuffer",
    });

  test("reads one range, then the rest only while If-Range still holds", async () => {
    const first = await get({ Range: "bytes=0-99" });
    expect(first.response.status).toBe(206);
    expect(first.response.headers.get("content-range")).toBe(`bytes 0-99/${size}`);
    expect(Buffer.from(first.data ?? new ArrayBuffer(0)).equals(wav.subarray(0, 100))).toBe(true);
    const etag = first.response.headers.get("etag") ?? "";
    const rest = await get({ Range: "bytes=100-", "If-Range": etag });
    expect(rest.response.status).toBe(206);
    expect(Buffer.from(rest.data ?? new ArrayBuffer(0)).equals(wav.subarray(100))).toBe(true);
    const changed = await get({ Range: "bytes=100-", "If-Range": '"another-version"' });
    expect(changed.response.status).toBe(200);
    expect(changed.data?.byteLength).toBe(size);
  });

  test("revalidates with If-None-Match (304) and refuses a stale If-Match (412)", async () => {
    const etag = (await get()).response.headers.get("etag") ?? "";
    const notModified = await get({ "If-None-Match": etag });
    expect(notModified.response.status).toBe(304);
    expect(notModified.response.headers.get("etag")).toBe(etag);
    expectApiError(await get({ "If-Match": '"stale"' }), 412, "PRECONDITION_FAILED");
  });

  test("answers a range past the end with 416 and bytes */size", async () => {
    const result = await get({ Range: `bytes=${size}-` });
    expect(result.response.headers.get("content-range")).toBe(`bytes */${size}`);
    expectApiError(result, 416, "RANGE_NOT_SATISFIABLE");
  });

  test("negotiates the recording's audio with Accept, and answers HEAD with headers only", async () => {
    const audio = await client.GET("/v1/recordings/{id}", {
      headers: { ...authorized(tenant.key), Accept: "audio/*" }, params: { path: { id: recordingId }, header: { Range: "bytes=0-9" } },
      parseAs: "arrayBuffer",
    });
    expect(audio.response.status).toBe(206);
    expect(audio.response.headers.get("content-type")).toBe("audio/wav");
    const head = await client.HEAD("/v1/recordings/{id}/media", { headers: authorized(tenant.key), params: { path: { id: recordingId } } });
    expect(head.response.status).toBe(200);
    expect(head.response.headers.get("content-length")).toBe(String(size));
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
    const data = await recordingJson(recordingId);
    expect(data.media).toHaveLength(1);
    const { status, body } = await curl(`${mediaPath}/${data.media[0]?.id}`, bearer(tenant.key));
    expect(status).toBe(200);
    expect(body.equals(wav)).toBe(true);
  });
});

describe("content codings on the wire", () => {
  test("sends text media asked for with Accept-Encoding: gzip, br exactly as stored, ranges included", async () => {
    const text = Buffer.from("plain words that gzip would shrink a lot. ".repeat(100));
    const id = await newRecording();
    const uploaded = await client.POST("/v1/recordings/{id}/media", {
      headers: { ...authorized(tenant.key), "Content-Type": "text/plain; charset=utf-8" },
      params: { path: { id }, query: { kind: "transcript" } },
      body: new Blob([new Uint8Array(text)]),
      bodySerializer: rawBody,
    });
    const path = `/v1/recordings/${id}/media/${uploaded.data?.id}`;
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
