import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Budget } from "../../src/jobs/budget";
import { purgeExpiredTrash } from "../../src/jobs/retention-purge";
import { trashExpiredByRetention } from "../../src/jobs/retention";
import { LegalHoldSchema } from "../../src/schemas/account";
import { SCOPES } from "../../src/schemas/auth";
import { RecordingSchema } from "../../src/schemas/recording";
import { holdRecording } from "../account-helpers";
import {
  addKey, api, bulkDelete, bytesOf, createRecording, createTenant, deleteRecording, expectError, objectKeys, restoreRecording, send, storedRows,
  uploaded, withJson, type Tenant, sessionEnv,
} from "../helpers";

const DAY = 24 * 60 * 60 * 1000;
const EVERY_SCOPE = [...SCOPES];

/** A complete recording with one media item, held with `reason`. */
async function heldRecording(tenant: Tenant, reason = "Litigation 2026-114") {
  const recording = await createRecording(tenant, { ended_at: "2020-01-01T00:00:00Z" });
  await uploaded(tenant, recording.id, bytesOf(500));
  const res = await holdRecording(tenant, recording.id, reason);
  expect(res.status).toBe(200);
  return { recording, hold: LegalHoldSchema.parse(await res.json()) };
}

async function expectUntouched(tenant: Tenant, id: string, trashed = false) {
  const { recording } = await storedRows(id);
  expect(recording).not.toBeNull();
  expect(recording!.deleted_at !== null).toBe(trashed);
  expect(await objectKeys(tenant.accountId, id)).toHaveLength(1);
}

describe("a legal hold on a recording", () => {
  it("shows on the recording as legal_hold with its reason, time and the key that placed it", async () => {
    const tenant = await createTenant(EVERY_SCOPE);
    const { recording, hold } = await heldRecording(tenant, "Case 7");
    expect(hold).toMatchObject({ reason: "Case 7", placed_by: tenant.keyId });
    const res = await send(`/v1/recordings/${recording.id}`, tenant.auth);
    expect(RecordingSchema.parse(await res.json()).legal_hold).toEqual(hold);
  });

  it("refuses DELETE, to the trash and for good, with 409 LEGAL_HOLD", async () => {
    const tenant = await createTenant(EVERY_SCOPE);
    const { recording } = await heldRecording(tenant);
    await expectError(await deleteRecording(tenant, recording.id), 409, "LEGAL_HOLD");
    await expectError(await deleteRecording(tenant, recording.id, "?permanent=true"), 409, "LEGAL_HOLD");
    await expectUntouched(tenant, recording.id);
  });

  it("reports it per id in a bulk delete and deletes the others", async () => {
    const tenant = await createTenant(EVERY_SCOPE);
    const { recording } = await heldRecording(tenant);
    const free = await createRecording(tenant);
    for (const permanent of [false, true]) {
      const other = permanent ? await createRecording(tenant) : free;
      const res = await bulkDelete(tenant, { recording_ids: [recording.id, other.id], permanent });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { deleted: string[]; failed: { id: string; error_code: string }[] };
      expect(body.deleted).toEqual([other.id]);
      expect(body.failed).toEqual([expect.objectContaining({ id: recording.id, error_code: "LEGAL_HOLD" })]);
    }
    await expectUntouched(tenant, recording.id);
  });

  it("keeps a held recording in the trash from every purge (permanent delete, bulk, the job), and lets it be restored", async () => {
    const tenant = await createTenant(EVERY_SCOPE);
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(500));
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    expect((await holdRecording(tenant, recording.id)).status).toBe(200);
    await expectError(await deleteRecording(tenant, recording.id, "?permanent=true"), 409, "LEGAL_HOLD");
    const bulk = await bulkDelete(tenant, { recording_ids: [recording.id], permanent: true });
    expect(((await bulk.json()) as { failed: { error_code: string }[] }).failed[0]!.error_code).toBe("LEGAL_HOLD");
    const report = await purgeExpiredTrash(sessionEnv(), new Date(Date.now() + 400 * DAY), { budget: new Budget(24), retentionDays: 30 });
    expect(report.more).toBe(false);
    await expectUntouched(tenant, recording.id, true);
    expect((await restoreRecording(tenant, recording.id)).status).toBe(200);
    await expectUntouched(tenant, recording.id, false);
  });

  it("keeps the retention job off it", async () => {
    const tenant = await createTenant(EVERY_SCOPE);
    const { recording } = await heldRecording(tenant);
    expect((await api("/v1/account", withJson("PATCH", { retention_days: 30 }, tenant.auth))).status).toBe(200);
    await trashExpiredByRetention(sessionEnv(), new Date(), { budget: new Budget(5) });
    await expectUntouched(tenant, recording.id);
  });

  it("once released, lets the recording be deleted; releasing again is 404 LEGAL_HOLD_NOT_FOUND", async () => {
    const tenant = await createTenant(EVERY_SCOPE);
    const { recording } = await heldRecording(tenant);
    const recordingsOnly = await addKey(tenant.accountId, ["recordings:read", "recordings:write", "recordings:delete"]);
    await expectError(await send(`/v1/recordings/${recording.id}/legal-hold`, recordingsOnly.auth, { method: "DELETE" }), 403, "FORBIDDEN");
    const holds = await addKey(tenant.accountId, ["legal_holds:manage"]);
    expect((await send(`/v1/recordings/${recording.id}/legal-hold`, holds.auth, { method: "DELETE" })).status).toBe(204);
    await expectError(await send(`/v1/recordings/${recording.id}/legal-hold`, holds.auth, { method: "DELETE" }), 404, "LEGAL_HOLD_NOT_FOUND");
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
  });

  it("answers 404 for a missing recording or another account's, and 422 for an empty or missing reason, changing nothing", async () => {
    const tenant = await createTenant(EVERY_SCOPE);
    const other = await createTenant(EVERY_SCOPE);
    const theirs = await createRecording(other);
    await expectError(await holdRecording(tenant, theirs.id), 404, "RECORDING_NOT_FOUND");
    await expectError(await holdRecording(tenant, crypto.randomUUID()), 404, "RECORDING_NOT_FOUND");
    await expectError(await send(`/v1/recordings/${theirs.id}/legal-hold`, tenant.auth, { method: "DELETE" }), 404, "RECORDING_NOT_FOUND");
    const mine = await createRecording(tenant);
    for (const body of [{ reason: "" }, { reason: "  " }, {}, { reason: 5 }, { reason: "x", extra: 1 }]) {
      await expectError(await api(`/v1/recordings/${mine.id}/legal-hold`, withJson("PUT", body, tenant.auth)), 422, "VALIDATION_ERROR");
    }
    expect((await storedRows(theirs.id)).recording).not.toBeNull();
    expect((await deleteRecording(other, theirs.id)).status).toBe(204);
    expect((await deleteRecording(tenant, mine.id)).status).toBe(204);
  });
});

describe("a legal hold on the account", () => {
  it("holds every recording, including ones created while it stands, until released", async () => {
    const tenant = await createTenant(EVERY_SCOPE);
    const before = await createRecording(tenant);
    const res = await api("/v1/account/legal-hold", withJson("PUT", { reason: "Regulator request" }, tenant.auth));
    expect(res.status).toBe(200);
    const hold = LegalHoldSchema.parse(await res.json());
    const during = await createRecording(tenant);
    expect(during.legal_hold).toEqual(hold);
    await expectError(await deleteRecording(tenant, before.id), 409, "LEGAL_HOLD");
    await expectError(await deleteRecording(tenant, during.id, "?permanent=true"), 409, "LEGAL_HOLD");
    expect((await send("/v1/account/legal-hold", tenant.auth, { method: "DELETE" })).status).toBe(204);
    await expectError(await send("/v1/account/legal-hold", tenant.auth, { method: "DELETE" }), 404, "LEGAL_HOLD_NOT_FOUND");
    expect((await bulkDelete(tenant, { recording_ids: [before.id, during.id] })).status).toBe(204);
  });
});
