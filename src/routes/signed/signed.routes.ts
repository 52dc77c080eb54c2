import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonContent, MEDIA_RESPONSES } from "../../lib/openapi";
import { requireSignedLink } from "../../middleware/signed-link";
import { ErrorSchema, UuidSchema } from "../../schemas/common";

const tags = ["Signed links"];

const LinkParams = z.object({
  recording_id: UuidSchema.openapi({ param: { name: "recording_id", in: "path" } }),
  media_id: UuidSchema.openapi({ param: { name: "media_id", in: "path" } }),
});

/** The parameters every signed link carries; they are checked by the signature, before anything else. */
const signature = {
  expires: z.string().openapi({ description: "Unix time (seconds) when the link expires" }),
  kid: z.string().openapi({ description: "Id of the key from SIGNING_KEYS that signed it" }),
  sig: z.string().openapi({ description: "HMAC-SHA256 over everything the link grants, base64url" }),
};

const refusals = {
  403: jsonContent(ErrorSchema, "The link was changed (`SIGNATURE_INVALID`) or has expired (`URL_EXPIRED`)"),
  ...errorResponses(404, 409),
};

export const getMedia = createRoute({
  operationId: "getSignedMedia",
  method: "get",
  path: "/v1/signed/media/{recording_id}/{media_id}",
  tags,
  summary: "One media item through a signed link",
  description:
    "Made by `POST /v1/recordings/{id}/download-url`; served exactly as the media routes serve it (ranges, " +
    "conditionals, HEAD), to any origin (CORS, preflight answered), cacheable privately until the link expires.",
  middleware: [requireSignedLink()] as const,
  request: {
    params: LinkParams,
    query: z.object({ disposition: z.enum(["inline", "attachment"]), ...signature }),
  },
  responses: {
    ...MEDIA_RESPONSES,
    ...refusals,
    ...errorResponses(412, 416),
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
  middleware: [requireSignedLink()] as const,
  request: { params: LinkParams, query: z.object(signature) },
  responses: {
    200: { description: "The page", content: { "text/html": { schema: z.string() } } },
    ...refusals,
  },
});
