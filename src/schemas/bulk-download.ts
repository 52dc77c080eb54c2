import { z } from "@hono/zod-openapi";
import { MAX_BULK_IDS } from "../zip/selection";
import { UuidSchema } from "./common";
import { ExpiresAtSchema, ExpiresInSchema } from "./signed-links";

const IdListSchema = z.array(UuidSchema).min(1).max(MAX_BULK_IDS);

const EXACTLY_ONE = "Give exactly one of recording_ids or call_ids";

/** Adds an issue unless exactly one of the two selectors is present. */
function exactlyOneSelector(value: { recording_ids?: unknown; call_ids?: unknown }, ctx: z.RefinementCtx): void {
  if ((value.recording_ids === undefined) === (value.call_ids === undefined)) {
    ctx.addIssue({ code: "custom", message: EXACTLY_ONE, path: [] });
  }
}

const selectorFields = {
  recording_ids: IdListSchema.optional().openapi({ description: `1–${MAX_BULK_IDS} recording ids` }),
  call_ids: IdListSchema.optional().openapi({ description: `1–${MAX_BULK_IDS} call ids: every recording of each call` }),
};

export const BulkDownloadSchema = z
  .strictObject(selectorFields)
  .superRefine(exactlyOneSelector)
  .openapi("BulkDownload", {
    description: `Exactly one of \`recording_ids\` or \`call_ids\`, 1–${MAX_BULK_IDS} UUIDs; duplicates count once`,
    example: { recording_ids: ["6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10"] },
  });

export const BulkDownloadUrlSchema = z
  .strictObject({
    ...selectorFields,
    expires_in: ExpiresInSchema,
  })
  .superRefine(exactlyOneSelector)
  .openapi("BulkDownloadUrl");

export const BulkDownloadUrlResponseSchema = z
  .object({
    download_url: z.string().openapi({ format: "uri" }),
    expires_at: ExpiresAtSchema,
  })
  .openapi("BulkDownloadLink");

/** A comma-separated list of ids in a query parameter (repeating the parameter works too). */
const IdListParamSchema = z
  .preprocess((value) => (Array.isArray(value) ? value.join(",") : value), z.string())
  .transform((text) => text.split(",").map((id) => id.trim()).filter(Boolean))
  .pipe(IdListSchema)
  .openapi({ type: "string", example: "6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10,0b9a6f3e-2c41-4d8e-9f57-3a1e5c7d9b20" });

export const BulkDownloadQuerySchema = z
  .object({
    recording_ids: IdListParamSchema.optional().openapi({ description: `Comma-separated, 1–${MAX_BULK_IDS} recording ids` }),
    call_ids: IdListParamSchema.optional().openapi({ description: `Comma-separated, 1–${MAX_BULK_IDS} call ids` }),
  })
  .superRefine(exactlyOneSelector);

/** The query of a signed ZIP link: the account and the exact ids, bound by the signature. */
export const SignedZipQuerySchema = z.object({
  account: UuidSchema.openapi({ description: "The account whose recordings the link zips" }),
  recording_ids: z.string().optional().openapi({ description: "Comma-separated recording ids, as signed" }),
  call_ids: z.string().optional().openapi({ description: "Comma-separated call ids, as signed" }),
  pinned: z.string().optional().openapi({
    description: "With `call_ids`: the comma-separated recording ids the calls had when the link was made; recordings added since are not zipped",
  }),
  room: z.string().optional().openapi({ description: "The room the link's maker was restricted to, as signed" }),
  user: z.string().optional().openapi({ description: "The user the link's maker was restricted to, as signed" }),
  expires: z.string().openapi({ description: "Unix time (seconds) when the link expires" }),
  kid: z.string().openapi({ description: "Id of the key from SIGNING_KEYS that signed it" }),
  sig: z.string().openapi({ description: "HMAC-SHA256 over everything the link grants, base64url" }),
});
