import { describe, expect, it } from "vitest";
import { BulkDeleteResultSchema } from "../../src/schemas/deletion";
import {
  api, bulkDelete, bytesOf, createRecording, createTenant, deleteRecording, expectError, objectKeys, storedRows, uploaded,
} from "../helpers";

describe("POST /v1/recordings/bulk-delete", () => {
  it("answers 204 and trashes every recording when all of them can be deleted", async () => {
    const tenant = await createTenant();
    const recordings = await Promise.all([1, 2, 3].map(() => createRecording(tenant)));
    const res = await bulkDelete(tenant, { recording_ids: recordings.map((r) => r.id) });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    for (const r of recordings) expect((await storedRows(r.id)).recording).toMatchObject({ deleted_by: tenant.keyId });
  });

  it("reports every id that was not deleted, in request order, and deletes only the rest", async () => {
    const [tenant, stranger] = await Promise.all([createTenant(), createTenant()]);
    const [ok, trashed, inProgress, theirs, okToo] = await Promise.all([
      createRecording(tenant),
      createRecording(tenant),
      createRecording(tenant, { status: "active" }),
      createRecording(stranger),
      createRecording(tenant),
    ]);
    expect((await deleteRecording(tenant, trashed!.id)).status).toBe(204);
    const trashedBefore = await storedRows(trashed!.id);
    const missing = crypto.randomUUID();
    const sent = [ok!.id, missing, theirs!.id, trashed!.id, inProgress!.id, "nope", ok!.id.toUpperCase(), okToo!.id];
    const res = await bulkDelete(tenant, { recording_ids: sent });
    expect(res.status).toBe(200);
    const body = BulkDeleteResultSchema.parse(await res.json());
    expect(body.deleted).toEqual([ok!.id, okToo!.id]);
    expect(body.failed.map(({ id, error_code }) => ({ id, error_code }))).toEqual([
      { id: missing, error_code: "RECORDING_NOT_FOUND" },
      { id: theirs!.id, error_code: "RECORDING_NOT_FOUND" },
      { id: trashed!.id, error_code: "RECORDING_NOT_FOUND" },
      { id: inProgress!.id, error_code: "RECORDING_IN_PROGRESS" },
      { id: "nope", error_code: "VALIDATION_ERROR" },
      { id: ok!.id.toUpperCase(), error_code: "DUPLICATE_ID" },
    ]);
    for (const failure of body.failed) expect(failure.message.length).toBeGreaterThan(0);
    const [theirsMessage, missingMessage] = [body.failed[1]!.message, body.failed[0]!.message];
    expect(theirsMessage.replace(theirs!.id, "<id>")).toBe(missingMessage.replace(missing, "<id>"));
    expect((await storedRows(theirs!.id)).recording?.deleted_at).toBeNull();
    expect((await storedRows(inProgress!.id)).recording).toMatchObject({ status: "active", deleted_at: null });
    expect(await storedRows(trashed!.id)).toEqual(trashedBefore);
  });

  it("purges with permanent: true, from the trash too, removing every object, and reports the rest", async () => {
    const [tenant, stranger] = await Promise.all([createTenant(), createTenant()]);
    const live = await createRecording(tenant);
    const trashed = await createRecording(tenant);
    const recording = await createRecording(tenant, { status: "ending" });
    const theirs = await createRecording(stranger);
    for (const r of [live, trashed, recording]) await uploaded(tenant, r.id, bytesOf(900));
    await uploaded(stranger, theirs.id, bytesOf(900));
    expect((await deleteRecording(tenant, trashed.id)).status).toBe(204);
    const res = await bulkDelete(tenant, { recording_ids: [live.id, trashed.id, recording.id, theirs.id], permanent: true });
    expect(res.status).toBe(200);
    const body = BulkDeleteResultSchema.parse(await res.json());
    expect(body.deleted).toEqual([live.id, trashed.id]);
    expect(body.failed.map((f) => [f.id, f.error_code])).toEqual([
      [recording.id, "RECORDING_IN_PROGRESS"],
      [theirs.id, "RECORDING_NOT_FOUND"],
    ]);
    for (const r of [live, trashed]) {
      expect(await storedRows(r.id)).toEqual({ recording: null, mediaKeys: [] });
      expect(await objectKeys(tenant.accountId, r.id)).toEqual([]);
    }
    expect(await objectKeys(tenant.accountId, recording.id)).toHaveLength(1);
    expect(await objectKeys(stranger.accountId, theirs.id)).toHaveLength(1);
  });

  it("answers 204 for 100 ids, the most it takes", async () => {
    const tenant = await createTenant();
    const recordings = [];
    for (let i = 0; i < 100; i++) recordings.push(await createRecording(tenant));
    expect((await bulkDelete(tenant, { recording_ids: recordings.map((r) => r.id), permanent: true })).status).toBe(204);
    for (const r of recordings.slice(0, 3)) expect((await storedRows(r.id)).recording).toBeNull();
  });

  it("reports a request of only malformed or repeated ids without touching anything", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { status: "starting" });
    const long = "a".repeat(1000);
    const res = await bulkDelete(tenant, { recording_ids: ["", "x", long, recording.id, recording.id] });
    expect(res.status).toBe(200);
    const { deleted, failed } = BulkDeleteResultSchema.parse(await res.json());
    expect(deleted).toEqual([]);
    expect(failed.map((f) => [f.id, f.error_code])).toEqual([
      ["", "VALIDATION_ERROR"], ["x", "VALIDATION_ERROR"], [long, "VALIDATION_ERROR"],
      [recording.id, "RECORDING_IN_PROGRESS"], [recording.id, "DUPLICATE_ID"],
    ]);
    expect((await storedRows(recording.id)).recording).toMatchObject({ status: "starting", deleted_at: null });
  });

  const badBodies: [string, unknown, (string | number)[]][] = [
    ["101 ids", { recording_ids: Array.from({ length: 101 }, () => crypto.randomUUID()) }, ["body", "recording_ids"]],
    ["no ids", { recording_ids: [] }, ["body", "recording_ids"]],
    ["a missing recording_ids", { recording_ids: undefined }, ["body", "recording_ids"]],
    ["ids that are not a list", { recording_ids: "a,b" }, ["body", "recording_ids"]],
    ["an id that is not a string", { recording_ids: [12] }, ["body", "recording_ids", 0]],
    ["permanent as a string", { recording_ids: [], permanent: "true" }, ["body", "permanent"]],
    ["permanent as a number", { permanent: 1 }, ["body", "permanent"]],
    ["permanent as null", { permanent: null }, ["body", "permanent"]],
    ["an unknown field", { force: true }, ["body", "force"]],
  ];

  it.each(badBodies)("refuses %s with 422 and deletes nothing", async (_label, extra, loc) => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const body = { recording_ids: [recording.id], ...(extra as object) };
    const error = await expectError(await bulkDelete(tenant, body), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(loc);
    expect((await storedRows(recording.id)).recording?.deleted_at).toBeNull();
  });

  it("refuses a body that is not JSON with 400 MALFORMED_JSON", async () => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings/bulk-delete", {
      method: "POST",
      headers: { authorization: tenant.auth, "content-type": "application/json" },
      body: '{"recording_ids": [',
    });
    await expectError(res, 400, "MALFORMED_JSON");
  });

  it("needs the recordings:delete scope", async () => {
    const tenant = await createTenant(["recordings:read", "recordings:write"]);
    const recording = await createRecording(tenant);
    await expectError(await bulkDelete(tenant, { recording_ids: [recording.id] }), 403, "FORBIDDEN");
    expect((await storedRows(recording.id)).recording?.deleted_at).toBeNull();
  });
});
