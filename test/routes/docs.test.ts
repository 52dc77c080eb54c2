import { describe, expect, it } from "vitest";
import { z } from "zod";
import guide from "../../docs/api.md?raw";
import { createApp } from "../../src/app";
import { toHex } from "../../src/lib/crypto";
import { ERROR_CODE_NAMES, ERROR_CODES } from "../../src/lib/error-codes";
import { GUIDE_LINKS, guideLink } from "../../src/lib/openapi-guides";
import { REFERENCE_CSP } from "../../src/routes/docs/docs.index";
import { SCOPES, type Scope } from "../../src/schemas/auth";
import { addKey, api, createTenant, expectError } from "../helpers";
import { document, documentProblems } from "../openapi-conformance";

const OperationSchema = z.looseObject({
  operationId: z.string(),
  summary: z.string(),
  description: z.string(),
  tags: z.array(z.string()).min(1),
  parameters: z
    .array(
      z.looseObject({
        name: z.string(),
        in: z.string(),
        description: z.string().optional(),
        schema: z.looseObject({ example: z.unknown().optional() }).optional(),
      }),
    )
    .optional(),
  responses: z.record(z.string(), z.looseObject({ description: z.string(), headers: z.record(z.string(), z.unknown()).optional() })),
  security: z.array(z.record(z.string(), z.array(z.string()))),
});

const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op: OperationSchema.parse(op) })),
);

/** Every value under `node` with its JSON path, depth first. */
function* walk(node: unknown, at = "#"): Generator<[string, unknown]> {
  yield [at, node];
  if (node && typeof node === "object") {
    for (const [key, child] of Object.entries(node)) yield* walk(child, `${at}/${key}`);
  }
}

describe("GET /openapi.json", () => {
  it("is the OpenAPI 3.1 document of the app, with servers, tags and a license", async () => {
    const res = await api("/openapi.json");
    const served = z
      .looseObject({
        openapi: z.literal("3.1.0"),
        info: z.looseObject({ license: z.looseObject({ name: z.string() }) }),
        servers: z.array(z.looseObject({ url: z.string() })).min(1),
        tags: z.array(z.looseObject({ name: z.string(), description: z.string() })),
      })
      .parse(await res.json());
    expect(served.paths).toEqual(document.paths);
    const declared = served.tags.map((t) => t.name);
    for (const { op } of operations) for (const tag of op.tags) expect(declared).toContain(tag);
  });

  it("documents every route the app serves, and HEAD beside every GET", () => {
    const documented = new Set(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`));
    const served = createApp()
      .routes.filter((r) => r.method !== "ALL")
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, "{$1}")}`);
    for (const route of served) {
      expect(documented, route).toContain(route);
      if (route.startsWith("GET ")) expect(documented, route).toContain(route.replace(/^GET/, "HEAD"));
    }
  });

  it("describes every operation and parameter, and gives each operation a unique id", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op } of operations) {
      expect(op.description.length, op.operationId).toBeGreaterThan(20);
      for (const p of op.parameters ?? []) expect(p.description, `${op.operationId} ${p.in} ${p.name}`).toBeTruthy();
    }
  });

  it("gives every response X-Request-Id, and every operation a default (500) error response", () => {
    for (const { op } of operations) {
      expect(op.responses.default, op.operationId).toBeDefined();
      for (const [status, response] of Object.entries(op.responses)) {
        expect(Object.keys(response.headers ?? {}), `${op.operationId} ${status}`).toContain("X-Request-Id");
      }
    }
  });

  it("lists exactly the error codes the code can throw, in one ErrorCode enum every error response refers to", () => {
    const schemas = z.record(z.string(), z.looseObject({ enum: z.array(z.string()).optional() })).parse(document.components.schemas);
    expect(schemas.ErrorCode?.enum).toEqual(ERROR_CODE_NAMES);
    for (const [at, value] of walk(document.paths)) {
      if (!at.endsWith("/properties/error_code/enum")) continue;
      for (const code of z.array(z.string()).parse(value)) expect(ERROR_CODE_NAMES, at).toContain(code);
    }
  });

  it("has every error code in the API guide (docs/api.md) with its status", () => {
    for (const code of ERROR_CODE_NAMES) {
      const row = guide.split("\n").find((line) => line.startsWith("| ") && line.includes(`\`${code}\``));
      expect(row, code).toMatch(new RegExp(`^\\| ${ERROR_CODES[code].status} \\|`));
    }
  });

  it("ends the description of every operation a guide covers with a link to that guide, HEAD twins too", () => {
    const ids = new Set(operations.map(({ op }) => op.operationId));
    for (const id of Object.keys(GUIDE_LINKS)) expect(ids, id).toContain(id);
    for (const { op } of operations) {
      const link = guideLink(op.operationId);
      if (link) expect(op.description.endsWith(link), op.operationId).toBe(true);
      expect(op.description.split("Guide: [").length, op.operationId).toBeLessThanOrEqual(2);
    }
    expect(guideLink("getMediaHead")).toBe(guideLink("getMedia"));
    expect(guideLink("getMedia")).toMatch(/^\n\nGuide: \[.+\]\(docs\/api\.md#media\)\.$/);
  });

  it("writes patterns without regex flags, each a valid ECMA-262 (u) regex that its examples match", () => {
    for (const [at, value] of walk(document)) {
      if (!at.endsWith("/pattern") || typeof value !== "string") continue;
      expect(value, at).not.toMatch(/(^|[^\\])\/[dgimsuvy]*$/);
      expect(() => new RegExp(value, "u"), at).not.toThrow();
    }
    const createRecording = z
      .looseObject({ properties: z.record(z.string(), z.looseObject({ pattern: z.string().optional() })) })
      .parse(document.components.schemas.CreateRecording);
    expect(new RegExp(createRecording.properties.room_id!.pattern!, "u").test("room-42 ü")).toBe(true);
    expect(new RegExp(createRecording.properties.room_id!.pattern!, "u").test("room\u0007")).toBe(false);
  });

  it("keeps named schemas non-null (null is allowed where they are used) and keeps null on nullable body fields", () => {
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      expect(JSON.stringify(schema), name).not.toMatch(/^\{"type":\[[^\]]*"null"/);
      expect(z.looseObject({ enum: z.array(z.unknown()).optional() }).parse(schema).enum ?? [], name).not.toContain(null);
    }
    const text = JSON.stringify(document.components.schemas.UpdateRecording);
    for (const field of ["call_id", "ended_at", "channels", "track", "room_id", "duration_seconds"]) {
      const property = JSON.stringify(JSON.parse(text).properties[field]);
      expect(property, field).toMatch(/"null"/);
    }
    expect(text).toMatch(/"enum":\[1,2\]/);
  });

  it("names, for every operation behind an API key, the scope a key without it is refused for", async () => {
    const tenant = await createTenant();
    const without = new Map<Scope, string>();
    for (const scope of SCOPES) without.set(scope, (await addKey(tenant.accountId, SCOPES.filter((s) => s !== scope))).auth);
    const id = crypto.randomUUID();
    for (const { path, method, op } of operations) {
      const roles = new Set(op.security.flatMap((requirement) => Object.values(requirement).flat()));
      if (!op.security.some((r) => "bearerAuth" in r)) continue;
      if (roles.size === 0) continue; // any working credential may call it (minting an access token)
      expect(roles.size, op.operationId).toBe(1);
      const [scope] = [...roles] as Scope[];
      const url = path.replace(/\{[^}]+\}/g, id);
      const res = await api(url, { method: method.toUpperCase(), headers: { authorization: without.get(scope!)! } });
      expect(res.status, `${op.operationId} without ${scope}`).toBe(403);
    }
  });

  it("marks the reference operations public, and they answer without credentials", async () => {
    for (const { path, method, op } of operations.filter((o) => o.op.tags.includes("Reference"))) {
      expect(op.security, op.operationId).toEqual([]);
      // A path parameter (a file under /docs/) takes its example, which names a file that exists.
      const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => String(op.parameters?.find((p) => p.name === name)?.schema?.example));
      expect((await api(url, { method: method.toUpperCase() })).status, op.operationId).toBe(200);
    }
  });
});

describe("the response check every test runs", () => {
  const get = (path: string) => new Request(`http://api.test${path}`);
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "x-request-id": "r-12345678", "x-d1-bookmark": "", ...headers } });

  it("refuses a body that drifts from the schema, a status the operation does not list, and a missing required header", async () => {
    expect(await documentProblems(get("/"), json(200, { name: "x", version: "1" }))).toEqual([
      expect.stringMatching(/GET \/ → 200: body does not match its schema/),
    ]);
    expect(await documentProblems(get("/"), json(418, {}))).toEqual([expect.stringMatching(/does not document status 418/)]);
    const noId = new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    expect((await documentProblems(get("/openapi.json"), noId)).join()).toMatch(/lacks the required header X-Request-Id/);
  });

  it("refuses an answer from a route the document does not describe, and an undocumented content type", async () => {
    expect(await documentProblems(get("/v1/undocumented"), json(200, {}))).toEqual([
      expect.stringMatching(/GET \/v1\/undocumented is not in the document, yet answered 200/),
    ]);
    const text = new Response("hi", { status: 200, headers: { "content-type": "text/plain", "x-request-id": "r-12345678" } });
    expect((await documentProblems(get("/"), text)).join()).toMatch(/has Content-Type text\/plain/);
  });

  it("accepts the contract's 404 for an unknown path and 405 for a known path's other method", async () => {
    expect(await documentProblems(get("/nowhere"), json(404, {}))).toEqual([]);
    expect(await documentProblems(new Request("http://api.test/docs", { method: "DELETE" }), json(405, {}))).toEqual([]);
  });
});

describe("GET /", () => {
  it("points to the reference, so a bare base URL is not a dead end", async () => {
    const res = await api("/");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: "Recordings API", version: "1.0.0", docs: "/docs", openapi: "/openapi.json" });
  });
});

describe("GET /docs", () => {
  it("is Swagger UI from this origin, under a CSP that allows only this origin", async () => {
    const res = await api("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toBe(REFERENCE_CSP);
    for (const directive of REFERENCE_CSP.split("; ")) expect(directive).toMatch(/ ('self'|'none')$/);
    const html = await res.text();
    expect(html).toContain('<script src="/docs/vendor/swagger-ui/swagger-ui-bundle.js"></script>');
    expect(html).toContain('<script src="/docs/init.js"></script>');
    expect(html).not.toMatch(/<script>|<style|style=|https?:\/\//);
  });
});

/** The content type each kind of file under /docs/ is served with. */
const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  png: "image/png",
  jpg: "image/jpeg",
  svg: "image/svg+xml",
  "": "text/plain; charset=utf-8",
};
const typeOf = (path: string) => TYPES[/\.([a-z]+)$/.exec(path)?.[1] ?? ""];

/** GETs a file under /docs/ and checks what every one has: its type, its length, an ETag that is the SHA-256 of its bytes, caching, nosniff. */
async function fetchFile(path: string): Promise<{ res: Response; bytes: Uint8Array }> {
  const res = await api(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type"), path).toBe(typeOf(path));
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(bytes.byteLength, path).toBeGreaterThan(0);
  expect(res.headers.get("content-length"), path).toBe(String(bytes.byteLength));
  expect(res.headers.get("etag"), path).toBe(`"${toHex(await crypto.subtle.digest("SHA-256", bytes))}"`);
  expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
  const immutable = /\/img-[0-9a-f]{16}\.[a-z]+$/.test(path);
  expect(res.headers.get("cache-control"), path).toBe(immutable ? "public, max-age=31536000, immutable" : "public, max-age=3600");
  return { res, bytes };
}

describe("the files under /docs/, served by the Worker", () => {
  it("serves every file the /docs page names, and every image swagger-ui.css names, with its type", async () => {
    const html = await (await api("/docs")).text();
    const named = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(named.sort()).toEqual([
      "/docs/init.js",
      "/docs/reference.css",
      "/docs/vendor/swagger-ui/favicon-32x32.png",
      "/docs/vendor/swagger-ui/swagger-ui-bundle.js",
      "/docs/vendor/swagger-ui/swagger-ui.css",
    ]);
    for (const path of named) await fetchFile(path);

    const cssPath = "/docs/vendor/swagger-ui/swagger-ui.css";
    const css = new TextDecoder().decode((await fetchFile(cssPath)).bytes);
    expect(css).not.toMatch(/data:|sourceMappingURL/);
    const images = [...new Set([...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!))];
    expect(images.length).toBeGreaterThan(5);
    for (const image of images) {
      expect(image).toMatch(/^img-[0-9a-f]{16}\.(svg|png|jpg)$/);
      await fetchFile(new URL(image, `http://api.test${cssPath}`).pathname);
    }
    for (const file of ["LICENSE", "NOTICE"]) await fetchFile(`/docs/vendor/swagger-ui/${file}`);
  });

  it("serves every guide the OpenAPI document links to, at the link as resolved from /docs and from /openapi.json", async () => {
    const links = new Set(Object.values(GUIDE_LINKS).map(({ guide: link }) => link.split("#")[0]!));
    expect(links.size).toBeGreaterThan(5);
    for (const link of links) {
      const path = new URL(link, "http://api.test/docs").pathname;
      expect(new URL(link, "http://api.test/openapi.json").pathname).toBe(path);
      expect(path).toMatch(/^\/docs\/[a-z-]+\.md$/);
      await fetchFile(path);
    }
    const { bytes } = await fetchFile("/docs/api.md");
    expect(new TextDecoder().decode(bytes)).toBe(guide);
  });

  it("answers If-None-Match naming the file's ETag with 304, no body and the same validators", async () => {
    const path = "/docs/vendor/swagger-ui/swagger-ui-bundle.js";
    const { res: first } = await fetchFile(path);
    const etag = first.headers.get("etag")!;
    for (const value of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const res = await api(path, { headers: { "If-None-Match": value } });
      expect(res.status, value).toBe(304);
      expect(await res.text()).toBe("");
      expect(res.headers.get("etag")).toBe(etag);
      expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
    for (const value of ['"other"', "not an entity tag", etag.slice(0, -1)]) {
      expect((await api(path, { headers: { "If-None-Match": value } })).status, value).toBe(200);
    }
  });

  it("answers HEAD with the GET's headers and no body", async () => {
    for (const path of ["/docs/vendor/swagger-ui/swagger-ui-bundle.js", "/docs/uploads.md", "/docs/vendor/swagger-ui/favicon-32x32.png"]) {
      const { res: get, bytes } = await fetchFile(path);
      const head = await api(path, { method: "HEAD" });
      expect(head.status, path).toBe(200);
      expect(await head.text()).toBe("");
      for (const name of ["content-type", "etag", "cache-control", "x-content-type-options"]) {
        expect(head.headers.get(name), `${path} ${name}`).toBe(get.headers.get(name));
      }
      expect(head.headers.get("content-length"), path).toBe(String(bytes.byteLength));
    }
  });

  it("answers a file it does not have with the contract's 404, and other methods with 405", async () => {
    for (const path of [
      "/docs/nope.md",
      "/docs/README.md",
      "/docs/vendor/swagger-ui/nope.js",
      "/docs/vendor/swagger-ui/index.html",
      "/docs/vendor/swagger-ui/swagger-ui.css.map",
      "/docs/vendor",
      "/docs/__proto__",
      "/docs/constructor",
      "/docs/vendor/swagger-ui/hasOwnProperty",
      "/docs/swagger-ui.css",
      "/docs/vendor%2Fswagger-ui%2Fswagger-ui.css",
      "/docs/vendor/swagger-ui/img-0000000000000000.svg",
      "/docs/vendor/swagger-ui/extra/swagger-ui.css",
    ]) {
      const res = await api(path);
      await expectError(res, 404, "NOT_FOUND");
      expect(res.headers.get("cache-control"), path).toBe("no-store");
      expect((await api(path, { method: "HEAD" })).status, path).toBe(404);
    }
    await expectError(await api("/docs/"), 404, "NOT_FOUND");
  });

  it("answers another method on a file's path with the contract's 405, whether or not the file exists", async () => {
    for (const path of ["/docs/init.js", "/docs/nope.md", "/docs/vendor/swagger-ui/swagger-ui.css", "/docs/vendor/swagger-ui/nope.js"]) {
      for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
        const res = await api(path, { method });
        await expectError(res, 405, "METHOD_NOT_ALLOWED");
        expect(res.headers.get("allow"), `${method} ${path}`).toBe("GET, HEAD");
      }
    }
  });
});
