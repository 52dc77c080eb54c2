import { ErrorSchema } from "../schemas/common";
import { linkGuides } from "./openapi-guides";
import type { AppOpenAPI } from "./types";

export const API_TITLE = "Recordings API";
export const API_VERSION = "1.0.0";

/** Every tag an operation may carry, with what it groups. A new feature adds its tag here. */
export const TAGS = [
  { name: "Recordings", description: "Create, list, read and update recordings; read their media by content negotiation." },
  { name: "Media", description: "Upload media files to a recording and serve them with HTTP ranges and conditionals (RFC 9110)." },
  {
    name: "Signed links",
    description:
      "Expiring links that grant GET and HEAD of one media item, or one share page, to anyone who has them, with no " +
      "credentials, from any origin. Made with an API key; opened under `/v1/signed/`.",
  },
  {
    name: "Bulk downloads",
    description:
      "Up to 50 recordings, by recording id or call id, as one ZIP streamed from storage with an exact `Content-Length`; " +
      "or a signed link to that ZIP, opened under `/v1/signed/zip`.",
  },
  {
    name: "Resumable uploads",
    description:
      "Large media in chunks with the open tus 1.0.0 protocol (creation, creation-with-upload, termination, expiration), " +
      "into one R2 multipart upload: any tus client works unchanged, and an interrupted upload resumes where it stopped.",
  },
  {
    name: "Trash",
    description:
      "Delete recordings to the trash (or purge them now), one or up to 100 at once, and restore them. The trash is " +
      "purged after the account's `trash_retention_days` (default `TRASH_RETENTION_DAYS`). Recordings under legal hold " +
      "are never deleted or purged (409 `LEGAL_HOLD`).",
  },
  {
    name: "Access tokens",
    description: "Short-lived, stateless credentials minted by a key for a browser or a device, limited to some of its scopes and perhaps one room or user.",
  },
  {
    name: "Account",
    description:
      "The key's account: retention settings, exact usage (daily too), quotas, and a legal hold on all its recordings.",
  },
  { name: "Legal holds", description: "Holds on single recordings: nothing deletes or purges a held recording." },
  {
    name: "Events",
    description:
      "Every change to a recording, recorded in the same transaction as the change (an outbox), kept 30 days and listed " +
      "oldest first: what a client that missed deliveries reconciles from.",
  },
  {
    name: "Webhooks",
    description:
      "Endpoints that receive events as signed POSTs (Standard Webhooks: `webhook-id`, `webhook-timestamp`, " +
      "`webhook-signature`), retried with exponential backoff for 24 hours; their deliveries and every attempt.",
  },
  { name: "Admin", description: "Accounts (tenants), their quotas and their API keys (optionally restricted to a room or a user), behind the `ADMIN_TOKEN`." },
  { name: "Reference", description: "This document, its rendering, and the service's front door." },
];

const DESCRIPTION = `Call and meeting recordings for many tenants: metadata in D1, media in R2, served with HTTP ranges.

**Auth.** API keys: \`Authorization: Bearer <key>\` or \`Authorization: Basic base64(<account_id>:<key>)\`. Each operation
names the scope it needs (\`recordings:read\`, \`recordings:write\`, \`recordings:delete\`, \`webhooks:manage\`) as the role of its security
requirement; a key without it gets 403 \`FORBIDDEN\`. Admin operations take \`Authorization: Bearer <ADMIN_TOKEN>\`.
Another account's recording answers exactly like one that does not exist (404).

**Restricted keys and access tokens.** A key created with \`restrict\` (\`Restriction\`: one \`room_id\` or one
\`user_id\`) sees and acts on only that room's (or user's) recordings in every operation; any other answers 404, as a
missing one does, and is \`not_found\` in a ZIP's manifest. \`POST /v1/access-tokens\` mints a short-lived token
(\`accessToken\` scheme, Bearer only) with some of the caller's scopes and perhaps a restriction: never more than its
key, 401 \`TOKEN_EXPIRED\` once expired, dead at once when its key is revoked. The credentialed operations answer
CORS preflights from any origin (the credential is a header, never a cookie), so a front-end can use a token.
Absolute URLs (links, \`Location\` of uploads, list links) start with the deployment's \`PUBLIC_ORIGIN\`.

**Errors.** Every error, whatever produced it, is \`application/json\` with the body \`Error\`:
\`{ status: "error", error_code, message, request_id, details? }\`. \`error_code\` is one of \`ErrorCode\`; each
operation lists those it can answer. Every response carries \`X-Request-Id\`, repeated as \`request_id\`.
A path that exists answers other methods with 405 \`METHOD_NOT_ALLOWED\` and \`Allow\`; an unknown path 404
\`NOT_FOUND\`; a fault on the service's side 500 \`INTERNAL_SERVER_ERROR\` (the \`default\` response).

**Reading from anywhere.** Reads may be answered by a nearby D1 read replica. Every response carries
\`X-D1-Bookmark\`; send the last one you received in \`X-D1-Bookmark\` and you read at least that state (your own
writes included, never going back in time). Without one, a read may trail the latest writes by the replicas' lag
(seconds). Writes, the admin operations and resumable uploads always start at the primary. A malformed bookmark is
422 \`VALIDATION_ERROR\`.`;

/**
 * The document's top: info, license, servers, tags. The one server is relative (OpenAPI 3.1 §4.8.5):
 * the origin the document is served from, so the same document is true of every deployment.
 */
const DOCUMENT_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: API_TITLE,
    version: API_VERSION,
    description: DESCRIPTION,
    license: { name: "Proprietary: all rights reserved" },
  },
  servers: [{ url: "/", description: "The origin this document is served from" }],
  tags: TAGS,
};

/**
 * The components every operation refers to: the error body (error responses name it by `$ref`) and
 * the four ways in: API keys by either scheme, access tokens, and the admin token.
 */
export function registerSharedComponents(app: AppOpenAPI): void {
  const registry = app.openAPIRegistry;
  registry.register("Error", ErrorSchema);
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description:
      "An API key (`rk_…`): `Authorization: Bearer <key>`. The operation's role names the scope the key needs. A key " +
      "may be restricted to one room's or one user's recordings (`restrict`, see `Restriction`): it then sees and acts " +
      "on no others, which answer 404 as missing ones do.",
  });
  registry.registerComponent("securitySchemes", "accessToken", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "rat_<claims>.<signature>",
    description:
      "An access token minted by `POST /v1/access-tokens` (`rat_…`): `Authorization: Bearer <token>` only. Short-lived " +
      "(401 `TOKEN_EXPIRED` after `expires_at`), never more than its minting key (scopes and restriction intersected), " +
      "and dead at once when that key is revoked.",
  });
  registry.registerComponent("securitySchemes", "basicAuth", {
    type: "http",
    scheme: "basic",
    description: "An API key with its account: `Authorization: Basic base64(<account_id>:<key>)`.",
  });
  registry.registerComponent("securitySchemes", "adminToken", {
    type: "http",
    scheme: "bearer",
    description: "The `ADMIN_TOKEN` secret: `Authorization: Bearer <ADMIN_TOKEN>`.",
  });
}

/**
 * Documents the HEAD that Hono answers for every GET: the same operation, with the same headers and
 * no body. Call once, after every router is mounted, so routes added later get it too.
 */
export function documentHeadRequests(app: AppOpenAPI): void {
  for (const definition of [...app.openAPIRegistry.definitions]) {
    if (definition.type !== "route" || definition.route.method !== "get") continue;
    const { middleware: _, responses, operationId, summary, ...route } = definition.route as typeof definition.route & {
      middleware?: unknown;
    };
    const headers = Object.fromEntries(
      Object.entries(responses).map(([status, response]) => {
        const { content: _body, ...rest } = response as { content?: unknown };
        return [status, rest];
      }),
    ) as typeof responses;
    app.openAPIRegistry.registerPath({
      ...route,
      method: "head",
      operationId: `${operationId}Head`,
      summary: `${summary} (headers only)`,
      responses: headers,
    });
  }
}

/** The OpenAPI 3.1 document of `app`, each operation's description ending with its guide's link (openapi-guides.ts). */
export function openApiDocument(app: AppOpenAPI) {
  const doc = app.getOpenAPI31Document(DOCUMENT_CONFIG);
  return { ...doc, paths: linkGuides(doc.paths ?? {}) };
}
