// Seeding through the public HTTP API only, as a client would: no direct D1 or R2 access.
import { createHash } from "node:crypto";

/** Every scope an API key can carry. */
export const ALL_SCOPES = ["recordings:read", "recordings:write", "recordings:delete", "account:manage", "legal_holds:manage", "webhooks:manage"];

/**
 * Creates an account (tenant) with the admin API.
 * @param {string} baseUrl e.g. `http://127.0.0.1:8787`
 * @param {string} adminToken the Worker's ADMIN_TOKEN
 * @param {string} name
 * @returns {Promise<{ id: string, name: string, created_at: string }>}
 * @throws {Error} with the status, error_code, message and request_id of an error answer
 */
export async function createAccount(baseUrl, adminToken, name) {
  return requestJson(baseUrl, "POST", "/v1/admin/accounts", adminToken, { name }, 201);
}

/**
 * Creates an API key for an account with the admin API. The key is shown only here.
 * @param {string} baseUrl
 * @param {string} adminToken
 * @param {string} accountId
 * @param {{ name?: string, scopes?: string[] }} [options] scopes default to all three
 * @returns {Promise<{ id: string, key: string, scopes: string[], created_at: string }>}
 * @throws {Error} with the status, error_code, message and request_id of an error answer
 */
export async function createKey(baseUrl, adminToken, accountId, { name = "seed", scopes = ALL_SCOPES } = {}) {
  const path = `/v1/admin/accounts/${encodeURIComponent(accountId)}/keys`;
  return requestJson(baseUrl, "POST", path, adminToken, { name, scopes }, 201);
}

/**
 * Creates a recording from the contract's client-settable fields (all optional).
 * @param {string} baseUrl
 * @param {string} key an API key with `recordings:write`
 * @param {Record<string, unknown>} [fields] e.g. `{ source: "pstn", call_id, metadata: {} }`
 * @returns {Promise<import("../../src/schemas/recording").Recording>} the recording as the API returns it
 * @throws {Error} with the status, error_code, message and request_id of an error answer
 */
export async function createRecording(baseUrl, key, fields = {}) {
  return requestJson(baseUrl, "POST", "/v1/recordings", key, fields, 201);
}

/**
 * Uploads one media file to a recording as a raw body (Content-Length is set from the bytes).
 * @param {string} baseUrl
 * @param {string} key an API key with `recordings:write`
 * @param {string} recordingId
 * @param {Uint8Array} bytes
 * @param {{ contentType?: string, kind?: string, filename?: string, contentDigest?: string | boolean }} [options]
 *   contentDigest: `true` sends the correct `Content-Digest`, a string sends that header as is
 * @returns {Promise<{ id: string, kind: string, filename: string, content_type: string,
 *   byte_size: number, sha256: string, created_at: string }>} the media item
 * @throws {Error} with the status, error_code, message and request_id of an error answer
 */
export async function uploadMedia(baseUrl, key, recordingId, bytes, options = {}) {
  const { contentType = "application/octet-stream", kind, filename, contentDigest } = options;
  const query = new URLSearchParams();
  if (kind) query.set("kind", kind);
  if (filename) query.set("filename", filename);
  const search = query.size ? `?${query}` : "";
  /** @type {Record<string, string>} */
  const headers = { "Content-Type": contentType, "Content-Length": String(bytes.byteLength) };
  if (contentDigest) headers["Content-Digest"] = contentDigest === true ? sha256Digest(bytes) : contentDigest;
  const path = `/v1/recordings/${encodeURIComponent(recordingId)}/media${search}`;
  const response = await fetch(new URL(path, baseUrl), {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, ...headers },
    body: new Uint8Array(bytes), // a copy on its own ArrayBuffer, as fetch's BodyInit wants
  });
  return expectJson(response, "POST", path, 201);
}

/**
 * Makes a signed, expiring link to one media item (`POST /v1/recordings/{id}/download-url`).
 * @param {string} baseUrl
 * @param {string} key an API key with `recordings:read`
 * @param {string} recordingId
 * @param {{ media_id?: string, expires_in?: number, disposition?: "inline" | "attachment" }} [body]
 * @returns {Promise<{ download_url: string, media_id: string, content_type: string, file_size_bytes: number, expires_at: string }>}
 * @throws {Error} with the status, error_code, message and request_id of an error answer
 */
export async function createDownloadUrl(baseUrl, key, recordingId, body = {}) {
  return requestJson(baseUrl, "POST", `/v1/recordings/${encodeURIComponent(recordingId)}/download-url`, key, body, 200);
}

/**
 * Makes a signed, expiring share page for a recording (`GET /v1/recordings/{id}/url`).
 * @param {string} baseUrl
 * @param {string} key an API key with `recordings:read`
 * @param {string} recordingId
 * @param {number} [expiresIn] seconds, 60–604800 (default 3600)
 * @returns {Promise<{ url: string, expires_at: string }>}
 * @throws {Error} with the status, error_code, message and request_id of an error answer
 */
export async function createShareUrl(baseUrl, key, recordingId, expiresIn = 3600) {
  const path = `/v1/recordings/${encodeURIComponent(recordingId)}/url?expires_in=${expiresIn}`;
  const response = await fetch(new URL(path, baseUrl), { headers: { Authorization: `Bearer ${key}` } });
  return expectJson(response, "GET", path, 200);
}

/**
 * The RFC 9530 `Content-Digest` value for bytes: `sha-256=:<base64>:`.
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function sha256Digest(bytes) {
  return `sha-256=:${createHash("sha256").update(bytes).digest("base64")}:`;
}

/**
 * Sends a JSON body with a bearer token; the answer's JSON body when the status is the expected
 * one (not validated: T is what the caller documents the API to return).
 * @template T
 * @param {string} baseUrl
 * @param {string} method
 * @param {string} path
 * @param {string} token
 * @param {unknown} body
 * @param {number} expected the status of success
 * @returns {Promise<T>}
 * @throws {Error} with the status, error_code, message and request_id of any other answer
 */
async function requestJson(baseUrl, method, path, token, body, expected) {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return expectJson(response, method, path, expected);
}

/**
 * The JSON body when the status is the expected one; otherwise an Error describing the answer.
 * @template T
 * @param {Response} response
 * @param {string} method for the error message
 * @param {string} path for the error message
 * @param {number} expected
 * @returns {Promise<T>}
 */
async function expectJson(response, method, path, expected) {
  const text = await response.text();
  if (response.status === expected) return JSON.parse(text);
  let detail = text.slice(0, 500);
  try {
    const error = JSON.parse(text);
    detail = `${error.error_code}: ${error.message} (request_id ${error.request_id})`;
  } catch {
    // not JSON: keep the raw text
  }
  throw new Error(`${method} ${path} answered ${response.status}, expected ${expected}: ${detail}`);
}
