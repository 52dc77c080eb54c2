import { z } from "@hono/zod-openapi";
import { EVENT_TYPES, TEST_EVENT_TYPE } from "../events/types";
import { TimestampSchema } from "./common";
import { pageLimit } from "./list";

export const EventTypeSchema = z.enum(EVENT_TYPES).openapi("EventType", {
  description:
    "`recording.created`; `recording.updated` (`data.changes` names the fields); `recording.completed` / `recording.failed` " +
    "(the status reached `complete`, or `failed`/`aborted`); `media.ready` (an upload finished); `recording.trashed` " +
    "(`data.reason`: `api` or `retention`); `recording.restored`; `recording.purged`; `upload.expired`; " +
    "`legal_hold.placed`; `legal_hold.released`; `account.quota_warning`",
});

export const EVENT_ID_PATTERN = /^evt_[0-9a-f]{32}$/;

export const EventSchema = z
  .object({
    id: z.string().openapi({ example: "evt_5f0c3b1e9a7d4c2b8e6f1a0d3c5b7e9f", description: "Never changes; the `webhook-id` of its deliveries" }),
    type: z.union([EventTypeSchema, z.literal(TEST_EVENT_TYPE)]).openapi({ description: "An `EventType`, or `webhook.test` (sent by the test operation only)" }),
    created_at: TimestampSchema,
    account_id: z.string().openapi({ format: "uuid" }),
    data: z.record(z.string(), z.unknown()).openapi({
      type: "object",
      additionalProperties: true,
      description:
        "`recording`: the recording as the API shows it (as of the change; a purged one as it was), and per type: " +
        "`changes` (updated), `reason` (trashed, purged), `media` (media.ready), `upload` (upload.expired; `recording` null when gone). " +
        "Account events have no `recording`: the account's legal hold has `scope: \"account\"` and `hold`; `account.quota_warning` has " +
        "`quota` (`max_bytes_stored` or `max_recordings`), `threshold` (80 or 100: the percentage usage reached), `usage` and `limit`. " +
        "Ids and state only: never credentials or links that expire.",
    }),
  })
  .openapi("Event");
export type Event = z.infer<typeof EventSchema>;

/** `type=a,b`: one or more event types. */
const TypeFilterSchema = z
  .string()
  .max(400)
  .transform((text, ctx) => {
    const types = [...new Set(text.split(",").map((t) => t.trim()).filter(Boolean))];
    for (const type of types) {
      if (!(EVENT_TYPES as readonly string[]).includes(type)) {
        ctx.addIssue({ code: "custom", message: `Unknown event type '${type.slice(0, 64)}'` });
        return z.NEVER;
      }
    }
    return types;
  })
  .openapi({ description: "Only events of these types (comma-separated `EventType`s)", example: "recording.completed,media.ready" });

export const ListEventsQuerySchema = z.object({
  type: TypeFilterSchema.optional(),
  after: z
    .string()
    .regex(EVENT_ID_PATTERN, "Must be an event id (evt_ and 32 hex digits)")
    .optional()
    .openapi({ description: "An event id: only events recorded after it (`links.next` carries it)", example: "evt_5f0c3b1e9a7d4c2b8e6f1a0d3c5b7e9f" }),
  limit: pageLimit("Events per page"),
});

export const EventPageLinksSchema = z
  .object({
    self: z.string().openapi({ format: "uri", description: "This page" }),
    first: z.string().openapi({ format: "uri", description: "The oldest events kept, with the same filters" }),
    next: z.string().openapi({ format: "uri", description: "The next (newer) page; only when there is one" }).optional(),
  })
  .openapi("EventPageLinks");

export const EventPageSchema = z
  .object({ data: z.array(EventSchema), links: EventPageLinksSchema })
  .openapi("EventPage", { description: "Events oldest first; page on with `links.next` (or `after` = the last id seen)" });
