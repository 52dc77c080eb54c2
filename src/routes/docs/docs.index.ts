import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../../lib/create-router";
import { pageCsp, styleNonce } from "../../lib/html";
import type { AppOpenAPI } from "../../lib/types";
import { renderDocs, type OpenApiDocument } from "./docs.page";

export const OPENAPI_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: "Recordings API",
    version: "1.0.0",
    description:
      "Call and meeting recordings for many tenants: metadata in D1, media in R2, served with HTTP ranges. " +
      "Every error has the body { status, error_code, message, request_id, details? }.",
  },
};

const docsPage = createRoute({
  method: "get",
  operationId: "getReference",
  path: "/docs",
  tags: ["Reference"],
  summary: "A browsable reference rendered from the OpenAPI document",
  responses: { 200: { description: "HTML", content: { "text/html": { schema: z.string() } } } },
});

const index = createRoute({
  method: "get",
  operationId: "getIndex",
  path: "/",
  tags: ["Reference"],
  summary: "What this service is and where its reference lives",
  responses: {
    200: {
      description: "Links to the reference",
      content: {
        "application/json": {
          schema: z.object({ name: z.string(), version: z.string(), docs: z.string(), openapi: z.string() }),
        },
      },
    },
  },
});

/**
 * Adds `GET /` (a pointer to the reference), `GET /openapi.json` (generated from the routes' own zod schemas) and `GET /docs` (a browsable,
 * self-contained reference rendered from it) to `app`.
 */
export function registerDocs(app: AppOpenAPI): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An API key: `Authorization: Bearer <key>`",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "basicAuth", {
    type: "http",
    scheme: "basic",
    description: "`Authorization: Basic base64(<account_id>:<key>)`",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "adminToken", {
    type: "http",
    scheme: "bearer",
    description: "The ADMIN_TOKEN secret",
  });
  app.doc31("/openapi.json", OPENAPI_CONFIG);
  app.openAPIRegistry.registerPath({
    method: "get",
    operationId: "getOpenApiDocument",
    path: "/openapi.json",
    tags: ["Reference"],
    summary: "This OpenAPI 3.1 document",
    responses: { 200: { description: "The document", content: { "application/json": { schema: { type: "object" } } } } },
  });
  const docs = createRouter()
    .openapi(index, (c) => {
      const { title: name, version } = OPENAPI_CONFIG.info;
      return c.json({ name, version, docs: "/docs", openapi: "/openapi.json" }, 200);
    })
    .openapi(docsPage, (c) => {
      const nonce = styleNonce();
      const html = renderDocs(app.getOpenAPI31Document(OPENAPI_CONFIG) as unknown as OpenApiDocument, nonce);
      c.header("Content-Security-Policy", pageCsp(nonce));
      return c.html(html, 200);
    });
  app.route("/", docs);
}
