import { z } from "@hono/zod-openapi";

/** A UUID, accepted in any case and normalised to lower case. */
export const UuidSchema = z
  .uuid({ message: "Invalid UUID" })
  .transform((s) => s.toLowerCase())
  .openapi({ type: "string", format: "uuid", example: "6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10" });

/** An ISO 8601 date-time with an offset, normalised to UTC with milliseconds. */
export const IsoDateTimeSchema = z.iso
  .datetime({ offset: true, message: "Invalid ISO 8601 date-time" })
  // Bounded so every stored timestamp has a four-digit year and sorts as text.
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 1970 && year <= 9999;
  }, "Must be between the years 1970 and 9999")
  .transform((s) => new Date(s).toISOString())
  .openapi({ type: "string", format: "date-time", example: "2026-11-22T10:15:00.000Z" });

/** A timestamp the service writes: ISO 8601, UTC, milliseconds. */
export const TimestampSchema = z.string().openapi({ format: "date-time", example: "2026-11-22T10:15:00.000Z" });

export const ErrorDetailSchema = z.object({
  loc: z.array(z.union([z.string(), z.number()])).openapi({ example: ["body", "recording_ids", 3] }),
  msg: z.string().openapi({ example: "Invalid UUID" }),
  type: z.string().openapi({ example: "invalid_format" }),
});

/** The contract's error body, the same for every error. */
export const ErrorSchema = z
  .object({
    status: z.literal("error"),
    error_code: z.string().openapi({ example: "RECORDING_NOT_FOUND" }),
    message: z.string(),
    request_id: z.string(),
    details: z.array(ErrorDetailSchema).optional(),
  })
  .openapi("Error");

/** `{ id }` path parameter of a recording. */
export const RecordingIdParamsSchema = z.object({
  id: UuidSchema.openapi({ param: { name: "id", in: "path" } }),
});
