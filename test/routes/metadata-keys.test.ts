import { describe, expect, it } from "vitest";
import { RecordingSchema } from "../../src/schemas/recording";
import { api, createRecording, createTenant, expectError, send, withJson, type Tenant } from "../helpers";

function patch(tenant: Tenant, id: string, body: unknown) {
  return api(`/v1/recordings/${id}`, withJson("PATCH", body, tenant.auth));
}

async function metadataOf(tenant: Tenant, id: string) {
  const res = await send(`/v1/recordings/${id}`, tenant.auth);
  expect(res.status).toBe(200);
  return RecordingSchema.parse(await res.json()).metadata;
}

const STORED = { user: "kept", role: "admin", nested: { deep: { a: 1 } }, list: [{ x: 1 }] };

const nulKeys: [string, Record<string, unknown>, (string | number)[]][] = [
  ["a key that would overwrite another", { "user\u0000note": "x" }, ["body", "metadata", "user\u0000note"]],
  ["a null that would delete another key", { "role\u0000": null }, ["body", "metadata", "role\u0000"]],
  ["a key that is only U+0000", { "\u0000": 1 }, ["body", "metadata", "\u0000"]],
  ["a nested key", { nested: { deep: { "a\u0000b": 2 } } }, ["body", "metadata", "nested", "deep", "a\u0000b"]],
  ["a key inside an array", { list: [{ "x\u0000": 2 }] }, ["body", "metadata", "list", 0, "x\u0000"]],
];

describe("metadata keys containing U+0000", () => {
  it.each(nulKeys)("refuses %s on PATCH with 422, and no key changes", async (_label, metadata, loc) => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { metadata: STORED });
    const error = await expectError(await patch(tenant, recording.id, { metadata }), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(loc);
    expect(await metadataOf(tenant, recording.id)).toEqual(STORED);
  });

  it.each(nulKeys)("refuses %s on create with 422", async (_label, metadata, loc) => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", withJson("POST", { metadata }, tenant.auth));
    const error = await expectError(res, 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(loc);
  });

  it("keeps U+0000 inside values, and merges them without touching other keys", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { metadata: { ...STORED, note: "a\u0000b" } });
    const res = await patch(tenant, recording.id, { metadata: { user: "x\u0000y" } });
    expect(res.status).toBe(200);
    expect(await metadataOf(tenant, recording.id)).toEqual({ ...STORED, note: "a\u0000b", user: "x\u0000y" });
  });
});
