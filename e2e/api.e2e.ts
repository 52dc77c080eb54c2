import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, test } from "vitest";
import type { components } from "./api-types";
import { adminToken, newTenant, UUID, type Tenant } from "./helpers";
import { authorized, client, expectApiError } from "./client";

const admin = authorized(adminToken);
let tenant: Tenant;
beforeAll(async () => {
  tenant = await newTenant();
});

/** Creates a recording through the typed client; returns it. */
async function created(key: string, body: components["schemas"]["CreateRecording"] = {}) {
  const { data, response } = await client.POST("/v1/recordings", { headers: authorized(key), body });
  expect(response.status).toBe(201);
  if (!data) throw new Error("no recording in the 201");
  return data;
}

describe("admin API", () => {
  test("creates an account and a key that authenticates the API", async () => {
    const account = await client.POST("/v1/admin/accounts", { headers: admin, body: { name: "Acme" } });
    expect(account.response.status).toBe(201);
    expect(account.data).toMatchObject({ id: expect.stringMatching(UUID), name: "Acme", created_at: expect.any(String) });
    const scopes: ("recordings:read")[] = ["recordings:read"];
    const key = await client.POST("/v1/admin/accounts/{account_id}/keys", {
      headers: admin, params: { path: { account_id: account.data?.id ?? "" } }, body: { name: "ci", scopes },
    });
    expect(key.response.status).toBe(201);
    expect(key.data).toMatchObject({ id: expect.any(String), key: expect.any(String), scopes, created_at: expect.any(String) });
    const listed = await client.GET("/v1/recordings", { headers: authorized(key.data?.key ?? "") });
    expect(listed.response.status).toBe(200);
  });

  test("revokes a key at once with DELETE /v1/admin/keys/{key_id}", async () => {
    const reader = await newTenant(["recordings:read"]);
    expect((await client.GET("/v1/recordings", { headers: authorized(reader.key) })).response.status).toBe(200);
    const revoked = await client.DELETE("/v1/admin/keys/{key_id}", { headers: admin, params: { path: { key_id: reader.keyId } } });
    expect(revoked.response.status).toBe(204);
    expectApiError(await client.GET("/v1/recordings", { headers: authorized(reader.key) }), 401, "UNAUTHORIZED");
  });

  test("refuses admin calls without the admin token, or with an API key", async () => {
    expectApiError(await client.POST("/v1/admin/accounts", { body: { name: "x" } }), 401, "UNAUTHORIZED");
    expectApiError(await client.POST("/v1/admin/accounts", { headers: authorized(tenant.key), body: { name: "x" } }), 401, "UNAUTHORIZED");
  });
});

describe("recordings", () => {
  test("creates a recording with the contract's defaults, and reads it back", async () => {
    const { data, response } = await client.POST("/v1/recordings", { headers: authorized(tenant.key), body: {} });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(response.headers.get("location")).toBe(`/v1/recordings/${data?.id}`);
    expect(data).toMatchObject({
      id: expect.stringMatching(UUID), account_id: tenant.accountId, source: "other", status: "complete",
      call_id: null, room_id: null, user_id: null, metadata: {}, media: [], deleted_at: null,
    });
    const fetched = await client.GET("/v1/recordings/{id}", { headers: authorized(tenant.key), params: { path: { id: data?.id ?? "" } } });
    expect(fetched.response.status).toBe(200);
    expect(fetched.data).toMatchObject({ id: data?.id, account_id: tenant.accountId });
  });

  test("sends nulls and both channel counts the document allows, and changes them with PATCH", async () => {
    const recording = await created(tenant.key, { call_id: null, channels: 2, track: null, started_at: "2026-11-22T10:00:00+01:00" });
    expect(recording).toMatchObject({ channels: 2, track: null, started_at: "2026-11-22T09:00:00.000Z" });
    const patched = await client.PATCH("/v1/recordings/{id}", {
      headers: authorized(tenant.key), params: { path: { id: recording.id } },
      body: { channels: 1, track: "both", room_id: "room ü", metadata: { rating: 5 } },
    });
    expect(patched.response.status).toBe(200);
    expect(patched.data).toMatchObject({ channels: 1, track: "both", room_id: "room ü", metadata: { rating: 5 } });
  });

  test("lists with filters and follows links.next to the end without repeats", async () => {
    const roomId = `room-${randomUUID()}`;
    const callId = randomUUID();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const recording = await created(tenant.key, { room_id: roomId, source: i % 2 ? "pstn" : "webrtc", call_id: i < 3 ? callId : null, metadata: { i } });
      ids.push(recording.id);
    }
    await created(tenant.key, { room_id: `other-${roomId}` });

    const seen: string[] = [];
    const createdAt: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { data, response } = await client.GET("/v1/recordings", {
        headers: authorized(tenant.key), params: { query: { room_id: roomId, limit: 3, cursor } },
      });
      expect(response.status).toBe(200);
      if (!data) throw new Error("no page");
      expect(data.data.length).toBeLessThanOrEqual(3);
      expect(data.links.self).toMatch(/^https?:\/\//);
      if (pages === 0) expect(data.links.prev).toBeUndefined();
      else expect(data.links.prev).toMatch(/^https?:\/\//);
      for (const item of data.data) {
        expect(item.room_id).toBe(roomId);
        seen.push(item.id);
        createdAt.push(item.created_at ?? "");
      }
      const next = data.links.next && new URL(data.links.next);
      if (next) expect(next.searchParams.get("room_id")).toBe(roomId);
      cursor = next ? (next.searchParams.get("cursor") ?? undefined) : undefined;
      pages++;
      expect(pages).toBeLessThan(10);
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect([...createdAt].sort().reverse()).toEqual(createdAt); // newest first

    const filtered = await client.GET("/v1/recordings", {
      headers: authorized(tenant.key), params: { query: { room_id: roomId, source: "pstn", call_id: callId } },
    });
    expect(filtered.data?.data.map((r) => r.id)).toEqual([ids[1]]);
  });

  test("projects fields and rejects an unknown one", async () => {
    await created(tenant.key);
    const { data } = await client.GET("/v1/recordings", { headers: authorized(tenant.key), params: { query: { fields: "status", limit: 1 } } });
    expect(data?.data).toHaveLength(1);
    expect(Object.keys(data?.data[0] ?? {}).sort()).toEqual(["id", "status"]);
    const unknown = await client.GET("/v1/recordings", { headers: authorized(tenant.key), params: { query: { fields: "id,nope" } } });
    expectApiError(unknown, 422, "VALIDATION_ERROR");
  });

  test("rejects a tampered cursor with 422 INVALID_CURSOR", async () => {
    const result = await client.GET("/v1/recordings", { headers: authorized(tenant.key), params: { query: { cursor: "not-a-cursor" } } });
    expectApiError(result, 422, "INVALID_CURSOR");
  });
});

describe("errors", () => {
  test("answers an unknown route with 404 NOT_FOUND as JSON", async () => {
    for (const path of ["/definitely-not-a-route", "/v1/not-a-route"]) {
      const response = await fetch(new URL(path, inject("baseUrl")), { headers: authorized(tenant.key) });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ status: "error", error_code: "NOT_FOUND" });
    }
  });

  test("answers 401 UNAUTHORIZED without credentials or with a wrong key", async () => {
    expectApiError(await client.GET("/v1/recordings"), 401, "UNAUTHORIZED");
    expectApiError(await client.GET("/v1/recordings", { headers: authorized("not-a-real-key") }), 401, "UNAUTHORIZED");
  });

  test("answers 403 FORBIDDEN when the key lacks the scope", async () => {
    const reader = await newTenant(["recordings:read"]);
    expectApiError(await client.POST("/v1/recordings", { headers: authorized(reader.key), body: {} }), 403, "FORBIDDEN");
  });

  test("answers 422 VALIDATION_ERROR with details for an id that is not a UUID", async () => {
    const result = await client.GET("/v1/recordings/{id}", { headers: authorized(tenant.key), params: { path: { id: "not-a-uuid" } } });
    const error = expectApiError(result, 422, "VALIDATION_ERROR");
    expect(error.details?.[0]?.loc).toEqual(["path", "id"]);
  });

  test("answers 400 MALFORMED_JSON for a body that is not JSON", async () => {
    const result = await client.POST("/v1/recordings", {
      headers: authorized(tenant.key), body: {}, bodySerializer: () => "{not json",
    });
    expectApiError(result, 400, "MALFORMED_JSON");
  });

  test("answers 422 VALIDATION_ERROR for a body that breaks the schema", async () => {
    const result = await client.PATCH("/v1/recordings/{id}", {
      headers: authorized(tenant.key), params: { path: { id: randomUUID() } }, body: {}, bodySerializer: () => '{"source":"fax"}',
    });
    expectApiError(result, 422, "VALIDATION_ERROR");
  });
});

describe("tenant isolation", () => {
  test("another account's recording answers exactly like one that does not exist", async () => {
    const other = await newTenant();
    const mine = await created(tenant.key, { room_id: "private" });
    const as = authorized(other.key);
    const missing = expectApiError(await client.GET("/v1/recordings/{id}", { headers: as, params: { path: { id: randomUUID() } } }), 404, "RECORDING_NOT_FOUND");
    expectApiError(await client.GET("/v1/recordings/{id}", { headers: as, params: { path: { id: mine.id } } }), 404, missing.error_code);
    expectApiError(await client.GET("/v1/recordings/{id}/media", { headers: as, params: { path: { id: mine.id } } }), 404, missing.error_code);
    const patch = await client.PATCH("/v1/recordings/{id}", { headers: as, params: { path: { id: mine.id } }, body: { room_id: "x" } });
    expectApiError(patch, 404, missing.error_code);
    expect((await client.GET("/v1/recordings", { headers: as, params: { query: { limit: 100 } } })).data?.data).toEqual([]);
    expect((await client.GET("/v1/recordings/{id}", { headers: authorized(tenant.key), params: { path: { id: mine.id } } })).response.status).toBe(200);
  });
});

describe("documentation", () => {
  test("serves the OpenAPI 3.1 document the client was generated from, and the service index", async () => {
    const doc = await client.GET("/openapi.json");
    expect(doc.response.status).toBe(200);
    expect(doc.data?.openapi).toBe("3.1.0");
    expect(Object.keys(doc.data?.paths ?? {})).toEqual(expect.arrayContaining(["/v1/recordings", "/v1/recordings/{id}"]));
    const index = await client.GET("/");
    expect(index.data).toEqual({ name: "Recordings API", version: "1.0.0", docs: "/docs", openapi: "/openapi.json" });
  });
});
