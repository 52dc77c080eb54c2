import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createApp } from "../../src/app";
import { api } from "../helpers";

const OperationSchema = z.looseObject({
  operationId: z.string(),
  responses: z.record(z.string(), z.looseObject({ description: z.string() })),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});
const DocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), OperationSchema)),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()), securitySchemes: z.record(z.string(), z.unknown()) }),
});

async function document() {
  const res = await api("/openapi.json");
  expect(res.status).toBe(200);
  return DocumentSchema.parse(await res.json());
}

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document with the three auth schemes", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["adminToken", "basicAuth", "bearerAuth"]);
  });

  it("documents every route the app serves, HEAD beside each media GET", async () => {
    const doc = await document();
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)),
    );
    const served = createApp()
      .routes.filter((r) => r.method !== "ALL")
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, "{$1}")}`);
    for (const route of served) expect(documented, route).toContain(route);
    expect(documented).toContain("HEAD /v1/recordings/{id}/media");
    expect(documented).toContain("HEAD /v1/recordings/{id}/media/{media_id}");
  });

  it("gives every operation a unique operationId and the error responses of the contract", async () => {
    const doc = await document();
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops));
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations.filter((o) => o.security)) {
      expect(Object.keys(op.responses), op.operationId).toContain("401");
    }
    const list = doc.paths["/v1/recordings"]?.get;
    expect(Object.keys(list?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "403", "422"]));
  });
});

describe("GET /", () => {
  it("points to the reference, so a bare base URL is not a dead end", async () => {
    const res = await api("/");
    expect(res.status).toBe(200);
    const body = z.object({ name: z.string(), version: z.string(), docs: z.string(), openapi: z.string() }).parse(await res.json());
    expect(body).toEqual({ name: "Recordings API", version: "1.0.0", docs: "/docs", openapi: "/openapi.json" });
  });
});

describe("GET /docs", () => {
  it("is a self-contained HTML reference under a strict Content-Security-Policy", async () => {
    const res = await api("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src 'none'/);
    const nonce = /style-src 'nonce-([0-9a-f]+)'/.exec(csp)?.[1];
    const html = await res.text();
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!api\.test)/);
    expect(html).toContain("/v1/recordings/{id}/media/{media_id}");
  });
});
