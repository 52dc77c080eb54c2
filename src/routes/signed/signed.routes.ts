import { createRoute, z } from "@hono/zod-openapi";
import { PUBLIC } from "../../lib/openapi";
import { mediaResponses } from "../../lib/openapi-media";
import { SIGNED_CORS_HEADERS, signedErrorResponses } from "../../lib/openapi-signed";
import { MediaRequestHeadersSchema, responseHeaders } from "../../lib/openapi-headers";
import { requireSignedLink } from "../../middleware/signed-link";
import { UuidSchema } from "../../schemas/common";

const tags = ["Signed links"];

const LinkParams = z.object({
  recording_id: UuidSchema.openapi({ param: { name: "recording_id", in: "path", description: "The recording the link was made for" } }),
  media_id: UuidSchema.openapi({ param: { name: "media_id", in: "path", description: "The media item the link was made for" } }),
});

/** The parameters every signed link carries; they are checked by the signature, before anything else. */
const signature = {
  expires: z.string().openapi({ description: "Unix time (seconds) when the link expires" }),
  kid: z.string().openapi({ description: "Id of the key from SIGNING_KEYS that signed it" }),
  sig: z.string().openapi({ description: "HMAC-SHA256 over everything the link grants, base64url" }),
};

/** Why a link is refused: changed or expired (403), its recording or item gone (404), in progress (409). */
const REFUSALS = ["SIGNATURE_INVALID", "URL_EXPIRED", "RECORDING_NOT_FOUND", "MEDIA_NOT_FOUND", "RECORDING_IN_PROGRESS", "VALIDATION_ERROR"] as const;

export const getMedia = createRoute({
  operationId: "getSignedMedia",
  method: "get",
  path: "/v1/signed/media/{recording_id}/{media_id}",
  tags,
  summary: "One media item through a signed link",
  description:
    "Made by `POST /v1/recordings/{id}/download-url`; served exactly as the media routes serve it (ranges, " +
    "conditionals, HEAD), to any origin (CORS, preflight answered), cacheable privately until the link expires.",
  security: PUBLIC,
  middleware: [requireSignedLink()] as const,
  request: {
    params: LinkParams,
    query: z.object({
      disposition: z.enum(["inline", "attachment"]).openapi({ description: "As asked when the link was made (signed)" }),
      ...signature,
    }),
    headers: MediaRequestHeadersSchema,
  },
  responses: {
    ...mediaResponses(undefined, ...SIGNED_CORS_HEADERS),
    ...signedErrorResponses(...REFUSALS, "PRECONDITION_FAILED", "RANGE_NOT_SATISFIABLE"),
  },
});

export const getSharePage = createRoute({
  operationId: "getSharePage",
  method: "get",
  path: "/v1/signed/share/{recording_id}/{media_id}",
  tags,
  summary: "A share page through a signed link",
  description:
    "Made by `GET /v1/recordings/{id}/url`: HTML with a native player, the recording's facts and a download button, " +
    "under a strict Content-Security-Policy. Browsers that ask for HTML get refusals as readable pages too.",
  security: PUBLIC,
  middleware: [requireSignedLink()] as const,
  request: { params: LinkParams, query: z.object(signature) },
  responses: {
    200: {
      description: "The page",
      headers: responseHeaders("Cache-Control", "Content-Security-Policy", "X-Content-Type-Options", ...SIGNED_CORS_HEADERS),
      content: { "text/html": { schema: z.string() } },
    },
    ...signedErrorResponses(...REFUSALS),
  },
});
