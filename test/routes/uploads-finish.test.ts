import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/app";
import { RecordingSchema } from "../../src/schemas/recording";
import { Budget } from "../../src/jobs/budget";
import { endExpiredUploads } from "../../src/jobs/expired-uploads";
import { api, bytesOf, createRecording, createTenant, expectError, expectWholeOrGone, recordingObjectPrefix, sessionEnv, sha256Hex, type Tenant } from "../helpers";
import { d1FailingBatches } from "../faults";
import { assertConforms } from "../openapi-conformance";
import { headUpload, MiB, newUpload, patchAll, TUS } from "../tus-helpers";

vi.setConfig({ testTimeout: 60_000 });

/** Where the finish of an upload is cut short. */
type Step = "after the last part" | "at complete" | "after complete" | "after complete, before the D1 write";

/**
 * The real R2 binding, except that one step of joining an upload fails like an outage: the last part
 * is stored but its answer lost, `complete` is refused, or `complete` joins the parts but its answer
 * is lost. Every other call goes through. ("after complete, before the D1 write" fails D1's batch.)
 */
function r2FailingAt(bucket: R2Bucket, step: Step, lastPart: number): R2Bucket {
  const outage = () => new Error(`injected outage ${step}`);
  const wrapUpload = (upload: R2MultipartUpload): R2MultipartUpload =>
    new Proxy(upload, {
      get(target, name) {
        if (name === "uploadPart" && step === "after the last part") {
          return async (n: number, body: ReadableStream) => {
            const part = await target.uploadPart(n, body);
            if (n === lastPart) throw outage();
            return part;
          };
        }
        if (name === "complete" && step === "at complete") return () => Promise.reject(outage());
        if (name === "complete" && step === "after complete") {
          return async (parts: R2UploadedPart[]) => {
            await target.complete(parts);
            throw outage();
          };
        }
        const value = Reflect.get(target, name);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(bucket, {
    get(target, name) {
      if (name === "resumeMultipartUpload") return (key: string, id: string) => wrapUpload(target.resumeMultipartUpload(key, id));
      const value = Reflect.get(target, name);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const app = createApp();

/** A PATCH through the app with `bindings`, checked against the OpenAPI document. */
async function patchWith(bindings: Env, tenant: Tenant, path: string, offset: number, bytes: Uint8Array): Promise<Response> {
  const request = new Request(`http://api.test${path}`, {
    method: "PATCH",
    headers: {
      authorization: tenant.auth, ...TUS, "upload-offset": String(offset), "content-type": "application/offset+octet-stream",
      "content-length": String(bytes.byteLength),
    },
    body: bytes,
  });
  const response = await app.fetch(request.clone(), bindings, createExecutionContext());
  await assertConforms(request, response);
  return response;
}

/** An upload of 5 MiB + 1 byte whose first chunk is stored; the final 1-byte PATCH is the test's. */
async function uploadAwaitingLastByte() {
  const tenant = await createTenant();
  const recording = await createRecording(tenant);
  const bytes = bytesOf(5 * MiB + 1, 41);
  const path = await newUpload(tenant, recording.id, bytes.byteLength);
  await patchAll(tenant, path, bytes.subarray(0, 5 * MiB), 5 * MiB);
  return { tenant, recording, bytes, path, last: bytes.subarray(5 * MiB) };
}

/** The recording's media: exactly one item, holding `bytes`, with their true SHA-256. */
async function expectOneTrueMedia(tenant: Tenant, recordingId: string, bytes: Uint8Array, mediaId: string | null) {
  const res = await api(`/v1/recordings/${recordingId}`, { headers: { authorization: tenant.auth } });
  const { media } = RecordingSchema.parse(await res.json());
  expect(media).toHaveLength(1);
  expect(media[0]!.id).toBe(mediaId);
  expect(media[0]!.byte_size).toBe(bytes.byteLength);
  expect(media[0]!.sha256).toBe(await sha256Hex(bytes));
  const served = await api(`/v1/recordings/${recordingId}/media/${mediaId}`, { headers: { authorization: tenant.auth } });
  expect(await sha256Hex(new Uint8Array(await served.arrayBuffer()))).toBe(await sha256Hex(bytes));
}

describe("a finish cut short at each step", () => {
  it.each<Step>(["at complete", "after complete, before the D1 write"])(
    "%s: the next HEAD finishes the upload, naming the media item, which has the right hash; nothing is left over",
    async (step) => {
      const { tenant, recording, bytes, path, last } = await uploadAwaitingLastByte();
      await expectError(await patchWith(failingAt(step), tenant, path, 5 * MiB, last), 500, "INTERNAL_SERVER_ERROR");

      const head = await headUpload(tenant, path);
      expect(head.status).toBe(200);
      expect(head.headers.get("upload-offset")).toBe(String(bytes.byteLength));
      const mediaId = head.headers.get("upload-media-id");
      expect(mediaId).toMatch(/^[0-9a-f-]{36}$/);
      await expectOneTrueMedia(tenant, recording.id, bytes, mediaId);
      expect(await expectWholeOrGone(tenant.accountId, recording.id)).toBe("whole");
      // Asked again (as a tus client resuming would), the answer is the same and nothing is added.
      expect((await headUpload(tenant, path)).headers.get("upload-media-id")).toBe(mediaId);
      await expectOneTrueMedia(tenant, recording.id, bytes, mediaId);
    },
  );

  it("after complete, its answer lost: the same PATCH finds the joined object, records the media item and answers 204", async () => {
    const { tenant, recording, bytes, path, last } = await uploadAwaitingLastByte();
    const res = await patchWith(failingAt("after complete"), tenant, path, 5 * MiB, last);
    expect(res.status).toBe(204);
    expect(res.headers.get("upload-offset")).toBe(String(bytes.byteLength));
    await expectOneTrueMedia(tenant, recording.id, bytes, res.headers.get("upload-media-id"));
    expect(await expectWholeOrGone(tenant.accountId, recording.id)).toBe("whole");
  });

  it("after the last part: HEAD says to resume at the last chunk, and sending it again finishes the upload with the right hash", async () => {
    const { tenant, recording, bytes, path, last } = await uploadAwaitingLastByte();
    await expectError(await patchWith(failingAt("after the last part"), tenant, path, 5 * MiB, last), 500, "INTERNAL_SERVER_ERROR");
    const head = await headUpload(tenant, path);
    expect(head.headers.get("upload-offset")).toBe(String(5 * MiB));
    expect(head.headers.get("upload-media-id")).toBeNull();
    const res = await patchWith(env, tenant, path, 5 * MiB, last);
    expect(res.status).toBe(204);
    expect(res.headers.get("upload-offset")).toBe(String(bytes.byteLength));
    await expectOneTrueMedia(tenant, recording.id, bytes, res.headers.get("upload-media-id"));
    expect(await expectWholeOrGone(tenant.accountId, recording.id)).toBe("whole");
  });

  it("after complete: an empty PATCH at the full offset finishes the upload and answers 204 with the media item", async () => {
    const { tenant, recording, bytes, path, last } = await uploadAwaitingLastByte();
    await patchWith(failingAt("after complete, before the D1 write"), tenant, path, 5 * MiB, last);
    const res = await patchWith(env, tenant, path, bytes.byteLength, new Uint8Array(0));
    expect(res.status).toBe(204);
    expect(res.headers.get("upload-offset")).toBe(String(bytes.byteLength));
    await expectOneTrueMedia(tenant, recording.id, bytes, res.headers.get("upload-media-id"));
  });

  it("after complete: a resent last chunk is told the upload's real offset, and the media item exists", async () => {
    const { tenant, recording, bytes, path, last } = await uploadAwaitingLastByte();
    await patchWith(failingAt("after complete, before the D1 write"), tenant, path, 5 * MiB, last);
    const error = await expectError(await patchWith(env, tenant, path, 5 * MiB, last), 409, "UPLOAD_OFFSET_MISMATCH");
    expect(error.message).toContain(`not this upload's offset, ${bytes.byteLength}`);
    const head = await headUpload(tenant, path);
    await expectOneTrueMedia(tenant, recording.id, bytes, head.headers.get("upload-media-id"));
  });

  it("finishes once when two requests find the same cut-short upload at the same time", async () => {
    const { tenant, recording, bytes, path, last } = await uploadAwaitingLastByte();
    await patchWith(failingAt("after complete, before the D1 write"), tenant, path, 5 * MiB, last);
    const heads = await Promise.all([headUpload(tenant, path), headUpload(tenant, path), headUpload(tenant, path)]);
    const ids = heads.map((h) => h.headers.get("upload-media-id"));
    expect(heads.map((h) => h.status)).toEqual([200, 200, 200]);
    expect(new Set(ids).size).toBe(1);
    await expectOneTrueMedia(tenant, recording.id, bytes, ids[0]!);
  });

  it("DELETE of a cut-short upload finishes it and answers 409 UPLOAD_FINISHED naming the media item", async () => {
    const { tenant, recording, bytes, path, last } = await uploadAwaitingLastByte();
    await patchWith(failingAt("at complete"), tenant, path, 5 * MiB, last);
    const res = await api(path, { method: "DELETE", headers: { authorization: tenant.auth, ...TUS } });
    const error = await expectError(res, 409, "UPLOAD_FINISHED");
    const head = await headUpload(tenant, path);
    expect(error.message).toContain(head.headers.get("upload-media-id"));
    await expectOneTrueMedia(tenant, recording.id, bytes, head.headers.get("upload-media-id"));
  });

  it("a cut-short upload whose recording was deleted meanwhile answers 404 and leaves no object behind", async () => {
    const { tenant, recording, path, last } = await uploadAwaitingLastByte();
    await patchWith(failingAt("after complete, before the D1 write"), tenant, path, 5 * MiB, last);
    expect((await api(`/v1/recordings/${recording.id}`, { method: "DELETE", headers: { authorization: tenant.auth } })).status).toBe(204);
    expect((await headUpload(tenant, path)).status).toBe(404);
    const row = await env.DB.prepare("SELECT ended_by FROM uploads WHERE id = ?1").bind(path.split("/").pop()).first();
    expect(row).toEqual({ ended_by: "recording_deleted" });
    await endExpiredUploads(sessionEnv(), new Date(Date.now() + 1000), { budget: new Budget(100) });
    expect(await env.MEDIA.list({ prefix: recordingObjectPrefix(tenant.accountId, recording.id) })).toMatchObject({ objects: [] });
  });
});

/** The bindings that fail at `step` of the finish of an upload of two parts. */
function failingAt(step: Step): Env {
  if (step === "after complete, before the D1 write") return { ...env, DB: d1FailingBatches(env.DB) };
  return { ...env, MEDIA: r2FailingAt(env.MEDIA, step, 2) };
}
