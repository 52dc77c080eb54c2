import { z } from "@hono/zod-openapi";
import { IsoDateTimeSchema, UuidSchema } from "./common";
import { ExternalIdSchema, RECORDING_FIELDS, RecordingSchema, SourceSchema, StatusSchema } from "./recording";

const FieldsSchema = z
  .string()
  .max(500)
  .transform((text, ctx) => {
    const names = [...new Set(text.split(",").map((f) => f.trim()).filter(Boolean))];
    for (const name of names) {
      if (!(RECORDING_FIELDS as string[]).includes(name)) {
        ctx.addIssue({ code: "custom", message: `Unknown field '${name.slice(0, 64)}'` });
        return z.NEVER;
      }
    }
    return names as (typeof RECORDING_FIELDS)[number][];
  })
  .openapi({
    description: "Comma-separated top-level fields to return (`id` always is; `media` included); an unknown field is a 422",
    example: "id,status,media",
  });

/** A page size in a query: 1–100, default 20. */
export function pageLimit(description: string) {
  return z
    .string()
    .regex(/^\d{1,3}$/, "Must be a whole number from 1 to 100")
    .transform(Number)
    .pipe(z.number().int().min(1).max(100))
    .default(20)
    .openapi({ type: "integer", minimum: 1, maximum: 100, default: 20, description });
}

export const ListRecordingsQuerySchema = z.object({
  call_id: UuidSchema.optional().openapi({ description: "Only recordings of this call" }),
  room_id: ExternalIdSchema.optional().openapi({ description: "Only recordings with this room id", example: "room-42" }),
  user_id: ExternalIdSchema.optional().openapi({ description: "Only recordings with this user id", example: "agent-7" }),
  status: StatusSchema.optional().openapi({ description: "Only recordings with this status" }),
  source: SourceSchema.optional().openapi({ description: "Only recordings from this source" }),
  created_after: IsoDateTimeSchema.optional().openapi({
    description: "Inclusive lower bound on `created_at` (ISO 8601 with an offset; encode `+` as `%2B`)",
  }),
  created_before: IsoDateTimeSchema.optional().openapi({ description: "Exclusive upper bound on `created_at` (ISO 8601)" }),
  deleted: z
    .enum(["exclude", "include", "only"])
    .default("exclude")
    .openapi({ description: "Recordings in the trash: left out (default), included, or only those" }),
  fields: FieldsSchema.optional(),
  limit: pageLimit("Recordings per page"),
  cursor: z
    .string()
    .max(600)
    .optional()
    .openapi({ description: "Opaque; from `links.next` or `links.prev`, valid only with the filters it was made with" }),
});
export type ListRecordingsQuery = z.infer<typeof ListRecordingsQuerySchema>;

export const PageLinksSchema = z
  .object({
    self: z.string().openapi({ format: "uri", description: "This page" }),
    first: z.string().openapi({ format: "uri", description: "The first page, with the same filters" }),
    next: z.string().openapi({ format: "uri", description: "The next (older) page; only when there is one" }).optional(),
    prev: z.string().openapi({ format: "uri", description: "The previous (newer) page; not on the first page" }).optional(),
  })
  .openapi("PageLinks", { description: "Full URLs that keep the filters and `limit`" });

export const RecordingPageSchema = z
  .object({
    data: z
      .array(RecordingSchema.partial().required({ id: true }))
      .openapi({ description: "Recordings, newest first; with `fields`, only those fields (and `id`)" }),
    links: PageLinksSchema,
  })
  .openapi("RecordingPage");
