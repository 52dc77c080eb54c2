import { z } from "@hono/zod-openapi";
import { MAX_URL_LENGTH } from "../events/url-rules";
import { NO_CONTROL_CHARACTERS, TimestampSchema, UuidSchema } from "./common";
import { EventTypeSchema } from "./events";
import { pageLimit, PageLinksSchema } from "./list";

const UrlSchema = z.string().min(1).max(MAX_URL_LENGTH).openapi({
  format: "uri",
  description: "Where events are POSTed: `https:` (`http:` only to loopback hosts where the deployment allows it), no credentials, at most 2,000 characters",
  example: "https://example.com/hooks/recordings",
});

const EventsFilterSchema = z
  .array(EventTypeSchema)
  .min(1)
  .max(EventTypeSchema.options.length)
  .refine((types) => new Set(types).size === types.length, "Event types must not repeat")
  .openapi({ description: "The event types sent to this endpoint" });

const DescriptionSchema = z
  .string()
  .max(500)
  .regex(NO_CONTROL_CHARACTERS, "Must not contain control characters")
  .openapi({ description: "For people: at most 500 characters", example: "CRM sync" });

export const CreateWebhookSchema = z
  .strictObject({
    url: UrlSchema,
    events: EventsFilterSchema.optional().openapi({ description: "The event types sent to this endpoint (default: every type, including types added later)" }),
    description: DescriptionSchema.nullable().optional(),
  })
  .openapi("CreateWebhook");

export const UpdateWebhookSchema = z
  .strictObject({
    url: UrlSchema.optional(),
    events: EventsFilterSchema.nullable().optional().openapi({ description: "The event types sent to this endpoint; null: every type" }),
    description: DescriptionSchema.nullable().optional(),
    enabled: z.boolean().optional().openapi({ description: "false stops deliveries; true resumes them (and clears `disabled_reason`)" }),
  })
  .openapi("UpdateWebhook");

export const WebhookSchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    url: z.string().openapi({ format: "uri" }),
    description: z.string().nullable(),
    events: z.array(EventTypeSchema).nullable().openapi({ description: "The event types sent; null: every type" }),
    enabled: z.boolean(),
    disabled_reason: z.string().nullable().openapi({ description: "Why it was disabled (by the API, or after 3 days of failed attempts)" }),
    previous_secret_expires_at: TimestampSchema.nullable().openapi({
      description: "After a rotation: until when the previous secret still signs alongside the new one",
    }),
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
  })
  .openapi("Webhook", { description: "A webhook endpoint. Its secret is shown only when made (created or rotated)." });
export type Webhook = z.infer<typeof WebhookSchema>;

export const WebhookWithSecretSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    description: "`whsec_…`: the Standard Webhooks signing secret. Shown once; it cannot be read again",
    example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  }),
}).openapi("WebhookWithSecret");

export const WebhookListSchema = z.object({ data: z.array(WebhookSchema) }).openapi("WebhookList", { description: "At most 20, oldest first" });

export const WebhookIdParamsSchema = z.object({
  id: UuidSchema.openapi({ param: { name: "id", in: "path", description: "The webhook endpoint's id (a UUID)" } }),
});

export const DELIVERY_ID_PATTERN = /^dlv_[0-9a-f]{32}$/;

export const DeliveryParamsSchema = WebhookIdParamsSchema.extend({
  delivery_id: z
    .string()
    .regex(DELIVERY_ID_PATTERN, "Must be a delivery id (dlv_ and 32 hex digits)")
    .openapi({ param: { name: "delivery_id", in: "path", description: "The delivery's id (`dlv_…`)" }, example: "dlv_0f1e2d3c4b5a69788796a5b4c3d2e1f0" }),
});

export const AttemptSchema = z
  .object({
    attempt: z.number().int().min(1),
    attempted_at: TimestampSchema,
    status_code: z.number().int().nullable().openapi({ description: "The receiver's HTTP status; null when none came (timeout, connection failed)" }),
    duration_ms: z.number().int().min(0),
    error: z.string().nullable().openapi({ description: "What went wrong; null on success" }),
  })
  .openapi("DeliveryAttempt");

export const DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;

export const DeliverySchema = z
  .object({
    id: z.string().openapi({ example: "dlv_0f1e2d3c4b5a69788796a5b4c3d2e1f0" }),
    event_id: z.string(),
    event_type: z.string().nullable(),
    status: z.enum(DELIVERY_STATUSES).openapi({ description: "pending (to be attempted or retried), succeeded, or failed (gave up)" }),
    attempts: z.array(AttemptSchema),
    next_attempt_at: TimestampSchema.nullable().openapi({ description: "When the next attempt is due; null once finished" }),
    created_at: TimestampSchema,
    finished_at: TimestampSchema.nullable(),
  })
  .openapi("Delivery");
export type Delivery = z.infer<typeof DeliverySchema>;

export const DeliveryPageSchema = z.object({ data: z.array(DeliverySchema), links: PageLinksSchema }).openapi("DeliveryPage");

export const ListDeliveriesQuerySchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional().openapi({ description: "Only deliveries with this status" }),
  limit: pageLimit("Deliveries per page"),
  cursor: z.string().max(600).optional().openapi({ description: "Opaque; from `links.next`, valid only with the filters it was made with" }),
});
