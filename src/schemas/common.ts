import { z } from "@hono/zod-openapi";
import { ERROR_CODE_NAMES } from "../lib/error-codes";

/**
 * Text without control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F). Spelled as
 * ranges rather than `\p{Cc}` so it needs no `u` flag: the OpenAPI generator copies a regex's source
 * (and would copy its flags into the pattern), and the plain range is the same pattern in every
 * JSON Schema validator and language.
 */
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f-\u009f]*$/;

/**
 * The one rule for every string the API accepts (names, ids, metadata keys and values, filenames):
 * well-formed Unicode. A lone UTF-16 surrogate (`"a\ud800b"`, legal in JSON text) would be stored as
 * invalid UTF-8 and read back as U+FFFD, so filters would never find it again. `jsonBody()` applies it
 * to every key and string value of every JSON body, before any route's schema runs.
 */
export function isWellFormedText(text: string): boolean {
  return text.isWellFormed();
}

/** What a request is told when a string breaks `isWellFormedText`. */
export const LONE_SURROGATE_MESSAGE = "Must not contain lone UTF-16 surrogates (not valid Unicode text)";

/**
 * `schema` or null, for a schema registered as an OpenAPI component (`.openapi("Name")`): the
 * generator would otherwise make the shared component itself nullable. Plain schemas use `.nullable()`.
 */
export function orNull<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}

/** A UUID, accepted in any case and normalised to lower case. */
export const UuidSchema = z
  .uuid({ message: "Invalid UUID" })
  .transform((s) => s.toLowerCase())
  .openapi({ example: "6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10" });

/** An ISO 8601 date-time with an offset, normalised to UTC with milliseconds. */
export const IsoDateTimeSchema = z.iso
  .datetime({ offset: true, message: "Invalid ISO 8601 date-time" })
  // Bounded so every stored timestamp has a four-digit year and sorts as text.
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 1970 && year <= 9999;
  }, "Must be between the years 1970 and 9999")
  .transform((s) => new Date(s).toISOString())
  .openapi({ example: "2026-11-22T10:15:00.000Z" });

/** A timestamp the service writes: ISO 8601, UTC, milliseconds. */
export const TimestampSchema = z.string().openapi({ format: "date-time", example: "2026-11-22T10:15:00.000Z" });

/** Every error code the API answers with: stable, SCREAMING_SNAKE_CASE. */
export const ErrorCodeSchema = z
  .enum(ERROR_CODE_NAMES)
  .openapi("ErrorCode", { description: "Stable, machine-readable; each operation lists those it can answer" });

export const ErrorDetailSchema = z
  .object({
    loc: z
      .array(z.union([z.string(), z.number()]))
      .openapi({ description: "Where: `body`, `query`, `path` or `header`, then the field path", example: ["body", "recording_ids", 3] }),
    msg: z.string().openapi({ description: "What is wrong, for people", example: "Invalid UUID" }),
    type: z.string().openapi({ description: "The kind of problem (zod's issue code, or `quota_exceeded`)", example: "invalid_format" }),
    usage: z.number().int().optional().openapi({ description: "`QUOTA_EXCEEDED` only: what the account uses (bytes stored and reserved, or recordings)" }),
    limit: z.number().int().optional().openapi({ description: "`QUOTA_EXCEEDED` only: the quota" }),
    requested: z.number().int().optional().openapi({ description: "`QUOTA_EXCEEDED` only: what the request would add" }),
  })
  .openapi("ErrorDetail");

/** The contract's error body, the same for every error. */
export const ErrorSchema = z
  .object({
    status: z.literal("error"),
    error_code: ErrorCodeSchema,
    message: z.string().openapi({ description: "For people; may change", example: "Recording 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10 not found" }),
    request_id: z.string().openapi({ description: "The same as the `X-Request-Id` response header" }),
    details: z
      .array(ErrorDetailSchema)
      .optional()
      .openapi({ description: "Only on `VALIDATION_ERROR` (one entry per problem) and `QUOTA_EXCEEDED` (the quota passed, with usage and limit)" }),
  })
  .openapi("Error", { description: "The one error body of every error response" });

/** `{ id }` path parameter of a recording. */
export const RecordingIdParamsSchema = z.object({
  id: UuidSchema.openapi({ param: { name: "id", in: "path", description: "The recording's id (a UUID, any case)" } }),
});
