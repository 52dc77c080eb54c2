import { describe, expect, it } from "vitest";
import { addKey, api, bytesOf, createRecording, createTenant, expectError, send, uploaded, withJson } from "../helpers";

const LIMIT_MESSAGE = "Bulk download is limited to 50 recordings";
const ids = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());

function post(body: unknown, auth?: string) {
  return api("/v1/recordings/bulk-download", withJson("POST", body, auth));
}

describe("the 50-id limit", () => {
  it("answers 400 BULK_DOWNLOAD_LIMIT_EXCEEDED for 51 ids, by body or by query", async () => {
    const { auth } = await createTenant();
    const error = await expectError(await post({ recording_ids: ids(51) }, auth), 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
    expect(error.message).toBe(LIMIT_MESSAGE);
    expect(error.details).toBeUndefined();
    await expectError(await post({ call_ids: ids(51) }, auth), 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
    const query = await send(`/v1/recordings/download?recording_ids=${ids(51).join(",")}`, auth);
    expect((await expectError(query, 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED")).message).toBe(LIMIT_MESSAGE);
  });

  it("counts ids as sent, duplicates included", async () => {
    const { auth } = await createTenant();
    const one = crypto.randomUUID();
    await expectError(await post({ recording_ids: Array(51).fill(one) }, auth), 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
    // 50 copies are within the limit: they count once and find nothing.
    await expectError(await post({ recording_ids: Array(50).fill(one) }, auth), 404, "NO_RECORDINGS_FOUND");
  });

  it("takes precedence over every other validation problem", async () => {
    const { auth } = await createTenant();
    const bad = [...ids(50), "not-a-uuid"];
    await expectError(await post({ recording_ids: bad }, auth), 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
    await expectError(await post({ recording_ids: ids(30), call_ids: ids(30) }, auth), 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
    await expectError(await post({ recording_ids: ids(51), extra: true }, auth), 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
    const query = `/v1/recordings/download?recording_ids=${bad.join(",")}&call_ids=x`;
    await expectError(await send(query, auth), 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
  });

  it("accepts exactly 50 ids", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(10));
    const res = await post({ recording_ids: [recording.id, ...ids(49)] }, tenant.auth);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });
});

describe("validation", () => {
  it("answers 422 with the location of an id that is not a UUID", async () => {
    const { auth } = await createTenant();
    const error = await expectError(await post({ recording_ids: [crypto.randomUUID(), "nope"] }, auth), 422, "VALIDATION_ERROR");
    expect(error.details).toEqual([expect.objectContaining({ loc: ["body", "recording_ids", 1], msg: "Invalid UUID" })]);
    const query = await send(`/v1/recordings/download?call_ids=${crypto.randomUUID()},nope`, auth);
    const fromQuery = await expectError(query, 422, "VALIDATION_ERROR");
    expect(fromQuery.details).toEqual([expect.objectContaining({ loc: ["query", "call_ids", 1] })]);
  });

  it("answers 422 for both selectors, for neither, and for an empty list", async () => {
    const { auth } = await createTenant();
    const message = "Give exactly one of recording_ids or call_ids";
    for (const body of [{ recording_ids: ids(1), call_ids: ids(1) }, {}]) {
      const error = await expectError(await post(body, auth), 422, "VALIDATION_ERROR");
      expect(error.details).toEqual([expect.objectContaining({ loc: ["body"], msg: message })]);
    }
    await expectError(await post({ recording_ids: [] }, auth), 422, "VALIDATION_ERROR");
    for (const query of ["", "?recording_ids=", `?recording_ids=${ids(1)}&call_ids=${ids(1)}`, "?recording_ids=,,"]) {
      await expectError(await send(`/v1/recordings/download${query}`, auth), 422, "VALIDATION_ERROR");
    }
  });

  it("answers 422 for unknown fields and lists of the wrong type, 400 for a body that is not JSON", async () => {
    const { auth } = await createTenant();
    const unknown = await expectError(await post({ recording_ids: ids(1), format: "tar" }, auth), 422, "VALIDATION_ERROR");
    expect(unknown.details).toEqual([expect.objectContaining({ loc: ["body", "format"] })]);
    await expectError(await post({ recording_ids: ids(1)[0] }, auth), 422, "VALIDATION_ERROR");
    await expectError(await post({ recording_ids: [42] }, auth), 422, "VALIDATION_ERROR");
    await expectError(await post([ids(1)], auth), 422, "VALIDATION_ERROR");
    const malformed = await api("/v1/recordings/bulk-download", { method: "POST", headers: { authorization: auth }, body: "{recording_ids" });
    await expectError(malformed, 400, "MALFORMED_JSON");
  });

  it("answers 415 for a JSON body with a Content-Encoding, on both POST forms", async () => {
    const { auth } = await createTenant();
    const headers = { authorization: auth, "content-type": "application/json", "content-encoding": "gzip" };
    for (const path of ["/v1/recordings/bulk-download", "/v1/recordings/bulk-download-url"]) {
      const res = await api(path, { method: "POST", headers, body: JSON.stringify({ recording_ids: ids(1) }) });
      await expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    }
  });
});

describe("authorization", () => {
  it("answers 401 without a key, before looking at the body", async () => {
    await expectError(await post({ recording_ids: ids(51) }), 401, "UNAUTHORIZED");
    await expectError(await send(`/v1/recordings/download?recording_ids=${ids(1)}`), 401, "UNAUTHORIZED");
  });

  it("answers 403 FORBIDDEN for a key without recordings:read", async () => {
    const tenant = await createTenant();
    const writer = await addKey(tenant.accountId, ["recordings:write"]);
    await expectError(await post({ recording_ids: ids(1) }, writer.auth), 403, "FORBIDDEN");
    await expectError(await send(`/v1/recordings/download?recording_ids=${ids(1)}`, writer.auth), 403, "FORBIDDEN");
  });

  it("routes /v1/recordings/download to the bulk download, not to a recording named 'download'", async () => {
    const { auth } = await createTenant();
    const error = await expectError(await send("/v1/recordings/download", auth), 422, "VALIDATION_ERROR");
    expect(error.details?.[0]?.msg).toBe("Give exactly one of recording_ids or call_ids");
  });
});
