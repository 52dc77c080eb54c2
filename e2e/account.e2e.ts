import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AccountDetailsSchema, UpdatedAccountSchema } from "../src/schemas/account";
import { ErrorSchema } from "../src/schemas/common";
import { RecordingSchema } from "../src/schemas/recording";
import { adminToken, bearer, curl, newTenant, parseBody, type Tenant } from "./helpers";

const EVERY_SCOPE = ["recordings:read", "recordings:write", "recordings:delete", "account:manage", "legal_holds:manage"] as const;
const json = (body: unknown) => ["-H", "Content-Type: application/json", "-d", JSON.stringify(body)];

async function createRecording(tenant: Tenant, body: Record<string, unknown> = {}) {
  const res = await curl("/v1/recordings", ["-X", "POST", ...bearer(tenant.key), ...json(body)]);
  expect(res.status, res.body.toString()).toBe(201);
  return RecordingSchema.parse(JSON.parse(res.body.toString()));
}

/** `curl --data-binary @file` of `size` bytes as a media item. */
function upload(tenant: Tenant, recordingId: string, size: number) {
  const file = path.join(tmpdir(), `quota-${process.pid}-${size}.bin`);
  writeFileSync(file, Buffer.alloc(size, 7));
  return curl(`/v1/recordings/${recordingId}/media`, ["-X", "POST", ...bearer(tenant.key), "-H", "Content-Type: audio/wav", "--data-binary", `@${file}`]);
}

async function account(tenant: Tenant) {
  const res = await curl("/v1/account", bearer(tenant.key));
  expect(res.status).toBe(200);
  return parseBody(res.body.toString(), AccountDetailsSchema);
}

describe("the account from outside (wrangler dev, curl)", () => {
  it("refuses the upload that would pass the byte quota with 403 QUOTA_EXCEEDED, and keeps reads and deletes working", async () => {
    const tenant = await newTenant([...EVERY_SCOPE]);
    const quota = await curl(`/v1/admin/accounts/${tenant.accountId}`, ["-X", "PATCH", ...bearer(adminToken), ...json({ max_bytes_stored: 100_000 })]);
    expect(quota.status).toBe(200);
    const recording = await createRecording(tenant);
    expect((await upload(tenant, recording.id, 60_000)).status).toBe(201);
    const refused = await upload(tenant, recording.id, 50_000);
    expect(refused.status).toBe(403);
    const error = parseBody(refused.body.toString(), ErrorSchema);
    expect(error).toMatchObject({ error_code: "QUOTA_EXCEEDED", details: [{ usage: 60_000, limit: 100_000, requested: 50_000 }] });
    expect((await upload(tenant, recording.id, 40_000)).status).toBe(201);
    expect((await account(tenant)).usage).toEqual({ recordings: 1, recordings_in_trash: 0, media_items: 2, bytes_stored: 100_000 });
    expect((await curl(`/v1/recordings/${recording.id}/media`, bearer(tenant.key))).status).toBe(200);
    expect((await curl(`/v1/recordings/${recording.id}`, ["-X", "DELETE", ...bearer(tenant.key)])).status).toBe(204);
    expect((await account(tenant)).usage).toMatchObject({ recordings_in_trash: 1, bytes_stored: 100_000 });
  });

  it("moves what passed retention_days to the trash when the scheduled handler runs (/__scheduled), never a held recording", async () => {
    const tenant = await newTenant([...EVERY_SCOPE]);
    const old = await createRecording(tenant, { started_at: "2020-01-01T10:00:00Z", ended_at: "2020-01-01T11:00:00Z" });
    const held = await createRecording(tenant, { started_at: "2020-01-01T10:00:00Z", ended_at: "2020-01-01T11:00:00Z" });
    const recent = await createRecording(tenant);
    const hold = await curl(`/v1/recordings/${held.id}/legal-hold`, ["-X", "PUT", ...bearer(tenant.key), ...json({ reason: "Case 7" })]);
    expect(hold.status).toBe(200);
    // The e2e Worker purges the trash at once by default (TRASH_RETENTION_DAYS=0): keep this account's for a week.
    const patched = await curl("/v1/account", ["-X", "PATCH", ...bearer(tenant.key), ...json({ retention_days: 365, trash_retention_days: 7 })]);
    expect(patched.status).toBe(200);
    expect(parseBody(patched.body.toString(), UpdatedAccountSchema).affected_recordings).toBe(1);

    expect((await curl("/__scheduled?cron=*/15+*+*+*+*")).status).toBe(200);
    const trashed = await curl("/v1/recordings?deleted=only", bearer(tenant.key));
    const page = JSON.parse(trashed.body.toString()) as { data: { id: string; deleted_by: string }[] };
    expect(page.data).toEqual([expect.objectContaining({ id: old.id, deleted_by: "retention" })]);
    for (const id of [held.id, recent.id]) expect((await curl(`/v1/recordings/${id}`, bearer(tenant.key))).status).toBe(200);
    expect((await account(tenant)).usage).toMatchObject({ recordings: 3, recordings_in_trash: 1 });
  });
});
