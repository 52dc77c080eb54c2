import { createRoute, z } from "@hono/zod-openapi";
import { API_KEY_SECURITY, errorResponses, jsonContent } from "../../lib/openapi";
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
    media_id: z.string().openapi({ format: "uuid" }),
    content_type: z.string(),
    file_size_bytes: z.number().int(),
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
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:read"), jsonBody()] as const,
  request: {
    params: RecordingIdParamsSchema,
    body: { ...jsonContent(DownloadUrlRequestSchema, "Which item, for how long, inline or as a download"), required: false },
  },
  responses: {
    200: jsonContent(DownloadUrlSchema, "The signed link"),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422),
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
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:read")] as const,
  request: { params: RecordingIdParamsSchema, query: ShareUrlQuerySchema },
  responses: {
    200: jsonContent(ShareUrlSchema, "The share page's link"),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});
