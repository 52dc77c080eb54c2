import type { MiddlewareHandler } from "hono";
import { ApiError } from "../lib/errors";
import type { AppBindings } from "../lib/types";

export const MAX_JSON_BYTES = 64 * 1024;

async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${limit} bytes`);
}

/**
 * Makes a JSON route's body JSON or an error: over `limit` bytes → 413, not JSON → 400 `MALFORMED_JSON`,
 * empty → `{}`. A JSON body sent with another (or no) Content-Type is accepted as JSON, as curl `-d` sends it.
 */
export function jsonBody(limit = MAX_JSON_BYTES): MiddlewareHandler<AppBindings> {
  return async function jsonBodyMiddleware(c, next) {
    const raw = c.req.raw;
    const declared = Number(raw.headers.get("content-length") ?? "0");
    if (declared > limit) throw tooLarge(limit);
    const bytes = raw.body ? await readLimited(raw.body, limit) : new Uint8Array();
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
      if (text.trim() === "") text = "{}";
      JSON.parse(text);
    } catch {
      throw new ApiError(400, "MALFORMED_JSON", "The request body is not valid JSON");
    }
    const headers = new Headers(raw.headers);
    headers.set("content-type", "application/json");
    headers.delete("content-length");
    c.req.raw = new Request(raw.url, { method: raw.method, headers, body: text });
    await next();
  };
}
