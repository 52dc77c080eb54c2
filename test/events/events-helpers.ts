import { env } from "cloudflare:workers";
import { expect, vi } from "vitest";
import { EventPageSchema, type Event } from "../../src/schemas/events";
import { WebhookWithSecretSchema } from "../../src/schemas/webhooks";
import type { Received } from "../receiver";
import { api, createTenant, withJson, type Tenant } from "../helpers";

/** A tenant whose key can also manage webhooks. */
export function webhookTenant(): Promise<Tenant> {
  return createTenant(["recordings:read", "recordings:write", "recordings:delete", "webhooks:manage"]);
}

/** A unique receiver key, so each test reads only its own deliveries. */
export const receiverKey = () => crypto.randomUUID();

/** Adds a webhook endpoint and returns it with its secret. */
export async function addEndpoint(tenant: Tenant, body: Record<string, unknown>) {
  const res = await api("/v1/webhooks", withJson("POST", body, tenant.auth));
  expect(res.status).toBe(201);
  return WebhookWithSecretSchema.parse(await res.json());
}

/** What the test receiver got under `key`. */
export async function receivedBy(key: string): Promise<Received[]> {
  return (await (await fetch(`https://receiver.test/__log/${key}`)).json()) as Received[];
}

/** Waits until `check` holds for what `key` received (the queue consumer runs in the background). */
export async function waitForReceived(key: string, check: (got: Received[]) => boolean, timeout = 15_000): Promise<Received[]> {
  let got: Received[] = [];
  await vi.waitUntil(async () => check((got = await receivedBy(key))), { timeout, interval: 100 });
  return got;
}

/** The account's events, all pages, oldest first. */
export async function listEvents(tenant: Tenant, query = ""): Promise<Event[]> {
  const events: Event[] = [];
  let url: string | undefined = `/v1/events?limit=100${query}`;
  while (url) {
    const res = await api(url, { headers: { authorization: tenant.auth } });
    expect(res.status).toBe(200);
    const page = EventPageSchema.parse(await res.json());
    events.push(...page.data);
    url = page.links.next && new URL(page.links.next).pathname + new URL(page.links.next).search;
  }
  return events;
}

/** Rows of a table for a test's own checks. */
export async function eventRows(accountId: string) {
  const { results } = await env.DB.prepare("SELECT id, type, recording_id, dispatched_at FROM events WHERE account_id = ?1 ORDER BY seq")
    .bind(accountId)
    .all<{ id: string; type: string; recording_id: string | null; dispatched_at: string | null }>();
  return results;
}
