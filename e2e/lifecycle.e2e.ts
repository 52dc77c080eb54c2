import { describe, expect, it } from "vitest";
import { createRecording, uploadMedia } from "../scripts/lib/seed.mjs";
import { BulkDeleteResultSchema } from "../src/schemas/deletion";
import { RecordingPageSchema } from "../src/schemas/list";
import { RecordingSchema } from "../src/schemas/recording";
import { api, baseUrl, bearer, body, curl, expectError, newTenant, type Tenant } from "./helpers";

async function withAudio(tenant: Tenant) {
  const recording = await createRecording(baseUrl, tenant.key, { source: "sip" });
  const bytes = new Uint8Array(4096).map((_, i) => (i * 13) & 0xff);
  await uploadMedia(baseUrl, tenant.key, recording.id, bytes, { contentType: "audio/wav" });
  return { id: recording.id as string, bytes };
}

async function listed(tenant: Tenant, deleted: string): Promise<string[]> {
  const page = await body(await api(`/v1/recordings?deleted=${deleted}&limit=100`, { token: tenant.key }), RecordingPageSchema);
  return page.data.map((r) => r.id);
}

describe("the trash from outside (wrangler dev, curl)", () => {
  it("trashes with curl -X DELETE, hides the recording and its media, and restores it whole", async () => {
    const tenant = await newTenant();
    const { id, bytes } = await withAudio(tenant);
    expect((await curl(`/v1/recordings/${id}`, ["-X", "DELETE", ...bearer(tenant.key)])).status).toBe(204);
    await expectError(await api(`/v1/recordings/${id}/media`, { token: tenant.key }), 404, "RECORDING_NOT_FOUND");
    expect(await listed(tenant, "exclude")).not.toContain(id);
    expect(await listed(tenant, "only")).toEqual([id]);

    const restored = await body(await api(`/v1/recordings/${id}/restore`, { method: "POST", token: tenant.key }), RecordingSchema);
    expect(restored).toMatchObject({ id, deleted_at: null, deleted_by: null });
    const media = await curl(`/v1/recordings/${id}/media`, bearer(tenant.key));
    expect(media.status).toBe(200);
    expect(new Uint8Array(media.body)).toEqual(bytes);
  });

  it("bulk-deletes with curl and reports the ids it could not delete", async () => {
    const tenant = await newTenant();
    const done = await withAudio(tenant);
    const active = await createRecording(baseUrl, tenant.key, { status: "active" });
    const payload = JSON.stringify({ recording_ids: [done.id, active.id, "nope"], permanent: true });
    const res = await curl("/v1/recordings/bulk-delete", ["-X", "POST", ...bearer(tenant.key), "-H", "Content-Type: application/json", "-d", payload]);
    expect(res.status).toBe(200);
    const result = BulkDeleteResultSchema.parse(JSON.parse(res.body.toString()));
    expect(result.deleted).toEqual([done.id]);
    expect(result.failed.map((f) => f.error_code)).toEqual(["RECORDING_IN_PROGRESS", "VALIDATION_ERROR"]);
    await expectError(await api(`/v1/recordings/${done.id}/restore`, { method: "POST", token: tenant.key }), 404, "RECORDING_NOT_FOUND");
  });

  it("purges expired trash when the scheduled handler runs (/__scheduled), and the recording cannot come back", async () => {
    const tenant = await newTenant();
    const { id } = await withAudio(tenant);
    const kept = await withAudio(tenant);
    expect((await api(`/v1/recordings/${id}`, { method: "DELETE", token: tenant.key })).status).toBe(204);
    const run = await curl("/__scheduled?cron=*/15+*+*+*+*");
    expect(run.status).toBe(200);
    expect(await listed(tenant, "include")).toEqual([kept.id]);
    await expectError(await api(`/v1/recordings/${id}/restore`, { method: "POST", token: tenant.key }), 404, "RECORDING_NOT_FOUND");
    expect((await curl(`/v1/recordings/${kept.id}/media`, bearer(tenant.key))).status).toBe(200);
  });
});
