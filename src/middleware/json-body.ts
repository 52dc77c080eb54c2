import type { MiddlewareHandler } from "hono";
import { concatBytes } from "../lib/bytes";
import { ApiError, bodyLengthMismatch, validationError, type ErrorDetail } from "../lib/errors";
import type { AppBindings } from "../lib/types";
import { isWellFormedText, LONE_SURROGATE_MESSAGE } from "../schemas/common";

export const MAX_JSON_BYTES = 64 * 1024;
/** Deeper JSON would overflow the stack of the recursive schema checks (`z.json()`) and of `JSON.stringify`. */
export const MAX_JSON_DEPTH = 64;

/**
 * The first structural problem in a parsed body, walked without recursion: nesting deeper than `max`
 * levels (it would overflow the recursive schema checks), a `__proto__` key (which schemas would
 * silently drop, losing the client's data), or a key or string that is not well-formed Unicode.
 */
function structuralProblem(value: unknown, max: number): ErrorDetail | null {
  const stack: [unknown, (string | number)[]][] = [[value, ["body"]]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, loc] = item;
    if (typeof node === "string" && !isWellFormedText(node)) return { loc, msg: LONE_SURROGATE_MESSAGE, type: "invalid_string" };
    if (typeof node !== "object" || node === null) continue;
    if (loc.length > max) {
      return { loc: ["body"], msg: `Must not nest arrays and objects deeper than ${max} levels`, type: "too_big" };
    }
    for (const [key, child] of Object.entries(node)) {
      const at = [...loc, Array.isArray(node) ? Number(key) : key];
      if (key === "__proto__") return { loc: at, msg: "__proto__ is not allowed as a key", type: "invalid_key" };
      if (!isWellFormedText(key)) return { loc: at, msg: LONE_SURROGATE_MESSAGE, type: "invalid_key" };
      stack.push([child, at]);
    }
  }
  return null;
}

/**
 * The whole body, at most `limit` bytes (else 413), and exactly `declared` bytes when a Content-Length
 * was sent: a body that ends early or breaks off (the client went away) is 400 `BODY_LENGTH_MISMATCH`.
 */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number, declared: number | null): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > limit) throw tooLarge(limit);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw bodyLengthMismatch(`The body broke off after ${total} bytes`, err);
  }
  if (declared !== null && total !== declared) {
    throw bodyLengthMismatch(`The body has ${total} bytes, not the ${declared} its Content-Length declared`);
  }
  return concatBytes(chunks, total);
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${limit} bytes`);
}

/**
 * Makes a JSON route's body JSON or an error: over `limit` bytes → 413, cut off before its Content-Length →
 * 400 `BODY_LENGTH_MISMATCH`, not JSON → 400 `MALFORMED_JSON`,
 * nested deeper than `MAX_JSON_DEPTH`, with a `__proto__` key or a lone UTF-16 surrogate in any key or string → 422, empty → `{}`. A JSON body sent with another (or no)
 * Content-Type is accepted as JSON, as curl `-d` sends it.
 */
export function jsonBody(limit = MAX_JSON_BYTES): MiddlewareHandler<AppBindings> {
  return async function jsonBodyMiddleware(c, next) {
    const raw = c.req.raw;
    const lengthField = raw.headers.get("content-length");
    const declared = lengthField !== null && /^\d+$/.test(lengthField) ? Number(lengthField) : null;
    if (declared !== null && declared > limit) throw tooLarge(limit);
    const bytes = raw.body ? await readLimited(raw.body, limit, declared) : new Uint8Array();
    let text: string;
    let parsed: unknown;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
      if (text.trim() === "") text = "{}";
      parsed = JSON.parse(text);
    } catch {
      throw new ApiError(400, "MALFORMED_JSON", "The request body is not valid JSON");
    }
    const problem = structuralProblem(parsed, MAX_JSON_DEPTH);
    if (problem) throw validationError([problem]);
    const headers = new Headers(raw.headers);
    headers.set("content-type", "application/json");
    headers.delete("content-length");
    c.req.raw = new Request(raw.url, { method: raw.method, headers, body: text });
    await next();
  };
}
