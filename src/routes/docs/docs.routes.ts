import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonContent, PUBLIC } from "../../lib/openapi";
import { BINARY } from "../../lib/openapi-media";
import { RESPONSE_HEADERS, responseHeaders } from "../../lib/openapi-headers";

const tags = ["Reference"];

export const IndexSchema = z
  .object({
    name: z.string().openapi({ example: "Recordings API" }),
    version: z.string().openapi({ example: "1.0.0" }),
    docs: z.string().openapi({ description: "The browsable reference", example: "/docs" }),
    openapi: z.string().openapi({ description: "The OpenAPI document", example: "/openapi.json" }),
  })
  .openapi("ServiceIndex");

export const index = createRoute({
  method: "get",
  operationId: "getIndex",
  path: "/",
  tags,
  summary: "What this service is and where its reference lives",
  description: "A pointer to the reference, so that the bare base URL is not a dead end. Needs no credentials.",
  security: PUBLIC,
  responses: { 200: jsonContent(IndexSchema, "Links to the reference"), ...errorResponses() },
});

const OpenApiObjectSchema = z
  .looseObject({
    openapi: z.string().openapi({ example: "3.1.0" }),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  })
  .openapi({ description: "An OpenAPI 3.1 document" });

export const document = createRoute({
  method: "get",
  operationId: "getOpenApiDocument",
  path: "/openapi.json",
  tags,
  summary: "This OpenAPI 3.1 document",
  description: "Generated from the code that serves the API. Needs no credentials.",
  security: PUBLIC,
  responses: {
    200: {
      description: "The OpenAPI 3.1 document",
      headers: responseHeaders(),
      content: { "application/json": { schema: OpenApiObjectSchema } },
    },
    ...errorResponses(),
  },
});

export const reference = createRoute({
  method: "get",
  operationId: "getReference",
  path: "/docs",
  tags,
  summary: "A browsable reference of this document (Swagger UI)",
  description:
    "An HTML page that renders `/openapi.json` with Swagger UI, whose files this Worker serves itself " +
    "(`/docs/vendor/swagger-ui/…`, `/docs/init.js`): it works offline, under a `Content-Security-Policy` that allows this origin only. " +
    "Needs no credentials.",
  security: PUBLIC,
  responses: {
    200: {
      description: "The reference page",
      headers: responseHeaders(),
      content: { "text/html": { schema: z.string() } },
    },
    ...errorResponses(),
  },
});

/** The headers of a file under /docs/, in a 200 and in a 304. */
const FILE_HEADERS = {
  ...responseHeaders(),
  ETag: { ...RESPONSE_HEADERS.ETag, description: "Strong entity tag: the SHA-256 of the file's bytes, in quotes" },
  "Cache-Control": {
    ...RESPONSE_HEADERS["Cache-Control"],
    description:
      "`public, max-age=31536000, immutable` on a file named by its content (`img-<hash>.<ext>`), `public, max-age=3600` on the others",
    example: "public, max-age=3600",
  },
  "X-Content-Type-Options": { ...RESPONSE_HEADERS["X-Content-Type-Options"], description: "Always `nosniff`" },
};

const TEXT = { schema: { type: "string" as const } };

/** The answers of a file GET: the file (200), 304 when `If-None-Match` names it, 404 when there is no such file. */
function fileResponses(what: string, content: Record<string, typeof TEXT | typeof BINARY>) {
  return {
    200: {
      description: what,
      headers: { ...FILE_HEADERS, "Content-Length": { ...RESPONSE_HEADERS["Content-Length"], description: "Bytes in the file" } },
      content,
    },
    304: { description: "Not modified: `If-None-Match` names the file's `ETag`", headers: FILE_HEADERS },
    ...errorResponses("NOT_FOUND"),
  };
}

const FileRequestHeadersSchema = z.object({
  "If-None-Match": z.string().optional().openapi({
    description: "Entity tags (weak comparison) or `*`; when one matches the file's `ETag`: 304 without a body.",
    example: '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
  }),
});

const fileParams = (description: string, example: string) =>
  z.object({ file: z.string().openapi({ param: { name: "file", in: "path", description }, example }) });

export const docsFile = createRoute({
  method: "get",
  operationId: "getDocsFile",
  path: "/docs/{file}",
  tags,
  summary: "A file of the reference: its script, its stylesheet, or a guide",
  description:
    "`init.js` and `reference.css`, which `/docs` loads, and the guides, `<guide>.md` (`uploads.md`, `api.md`, …), which " +
    "the descriptions in this document link to (`docs/uploads.md#…`, relative to `/docs` and `/openapi.json`). Served by " +
    "this Worker from copies made at build time, with a strong `ETag`; `If-None-Match` answers 304. Needs no credentials.",
  security: PUBLIC,
  request: {
    params: fileParams("The file's name: `init.js`, `reference.css` or a guide's, e.g. `uploads.md`", "uploads.md"),
    headers: FileRequestHeadersSchema,
  },
  responses: fileResponses("The file (`text/javascript`, `text/css` or `text/markdown`, UTF-8)", {
    "text/javascript": TEXT,
    "text/css": TEXT,
    "text/markdown": TEXT,
  }),
});

export const swaggerUiFile = createRoute({
  method: "get",
  operationId: "getSwaggerUiFile",
  path: "/docs/vendor/swagger-ui/{file}",
  tags,
  summary: "A file of Swagger UI, which renders /docs",
  description:
    "Swagger UI's script, stylesheet, icon and license, copied from the `swagger-ui-dist` package at build time and " +
    "served by this Worker, never from a CDN: `swagger-ui-bundle.js`, `swagger-ui.css`, `favicon-32x32.png`, `LICENSE`, " +
    "`NOTICE`, and the images of the stylesheet as files named by their content (`img-<hash>.svg`, `.png`, `.jpg`), so the " +
    "page needs no `data:` URLs. A strong `ETag`; `If-None-Match` answers 304. Needs no credentials.",
  security: PUBLIC,
  request: {
    params: fileParams("The file's name, e.g. `swagger-ui.css`", "swagger-ui.css"),
    headers: FileRequestHeadersSchema,
  },
  responses: fileResponses("The file (`LICENSE` and `NOTICE` as `text/plain`)", {
    "text/javascript": TEXT,
    "text/css": TEXT,
    "text/plain": TEXT,
    "image/svg+xml": BINARY,
    "image/png": BINARY,
    "image/jpeg": BINARY,
  }),
});
