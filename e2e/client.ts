import createClient from "openapi-fetch";
import { expect, inject } from "vitest";
import type { components, paths } from "./api-types";

/**
 * The typed client the end-to-end tests call the API with: generated from the OpenAPI document
 * (`npm run openapi:types` → e2e/api-types.ts) and checked by `tsc -p e2e`, so a document that stops
 * describing the API breaks the build before it breaks a user.
 */
export const client = createClient<paths>({ baseUrl: inject("baseUrl") });

/** `Authorization: Bearer <key>`: the security schemes are not parameters, so it goes in `headers`. */
export function authorized(key: string): { Authorization: string } {
  return { Authorization: `Bearer ${key}` };
}

/** Sends `bytes` as they are (openapi-fetch would JSON-encode a body by default). */
export function rawBody(body: Blob): Blob {
  return body;
}

type ErrorBody = components["schemas"]["Error"];

/**
 * The contract's error shape from a client result: the status and code given, JSON, and
 * `request_id` equal to `X-Request-Id`. Returns the error body.
 */
export function expectApiError(
  result: { error?: ErrorBody | Partial<ErrorBody>; response: Response },
  status: number,
  code: string | RegExp,
): ErrorBody {
  expect(result.response.status).toBe(status);
  expect(result.response.headers.get("content-type")).toMatch(/^application\/json/);
  const error = result.error;
  expect(error).toBeDefined();
  if (!error || error.status !== "error" || !error.error_code || !error.message || !error.request_id) {
    throw new Error(`Not the contract's error body: ${JSON.stringify(error)}`);
  }
  if (typeof code === "string") expect(error.error_code).toBe(code);
  else expect(error.error_code).toMatch(code);
  expect(error.request_id).toBe(result.response.headers.get("x-request-id"));
  return { ...error, status: error.status, error_code: error.error_code, message: error.message, request_id: error.request_id };
}
