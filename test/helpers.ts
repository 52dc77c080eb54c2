import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import { sliceKey } from "../src/edge/slice-cache";
import { sliceBytesFrom } from "../src/edge/slices";
import { withD1Session } from "../src/edge/session";
import { ApiError } from "../src/lib/errors";
import type { AppEnv } from "../src/lib/types";
import { ErrorSchema } from "../src/schemas/common";
import { assertConforms } from "./openapi-conformance";
import { RecordingPageSchema } from "../src/schemas/list";
import { MediaSchema, RecordingSchema, type Recording } from "../src/schemas/recording";
import type { Scope } from "../src/schemas/auth";
import { parseSigningKeys } from "../src/signing/keys";
import { signLink, type LinkClaims } from "../src/signing/links";

export const ADMIN_TOKEN = "test-admin-token";
export const ALL_SCOPES: Scope[] = ["recordings:read", "recordings:write", "recordings:delete"];

/**
 * `bindings` (the test's own by default) as the app's code sees them, `DB` a session at the primary:
 * for calling jobs and db/ functions directly, as the scheduled handler and the request middleware do.
 */
export function sessionEnv(bindings: Env = env): AppEnv {
  return withD1Session(bindings, "first-primary");
}

/**
 * Sends a request through the Worker's own fetch handler (real local D1 and R2 behind it), and fails
 * the test when the response does not match the OpenAPI document (route, status, headers, body).
 */
export async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(`http://api.test${path}`, init);
  const response = await exports.default.fetch(request.clone());
  await assertConforms(request, response);
  return response;
}

/** `init` with a JSON body and an auth header. */
export function withJson(method: string, body: unknown, auth?: string): RequestInit {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (auth) headers.authorization = auth;
  return { method, headers, body: JSON.stringify(body) };
}

export const bearer = (key: string) => `Bearer ${key}`;
export const admin = bearer(ADMIN_TOKEN);

export interface Tenant {
  accountId: string;
  key: string;
  keyId: string;
  auth: string;
}

/** A fresh account with one key (all scopes unless told otherwise). */
export async function createTenant(scopes: Scope[] = ALL_SCOPES, name = "Tenant"): Promise<Tenant> {
  const account = await api("/v1/admin/accounts", withJson("POST", { name }, admin));
  expect(account.status).toBe(201);
  const { id: accountId } = (await account.json()) as { id: string };
  return addKey(accountId, scopes);
}

/** Another key for an existing account. */
export async function addKey(accountId: string, scopes: Scope[]): Promise<Tenant> {
  const res = await api(`/v1/admin/accounts/${accountId}/keys`, withJson("POST", { name: "test", scopes }, admin));
  expect(res.status).toBe(201);
  const { id: keyId, key } = (await res.json()) as { id: string; key: string };
  return { accountId, key, keyId, auth: bearer(key) };
}

/** Creates a recording and returns it parsed through the response schema. */
export async function createRecording(tenant: Tenant, fields: Record<string, unknown> = {}): Promise<Recording> {
  const res = await api("/v1/recordings", withJson("POST", fields, tenant.auth));
  expect(res.status).toBe(201);
  return RecordingSchema.parse(await res.json());
}

/** Uploads bytes as a media item of a recording. */
export async function uploadMedia(
  tenant: Tenant,
  recordingId: string,
  bytes: Uint8Array,
  { contentType = "audio/wav", query = "", headers = {} }: { contentType?: string; query?: string; headers?: Record<string, string> } = {},
) {
  const res = await api(`/v1/recordings/${recordingId}/media${query}`, {
    method: "POST",
    headers: { authorization: tenant.auth, "content-type": contentType, "content-length": String(bytes.byteLength), ...headers },
    body: bytes,
  });
  return res;
}

/** Uploads and expects 201; returns the media item. */
export async function uploaded(tenant: Tenant, recordingId: string, bytes: Uint8Array, contentType = "audio/wav") {
  const res = await uploadMedia(tenant, recordingId, bytes, { contentType });
  expect(res.status).toBe(201);
  return MediaSchema.parse(await res.json());
}

/** Asserts the contract's error shape, status and code; returns the parsed body. */
export async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = ErrorSchema.parse(await res.json());
  expect(body.error_code).toBe(code);
  expect(body.request_id).toBe(res.headers.get("x-request-id"));
  return body;
}

/** Deterministic test bytes of a given size. */
export function bytesOf(size: number, seed = 7): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

/** Hex SHA-256 of bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Base64 SHA-256 of bytes, as Content-Digest carries it. */
export async function sha256Base64(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return btoa(String.fromCharCode(...digest));
}

/** The whole body of a response as bytes. */
export async function responseBytes(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer());
}

/** A stream of `bytes` as one chunk: a body the runtime sends without a Content-Length. */
export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** The R2 key prefix under which a recording's media objects are stored. */
export function recordingObjectPrefix(accountId: string, recordingId: string): string {
  return `accounts/${accountId}/recordings/${recordingId}/`;
}

/** `Authorization: Basic base64(<account_id>:<key>)`. */
export function basic(accountId: string, key: string): string {
  return `Basic ${btoa(`${accountId}:${key}`)}`;
}

/** A GET (or another method without a body) with an optional auth header and other headers. */
export function send(path: string, auth?: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return api(path, { method, headers: auth ? { authorization: auth, ...headers } : headers });
}

/** Waits `ms` milliseconds, so that the next timestamp the Worker writes is later than the last. */
export function pause(ms = 3): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type RecordingPage = ReturnType<typeof RecordingPageSchema.parse>;

/** One page of a tenant's recordings (`query` is the query string without `?`), parsed through the page schema. */
export async function listPage(tenant: Tenant, query = ""): Promise<RecordingPage> {
  const res = await send(`/v1/recordings${query ? `?${query}` : ""}`, tenant.auth);
  expect(res.status).toBe(200);
  return RecordingPageSchema.parse(await res.json());
}

/**
 * Puts a recording in the trash straight through D1, with a chosen time and key, as
 * `DELETE /v1/recordings/{id}` does with the current ones.
 */
export async function trashDirectly(recordingId: string, deletedAt = new Date().toISOString(), deletedBy: string | null = null) {
  const result = await env.DB.prepare("UPDATE recordings SET deleted_at = ?2, deleted_by = ?3 WHERE id = ?1")
    .bind(recordingId, deletedAt, deletedBy)
    .run();
  // D1 counts the usage triggers' changes too.
  expect(result.meta.changes).toBeGreaterThanOrEqual(1);
}

/** The signed links' path and query (the test Worker's origin is http://api.test). */
export function linkPath(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin).toBe("http://api.test");
  return parsed.pathname + parsed.search;
}

/** `POST /v1/recordings/{id}/download-url` that must succeed; returns the answer. */
export async function downloadUrl(tenant: Tenant, recordingId: string, body: Record<string, unknown> = {}) {
  const res = await api(`/v1/recordings/${recordingId}/download-url`, withJson("POST", body, tenant.auth));
  expect(res.status).toBe(200);
  return (await res.json()) as { download_url: string; media_id: string; content_type: string; file_size_bytes: number; expires_at: string };
}

/** Signs a link with the test Worker's own keys (or others), e.g. one that has already expired. */
export async function signTestLink(claims: LinkClaims, keysText: string = env.SIGNING_KEYS): Promise<string> {
  return (await signLink(parseSigningKeys(keysText), claims)).pathAndQuery;
}

/** `DELETE /v1/recordings/{id}` (`query` such as `?permanent=true`). */
export function deleteRecording(tenant: Tenant, id: string, query = ""): Promise<Response> {
  return send(`/v1/recordings/${id}${query}`, tenant.auth, { method: "DELETE" });
}

/** `POST /v1/recordings/{id}/restore`. */
export function restoreRecording(tenant: Tenant, id: string): Promise<Response> {
  return send(`/v1/recordings/${id}/restore`, tenant.auth, { method: "POST" });
}

/** `POST /v1/recordings/bulk-delete` with `body`. */
export function bulkDelete(tenant: Tenant, body: unknown): Promise<Response> {
  return api("/v1/recordings/bulk-delete", withJson("POST", body, tenant.auth));
}

/** The keys of every object stored for a recording, sorted. */
export async function objectKeys(accountId: string, recordingId: string): Promise<string[]> {
  const listed = await env.MEDIA.list({ prefix: recordingObjectPrefix(accountId, recordingId) });
  return listed.objects.map((o) => o.key).sort();
}

/** The recording's row and media rows as D1 holds them (null and [] when purged). */
export async function storedRows(recordingId: string) {
  const recording = await env.DB.prepare("SELECT id, status, deleted_at, deleted_by FROM recordings WHERE id = ?1")
    .bind(recordingId)
    .first<{ id: string; status: string; deleted_at: string | null; deleted_by: string | null }>();
  const { results: media } = await env.DB.prepare("SELECT r2_key FROM media WHERE recording_id = ?1 ORDER BY r2_key")
    .bind(recordingId)
    .all<{ r2_key: string }>();
  return { recording, mediaKeys: media.map((m) => m.r2_key) };
}

/**
 * The life-cycle invariant for a recording: its row exists exactly when its media objects are all
 * in R2 (every media row's object present, no object without a row), or it is gone with no object
 * left but ones still queued for removal. Returns which of the two.
 */
export async function expectWholeOrGone(accountId: string, recordingId: string): Promise<"whole" | "gone"> {
  const { recording, mediaKeys } = await storedRows(recordingId);
  const objects = await objectKeys(accountId, recordingId);
  if (recording) {
    expect(objects).toEqual(mediaKeys);
    return "whole";
  }
  expect(mediaKeys).toEqual([]);
  const { results } = await env.DB.prepare("SELECT r2_key FROM purge_queue").all<{ r2_key: string }>();
  const queued = new Set(results.map((r) => r.r2_key));
  expect(objects.filter((key) => !queued.has(key))).toEqual([]);
  return "gone";
}

/** `count` complete recordings, each with one WAV media item of `size` bytes (distinct per recording); their ids. */
export async function recordingsWithMedia(tenant: Tenant, count: number, size = 1000): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(size + i, i));
    ids.push(recording.id);
  }
  return ids;
}

/** The ApiError that `fn` throws (fails the test when it throws nothing, or something else). */
export function thrownApiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error("Expected an ApiError, but nothing was thrown");
}

/** Reads a media item whole through the API once, and waits until the colo cache holds every slice of it. */
export async function warmMediaCache(path: string, auth: string, media: { id: string; sha256: string; byte_size: number }): Promise<void> {
  expect((await api(path, { headers: { authorization: auth } })).status).toBe(200);
  const sliceBytes = sliceBytesFrom(env.MEDIA_CACHE_SLICE_BYTES);
  for (let index = 0; index * sliceBytes < media.byte_size; index++) {
    const key = sliceKey({ origin: "http://api.test", sliceBytes }, { mediaId: media.id, sha256: media.sha256 }, index);
    for (let tries = 0; !(await caches.default.match(key)); tries++) {
      if (tries > 200) throw new Error(`slice ${index} of ${media.id} never reached the cache`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
