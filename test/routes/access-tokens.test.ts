import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AccessTokenSchema } from "../../src/schemas/access-tokens";
import { addRestrictedKey, mintToken, requestToken, signTestToken } from "../access-helpers";
import { addKey, admin, ALL_SCOPES, basic, bearer, createRecording, createTenant, expectError, listPage, send } from "../helpers";

const secret = (byte: number) => Buffer.alloc(32, byte).toString("base64");

describe("POST /v1/access-tokens", () => {
  it("mints a token with the asked scopes and restriction that works as Bearer and expires in an hour by default", async () => {
    const tenant = await createTenant();
    const before = Date.now();
    const res = await requestToken(tenant.auth, { scopes: ["recordings:read"], restrict: { room_id: "room-1" } });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const minted = AccessTokenSchema.parse(await res.json());
    expect(minted.token).toMatch(/^rat_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(minted.scopes).toEqual(["recordings:read"]);
    expect(minted.restrict).toEqual({ room_id: "room-1" });
    const lifetime = Date.parse(minted.expires_at) - before;
    expect(lifetime).toBeGreaterThan(3590_000);
    expect(lifetime).toBeLessThanOrEqual(3600_000);
    const inRoom = await createRecording(tenant, { room_id: "room-1" });
    await createRecording(tenant, { room_id: "room-2" });
    const page = await listPage({ ...tenant, auth: bearer(minted.token) });
    expect(page.data.map((r) => r.id)).toEqual([inRoom.id]);
  });

  it("gives the token no scope it was not asked for", async () => {
    const tenant = await createTenant();
    const { tenant: reader } = await mintToken(tenant, { scopes: ["recordings:read"] });
    const res = await send("/v1/recordings", reader.auth, { method: "POST" });
    const body = await expectError(res, 403, "FORBIDDEN");
    expect(body.message).toContain("recordings:write");
  });

  it("takes expires_in from 60 to 86400 seconds, and refuses others with 422", async () => {
    const tenant = await createTenant();
    for (const expires_in of [60, 86_400]) expect((await requestToken(tenant.auth, { scopes: ["recordings:read"], expires_in })).status).toBe(201);
    for (const expires_in of [59, 86_401, 0, -1, 1.5, "3600", null]) {
      await expectError(await requestToken(tenant.auth, { scopes: ["recordings:read"], expires_in }), 422, "VALIDATION_ERROR");
    }
  });

  it("refuses scopes the caller lacks (403), and empty, repeated or unknown scopes (422)", async () => {
    const owner = await createTenant();
    const reader = await addKey(owner.accountId, ["recordings:read"]);
    const body = await expectError(await requestToken(reader.auth, { scopes: ["recordings:read", "recordings:delete"] }), 403, "FORBIDDEN");
    expect(body.message).toContain("recordings:delete");
    for (const scopes of [[], ["recordings:read", "recordings:read"], ["recordings:admin"], undefined]) {
      await expectError(await requestToken(reader.auth, { scopes }), 422, "VALIDATION_ERROR");
    }
  });

  it("refuses a restriction with both fields, neither, an empty or over-long value, or an unknown field (422)", async () => {
    const tenant = await createTenant();
    for (const restrict of [{ room_id: "a", user_id: "b" }, {}, { room_id: "" }, { user_id: "x".repeat(257) }, { room: "a" }, { room_id: "a\u0001" }, "room-a"]) {
      await expectError(await requestToken(tenant.auth, { scopes: ["recordings:read"], restrict }), 422, "VALIDATION_ERROR");
    }
  });

  it("keeps a restricted key's tokens in its room: no other room, no user, no unrestricted token", async () => {
    const owner = await createTenant();
    const roomKey = await addRestrictedKey(owner.accountId, { room_id: "room-a" });
    for (const restrict of [{ room_id: "room-b" }, { user_id: "agent-1" }]) {
      await expectError(await requestToken(roomKey.auth, { scopes: ["recordings:read"], restrict }), 403, "FORBIDDEN");
    }
    const inherited = await mintToken(roomKey, { scopes: ["recordings:read"] });
    expect(inherited.restrict).toEqual({ room_id: "room-a" });
    expect((await mintToken(roomKey, { scopes: ["recordings:read"], restrict: { room_id: "room-a" } })).restrict).toEqual({ room_id: "room-a" });
  });

  it("lets a token mint tokens only within its own scopes, restriction and lifetime", async () => {
    const owner = await createTenant();
    const parent = await mintToken(owner, { scopes: ["recordings:read", "recordings:write"], restrict: { room_id: "r" }, expires_in: 600 });
    const child = await mintToken(parent.tenant, { scopes: ["recordings:read"] });
    expect(child.restrict).toEqual({ room_id: "r" });
    expect(child.expires_at).toBe(parent.expires_at); // the default stops at the parent's expiry
    expect((await mintToken(parent.tenant, { scopes: ["recordings:read"], expires_in: 300 })).expires_at < parent.expires_at).toBe(true);
    await expectError(await requestToken(parent.tenant.auth, { scopes: ["recordings:read"], expires_in: 3600 }), 422, "VALIDATION_ERROR");
    await expectError(await requestToken(parent.tenant.auth, { scopes: ["recordings:delete"] }), 403, "FORBIDDEN");
    await expectError(await requestToken(parent.tenant.auth, { scopes: ["recordings:read"], restrict: { room_id: "s" } }), 403, "FORBIDDEN");
  });
});

describe("access tokens as credentials", () => {
  it("are refused as a Basic password, with the account id or without", async () => {
    const tenant = await createTenant();
    const { token } = await mintToken(tenant);
    const body = await expectError(await send("/v1/recordings", basic(tenant.accountId, token)), 401, "UNAUTHORIZED");
    expect(body.message).toContain("Bearer");
  });

  it("die at once when the key that minted them is revoked, and so do the tokens minted from them", async () => {
    const owner = await createTenant();
    const key = await addKey(owner.accountId, ALL_SCOPES);
    const token = await mintToken(key);
    const grandchild = await mintToken(token.tenant);
    expect((await send("/v1/recordings", token.tenant.auth)).status).toBe(200);
    expect((await send(`/v1/admin/keys/${key.keyId}`, admin, { method: "DELETE" })).status).toBe(204);
    for (const auth of [token.tenant.auth, grandchild.tenant.auth]) {
      await expectError(await send("/v1/recordings", auth), 401, "UNAUTHORIZED");
      await expectError(await send(`/v1/recordings/${crypto.randomUUID()}/media`, auth), 401, "UNAUTHORIZED");
    }
    expect((await send("/v1/recordings", owner.auth)).status).toBe(200);
  });

  it("answer 401 TOKEN_EXPIRED once expired, on every kind of route, and UNAUTHORIZED when altered", async () => {
    const tenant = await createTenant();
    const claims = { keyId: tenant.keyId, accountId: tenant.accountId, scopes: ALL_SCOPES, restrict: null };
    const expired = await signTestToken({ ...claims, expiresAt: new Date(Date.now() - 1000) });
    const recording = await createRecording(tenant);
    for (const path of ["/v1/recordings", `/v1/recordings/${recording.id}`, `/v1/recordings/${recording.id}/media`]) {
      const res = await send(path, bearer(expired));
      await expectError(res, 401, "TOKEN_EXPIRED");
      expect(res.headers.get("www-authenticate")).toMatch(/Bearer/);
    }
    const live = await signTestToken({ ...claims, expiresAt: new Date(Date.now() + 60_000) });
    expect((await send("/v1/recordings", bearer(live))).status).toBe(200);
    await expectError(await send("/v1/recordings", bearer(`${live.slice(0, -3)}AAA`)), 401, "UNAUTHORIZED");
  });

  it("keep working after SIGNING_KEYS rotates while their key is still configured, and never with an unknown key", async () => {
    const tenant = await createTenant();
    const claims = { keyId: tenant.keyId, accountId: tenant.accountId, scopes: ALL_SCOPES, restrict: null, expiresAt: new Date(Date.now() + 60_000) };
    // The test Worker's SIGNING_KEYS is "test-2:…,test-1:…": a token signed by the previous key, test-1, still works.
    const previous = await signTestToken(claims, env.SIGNING_KEYS.split(",")[1]!);
    expect((await send("/v1/recordings", bearer(previous))).status).toBe(200);
    const stranger = await signTestToken(claims, `test-3:${secret(3)}`);
    await expectError(await send("/v1/recordings", bearer(stranger)), 401, "UNAUTHORIZED");
    const sameIdOtherSecret = await signTestToken(claims, `test-1:${secret(9)}`);
    await expectError(await send("/v1/recordings", bearer(sameIdOtherSecret)), 401, "UNAUTHORIZED");
  });

  it("are refused when they name another account than their key's", async () => {
    const [tenant, other] = await Promise.all([createTenant(), createTenant()]);
    const forged = await signTestToken({ keyId: tenant.keyId, accountId: other.accountId, scopes: ALL_SCOPES, restrict: null, expiresAt: new Date(Date.now() + 60_000) });
    await expectError(await send("/v1/recordings", bearer(forged)), 401, "UNAUTHORIZED");
  });
});
