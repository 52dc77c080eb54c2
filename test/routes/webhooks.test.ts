import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { EventSchema } from "../../src/schemas/events";
import { WebhookListSchema, WebhookSchema, WebhookWithSecretSchema } from "../../src/schemas/webhooks";
import { api, createTenant, expectError, send, withJson } from "../helpers";
import { addEndpoint, receiverKey, waitForReceived, webhookTenant } from "../events/events-helpers";

const post = (path: string, auth: string) => api(path, { method: "POST", headers: { authorization: auth } });

describe("webhook endpoints", () => {
  it("are created with a whsec_ secret shown once, then read, listed, changed and removed", async () => {
    const tenant = await webhookTenant();
    const created = await addEndpoint(tenant, { url: "https://example.com/a", events: ["recording.completed"], description: "CRM" });
    expect(created).toMatchObject({ url: "https://example.com/a", events: ["recording.completed"], description: "CRM", enabled: true, disabled_reason: null });
    expect(created.secret).toMatch(/^whsec_/);
    const read = await api(`/v1/webhooks/${created.id}`, { headers: { authorization: tenant.auth } });
    const shown = await read.json();
    expect(shown).not.toHaveProperty("secret");
    expect(JSON.stringify(shown)).not.toContain(created.secret.slice(6));
    expect(read.headers.get("cache-control")).toBe("no-store");
    const patched = await api(`/v1/webhooks/${created.id}`, withJson("PATCH", { events: null, enabled: false, url: "https://example.com/b" }, tenant.auth));
    expect(WebhookSchema.parse(await patched.json())).toMatchObject({ events: null, enabled: false, url: "https://example.com/b", disabled_reason: "disabled by the API" });
    const list = WebhookListSchema.parse(await (await send("/v1/webhooks", tenant.auth)).json());
    expect(list.data.map((w) => w.id)).toEqual([created.id]);
    expect((await api(`/v1/webhooks/${created.id}`, { method: "DELETE", headers: { authorization: tenant.auth } })).status).toBe(204);
    await expectError(await send(`/v1/webhooks/${created.id}`, tenant.auth), 404, "WEBHOOK_NOT_FOUND");
  });

  it("refuse bad URLs, unknown event types and unknown fields with 422", async () => {
    const tenant = await webhookTenant();
    const bad = [
      { url: "http://example.com/h" }, { url: "https://u:p@example.com/h" }, { url: "not a url" }, { url: `https://e.com/${"x".repeat(2000)}` },
      { url: "http://10.1.2.3/h" }, { url: "https://example.com/h", events: ["recording.exploded"] }, { url: "https://example.com/h", events: [] },
      { url: "https://example.com/h", events: ["media.ready", "media.ready"] }, { url: "https://example.com/h", secret: "whsec_mine" }, {},
    ];
    for (const body of bad) await expectError(await api("/v1/webhooks", withJson("POST", body, tenant.auth)), 422, "VALIDATION_ERROR");
    const endpoint = await addEndpoint(tenant, { url: "https://example.com/h" });
    await expectError(await api(`/v1/webhooks/${endpoint.id}`, withJson("PATCH", { url: "ftp://example.com" }, tenant.auth)), 422, "VALIDATION_ERROR");
    const list = WebhookListSchema.parse(await (await send("/v1/webhooks", tenant.auth)).json());
    expect(list.data).toHaveLength(1);
  });

  it("allow http to loopback hosts only where the deployment allows it", async () => {
    const tenant = await webhookTenant();
    // The tests run with WEBHOOK_ALLOW_HTTP_LOOPBACK "false", as deployed (vitest.config.ts), even beside a .dev.vars.
    await expectError(await api("/v1/webhooks", withJson("POST", { url: "http://127.0.0.1:9/h" }, tenant.auth)), 422, "VALIDATION_ERROR");
  });

  it("are at most 20 per account", async () => {
    const tenant = await webhookTenant();
    await Promise.all(Array.from({ length: 20 }, (_, i) => addEndpoint(tenant, { url: `https://example.com/${i}` })));
    await expectError(await api("/v1/webhooks", withJson("POST", { url: "https://example.com/21" }, tenant.auth)), 422, "WEBHOOK_LIMIT_EXCEEDED");
    const other = await webhookTenant();
    await addEndpoint(other, { url: "https://example.com/other" });
  });

  it("of another account answer 404, and need webhooks:manage", async () => {
    const [owner, stranger] = [await webhookTenant(), await webhookTenant()];
    const endpoint = await addEndpoint(owner, { url: "https://example.com/h" });
    for (const [method, path] of [["GET", ""], ["PATCH", ""], ["DELETE", ""], ["POST", "/rotate-secret"], ["POST", "/test"], ["GET", "/deliveries"]] as const) {
      const init = method === "PATCH" ? withJson("PATCH", { enabled: true }, stranger.auth) : { method, headers: { authorization: stranger.auth } };
      await expectError(await api(`/v1/webhooks/${endpoint.id}${path}`, init), 404, "WEBHOOK_NOT_FOUND");
    }
    const reader = await createTenant(["recordings:read", "recordings:write", "recordings:delete"]);
    await expectError(await send("/v1/webhooks", reader.auth), 403, "FORBIDDEN");
    await expectError(await api("/v1/webhooks", withJson("POST", { url: "https://example.com/h" }, reader.auth)), 403, "FORBIDDEN");
    await expectError(await send("/v1/webhooks/not-a-uuid", owner.auth), 422, "VALIDATION_ERROR");
  });

  it("send a test event to that endpoint alone, signed so the standardwebhooks library verifies it", async () => {
    const tenant = await webhookTenant();
    const [key, otherKey] = [receiverKey(), receiverKey()];
    const endpoint = await addEndpoint(tenant, { url: `https://receiver.test/ok/${key}`, events: ["media.ready"] });
    await addEndpoint(tenant, { url: `https://receiver.test/ok/${otherKey}` });
    const res = await post(`/v1/webhooks/${endpoint.id}/test`, tenant.auth);
    expect(res.status).toBe(202);
    const event = EventSchema.parse(await res.json());
    expect(event.type).toBe("webhook.test");
    const [got] = await waitForReceived(key, (g) => g.length === 1);
    const headers = { "webhook-id": got!.id!, "webhook-timestamp": got!.timestamp!, "webhook-signature": got!.signature! };
    expect(new Webhook(endpoint.secret).verify(got!.body, headers)).toEqual(event);
    expect(await waitForReceived(otherKey, () => true)).toEqual([]);
  });

  it("rotate their secret: both the new and the old one sign for 24 hours", async () => {
    const tenant = await webhookTenant();
    const key = receiverKey();
    const endpoint = await addEndpoint(tenant, { url: `https://receiver.test/ok/${key}` });
    const rotated = WebhookWithSecretSchema.parse(await (await post(`/v1/webhooks/${endpoint.id}/rotate-secret`, tenant.auth)).json());
    expect(rotated.secret).not.toBe(endpoint.secret);
    const overlap = Date.parse(rotated.previous_secret_expires_at!) - Date.now();
    expect(overlap).toBeGreaterThan(23.9 * 3600_000);
    expect(overlap).toBeLessThanOrEqual(24 * 3600_000);
    expect((await post(`/v1/webhooks/${endpoint.id}/test`, tenant.auth)).status).toBe(202);
    const [got] = await waitForReceived(key, (g) => g.length === 1);
    expect(got!.signature!.split(" ")).toHaveLength(2);
    const headers = { "webhook-id": got!.id!, "webhook-timestamp": got!.timestamp!, "webhook-signature": got!.signature! };
    for (const secret of [endpoint.secret, rotated.secret]) expect(() => new Webhook(secret).verify(got!.body, headers)).not.toThrow();
  });
});
