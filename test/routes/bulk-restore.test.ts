import { describe, expect, it } from "vitest";
import { BulkRestoreResultSchema } from "../../src/schemas/deletion";
import { addKey, api, createRecording, createTenant, deleteRecording, expectError, listPage, withJson, type Tenant } from "../helpers";

function bulkRestore(tenant: Tenant, body: unknown): Promise<Response> {
  return api("/v1/recordings/bulk-restore", withJson("POST", body, tenant.auth));
}

describe("POST /v1/recordings/bulk-restore", () => {
  it("answers 204 when every recording is out of the trash, counting one never trashed as restored", async () => {
    const tenant = await createTenant();
    const [a, b, c] = [await createRecording(tenant), await createRecording(tenant), await createRecording(tenant)];
    for (const r of [a, b]) expect((await deleteRecording(tenant, r.id)).status).toBe(204);
    const res = await bulkRestore(tenant, { recording_ids: [a.id, b.id, c.id] });
    expect(res.status).toBe(204);
    expect((await listPage(tenant)).data.map((r) => r.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect((await listPage(tenant, "deleted=only")).data).toEqual([]);
  });

  it("reports every id in request order: missing, purged, another account's, repeated and malformed ones fail", async () => {
    const [tenant, stranger] = await Promise.all([createTenant(), createTenant()]);
    const trashed = await createRecording(tenant);
    const purged = await createRecording(tenant);
    const theirs = await createRecording(stranger);
    expect((await deleteRecording(tenant, trashed.id)).status).toBe(204);
    expect((await deleteRecording(tenant, purged.id, "?permanent=true")).status).toBe(204);
    expect((await deleteRecording(stranger, theirs.id)).status).toBe(204);
    const missing = crypto.randomUUID();
    const sent = [missing, trashed.id.toUpperCase(), purged.id, "not-a-uuid", theirs.id, trashed.id];
    const res = await bulkRestore(tenant, { recording_ids: sent });
    expect(res.status).toBe(200);
    const result = BulkRestoreResultSchema.parse(await res.json());
    expect(result.restored).toEqual([trashed.id]);
    expect(result.failed.map((f) => [f.id, f.error_code])).toEqual([
      [missing, "RECORDING_NOT_FOUND"],
      [purged.id, "RECORDING_NOT_FOUND"],
      ["not-a-uuid", "VALIDATION_ERROR"],
      [theirs.id, "RECORDING_NOT_FOUND"],
      [trashed.id, "DUPLICATE_ID"],
    ]);
    expect((await listPage(stranger, "deleted=only")).data.map((r) => r.id)).toEqual([theirs.id]);
  });

  it("restores all or nothing in one transaction, with deleted_at and deleted_by cleared", async () => {
    const tenant = await createTenant();
    const recordings = [];
    for (let i = 0; i < 5; i++) recordings.push(await createRecording(tenant));
    for (const r of recordings) expect((await deleteRecording(tenant, r.id)).status).toBe(204);
    expect((await bulkRestore(tenant, { recording_ids: recordings.map((r) => r.id) })).status).toBe(204);
    for (const r of (await listPage(tenant)).data) expect([r.deleted_at, r.deleted_by]).toEqual([null, null]);
  });

  it("refuses an empty list, more than 100 ids, other fields, and a key without recordings:delete", async () => {
    const tenant = await createTenant();
    await expectError(await bulkRestore(tenant, { recording_ids: [] }), 422, "VALIDATION_ERROR");
    const many = Array.from({ length: 101 }, () => crypto.randomUUID());
    await expectError(await bulkRestore(tenant, { recording_ids: many }), 422, "VALIDATION_ERROR");
    await expectError(await bulkRestore(tenant, { recording_ids: [crypto.randomUUID()], permanent: true }), 422, "VALIDATION_ERROR");
    const reader = await addKey(tenant.accountId, ["recordings:read", "recordings:write"]);
    await expectError(await bulkRestore(reader, { recording_ids: [crypto.randomUUID()] }), 403, "FORBIDDEN");
  });
});
