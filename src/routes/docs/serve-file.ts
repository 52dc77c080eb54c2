import type { MiddlewareHandler } from "hono";
import { ifNoneMatchMatches } from "../../http/conditional";
import { parseEntityTag } from "../../http/etag";
import { fromBase64 } from "../../lib/base64";
import type { AppBindings } from "../../lib/types";
import { DOCS_FILES, SWAGGER_UI_FILES, type StaticFile } from "./static-files.js";

/** A name made from the file's content (the stylesheet's images): it never names other bytes. */
const CONTENT_ADDRESSED = /^img-[0-9a-f]{16}\.[a-z]+$/;
const IMMUTABLE = "public, max-age=31536000, immutable";
/** The others may change with a deployment: browsers keep them an hour, then revalidate (a 304 when unchanged). */
const ONE_HOUR = "public, max-age=3600";

/** `/docs/<name>` and `/docs/vendor/swagger-ui/<name>`: the two operations' paths (docs.routes.ts). */
const FILE_PATH = /^\/docs\/(vendor\/swagger-ui\/)?([^/]+)$/;

/** Each file's bytes, decoded on its first request and kept for the isolate's life. */
const decoded = new WeakMap<StaticFile, Uint8Array<ArrayBuffer>>();

function bytesOf(file: StaticFile): Uint8Array<ArrayBuffer> {
  const known = decoded.get(file);
  if (known) return known;
  // TextEncoder's result is typed over ArrayBufferLike, but it always owns a fresh ArrayBuffer.
  const bytes = "text" in file ? (new TextEncoder().encode(file.text) as Uint8Array<ArrayBuffer>) : fromBase64(file.base64);
  if (!bytes) throw new Error("a static file's base64 does not decode");
  decoded.set(file, bytes);
  return bytes;
}

/**
 * Serves the files under /docs/ from the table scripts/lib/static-files.mjs builds at build time
 * (`GET /docs/{file}` and `GET /docs/vendor/swagger-ui/{file}` in the document): 200 with the bytes, or
 * 304 when `If-None-Match` names the ETag; HEAD the same without a body (Hono answers HEAD as GET). A
 * name it does not have goes on to the app's 404 `NOT_FOUND`, and another method on those paths is 405.
 *
 * A middleware on `/docs/*` rather than two routes: the app's router matches every route with a
 * parameter with one RegExpRouter (src/lib/router.ts), which refuses `/docs/:file` beside
 * `/docs/vendor/swagger-ui/:file` (a parameter and a static segment at the same place) and would leave
 * every request to the slower trie.
 */
export function docsFiles(): MiddlewareHandler<AppBindings> {
  return async function docsFilesMiddleware(c, next) {
    const path = FILE_PATH.exec(c.req.path);
    if (!path) return next();
    const method = c.req.method;
    // Another method goes on to the app's 405, which knows these paths from the OpenAPI document.
    if (method !== "GET" && method !== "HEAD") return next();
    const name = path[2]!;
    const file = (path[1] ? SWAGGER_UI_FILES : DOCS_FILES).get(name);
    if (!file) return next();
    const headers: Record<string, string> = {
      ETag: file.etag,
      "Cache-Control": CONTENT_ADDRESSED.test(name) ? IMMUTABLE : ONE_HOUR,
      "X-Content-Type-Options": "nosniff",
    };
    if (ifNoneMatchMatches(c.req.raw.headers.get("If-None-Match"), parseEntityTag(file.etag)) === true) return c.body(null, 304, headers);
    const bytes = bytesOf(file);
    return c.body(bytes, 200, { ...headers, "Content-Type": file.type, "Content-Length": String(bytes.byteLength) });
  };
}
