import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ErrorSchema } from "../../src/schemas/common";
import { account, expectExactUsage, setQuota } from "../account-helpers";
import {
  admin, api, bytesOf, createRecording, createTenant, deleteRecording, expectError, objectKeys, restoreRecording, send, uploaded, uploadMedia, withJson,
} from "../helpers";
import { createUpload, newUpload, patchChunk } from "../tus-helpers";

describe("the byte quota", () => {
  it("lets exactly one of two uploads racing for the last bytes through: 201 and 403 QUOTA_EXCEEDED, nothing stored for the other", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(600));
    await setQuota(tenant, { max_bytes_stored: 1000 });
    const [a, b] = await Promise.all([
      uploadMedia(tenant, recording.id, bytesOf(300, 1)),
      uploadMedia(tenant, recording.id, bytesOf(300, 2)),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 403]);
    const refused = a.status === 403 ? a : b;
    const body = await expectError(refused, 403, "QUOTA_EXCEEDED");
    expect(body.details).toEqual([expect.objectContaining({ usage: 900, limit: 1000, requested: 300, type: "quota_exceeded" })]);
    expect(await objectKeys(tenant.accountId, recording.id)).toHaveLength(2);
    expect((await expectExactUsage(tenant)).bytes_stored).toBe(900);
  });

  it("refuses by Content-Length before reading the body, and accepts an upload that ends exactly at the limit", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await setQuota(tenant, { max_bytes_stored: 500 });
    await expectError(await uploadMedia(tenant, recording.id, bytesOf(501)), 403, "QUOTA_EXCEEDED");
    expect(await objectKeys(tenant.accountId, recording.id)).toEqual([]);
    await uploaded(tenant, recording.id, bytesOf(500));
    await expectError(await uploadMedia(tenant, recording.id, bytesOf(1)), 403, "QUOTA_EXCEEDED");
    expect((await account(tenant)).usage).toMatchObject({ bytes_stored: 500, media_items: 1 });
  });

  it("keeps reads, deletes and restores working over the quota; a restore may pass it", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const media = await uploaded(tenant, recording.id, bytesOf(400));
    await setQuota(tenant, { max_bytes_stored: 100, max_recordings: 1 });
    expect((await send(`/v1/recordings/${recording.id}/media/${media.id}`, tenant.auth)).status).toBe(200);
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    expect((await restoreRecording(tenant, recording.id)).status).toBe(200);
    await expectError(await api("/v1/recordings", withJson("POST", {}, tenant.auth)), 403, "QUOTA_EXCEEDED");
  });

  it("counts a resumable upload's whole Upload-Length from its creation: of parallel creations only those that fit pass", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await setQuota(tenant, { max_bytes_stored: 1000 });
    const results = await Promise.all([1, 2, 3, 4].map(() => createUpload(tenant, recording.id, 400)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 403, 403]);
    const refused = results.find((r) => r.status === 403)!;
    const body = ErrorSchema.parse(await refused.json());
    expect(body.details?.[0]).toMatchObject({ usage: 800, limit: 1000, requested: 400 });
    // The reservation holds single uploads off too, until the resumable ones finish or expire.
    await expectError(await uploadMedia(tenant, recording.id, bytesOf(201)), 403, "QUOTA_EXCEEDED");
    await uploaded(tenant, recording.id, bytesOf(200));
  });

  it("turns a finished resumable upload's reservation into stored bytes in the same transaction", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await setQuota(tenant, { max_bytes_stored: 1000 });
    const path = await newUpload(tenant, recording.id, 700);
    expect((await patchChunk(tenant, path, 0, bytesOf(700))).status).toBe(204);
    expect((await expectExactUsage(tenant)).bytes_stored).toBe(700);
    await expectError(await createUpload(tenant, recording.id, 301), 403, "QUOTA_EXCEEDED");
    expect((await createUpload(tenant, recording.id, 300)).status).toBe(201);
  });

  it("stops counting an abandoned resumable upload once it expires", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await setQuota(tenant, { max_bytes_stored: 1000 });
    await newUpload(tenant, recording.id, 900);
    await expectError(await uploadMedia(tenant, recording.id, bytesOf(200)), 403, "QUOTA_EXCEEDED");
    await env.DB.prepare("UPDATE uploads SET expires_at = ?2 WHERE account_id = ?1").bind(tenant.accountId, new Date(Date.now() - 1000).toISOString()).run();
    await uploaded(tenant, recording.id, bytesOf(200));
  });
});

describe("the recordings quota", () => {
  it("lets exactly as many parallel creates through as there are places left, the trash counting", async () => {
    const tenant = await createTenant();
    const trashed = await createRecording(tenant);
    expect((await deleteRecording(tenant, trashed.id)).status).toBe(204);
    await setQuota(tenant, { max_recordings: 4 });
    const results = await Promise.all(Array.from({ length: 6 }, () => api("/v1/recordings", withJson("POST", {}, tenant.auth))));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = results.find((r) => r.status === 403)!;
    const body = await expectError(refused, 403, "QUOTA_EXCEEDED");
    expect(body.details?.[0]).toMatchObject({ usage: 4, limit: 4 });
    expect((await expectExactUsage(tenant)).recordings).toBe(4);
  });

  it("creates again once a quota is lifted (null)", async () => {
    const tenant = await createTenant();
    await setQuota(tenant, { max_recordings: 0 });
    await expectError(await api("/v1/recordings", withJson("POST", {}, tenant.auth)), 403, "QUOTA_EXCEEDED");
    await setQuota(tenant, { max_recordings: null });
    await createRecording(tenant);
  });
});

describe("PATCH /v1/admin/accounts/{account_id}", () => {
  it.each([
    [{ max_bytes_stored: -1 }], [{ max_recordings: 1.5 }], [{ max_recordings: "10" }], [{ other: 1 }],
  ])("refuses %j with 422 and changes nothing", async (body) => {
    const tenant = await createTenant();
    await setQuota(tenant, { max_recordings: 7 });
    await expectError(await api(`/v1/admin/accounts/${tenant.accountId}`, withJson("PATCH", body, admin)), 422, "VALIDATION_ERROR");
    expect((await account(tenant)).quota).toEqual({ max_bytes_stored: null, max_recordings: 7 });
  });

  it("answers 404 ACCOUNT_NOT_FOUND for an unknown account, and 401 without the admin token", async () => {
    const tenant = await createTenant();
    await expectError(await api(`/v1/admin/accounts/${crypto.randomUUID()}`, withJson("PATCH", { max_recordings: 1 }, admin)), 404, "ACCOUNT_NOT_FOUND");
    await expectError(await api(`/v1/admin/accounts/${tenant.accountId}`, withJson("PATCH", { max_recordings: 1 }, tenant.auth)), 401, "UNAUTHORIZED");
  });
});
