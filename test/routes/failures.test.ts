import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { ApiError } from "../../src/lib/errors";
import { createRouter } from "../../src/lib/create-router";
import { notFound, onError } from "../../src/lib/error-handler";
import { requestId } from "../../src/middleware/request-id";
import { bytesOf, createRecording, createTenant, expectError, recordingObjectPrefix } from "../helpers";
import { d1FailingBatches } from "../faults";
import { assertConforms } from "../openapi-conformance";

/** The real R2 binding, except that puts fail. */
function r2FailingPuts(bucket: R2Bucket): R2Bucket {
  return new Proxy(bucket, {
    get(target, name) {
      if (name === "put") return () => Promise.reject(new Error("R2 put: injected outage"));
      const value = Reflect.get(target, name);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const app = createApp();

/** Uploads through the app with the given bindings; the response is checked against the OpenAPI document. */
async function upload(recordingId: string, auth: string, bindings: Env) {
  const bytes = bytesOf(2048);
  const request = new Request(`http://api.test/v1/recordings/${recordingId}/media`, {
    method: "POST",
    headers: { authorization: auth, "content-type": "audio/wav", "content-length": String(bytes.byteLength) },
    body: bytes,
  });
  const response = await app.fetch(request.clone(), bindings, createExecutionContext());
  await assertConforms(request, response);
  return response;
}

describe("failures part-way through an upload", () => {
  it("removes the stored object when D1 fails to record it, so no media is left unreachable", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const res = await upload(recording.id, tenant.auth, { ...env, DB: d1FailingBatches(env.DB) });
    const error = await expectError(res, 500, "INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(error)).not.toMatch(/D1_ERROR|injected|at \w+ \(/);
    const left = await env.MEDIA.list({ prefix: recordingObjectPrefix(tenant.accountId, recording.id) });
    expect(left.objects).toEqual([]);
    const row = await env.DB.prepare("SELECT count(*) AS n FROM media WHERE recording_id = ?1").bind(recording.id).first();
    expect(row).toEqual({ n: 0 });
  });

  it("records nothing in D1 when R2 fails to store the bytes", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const res = await upload(recording.id, tenant.auth, { ...env, MEDIA: r2FailingPuts(env.MEDIA) });
    await expectError(res, 500, "INTERNAL_SERVER_ERROR");
    const row = await env.DB.prepare("SELECT count(*) AS n FROM media WHERE recording_id = ?1").bind(recording.id).first();
    expect(row).toEqual({ n: 0 });
  });
});

describe("the one error handler", () => {
  const probe = createRouter();
  probe.use("*", requestId());
  probe.get("/throws", () => {
    throw new TypeError("secret internal detail");
  });
  probe.get("/api-error", () => {
    throw new ApiError(409, "RECORDING_IN_PROGRESS", "still recording");
  });
  probe.onError(onError);
  probe.notFound(notFound(() => []));

  it("answers an unexpected exception with 500 INTERNAL_SERVER_ERROR and no internals", async () => {
    const res = await probe.request("/throws");
    const error = await expectError(res, 500, "INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(error)).not.toMatch(/secret internal detail|TypeError|\.ts:\d+/);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a thrown ApiError with its status and code", async () => {
    await expectError(await probe.request("/api-error"), 409, "RECORDING_IN_PROGRESS");
  });
});
