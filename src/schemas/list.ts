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
  .openapi({ type: "string", description: "Comma-separated top-level fields to return (`id` always is)", example: "id,status,media" });

export const ListRecordingsQuerySchema = z.object({
  call_id: UuidSchema.optional(),
  room_id: ExternalIdSchema.optional(),
  user_id: ExternalIdSchema.optional(),
  status: StatusSchema.optional(),
  source: SourceSchema.optional(),
  created_after: IsoDateTimeSchema.optional().openapi({ description: "Inclusive lower bound on created_at" }),
  created_before: IsoDateTimeSchema.optional().openapi({ description: "Exclusive upper bound on created_at" }),
  deleted: z.enum(["exclude", "include", "only"]).default("exclude"),
  fields: FieldsSchema.optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, "Must be a whole number from 1 to 100")
    .transform(Number)
    .pipe(z.number().int().min(1).max(100))
    .default(20)
    .openapi({ type: "integer", minimum: 1, maximum: 100, default: 20 }),
  cursor: z.string().max(600).optional().openapi({ description: "Opaque; from `links.next` or `links.prev`" }),
});
export type ListRecordingsQuery = z.infer<typeof ListRecordingsQuerySchema>;

export const PageLinksSchema = z
  .object({
    self: z.string().openapi({ format: "uri" }),
    first: z.string().openapi({ format: "uri" }),
    next: z.string().openapi({ format: "uri" }).optional(),
    prev: z.string().openapi({ format: "uri" }).optional(),
  })
  .openapi("PageLinks");

export const RecordingPageSchema = z
  .object({
    data: z.array(RecordingSchema.partial().required({ id: true })),
    links: PageLinksSchema,
  })
  .openapi("RecordingPage");
