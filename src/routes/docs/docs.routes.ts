import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonContent, PUBLIC } from "../../lib/openapi";
import { responseHeaders } from "../../lib/openapi-headers";

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
    "An HTML page that renders `/openapi.json` with Swagger UI, served from this Worker's static assets " +
    "(`/docs/vendor/…`): it works offline, under a `Content-Security-Policy` that allows this origin only. Needs no credentials.",
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
