import { createRoute } from "@hono/zod-openapi";
import { API_KEY_ERRORS, apiKeySecurity, errorResponses, jsonContent } from "../../lib/openapi";
import { requireScope } from "../../middleware/auth";
import { EventPageSchema, ListEventsQuerySchema } from "../../schemas/events";

export const list = createRoute({
  operationId: "listEvents",
  method: "get",
  path: "/v1/events",
  tags: ["Events"],
  summary: "List the account's events, oldest first",
  description:
    "Every event of the last 30 days, in the order the changes committed. Each was recorded in the same transaction " +
    "as its change, so this list is complete: a client that missed deliveries pages through it from the last event " +
    "id it processed (`after`). `links.next` is there while more events exist; at the end, poll with `after` = the " +
    "last id. An `after` that names no event kept for the account is a 422. A key or token restricted to a room or " +
    "user sees only the events of that room's or user's recordings.",
  security: apiKeySecurity("recordings:read"),
  middleware: [requireScope("recordings:read")] as const,
  request: { query: ListEventsQuerySchema },
  responses: {
    200: jsonContent(EventPageSchema, "A page of events"),
    ...errorResponses(...API_KEY_ERRORS, "VALIDATION_ERROR"),
  },
});
