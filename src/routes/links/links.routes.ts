import { createRoute, z } from "@hono/zod-openapi";
import { API_KEY_ERRORS, apiKeySecurity, errorResponses, JSON_BODY_ERRORS, jsonBodyOf, jsonContent } from "../../lib/openapi";
import { requireScope } from "../../middleware/auth";
import { jsonBody } from "../../middleware/json-body";
import { RecordingIdParamsSchema, UuidSchema } from "../../schemas/common";
import { ExpiresAtSchema, ExpiresInQuerySchema, ExpiresInSchema } from "../../schemas/signed-links";

const tags = ["Signed links"];

export const DownloadUrlRequestSchema = z
  .strictObject({
    media_id: UuidSchema.optional().openapi({ description: "Defaults to the primary media (first audio or video item)" }),
    expires_in: ExpiresInSchema,
    disposition: z.enum(["inline", "attachment"]).default("inline").openapi({
      description: "How browsers treat the file; types that could run on the API's origin are always attachments",
    }),
  })
  .openapi("DownloadUrlRequest");

export const DownloadUrlSchema = z
  .object({
    download_url: z.url().openapi({ description: "GET/HEAD of the media item, no credentials needed, until expires_at" }),
    media_id: z.string().openapi({ format: "uuid", description: "The media item the link opens" }),
    content_type: z.string().openapi({ description: "Its stored content type", example: "audio/wav" }),
    file_size_bytes: z.number().int().min(0).openapi({ description: "Its size in bytes" }),
    expires_at: ExpiresAtSchema,
  })
  .openapi("DownloadUrl");

export const ShareUrlQuerySchema = z.object({ expires_in: ExpiresInQuerySchema });

export const ShareUrlSchema = z
  .object({
    url: z.url().openapi({ description: "An HTML page that plays the recording, no credentials needed, until expires_at" }),
    expires_at: ExpiresAtSchema,
  })
  .openapi("ShareUrl");

export const createDownloadUrl = createRoute({
  operationId: "createDownloadUrl",
  method: "post",
  path: "/v1/recordings/{id}/download-url",
  tags,
  summary: "Make an expiring link to one media item",
  description:
    "A signed link that grants GET and HEAD of exactly this media item (ranges and conditionals included) to anyone " +
    "who has it, from any origin, until it expires. The body may be empty.",
  security: apiKeySecurity("recordings:read"),
  middleware: [requireScope("recordings:read"), jsonBody()] as const,
  request: {
    params: RecordingIdParamsSchema,
    body: jsonBodyOf(DownloadUrlRequestSchema, "Which item, for how long, inline or as a download", false),
  },
  responses: {
    200: jsonContent(DownloadUrlSchema, "The signed link"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS, "RECORDING_NOT_FOUND", "MEDIA_NOT_FOUND", "RECORDING_IN_PROGRESS"),
  },
});

export const createShareUrl = createRoute({
  operationId: "createShareUrl",
  method: "get",
  path: "/v1/recordings/{id}/url",
  tags,
  summary: "Make an expiring share page for people without API access",
  description:
    "A signed link to an HTML page with a player for the primary media (seeking works), the recording's basic " +
    "facts and a download button; it needs no credentials and works until it expires.",
  security: apiKeySecurity("recordings:read"),
  middleware: [requireScope("recordings:read")] as const,
  request: { params: RecordingIdParamsSchema, query: ShareUrlQuerySchema },
  responses: {
    200: jsonContent(ShareUrlSchema, "The share page's link"),
    ...errorResponses(...API_KEY_ERRORS, "VALIDATION_ERROR", "RECORDING_NOT_FOUND", "MEDIA_NOT_FOUND", "RECORDING_IN_PROGRESS"),
  },
});
