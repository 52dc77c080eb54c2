import { insertTestEvent } from "../../db/events";
import {
  deleteEndpoint,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  rotateSecret as rotateStoredSecret,
  updateEndpoint,
  type EndpointRow,
} from "../../db/webhook-endpoints";
import { newWebhookSecret } from "../../events/signing";
import { newEventId, TEST_EVENT_TYPE } from "../../events/types";
import { allowsHttpLoopback, webhookUrlProblem } from "../../events/url-rules";
import { ApiError, validationError } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import type { EventType } from "../../events/types";
import type { Webhook } from "../../schemas/webhooks";
import type * as routes from "./webhooks.routes";

/** How long a rotated-out secret keeps signing. */
const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** An endpoint as the API shows it: never its secrets. */
export function toWebhook(row: EndpointRow): Webhook {
  const overlapping = row.previous_secret && row.previous_expires_at && row.previous_expires_at > new Date().toISOString();
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events ? (JSON.parse(row.events) as EventType[]) : null,
    enabled: row.enabled === 1,
    disabled_reason: row.disabled_reason,
    previous_secret_expires_at: overlapping ? row.previous_expires_at : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** 404 for an endpoint that does not exist or is another account's. */
export function webhookNotFound(id: string): ApiError {
  return new ApiError(404, "WEBHOOK_NOT_FOUND", `Webhook endpoint ${id} not found`);
}

function checkUrl(url: string | undefined, env: Pick<Env, "WEBHOOK_ALLOW_HTTP_LOOPBACK">): void {
  if (url === undefined) return;
  const problem = webhookUrlProblem(url, allowsHttpLoopback(env.WEBHOOK_ALLOW_HTTP_LOOPBACK));
  if (problem) throw validationError([{ loc: ["body", "url"], msg: problem, type: "invalid_url" }]);
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const { accountId } = c.get("principal");
  const input = c.req.valid("json");
  checkUrl(input.url, c.env);
  const now = new Date().toISOString();
  const row: EndpointRow = {
    id: crypto.randomUUID(), account_id: accountId, url: input.url, description: input.description ?? null,
    events: input.events ? JSON.stringify(input.events) : null, enabled: 1, disabled_reason: null, secret: newWebhookSecret(),
    previous_secret: null, previous_expires_at: null, failing_since: null, created_at: now, updated_at: now,
  };
  if (!(await insertEndpoint(c.env.DB, row))) {
    throw new ApiError(422, "WEBHOOK_LIMIT_EXCEEDED", "This account already has 20 webhook endpoints; delete one first");
  }
  c.header("Location", `/v1/webhooks/${row.id}`);
  return c.json({ ...toWebhook(row), secret: row.secret }, 201);
};

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const rows = await listEndpoints(c.env.DB, c.get("principal").accountId);
  return c.json({ data: rows.map(toWebhook) }, 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await findEndpoint(c.env.DB, c.get("principal").accountId, id);
  if (!row) throw webhookNotFound(id);
  return c.json(toWebhook(row), 200);
};

export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const { id } = c.req.valid("param");
  const input = c.req.valid("json");
  checkUrl(input.url, c.env);
  const events = input.events === undefined ? undefined : input.events === null ? null : JSON.stringify(input.events);
  const changes = { url: input.url, events, description: input.description, enabled: input.enabled };
  const row = await updateEndpoint(c.env.DB, c.get("principal").accountId, id, changes, new Date().toISOString());
  if (!row) throw webhookNotFound(id);
  return c.json(toWebhook(row), 200);
};

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { id } = c.req.valid("param");
  if (!(await deleteEndpoint(c.env.DB, c.get("principal").accountId, id))) throw webhookNotFound(id);
  return c.body(null, 204);
};

export const rotateSecret: AppRouteHandler<typeof routes.rotateSecret> = async (c) => {
  const { id } = c.req.valid("param");
  const now = new Date();
  const secret = newWebhookSecret();
  const overlapUntil = new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString();
  const row = await rotateStoredSecret(c.env.DB, c.get("principal").accountId, id, secret, now.toISOString(), overlapUntil);
  if (!row) throw webhookNotFound(id);
  return c.json({ ...toWebhook(row), secret }, 200);
};

export const sendTest: AppRouteHandler<typeof routes.sendTest> = async (c) => {
  const { accountId } = c.get("principal");
  const { id } = c.req.valid("param");
  const endpoint = await findEndpoint(c.env.DB, accountId, id);
  if (!endpoint) throw webhookNotFound(id);
  const event = {
    id: newEventId(), type: TEST_EVENT_TYPE, created_at: new Date().toISOString(), account_id: accountId,
    data: { webhook_id: id, message: "A test event: this endpoint receives and verifies deliveries." },
  };
  // Handed to the queue after the response, as every write's events are (events/hand-over.ts).
  await insertTestEvent(c.env.DB, { id: event.id, accountId, endpointId: id, createdAt: event.created_at, data: event.data });
  return c.json(event, 202);
};
