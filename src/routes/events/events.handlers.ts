import { readEventPage, type EventRow } from "../../db/event-pages";
import { validationError } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import type { Event } from "../../schemas/events";
import type * as routes from "./events.routes";

/** An events row as the API shows it (and as a delivery posts it). */
export function toEvent(row: EventRow): Event {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  return { id: row.id, type: row.type as Event["type"], created_at: row.created_at, account_id: row.account_id, data };
}

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { accountId, restrict } = c.get("principal");
  const { type, after, limit } = c.req.valid("query");
  // A key or token restricted to a room or user sees only the events of that room's or user's recordings.
  const rows = await readEventPage(c.env.DB, { accountId, types: type, after, limit, restrict: restrict ?? undefined });
  if (!rows) {
    throw validationError([
      { loc: ["query", "after"], msg: "No event of this account has this id (events are kept 30 days)", type: "invalid_value" },
    ]);
  }
  const items = rows.slice(0, limit);
  const url = new URL(c.req.url);
  const first = new URL(url);
  first.searchParams.delete("after");
  const links: { self: string; first: string; next?: string } = { self: url.toString(), first: first.toString() };
  if (rows.length > limit) {
    const next = new URL(url);
    next.searchParams.set("after", items[items.length - 1]!.id);
    links.next = next.toString();
  }
  return c.json({ data: items.map(toEvent), links }, 200);
};
