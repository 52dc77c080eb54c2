import { findEndpoint } from "../../db/webhook-endpoints";
import { findDelivery, readDeliveryPage, resetDeliveryForRetry, type DeliveryWithAttempts } from "../../db/webhook-history";
import { sendDeliveries, webhookQueue } from "../../events/dispatch";
import { ApiError } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import { cursorKey, decodeCursor, encodeCursor, queryFingerprint } from "../../pagination/cursor";
import { pageLinks } from "../../pagination/links";
import type { Delivery } from "../../schemas/webhooks";
import { webhookNotFound } from "./webhooks.handlers";
import type * as routes from "./deliveries.routes";

/** A delivery as the API shows it, with every attempt. */
export function toDelivery(row: DeliveryWithAttempts): Delivery {
  return {
    id: row.id,
    event_id: row.event_id,
    event_type: row.event_type,
    status: row.status,
    attempts: JSON.parse(row.attempts_json) as Delivery["attempts"],
    next_attempt_at: row.status === "pending" ? row.next_attempt_at : null,
    created_at: row.created_at,
    finished_at: row.finished_at,
  };
}

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { accountId } = c.get("principal");
  const { id } = c.req.valid("param");
  const { status, limit, cursor } = c.req.valid("query");
  if (!(await findEndpoint(c.env.DB, accountId, id))) throw webhookNotFound(id);
  const fingerprint = await queryFingerprint({ account: accountId, endpoint: id, status });
  const key = await cursorKey(c.env.ADMIN_TOKEN ?? "");
  let before;
  if (cursor !== undefined) {
    const state = await decodeCursor(key, cursor);
    if (!state || state.fingerprint !== fingerprint || state.direction !== "next") {
      throw new ApiError(422, "INVALID_CURSOR", "The cursor is malformed, altered, or belongs to other filters");
    }
    before = { createdAt: state.createdAt, id: state.id };
  }
  const rows = await readDeliveryPage(c.env.DB, { endpointId: id, status, before, limit });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const next =
    rows.length > limit && last ? await encodeCursor(key, { createdAt: last.created_at, id: last.id, direction: "next", fingerprint }) : undefined;
  return c.json({ data: items.map(toDelivery), links: pageLinks(c.req.url, { next }) }, 200);
};

export const retry: AppRouteHandler<typeof routes.retry> = async (c) => {
  const { accountId } = c.get("principal");
  const { id, delivery_id } = c.req.valid("param");
  if (!(await findEndpoint(c.env.DB, accountId, id))) throw webhookNotFound(id);
  const notFound = () => new ApiError(404, "DELIVERY_NOT_FOUND", `Delivery ${delivery_id} not found`);
  if (!(await findDelivery(c.env.DB, accountId, id, delivery_id))) throw notFound();
  await resetDeliveryForRetry(c.env.DB, accountId, delivery_id, new Date().toISOString());
  // Should this send fail, the delivery is pending and overdue: the scheduled job sends it.
  await sendDeliveries(webhookQueue(c.env), [delivery_id]);
  const row = await findDelivery(c.env.DB, accountId, id, delivery_id);
  if (!row) throw notFound();
  return c.json(toDelivery(row), 202);
};
