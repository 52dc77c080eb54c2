import { describe, expect, it } from "vitest";
import { RecordingSchema } from "../../src/schemas/recording";
import { addKey, api, basic, bearer, createRecording, createTenant, expectError, listPage, send, withJson } from "../helpers";

/** Sends a list request with exactly this Authorization header value. */
function listWith(authorization: string) {
  return api("/v1/recordings", { headers: { authorization } });
}

async function expectUnauthorized(res: Response) {
  await expectError(res, 401, "UNAUTHORIZED");
  const challenge = res.headers.get("www-authenticate") ?? "";
  expect(challenge).toMatch(/\bBearer\b/);
  expect(challenge).toMatch(/\bBasic\b/);
}

describe("API key authentication", () => {
  it("accepts the key as a Bearer token", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const res = await listWith(`Bearer ${tenant.key}`);
    expect(res.status).toBe(200);
    expect((await listPage(tenant)).data.map((r) => r.id)).toEqual([recording.id]);
  });

  it("accepts the scheme name in any case", async () => {
    const tenant = await createTenant();
    expect((await listWith(`bearer ${tenant.key}`)).status).toBe(200);
    expect((await listWith(`BASIC ${btoa(`${tenant.accountId}:${tenant.key}`)}`)).status).toBe(200);
  });

  it("accepts Basic base64(account_id:key) and acts for that account", async () => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", withJson("POST", { room_id: "basic-room" }, basic(tenant.accountId, tenant.key)));
    expect(res.status).toBe(201);
    const recording = RecordingSchema.parse(await res.json());
    expect(recording.account_id).toBe(tenant.accountId);
    const got = await send(`/v1/recordings/${recording.id}`, basic(tenant.accountId, tenant.key));
    expect(got.status).toBe(200);
    expect(RecordingSchema.parse(await got.json()).room_id).toBe("basic-room");
  });

  it("accepts Basic credentials with the account id in upper case", async () => {
    const tenant = await createTenant();
    expect((await listWith(basic(tenant.accountId.toUpperCase(), tenant.key))).status).toBe(200);
  });

  it("refuses Basic credentials that pair the key with another account's id", async () => {
    const [tenant, other] = await Promise.all([createTenant(), createTenant()]);
    await expectUnauthorized(await listWith(basic(other.accountId, tenant.key)));
  });

  it("refuses Basic credentials that pair the key with an account that does not exist", async () => {
    const tenant = await createTenant();
    await expectUnauthorized(await listWith(basic(crypto.randomUUID(), tenant.key)));
  });

  it("refuses a key that differs only in case", async () => {
    const tenant = await createTenant();
    const changed = tenant.key.toUpperCase() === tenant.key ? tenant.key.toLowerCase() : tenant.key.toUpperCase();
    await expectUnauthorized(await listWith(bearer(changed)));
  });

  it("refuses a request without an Authorization header", async () => {
    await expectUnauthorized(await api("/v1/recordings"));
    await expectUnauthorized(await api("/v1/recordings", { method: "POST" }));
  });

  const malformed: [string, (key: string, accountId: string) => string][] = [
    ["an empty header", () => ""],
    ["only spaces", () => "   "],
    ["the key with no scheme", (key) => key],
    ["the scheme with no credentials", () => "Bearer"],
    ["the scheme and a space", () => "Bearer "],
    ["an unknown scheme", (key) => `Token ${key}`],
    ["the key followed by more words", (key) => `Bearer ${key} extra`],
    ["two schemes", (key) => `Bearer Bearer ${key}`],
    ["Basic with text that is not base64", () => "Basic !!!not*base64!!!"],
    ["Basic with truncated base64", (key, account) => `Basic ${btoa(`${account}:${key}`).slice(0, -3)}`],
    ["Basic with no colon", (key) => `Basic ${btoa(key)}`],
    ["Basic with an empty account id", (key) => `Basic ${btoa(`:${key}`)}`],
    ["Basic with an empty key", (_key, account) => `Basic ${btoa(`${account}:`)}`],
    ["Basic with bytes that are not UTF-8", () => `Basic ${btoa("\xff\xfe\xfd:\xc3\x28")}`],
    ["Basic with the key alone as base64", (key) => `Basic ${btoa(key)}=`],
    ["a huge Bearer token", () => `Bearer ${"k".repeat(100_000)}`],
    ["a huge Basic value", (_key, account) => `Basic ${btoa(`${account}:${"k".repeat(60_000)}`)}`],
    ["a huge header of spaces", (key) => `Bearer${" ".repeat(50_000)}${key}x`],
    ["Latin-1 characters in the token", () => "Bearer cl\u00e9-\u00fcn\u00efc\u00f6de"],
    ["a Basic value of UTF-8 non-ASCII text", (_key, account) => `Basic ${btoa(unescape(encodeURIComponent(`${account}:clé-🔑`)))}`],
  ];

  it.each(malformed)("answers 401 with a WWW-Authenticate challenge for %s", async (_label, header) => {
    const tenant = await createTenant();
    await expectUnauthorized(await listWith(header(tenant.key, tenant.accountId)));
    // The same tenant's well-formed credentials work, so the failure is the header's shape.
    expect((await listWith(tenant.auth)).status).toBe(200);
  });

  it("checks credentials before it validates the path", async () => {
    await expectUnauthorized(await api("/v1/recordings/not-a-uuid"));
  });
});

describe("scopes", () => {
  it("lets a read-only key list and get, but not create or change (403 FORBIDDEN)", async () => {
    const owner = await createTenant();
    const reader = await addKey(owner.accountId, ["recordings:read"]);
    const recording = await createRecording(owner, { room_id: "before" });

    expect((await listPage(reader)).data.map((r) => r.id)).toEqual([recording.id]);
    const got = await send(`/v1/recordings/${recording.id}`, reader.auth);
    expect(got.status).toBe(200);
    expect(RecordingSchema.parse(await got.json())).toEqual(recording);

    const created = await expectError(await api("/v1/recordings", withJson("POST", {}, reader.auth)), 403, "FORBIDDEN");
    expect(created.message).toContain("recordings:write");
    await expectError(await api(`/v1/recordings/${recording.id}`, withJson("PATCH", { room_id: "after" }, reader.auth)), 403, "FORBIDDEN");

    expect((await listPage(owner)).data).toEqual([recording]);
  });

  it("keeps a write-only key from listing and getting (403 FORBIDDEN), and from reading a recording through PATCH", async () => {
    const owner = await createTenant();
    const writer = await addKey(owner.accountId, ["recordings:write"]);
    const recording = await createRecording(writer, { room_id: "w" });

    const listed = await expectError(await send("/v1/recordings", writer.auth), 403, "FORBIDDEN");
    expect(listed.message).toContain("recordings:read");
    await expectError(await send(`/v1/recordings/${recording.id}`, writer.auth), 403, "FORBIDDEN");

    const patched = await api(`/v1/recordings/${recording.id}`, withJson("PATCH", { room_id: "w2" }, writer.auth));
    expect(patched.status).toBe(204);
    expect(await patched.text()).toBe("");
    const empty = await api(`/v1/recordings/${recording.id}`, withJson("PATCH", {}, writer.auth));
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe("");
    const seen = await send(`/v1/recordings/${recording.id}`, owner.auth);
    expect(RecordingSchema.parse(await seen.json()).room_id).toBe("w2");
  });

  it("lets a delete-only key restore a recording without reading it (204, no body)", async () => {
    const owner = await createTenant();
    const deleter = await addKey(owner.accountId, ["recordings:delete"]);
    const recording = await createRecording(owner, { metadata: { secret: "yes" } });
    expect((await send(`/v1/recordings/${recording.id}`, deleter.auth, { method: "DELETE" })).status).toBe(204);
    const restored = await send(`/v1/recordings/${recording.id}/restore`, deleter.auth, { method: "POST" });
    expect(restored.status).toBe(204);
    expect(await restored.text()).toBe("");
    expect((await send(`/v1/recordings/${recording.id}`, owner.auth)).status).toBe(200);
    await expectError(await send(`/v1/recordings/${crypto.randomUUID()}/restore`, deleter.auth, { method: "POST" }), 404, "RECORDING_NOT_FOUND");
  });

  it("gives a delete-only key neither read nor write", async () => {
    const owner = await createTenant();
    const deleter = await addKey(owner.accountId, ["recordings:delete"]);
    const recording = await createRecording(owner);
    await expectError(await send("/v1/recordings", deleter.auth), 403, "FORBIDDEN");
    await expectError(await send(`/v1/recordings/${recording.id}`, deleter.auth), 403, "FORBIDDEN");
    await expectError(await api("/v1/recordings", withJson("POST", {}, deleter.auth)), 403, "FORBIDDEN");
    expect((await listPage(owner)).data).toHaveLength(1);
  });

  it("answers a missing scope with 403 even for a recording of another account", async () => {
    const [owner, stranger] = await Promise.all([createTenant(), createTenant(["recordings:write"])]);
    const recording = await createRecording(owner);
    await expectError(await send(`/v1/recordings/${recording.id}`, stranger.auth), 403, "FORBIDDEN");
  });
});
