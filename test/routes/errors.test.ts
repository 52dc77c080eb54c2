import { describe, expect, it } from "vitest";
import { RecordingSchema } from "../../src/schemas/recording";
import { admin, api, createRecording, createTenant, expectError, listPage, send, streamOf, withJson, type Tenant } from "../helpers";

/** Every kind of error the core routes give, each made from scratch. */
const errorCases: [string, number, string, (t: Tenant) => Promise<Response>][] = [
  ["an unknown route", 404, "NOT_FOUND", () => api("/v1/nothing-here")],
  ["a method the path does not take", 405, "METHOD_NOT_ALLOWED", (t) => send("/v1/recordings", t.auth, { method: "PUT" })],
  ["a body that is not JSON", 400, "MALFORMED_JSON", (t) => api("/v1/recordings", { method: "POST", headers: { authorization: t.auth }, body: "{nope" })],
  ["no credentials", 401, "UNAUTHORIZED", () => api("/v1/recordings")],
  ["a missing scope", 403, "FORBIDDEN", async () => send("/v1/recordings", (await createTenant(["recordings:write"])).auth)],
  ["a missing recording", 404, "RECORDING_NOT_FOUND", (t) => send(`/v1/recordings/${crypto.randomUUID()}`, t.auth)],
  ["a body over 64 KiB", 413, "PAYLOAD_TOO_LARGE", (t) => api("/v1/recordings", withJson("POST", { room_id: "x".repeat(70_000) }, t.auth))],
  ["an invalid field", 422, "VALIDATION_ERROR", (t) => api("/v1/recordings", withJson("POST", { channels: 3 }, t.auth))],
  ["an invalid cursor", 422, "INVALID_CURSOR", (t) => send("/v1/recordings?cursor=abc.def", t.auth)],
];

describe("the error shape", () => {
  it.each(errorCases)("is the contract's JSON body, with request_id equal to X-Request-Id, for %s", async (_label, status, code, request) => {
    const tenant = await createTenant();
    const res = await request(tenant);
    const body = await expectError(res, status, code);
    expect(body.status).toBe("error");
    expect(body.message.length).toBeGreaterThan(0);
    expect(body.request_id.length).toBeGreaterThanOrEqual(8);
    expect(body.details === undefined).toBe(code !== "VALIDATION_ERROR");
  });

  it("locates each validation problem in details, with loc, msg and type", async () => {
    const tenant = await createTenant();
    const body = await expectError(await api("/v1/recordings", withJson("POST", { channels: 3, track: "left" }, tenant.auth)), 422, "VALIDATION_ERROR");
    expect(body.details?.map((d) => d.loc).sort()).toEqual([["body", "channels"], ["body", "track"]]);
    for (const detail of body.details ?? []) {
      expect(detail.msg.length).toBeGreaterThan(0);
      expect(detail.type.length).toBeGreaterThan(0);
    }
  });

  it("carries no stack trace or internals", async () => {
    const tenant = await createTenant();
    const text = await (await api("/v1/recordings", withJson("POST", { channels: 3 }, tenant.auth))).text();
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|ZodError|stack/);
  });
});

describe("request ids", () => {
  it("are sent on success responses too, one per request", async () => {
    const tenant = await createTenant();
    const created = await api("/v1/recordings", withJson("POST", {}, tenant.auth));
    const listed = await send("/v1/recordings", tenant.auth);
    const account = await api("/v1/admin/accounts", withJson("POST", { name: "R" }, admin));
    const ids = [created, listed, account].map((res) => res.headers.get("x-request-id"));
    expect([created.status, listed.status, account.status]).toEqual([201, 200, 201]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(new Set(ids).size).toBe(3);
  });

  it("echo a safe incoming X-Request-Id on success and on error", async () => {
    const tenant = await createTenant();
    const ok = await send("/v1/recordings", tenant.auth, { headers: { "x-request-id": "trace-1234.abcd:EF_x" } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toBe("trace-1234.abcd:EF_x");
    const failed = await api("/v1/nope", { headers: { "x-request-id": "trace-5678-failing" } });
    const body = await expectError(failed, 404, "NOT_FOUND");
    expect(body.request_id).toBe("trace-5678-failing");
  });

  it.each([
    ["too short", "abc"],
    ["too long", "a".repeat(129)],
    ["with spaces", "trace id with spaces"],
    ["with markup", "<script>alert(1)</script>"],
    ["with a quote and a semicolon", "abc\"def;ghi=jkl"],
  ])("replace an unsafe incoming X-Request-Id (%s) with a fresh one", async (_label, incoming) => {
    const res = await api("/v1/nope", { headers: { "x-request-id": incoming } });
    const body = await expectError(res, 404, "NOT_FOUND");
    expect(body.request_id).not.toBe(incoming);
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("unknown routes and methods", () => {
  it.each(["/v1", "/v1/recording", "/v2/recordings", "/v1/recordings/6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10/nothing", "/v1/admin"])(
    "answers 404 NOT_FOUND for %s",
    async (path) => {
      const res = await api(path);
      await expectError(res, 404, "NOT_FOUND");
      expect(res.headers.get("allow")).toBeNull();
    },
  );

  it.each([
    ["PUT", "/v1/recordings", ["GET", "HEAD", "POST"]],
    ["DELETE", "/v1/recordings", ["GET", "HEAD", "POST"]],
    ["DELETE", "/v1/admin/accounts", ["POST"]],
    ["GET", "/v1/admin/accounts", ["POST"]],
    ["PUT", "/v1/recordings/6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10", ["GET", "HEAD", "PATCH"]],
    ["GET", "/v1/admin/keys/6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10", ["DELETE"]],
  ])("answers 405 METHOD_NOT_ALLOWED with an Allow header to %s %s", async (method, path, allowed) => {
    const res = await api(path, { method });
    await expectError(res, 405, "METHOD_NOT_ALLOWED");
    const allow = (res.headers.get("allow") ?? "").split(",").map((m) => m.trim());
    for (const m of allowed) expect(allow).toContain(m);
    expect(allow).not.toContain(method);
  });
});

describe("request bodies", () => {
  const cases: [string, Record<string, string>, BodyInit][] = [
    ["broken JSON with a JSON Content-Type", { "content-type": "application/json" }, "{\"room_id\": "],
    ["broken JSON without a Content-Type", {}, "{\"room_id\": "],
    ["a form-encoded body", { "content-type": "application/x-www-form-urlencoded" }, "room_id=a&user_id=b"],
    ["plain text", { "content-type": "text/plain" }, "hello"],
    ["JSON with trailing garbage", { "content-type": "application/json" }, "{}x"],
    ["two JSON documents", { "content-type": "application/json" }, "{} {}"],
    ["single-quoted JSON", { "content-type": "application/json" }, "{'room_id': 'a'}"],
    ["bytes that are not UTF-8", { "content-type": "application/json" }, new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ];

  it.each(cases)("answers 400 MALFORMED_JSON to %s and stores nothing", async (_label, headers, body) => {
    const tenant = await createTenant();
    await expectError(await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth, ...headers }, body }), 400, "MALFORMED_JSON");
    expect((await listPage(tenant)).data).toEqual([]);
  });

  it("answers 400 MALFORMED_JSON to a broken PATCH body and changes nothing", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { room_id: "kept" });
    const res = await api(`/v1/recordings/${recording.id}`, { method: "PATCH", headers: { authorization: tenant.auth }, body: "room_id=x" });
    await expectError(res, 400, "MALFORMED_JSON");
    expect((await listPage(tenant)).data).toEqual([recording]);
  });

  it("answers 400 MALFORMED_JSON on the admin endpoints too", async () => {
    await expectError(await api("/v1/admin/accounts", { method: "POST", headers: { authorization: admin }, body: "{" }), 400, "MALFORMED_JSON");
  });

  it("accepts a JSON body sent without a Content-Type", async () => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth }, body: JSON.stringify({ room_id: "curl" }) });
    expect(res.status).toBe(201);
    expect(RecordingSchema.parse(await res.json()).room_id).toBe("curl");
  });

  it("answers 413 PAYLOAD_TOO_LARGE to a JSON body over 64 KiB and stores nothing", async () => {
    const tenant = await createTenant();
    const body = JSON.stringify({ metadata: { note: "x".repeat(64 * 1024) } });
    await expectError(await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth, "content-type": "application/json" }, body }), 413, "PAYLOAD_TOO_LARGE");
    expect((await listPage(tenant)).data).toEqual([]);
  });

  it("answers 413 to a body over 64 KiB sent without a Content-Length", async () => {
    const tenant = await createTenant();
    const bytes = new TextEncoder().encode(JSON.stringify({ room_id: "x".repeat(66_000) }));
    const res = await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth }, body: streamOf(bytes) });
    await expectError(res, 413, "PAYLOAD_TOO_LARGE");
    expect((await listPage(tenant)).data).toEqual([]);
  });

  it("reads a body of exactly 64 KiB (then judges it by its schema)", async () => {
    const tenant = await createTenant();
    const prefix = '{"room_id":"';
    const body = `${prefix}${"x".repeat(64 * 1024 - prefix.length - 2)}"}`;
    expect(new TextEncoder().encode(body).byteLength).toBe(64 * 1024);
    const error = await expectError(await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth }, body }), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toEqual([["body", "room_id"]]);
  });

  it("answers 413 on the admin endpoints too", async () => {
    const res = await api("/v1/admin/accounts", withJson("POST", { name: "x".repeat(70_000) }, admin));
    await expectError(res, 413, "PAYLOAD_TOO_LARGE");
  });

  it.each([
    ["arrays", (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`],
    ["objects", (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`],
  ])("answers 422, not 500, to metadata of %s nested thousands deep", async (_label, nest) => {
    const tenant = await createTenant();
    const body = `{"metadata":{"deep":${nest(10_000)}}}`;
    const error = await expectError(await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth }, body }), 422, "VALIDATION_ERROR");
    expect(error.details?.[0]?.loc[0]).toBe("body");
    expect((await listPage(tenant)).data).toEqual([]);
  });

  it("accepts metadata nested a reasonable few levels deep", async () => {
    const tenant = await createTenant();
    const body = `{"metadata":{"deep":${'{"a":'.repeat(20)}1${"}".repeat(20)}}}`;
    const res = await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth }, body });
    expect(res.status).toBe(201);
    expect(JSON.stringify(RecordingSchema.parse(await res.json()).metadata)).toBe(body.slice('{"metadata":'.length, -1));
  });

  it("answers 422 to a __proto__ key anywhere in the body instead of silently dropping it", async () => {
    const tenant = await createTenant();
    const body = '{"metadata":{"ok":1,"nested":[{"__proto__":{"polluted":true}}]}}';
    const error = await expectError(await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth }, body }), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toEqual([["body", "metadata", "nested", 0, "__proto__"]]);
    expect((await listPage(tenant)).data).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers an account creation with a body that is JSON but not an object with 422", async () => {
    const error = await expectError(await api("/v1/admin/accounts", { method: "POST", headers: { authorization: admin }, body: "[]" }), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toEqual([["body"]]);
  });
});

describe("path ids", () => {
  const badIds = ["not-a-uuid", "123", "6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a1", "{6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10}", "%27%20OR%201%3D1", "%00", "x".repeat(2000)];

  it.each(badIds)("answers 422, never 404 or 500, for the recording id %s on GET and PATCH", async (id) => {
    const tenant = await createTenant();
    for (const res of [
      await send(`/v1/recordings/${id}`, tenant.auth),
      await api(`/v1/recordings/${id}`, withJson("PATCH", { room_id: "x" }, tenant.auth)),
    ]) {
      const error = await expectError(res, 422, "VALIDATION_ERROR");
      expect(error.details?.map((d) => d.loc)).toContainEqual(["path", "id"]);
    }
  });

  it.each(badIds)("answers 422 for the account id %s when creating a key", async (id) => {
    const res = await api(`/v1/admin/accounts/${id}/keys`, withJson("POST", { name: "k", scopes: ["recordings:read"] }, admin));
    const error = await expectError(res, 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(["path", "account_id"]);
  });
});
