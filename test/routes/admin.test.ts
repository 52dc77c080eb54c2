import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AccountSchema, CreatedKeySchema } from "../../src/schemas/auth";
import { admin, api, basic, bearer, createTenant, expectError, send, withJson } from "../helpers";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function createAccount(name = "Acme") {
  const res = await api("/v1/admin/accounts", withJson("POST", { name }, admin));
  expect(res.status).toBe(201);
  return AccountSchema.parse(await res.json());
}

function createKey(accountId: string, body: unknown, auth = admin) {
  return api(`/v1/admin/accounts/${accountId}/keys`, withJson("POST", body, auth));
}

async function countRows(table: "accounts" | "api_keys"): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? -1;
}

describe("POST /v1/admin/accounts", () => {
  it("creates an account and answers 201 with its id, name and creation time", async () => {
    const before = Date.now();
    const res = await api("/v1/admin/accounts", withJson("POST", { name: "Acme Calls" }, admin));
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const account = AccountSchema.parse(await res.json());
    expect(Object.keys(account).sort()).toEqual(["created_at", "id", "name"]);
    expect(account.id).toMatch(UUID);
    expect(account.name).toBe("Acme Calls");
    expect(new Date(account.created_at).toISOString()).toBe(account.created_at);
    expect(Date.parse(account.created_at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("gives every account its own id", async () => {
    const [a, b] = await Promise.all([createAccount("A"), createAccount("B")]);
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    ["no name", {}, ["body", "name"]],
    ["an empty name", { name: "" }, ["body", "name"]],
    ["a blank name", { name: "   " }, ["body", "name"]],
    ["a name that is not a string", { name: 42 }, ["body", "name"]],
    ["a name over 200 characters", { name: "n".repeat(201) }, ["body", "name"]],
    ["a name with a control character", { name: "Ac\u0007me" }, ["body", "name"]],
    ["an unknown field", { name: "Acme", plan: "gold" }, ["body", "plan"]],
  ])("rejects %s with 422 and creates nothing", async (_label, body, loc) => {
    const before = await countRows("accounts");
    const error = await expectError(await api("/v1/admin/accounts", withJson("POST", body, admin)), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(loc);
    expect(await countRows("accounts")).toBe(before);
  });
});

describe("POST /v1/admin/accounts/{account_id}/keys", () => {
  it("creates a key and shows it once: 201 with the key, its scopes, and no-store", async () => {
    const account = await createAccount();
    const res = await createKey(account.id, { name: "ci", scopes: ["recordings:read", "recordings:write"] });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const key = CreatedKeySchema.parse(await res.json());
    expect(key.id).toMatch(UUID);
    expect(key.key.length).toBeGreaterThanOrEqual(32);
    expect(key.scopes).toEqual(["recordings:read", "recordings:write"]);
    expect(new Date(key.created_at).toISOString()).toBe(key.created_at);

    const list = await send("/v1/recordings", bearer(key.key));
    expect(list.status).toBe(200);
  });

  it("stores only a hash of the key, never the key itself", async () => {
    const account = await createAccount();
    const key = CreatedKeySchema.parse(await (await createKey(account.id, { name: "ci", scopes: ["recordings:read"] })).json());
    const row = await env.DB.prepare("SELECT * FROM api_keys WHERE id = ?1").bind(key.id).first<Record<string, unknown>>();
    expect(row).not.toBeNull();
    expect(Object.values(row ?? {})).not.toContain(key.key);
    expect(JSON.stringify(row)).not.toContain(key.key);
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key.key)));
    expect(row?.key_hash).toBe([...digest].map((b) => b.toString(16).padStart(2, "0")).join(""));
  });

  it("gives each key a different secret", async () => {
    const account = await createAccount();
    const body = { name: "ci", scopes: ["recordings:read"] };
    const a = CreatedKeySchema.parse(await (await createKey(account.id, body)).json());
    const b = CreatedKeySchema.parse(await (await createKey(account.id, body)).json());
    expect(a.key).not.toBe(b.key);
    expect(a.id).not.toBe(b.id);
  });

  it("accepts the account id in upper case", async () => {
    const account = await createAccount();
    const res = await createKey(account.id.toUpperCase(), { name: "ci", scopes: ["recordings:delete"] });
    expect(res.status).toBe(201);
  });

  it.each([
    ["an unknown scope", { name: "ci", scopes: ["recordings:admin"] }, ["body", "scopes", 0]],
    ["an unknown scope after a good one", { name: "ci", scopes: ["recordings:read", "admin"] }, ["body", "scopes", 1]],
    ["no scopes", { name: "ci", scopes: [] }, ["body", "scopes"]],
    ["a repeated scope", { name: "ci", scopes: ["recordings:read", "recordings:read"] }, ["body", "scopes"]],
    ["scopes that are not a list", { name: "ci", scopes: "recordings:read" }, ["body", "scopes"]],
    ["missing scopes", { name: "ci" }, ["body", "scopes"]],
    ["a missing name", { scopes: ["recordings:read"] }, ["body", "name"]],
    ["an unknown field", { name: "ci", scopes: ["recordings:read"], expires: 3 }, ["body", "expires"]],
  ])("rejects %s with 422 and creates no key", async (_label, body, loc) => {
    const account = await createAccount();
    const before = await countRows("api_keys");
    const error = await expectError(await createKey(account.id, body), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(loc);
    expect(await countRows("api_keys")).toBe(before);
  });

  it("answers 404 ACCOUNT_NOT_FOUND for an account that does not exist", async () => {
    const missing = crypto.randomUUID();
    const error = await expectError(await createKey(missing, { name: "ci", scopes: ["recordings:read"] }), 404, "ACCOUNT_NOT_FOUND");
    expect(error.message).toContain(missing);
  });

  it("answers 422 for an account id that is not a UUID", async () => {
    const error = await expectError(await createKey("acme", { name: "ci", scopes: ["recordings:read"] }), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(["path", "account_id"]);
  });
});

describe("DELETE /v1/admin/keys/{key_id}", () => {
  it("revokes a key with 204 and the key fails with 401 at once, while the account's other keys keep working", async () => {
    const tenant = await createTenant();
    const other = CreatedKeySchema.parse(await (await createKey(tenant.accountId, { name: "other", scopes: ["recordings:read"] })).json());
    expect((await send("/v1/recordings", tenant.auth)).status).toBe(200);

    const res = await send(`/v1/admin/keys/${tenant.keyId}`, admin, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");

    const after = await expectError(await send("/v1/recordings", tenant.auth), 401, "UNAUTHORIZED");
    expect(after.message).not.toContain(tenant.key);
    await expectError(await send("/v1/recordings", basic(tenant.accountId, tenant.key)), 401, "UNAUTHORIZED");
    await expectError(await api("/v1/recordings", withJson("POST", {}, tenant.auth)), 401, "UNAUTHORIZED");
    expect((await send("/v1/recordings", bearer(other.key))).status).toBe(200);
  });

  it("answers 404 KEY_NOT_FOUND when the key is revoked a second time", async () => {
    const tenant = await createTenant();
    expect((await send(`/v1/admin/keys/${tenant.keyId}`, admin, { method: "DELETE" })).status).toBe(204);
    await expectError(await send(`/v1/admin/keys/${tenant.keyId}`, admin, { method: "DELETE" }), 404, "KEY_NOT_FOUND");
  });

  it("answers 404 KEY_NOT_FOUND for a key that never existed", async () => {
    const missing = crypto.randomUUID();
    const error = await expectError(await send(`/v1/admin/keys/${missing}`, admin, { method: "DELETE" }), 404, "KEY_NOT_FOUND");
    expect(error.message).toContain(missing);
  });

  it.each(["not-a-uuid", "123", "6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a1", "6f1c2a9e3b7d4c419a552d8e0b6f4a10x"])(
    "answers 422 for the key id %s",
    async (id) => {
      const error = await expectError(await send(`/v1/admin/keys/${id}`, admin, { method: "DELETE" }), 422, "VALIDATION_ERROR");
      expect(error.details?.map((d) => d.loc)).toContainEqual(["path", "key_id"]);
    },
  );
});

describe("the admin token", () => {
  const adminRequests = (accountId: string, keyId: string) => [
    ["create an account", (auth?: string) => api("/v1/admin/accounts", withJson("POST", { name: "X" }, auth))],
    ["create a key", (auth?: string) => api(`/v1/admin/accounts/${accountId}/keys`, withJson("POST", { name: "x", scopes: ["recordings:read"] }, auth))],
    ["revoke a key", (auth?: string) => send(`/v1/admin/keys/${keyId}`, auth, { method: "DELETE" })],
  ] as const;

  it.each([
    ["no Authorization header", undefined],
    ["a wrong token", bearer("test-admin-tokem")],
    ["the token with a suffix", bearer("test-admin-token-and-more")],
    ["the token as Basic credentials", `Basic ${btoa("admin:test-admin-token")}`],
    ["the token without a scheme", "test-admin-token"],
    ["an empty header", ""],
  ])("is required: %s gets 401 everywhere and changes nothing", async (_label, auth) => {
    const tenant = await createTenant();
    const [accounts, keys] = [await countRows("accounts"), await countRows("api_keys")];
    for (const [, request] of adminRequests(tenant.accountId, tenant.keyId)) {
      const res = await request(auth);
      await expectError(res, 401, "UNAUTHORIZED");
      expect(res.headers.get("www-authenticate")).toMatch(/Bearer/);
    }
    expect([await countRows("accounts"), await countRows("api_keys")]).toEqual([accounts, keys]);
    expect((await send("/v1/recordings", tenant.auth)).status).toBe(200);
  });

  it("is not an API key: an API key with every scope gets 401 from the admin endpoints", async () => {
    const tenant = await createTenant();
    for (const [, request] of adminRequests(tenant.accountId, tenant.keyId)) {
      await expectError(await request(tenant.auth), 401, "UNAUTHORIZED");
    }
    expect((await send("/v1/recordings", tenant.auth)).status).toBe(200);
  });

  it("is not an API key either way: the admin token gets 401 from the recording endpoints", async () => {
    await expectError(await send("/v1/recordings", admin), 401, "UNAUTHORIZED");
    await expectError(await api("/v1/recordings", withJson("POST", {}, admin)), 401, "UNAUTHORIZED");
  });
});
