import { describe, expect, it } from "vitest";
import { BulkDeleteResultSchema } from "../src/schemas/deletion";
import { authorized, client, expectApiError, rawBody } from "./client";
import { bearer, curl, newTenant, type Tenant } from "./helpers";

/** A finished recording with 4 KiB of audio, made with the typed client. */
async function withAudio(tenant: Tenant, status: "complete" | "active" = "complete") {
  const headers = authorized(tenant.key);
  const { data: recording } = await client.POST("/v1/recordings", { headers, body: { source: "sip", status } });
  if (!recording) throw new Error("no recording");
  const bytes = new Uint8Array(4096).map((_, i) => (i * 13) & 0xff);
  const uploaded = await client.POST("/v1/recordings/{id}/media", {
    headers: { ...headers, "Content-Type": "audio/wav" },
    params: { path: { id: recording.id } },
    body: new Blob([bytes]),
    bodySerializer: rawBody,
  });
  expect(uploaded.response.status).toBe(201);
  return { id: recording.id, bytes };
}

async function listed(tenant: Tenant, deleted: "exclude" | "include" | "only"): Promise<string[]> {
  const { data } = await client.GET("/v1/recordings", { headers: authorized(tenant.key), params: { query: { deleted, limit: 100 } } });
  return data?.data.map((r) => r.id) ?? [];
}

function restore(tenant: Tenant, id: string) {
  return client.POST("/v1/recordings/{id}/restore", { headers: authorized(tenant.key), params: { path: { id } } });
}

describe("the trash from outside (wrangler dev, curl)", () => {
  it("trashes with curl -X DELETE, hides the recording and its media, and restores it whole", async () => {
    const tenant = await newTenant();
    const { id, bytes } = await withAudio(tenant);
    expect((await curl(`/v1/recordings/${id}`, ["-X", "DELETE", ...bearer(tenant.key)])).status).toBe(204);
    const media = await client.GET("/v1/recordings/{id}/media", { headers: authorized(tenant.key), params: { path: { id } } });
    expectApiError(media, 404, "RECORDING_NOT_FOUND");
    expect(await listed(tenant, "exclude")).not.toContain(id);
    expect(await listed(tenant, "only")).toEqual([id]);

    const restored = await restore(tenant, id);
    expect(restored.response.status).toBe(200);
    expect(restored.data).toMatchObject({ id, deleted_at: null, deleted_by: null });
    const served = await curl(`/v1/recordings/${id}/media`, bearer(tenant.key));
    expect(served.status).toBe(200);
    expect(new Uint8Array(served.body)).toEqual(bytes);
  });

  it("bulk-deletes with curl and reports the ids it could not delete", async () => {
    const tenant = await newTenant();
    const done = await withAudio(tenant);
    const active = await withAudio(tenant, "active");
    const payload = JSON.stringify({ recording_ids: [done.id, active.id, "nope"], permanent: true });
    const res = await curl("/v1/recordings/bulk-delete", ["-X", "POST", ...bearer(tenant.key), "-H", "Content-Type: application/json", "-d", payload]);
    expect(res.status).toBe(200);
    const result = BulkDeleteResultSchema.parse(JSON.parse(res.body.toString()));
    expect(result.deleted).toEqual([done.id]);
    expect(result.failed.map((f) => f.error_code)).toEqual(["RECORDING_IN_PROGRESS", "VALIDATION_ERROR"]);
    expectApiError(await restore(tenant, done.id), 404, "RECORDING_NOT_FOUND");
  });

  it("bulk-deletes through the typed client: 204 when every one was deleted", async () => {
    const tenant = await newTenant();
    const ids = [(await withAudio(tenant)).id, (await withAudio(tenant)).id];
    const result = await client.POST("/v1/recordings/bulk-delete", { headers: authorized(tenant.key), body: { recording_ids: ids } });
    expect(result.response.status).toBe(204);
    expect((await listed(tenant, "only")).sort()).toEqual([...ids].sort());
  });

  it("purges expired trash when the scheduled handler runs (/__scheduled), and the recording cannot come back", async () => {
    const tenant = await newTenant();
    const { id } = await withAudio(tenant);
    const kept = await withAudio(tenant);
    const removed = await client.DELETE("/v1/recordings/{id}", { headers: authorized(tenant.key), params: { path: { id } } });
    expect(removed.response.status).toBe(204);
    const run = await curl("/__scheduled?cron=*/15+*+*+*+*");
    expect(run.status).toBe(200);
    expect(await listed(tenant, "include")).toEqual([kept.id]);
    expectApiError(await restore(tenant, id), 404, "RECORDING_NOT_FOUND");
    expect((await curl(`/v1/recordings/${kept.id}/media`, bearer(tenant.key))).status).toBe(200);
  });
});
