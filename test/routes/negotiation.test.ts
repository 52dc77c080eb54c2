import { describe, expect, it } from "vitest";
import { RecordingSchema, type Media } from "../../src/schemas/recording";
import { api, bytesOf, createRecording, createTenant, expectError, responseBytes, uploaded, type Tenant } from "../helpers";

const AUDIO = bytesOf(300, 21);
const VIDEO = bytesOf(200, 22);

interface Fixture {
  tenant: Tenant;
  recordingId: string;
  audio: Media;
  video?: Media;
}

/** A complete recording with a WAV (and, when asked, a WebM video uploaded after it). */
async function recordingWithMedia({ withVideo = false, status = "complete" } = {}): Promise<Fixture> {
  const tenant = await createTenant();
  const recording = await createRecording(tenant, { status });
  await uploaded(tenant, recording.id, bytesOf(10, 1), "image/png");
  const audio = await uploaded(tenant, recording.id, AUDIO, "audio/wav");
  const video = withVideo ? await uploaded(tenant, recording.id, VIDEO, "video/webm") : undefined;
  return { tenant, recordingId: recording.id, audio, video };
}

function getRecording(f: Fixture, headers: Record<string, string> = {}, query = "", method = "GET"): Promise<Response> {
  return api(`/v1/recordings/${f.recordingId}${query}`, { method, headers: { authorization: f.tenant.auth, ...headers } });
}

/** The recording's JSON, with `Vary: Accept`. */
async function expectJson(res: Response, f: Fixture): Promise<void> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.headers.get("vary")).toMatch(/\bAccept\b/);
  const body = RecordingSchema.parse(await res.json());
  expect(body.id).toBe(f.recordingId);
  expect(body.media.map((m) => m.id)).toContain(f.audio.id);
}

/** The media's bytes, whole, with its own headers and `Vary: Accept`. */
async function expectMedia(res: Response, media: Media, bytes: Uint8Array): Promise<void> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(media.content_type);
  expect(res.headers.get("etag")).toBe(`"${media.sha256}"`);
  expect(res.headers.get("content-length")).toBe(String(bytes.byteLength));
  expect(res.headers.get("accept-ranges")).toBe("bytes");
  expect(res.headers.get("cache-control")).toBe("private, no-transform");
  expect(res.headers.get("vary")).toMatch(/\bAccept\b/);
  expect(await responseBytes(res)).toEqual(bytes);
}

describe("GET /v1/recordings/{id} content negotiation", () => {
  describe("JSON", () => {
    it("answers JSON with Vary: Accept when no Accept is sent", async () => {
      const f = await recordingWithMedia();
      await expectJson(await getRecording(f), f);
    });

    it("answers JSON to Accept: */*", async () => {
      const f = await recordingWithMedia();
      await expectJson(await getRecording(f, { accept: "*/*" }), f);
    });

    it("answers JSON to Accept: application/json and application/*", async () => {
      const f = await recordingWithMedia();
      await expectJson(await getRecording(f, { accept: "application/json" }), f);
      await expectJson(await getRecording(f, { accept: "application/*" }), f);
    });

    it("answers JSON to a browser's Accept, whose */* covers JSON", async () => {
      const f = await recordingWithMedia();
      await expectJson(await getRecording(f, { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" }), f);
    });

    it("answers JSON to an Accept with nothing parseable in it", async () => {
      const f = await recordingWithMedia();
      await expectJson(await getRecording(f, { accept: ";;;, /, audio" }), f);
    });

    it("answers JSON when JSON is preferred over audio by weight", async () => {
      const f = await recordingWithMedia();
      await expectJson(await getRecording(f, { accept: "audio/*;q=0.5, application/json" }), f);
    });

    it("answers JSON when audio is named but none matches and JSON is also acceptable", async () => {
      const f = await recordingWithMedia();
      await expectJson(await getRecording(f, { accept: "audio/mpeg, application/json;q=0.5" }), f);
    });

    it("answers JSON for a recording with no media when */* follows audio/*", async () => {
      const tenant = await createTenant();
      const recording = await createRecording(tenant);
      const res = await api(`/v1/recordings/${recording.id}`, { headers: { authorization: tenant.auth, accept: "audio/*, */*;q=0.1" } });
      expect(res.status).toBe(200);
      expect(RecordingSchema.parse(await res.json()).media).toEqual([]);
    });
  });

  describe("media", () => {
    it("answers Accept: audio/* with the audio bytes", async () => {
      const f = await recordingWithMedia();
      await expectMedia(await getRecording(f, { accept: "audio/*" }), f.audio, AUDIO);
    });

    it("answers Accept: audio/wav with the WAV", async () => {
      const f = await recordingWithMedia();
      await expectMedia(await getRecording(f, { accept: "audio/wav" }), f.audio, AUDIO);
    });

    it("answers audio ahead of JSON when audio/* weighs more", async () => {
      const f = await recordingWithMedia();
      await expectMedia(await getRecording(f, { accept: "application/json;q=0.9, audio/*" }), f.audio, AUDIO);
    });

    it("supports ranges on the negotiated audio", async () => {
      const f = await recordingWithMedia();
      const res = await getRecording(f, { accept: "audio/*", range: "bytes=10-19" });
      expect(res.status).toBe(206);
      expect(res.headers.get("content-range")).toBe(`bytes 10-19/${AUDIO.byteLength}`);
      expect(await responseBytes(res)).toEqual(AUDIO.slice(10, 20));
    });

    it("supports conditionals on the negotiated audio, keeping Vary on the 304", async () => {
      const f = await recordingWithMedia();
      const res = await getRecording(f, { accept: "audio/*", "if-none-match": `"${f.audio.sha256}"` });
      expect(res.status).toBe(304);
      expect(res.headers.get("vary")).toMatch(/\bAccept\b/);
      expect((await responseBytes(res)).byteLength).toBe(0);
    });

    it("answers Accept: video/* with the video, not the audio uploaded before it", async () => {
      const f = await recordingWithMedia({ withVideo: true });
      await expectMedia(await getRecording(f, { accept: "video/*" }), f.video!, VIDEO);
    });

    it("picks the type with the higher q-value", async () => {
      const f = await recordingWithMedia({ withVideo: true });
      await expectMedia(await getRecording(f, { accept: "audio/*;q=0.4, video/*;q=0.8" }), f.video!, VIDEO);
      await expectMedia(await getRecording(f, { accept: "video/*;q=0.4, audio/*;q=0.8" }), f.audio, AUDIO);
    });

    it("serves with ?disposition=attachment as a download", async () => {
      const f = await recordingWithMedia();
      const res = await getRecording(f, { accept: "audio/*" }, "?disposition=attachment");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[^"]+\.wav"/);
    });

    it("answers HEAD with the media's headers and no body", async () => {
      const f = await recordingWithMedia();
      const res = await getRecording(f, { accept: "audio/*" }, "", "HEAD");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("audio/wav");
      expect(res.headers.get("content-length")).toBe(String(AUDIO.byteLength));
      expect((await responseBytes(res)).byteLength).toBe(0);
    });
  });

  describe("?accept=", () => {
    it("overrides an Accept header asking for JSON", async () => {
      const f = await recordingWithMedia();
      await expectMedia(await getRecording(f, { accept: "application/json" }, "?accept=audio/wav"), f.audio, AUDIO);
    });

    it("overrides an Accept header asking for audio", async () => {
      const f = await recordingWithMedia();
      await expectJson(await getRecording(f, { accept: "audio/*" }, `?accept=${encodeURIComponent("application/json")}`), f);
    });

    it("gives the media without any Accept header", async () => {
      const f = await recordingWithMedia({ withVideo: true });
      await expectMedia(await getRecording(f, {}, `?accept=${encodeURIComponent("video/*")}`), f.video!, VIDEO);
    });

    it("answers 406 when the type it names is not there", async () => {
      const f = await recordingWithMedia();
      await expectError(await getRecording(f, {}, "?accept=audio/mpeg"), 406, "NOT_ACCEPTABLE");
    });

    it("answers 422 when it is longer than 512 characters", async () => {
      const f = await recordingWithMedia();
      const res = await getRecording(f, {}, `?accept=audio/${"x".repeat(600)}`);
      const body = await expectError(res, 422, "VALIDATION_ERROR");
      expect(body.details?.[0]?.loc).toEqual(["query", "accept"]);
    });
  });

  describe("nothing acceptable", () => {
    it("answers 406 NOT_ACCEPTABLE to audio/mpeg when only a WAV exists", async () => {
      const f = await recordingWithMedia();
      const res = await getRecording(f, { accept: "audio/mpeg" });
      await expectError(res, 406, "NOT_ACCEPTABLE");
      expect(res.headers.get("vary")).toMatch(/\bAccept\b/);
    });

    it("answers 406 to video/* when only audio exists", async () => {
      const f = await recordingWithMedia();
      await expectError(await getRecording(f, { accept: "video/*" }), 406, "NOT_ACCEPTABLE");
    });

    it("answers 406 to audio/* for a recording without media", async () => {
      const tenant = await createTenant();
      const recording = await createRecording(tenant);
      const res = await api(`/v1/recordings/${recording.id}`, { headers: { authorization: tenant.auth, accept: "audio/*" } });
      await expectError(res, 406, "NOT_ACCEPTABLE");
    });

    it("does not offer an image when audio/* is asked for", async () => {
      const tenant = await createTenant();
      const recording = await createRecording(tenant);
      await uploaded(tenant, recording.id, bytesOf(10), "image/png");
      const res = await api(`/v1/recordings/${recording.id}`, { headers: { authorization: tenant.auth, accept: "audio/*, image/*" } });
      await expectError(res, 406, "NOT_ACCEPTABLE");
    });

    it("answers 406 when audio is named and JSON is refused with q=0", async () => {
      const f = await recordingWithMedia();
      await expectError(await getRecording(f, { accept: "audio/mpeg, application/json;q=0" }), 406, "NOT_ACCEPTABLE");
    });
  });

  describe("state and ownership", () => {
    it("answers 409 RECORDING_IN_PROGRESS when media is negotiated for a recording in progress", async () => {
      const f = await recordingWithMedia({ status: "active" });
      await expectError(await getRecording(f, { accept: "audio/*" }), 409, "RECORDING_IN_PROGRESS");
    });

    it("still answers JSON for a recording in progress", async () => {
      const f = await recordingWithMedia({ status: "active" });
      await expectJson(await getRecording(f), f);
    });

    it("answers another account 404 RECORDING_NOT_FOUND whatever Accept says", async () => {
      const f = await recordingWithMedia();
      const intruder = await createTenant();
      await expectError(await getRecording({ ...f, tenant: intruder }, { accept: "audio/*" }), 404, "RECORDING_NOT_FOUND");
      await expectError(await getRecording({ ...f, tenant: intruder }), 404, "RECORDING_NOT_FOUND");
    });
  });
});
