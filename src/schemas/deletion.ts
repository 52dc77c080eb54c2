import { z } from "@hono/zod-openapi";
import { ErrorCodeSchema } from "./common";

export const MAX_BULK_DELETE_IDS = 100;

/** `?permanent=true|false` (default false); any other spelling is a 422, never read as false. */
export const DeleteQuerySchema = z.object({
  permanent: z
    .enum(["true", "false"], { message: "Must be true or false" })
    .transform((v) => v === "true")
    .default(false)
    .openapi({ type: "boolean", default: false, description: "Purge now (also from the trash) instead of moving to the trash" }),
});

export const BulkDeleteSchema = z
  .strictObject({
    recording_ids: z
      // Any string: one that is not a UUID is reported on its own, not refused with the rest (the body's size bounds it).
      .array(z.string())
      .min(1, "Give at least one recording id")
      .max(MAX_BULK_DELETE_IDS, `At most ${MAX_BULK_DELETE_IDS} recording ids per request`)
      .openapi({
        description: "1–100 recording ids; malformed, repeated, unknown or undeletable ones are reported per id",
        items: { type: "string", format: "uuid" },
      }),
    permanent: z.boolean().default(false).openapi({ description: "Purge now (also from the trash) instead of moving to the trash" }),
  })
  .openapi("BulkDelete");

export const DeleteFailureSchema = z
  .object({
    id: z.string().openapi({ description: "The id as it was sent" }),
    error_code: ErrorCodeSchema,
    message: z.string().openapi({ description: "For people", example: "Recording 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10 is still in progress" }),
  })
  .openapi("DeleteFailure");

export const BulkDeleteResultSchema = z
  .object({
    deleted: z.array(z.string().openapi({ format: "uuid" })).openapi({ description: "The ids deleted" }),
    failed: z.array(DeleteFailureSchema).openapi({ description: "Every other id as sent, in request order, with why" }),
  })
  .openapi("BulkDeleteResult");

export const BulkRestoreSchema = z
  .strictObject({
    recording_ids: BulkDeleteSchema.shape.recording_ids.openapi({
      description: "1–100 recording ids; malformed, repeated or unknown ones are reported per id",
      items: { type: "string", format: "uuid" },
    }),
  })
  .openapi("BulkRestore");

export const BulkRestoreResultSchema = z
  .object({
    restored: z.array(z.string().openapi({ format: "uuid" })).openapi({ description: "The ids out of the trash (or never in it)" }),
    failed: z.array(DeleteFailureSchema).openapi({ description: "Every other id as sent, in request order, with why" }),
  })
  .openapi("BulkRestoreResult");
