import { randomUUID } from "node:crypto";
import { z } from "@hono/zod-openapi";
import { beforeAll, describe, expect, test } from "vitest";
import { createRecording } from "../scripts/lib/seed.mjs";
import { AccountSchema, CreatedKeySchema } from "../src/schemas/auth";
import { RecordingPageSchema } from "../src/schemas/list";
import { RecordingSchema } from "../src/schemas/recording";
import { adminToken, api, baseUrl, body, conforming, expectError, newTenant, UUID, type Tenant } from "./helpers";

/** The parts of the OpenAPI document these tests read; the rest passes through unchecked. */
const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  paths: z.record(z.string(), z.unknown()),
});

let tenant: Tenant;
beforeAll(async () => {
  tenant = await newTenant();
});

describe("admin API", () => {
  test("creates an account and a key that authenticates the API", async () => {
    const response = await api("/v1/admin/accounts", { method: "POST", token: adminToken, json: { name: "Acme" } });
    expect(response.status).toBe(201);
    const account = await body(response, AccountSchema);
    expect(account).toMatchObject({ id: expect.stringMatching(/.+/), name: "Acme", created_at: expect.any(String) });

    const scopes = ["recordings:read"];
    const key = await api(`/v1/admin/accounts/${account.id}/keys`, { method: "POST", token: adminToken, json: { name: "ci", scopes } });
    expect(key.status).toBe(201);
    const created = await body(key, CreatedKeySchema);
    expect(created).toMatchObject({ id: expect.any(String), key: expect.any(String), scopes, created_at: expect.any(String) });
    expect((await api("/v1/recordings", { token: created.key })).status).toBe(200);
  });

  test("revokes a key at once with DELETE /v1/admin/keys/{key_id}", async () => {
    const account = await body(await api("/v1/admin/accounts", { method: "POST", token: adminToken, json: { name: "Revoked" } }), AccountSchema);
    const created = await body(await api(`/v1/admin/accounts/${account.id}/keys`, {
      method: "POST", token: adminToken, json: { name: "short-lived", scopes: ["recordings:read"] },
    }), CreatedKeySchema);
    expect((await api("/v1/recordings", { token: created.key })).status).toBe(200);
    expect((await api(`/v1/admin/keys/${created.id}`, { method: "DELETE", token: adminToken })).status).toBe(204);
    await expectError(await api("/v1/recordings", { token: created.key }), 401, "UNAUTHORIZED");
  });

  test("refuses admin calls without the admin token, or with an API key", async () => {
    await expectError(await api("/v1/admin/accounts", { method: "POST", json: { name: "x" } }), 401, "UNAUTHORIZED");
    await expectError(await api("/v1/admin/accounts", { method: "POST", token: tenant.key, json: { name: "x" } }), 401, /^(UNAUTHORIZED|FORBIDDEN)$/);
  });
});

describe("recordings", () => {
  test("creates a recording with the contract's defaults", async () => {
    const response = await api("/v1/recordings", { method: "POST", token: tenant.key, json: {} });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const recording = await body(response, RecordingSchema);
    expect(recording).toMatchObject({
      id: expect.stringMatching(UUID), account_id: tenant.accountId, source: "other", status: "complete",
      call_id: null, room_id: null, user_id: null, metadata: {}, media: [], deleted_at: null,
    });
    const fetched = await api(`/v1/recordings/${recording.id}`, { token: tenant.key });
    expect(fetched.status).toBe(200);
    expect(await body(fetched, RecordingSchema)).toMatchObject({ id: recording.id, account_id: tenant.accountId });
  });

  test("lists with filters and follows links.next to the end without repeats", async () => {
    const roomId = `room-${randomUUID()}`;
    const callId = randomUUID();
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      const source = i % 2 ? "pstn" : "webrtc";
      const recording = await createRecording(baseUrl, tenant.key, { room_id: roomId, source, call_id: i < 3 ? callId : null, metadata: { i } });
      created.push(recording.id);
    }
    await createRecording(baseUrl, tenant.key, { room_id: `other-${roomId}` });

    const seen: string[] = [];
    const createdAt: string[] = [];
    let next: string | undefined = `/v1/recordings?room_id=${roomId}&limit=3`;
    let pages = 0;
    while (next) {
      const response = await api(next, { token: tenant.key });
      expect(response.status).toBe(200);
      const page = await body(response, RecordingPageSchema);
      expect(page.data.length).toBeLessThanOrEqual(3);
      expect(page.links.self).toMatch(/^https?:\/\//);
      if (pages === 0) expect(page.links.prev ?? undefined).toBeUndefined();
      else expect(page.links.prev).toMatch(/^https?:\/\//);
      for (const item of page.data) {
        const recording = conforming(item, RecordingSchema); // without `fields`, every item is whole
        expect(recording.room_id).toBe(roomId);
        seen.push(recording.id);
        createdAt.push(recording.created_at);
      }
      next = page.links.next;
      if (next) expect(new URL(next).searchParams.get("room_id")).toBe(roomId);
      pages++;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...created].sort());
    expect([...createdAt].sort().reverse()).toEqual(createdAt); // newest first

    const filtered = await api(`/v1/recordings?room_id=${roomId}&source=pstn&call_id=${callId}`, { token: tenant.key });
    const { data } = await body(filtered, RecordingPageSchema);
    expect(data.map((r) => r.id)).toEqual([created[1]]);
  });

  test("projects fields and rejects an unknown one", async () => {
    await createRecording(baseUrl, tenant.key, {});
    const response = await api("/v1/recordings?fields=status&limit=1", { token: tenant.key });
    expect(response.status).toBe(200);
    const { data } = await body(response, RecordingPageSchema);
    expect(data).toHaveLength(1);
    expect(Object.keys(data[0]).sort()).toEqual(["id", "status"]);
    await expectError(await api("/v1/recordings?fields=id,nope", { token: tenant.key }), 422, "VALIDATION_ERROR");
  });

  test("rejects a tampered cursor with 422 INVALID_CURSOR", async () => {
    await expectError(await api("/v1/recordings?cursor=not-a-cursor", { token: tenant.key }), 422, "INVALID_CURSOR");
  });
});

describe("errors", () => {
  test("answers an unknown route with 404 NOT_FOUND as JSON", async () => {
    await expectError(await api("/definitely-not-a-route"), 404, "NOT_FOUND");
    await expectError(await api("/v1/not-a-route", { token: tenant.key }), 404, "NOT_FOUND");
  });

  test("answers 401 UNAUTHORIZED without credentials or with a wrong key", async () => {
    await expectError(await api("/v1/recordings"), 401, "UNAUTHORIZED");
    await expectError(await api("/v1/recordings", { token: "not-a-real-key" }), 401, "UNAUTHORIZED");
  });

  test("answers 403 FORBIDDEN when the key lacks the scope", async () => {
    const reader = await newTenant(["recordings:read"]);
    await expectError(await api("/v1/recordings", { method: "POST", token: reader.key, json: {} }), 403, "FORBIDDEN");
  });

  test("answers 422 VALIDATION_ERROR with details for an id that is not a UUID", async () => {
    const error = await expectError(await api("/v1/recordings/not-a-uuid", { token: tenant.key }), 422, "VALIDATION_ERROR");
    expect(Array.isArray(error.details)).toBe(true);
    expect(error.details?.length).toBeGreaterThan(0);
  });

  test("answers 400 MALFORMED_JSON for a body that is not JSON", async () => {
    const response = await fetch(new URL("/v1/recordings", baseUrl), {
      method: "POST",
      headers: { Authorization: `Bearer ${tenant.key}`, "Content-Type": "application/json" },
      body: "{not json",
    });
    await expectError(response, 400, "MALFORMED_JSON");
  });

  test("answers 422 VALIDATION_ERROR for a body that breaks the schema", async () => {
    await expectError(await api("/v1/recordings", { method: "POST", token: tenant.key, json: { source: "fax" } }), 422, "VALIDATION_ERROR");
  });
});

describe("tenant isolation", () => {
  test("another account's recording answers exactly like one that does not exist", async () => {
    const other = await newTenant();
    const mine = await createRecording(baseUrl, tenant.key, { room_id: "private" });
    const missing = await expectError(await api(`/v1/recordings/${randomUUID()}`, { token: other.key }), 404, /_NOT_FOUND$/);
    await expectError(await api(`/v1/recordings/${mine.id}`, { token: other.key }), 404, missing.error_code);
    await expectError(await api(`/v1/recordings/${mine.id}/media`, { token: other.key }), 404, /NOT_FOUND$/);
    await expectError(await api(`/v1/recordings/${mine.id}`, { method: "PATCH", token: other.key, json: { room_id: "x" } }), 404, missing.error_code);
    const list = await body(await api("/v1/recordings?limit=100", { token: other.key }), RecordingPageSchema);
    expect(list.data).toEqual([]);
    expect((await api(`/v1/recordings/${mine.id}`, { token: tenant.key })).status).toBe(200);
  });
});

describe("documentation", () => {
  test("serves an OpenAPI 3.1 document and an HTML reference", async () => {
    const doc = await api("/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.headers.get("content-type")).toMatch(/^application\/json/);
    const openapi = await body(doc, OpenApiDocumentSchema);
    expect(openapi.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/v1/recordings", "/v1/recordings/{id}"]));
    const docs = await api("/docs");
    expect(docs.status).toBe(200);
    expect(docs.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await docs.text()).toMatch(/<html/i);
  });
});
