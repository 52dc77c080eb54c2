/**
 * The expected answer of every operation in the OpenAPI document to each credential (a key restricted
 * to room A, a token restricted to room A, an unrestricted key) against a recording in room A, one in
 * room B of the same account, and one of another account. A new operation gets a line here, or the
 * matrix test fails. Most lines are `scoped(request, ok)`: `ok` where the credential may see the
 * recording, exactly 404 (the recording's error) where it may not.
 */
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { createApp } from "../../src/app";
import { assertConforms } from "../openapi-conformance";
import { EventPageSchema } from "../../src/schemas/events";
import { RecordingPageSchema } from "../../src/schemas/list";
import type { Media, Recording } from "../../src/schemas/recording";
import { api, bytesOf, linkPath, send, withJson, type Tenant } from "../helpers";
import { TUS } from "../tus-helpers";

export type Credential = "restricted key" | "room token" | "unrestricted key";
export type Target = "room A" | "room B" | "other account";

/** One cell's world: the target recording (with one audio item and one unfinished upload), its owner. */
export interface Fixture {
  recording: Recording;
  media: Media;
  uploadPath: string;
  owner: Tenant;
  auth: string;
  credential: Credential;
  target: Target;
}

/** Whether the credential may reach the target at all. */
export const visible = (f: Pick<Fixture, "credential" | "target">) =>
  f.target === "room A" || (f.target === "room B" && f.credential === "unrestricted key");

export interface Case {
  /** Sends the operation's request for the fixture (`method` is the operation's: HEAD reuses GET's case). */
  send(f: Fixture, method: string): Promise<Response>;
  expect(f: Fixture): number;
  /** More checks on the answer (bodies, the links it made), for cells that answered as expected. */
  check?(res: Response, f: Fixture): Promise<void>;
}

const app = createApp();

/**
 * `api`, through the app's own fetch in this isolate: a 200 without a body (the tus GET) crosses the
 * Worker's service boundary as an empty stream, which the response check would take for a body.
 */
async function direct(path: string, init: RequestInit): Promise<Response> {
  const request = new Request(`http://api.test${path}`, init);
  const response = await app.fetch(request.clone(), env, createExecutionContext());
  await assertConforms(request, response);
  return response;
}

const json = (method: string, path: string, body: unknown, auth: string) => api(path, withJson(method, body, auth));
const rec = (f: Fixture) => `/v1/recordings/${f.recording.id}`;

/** `ok` where the credential reaches the recording, 404 where it does not. */
function scoped(send: Case["send"], ok: number, check?: Case["check"]): Case {
  return { send, expect: (f) => (visible(f) ? ok : 404), check };
}

/** The same answer for every cell (routes that do not depend on the credential's reach). */
function always(send: Case["send"], status: number): Case {
  return { send, expect: () => status };
}

/** A signed link answered 200 when opened. */
async function linkWorks(res: Response, key: "download_url" | "url") {
  const body = (await res.clone().json()) as Record<string, string>;
  expect((await send(linkPath(body[key]!))).status).toBe(200);
}

/** A bulk answer: 204 when the recording was reached; 200 with it failed as not found otherwise. */
function bulk(path: string): Case {
  return {
    send: (f) => json("POST", path, { recording_ids: [f.recording.id] }, f.auth),
    expect: (f) => (visible(f) ? 204 : 200),
    check: async (res, f) => {
      if (res.status === 200) expect(((await res.json()) as { failed: { error_code: string }[] }).failed[0]?.error_code).toBe("RECORDING_NOT_FOUND");
    },
  };
}

const tusHeaders = (f: Fixture, more: Record<string, string> = {}) => ({ authorization: f.auth, ...TUS, ...more });

export const CASES: Record<string, Case> = {
  "POST /v1/admin/accounts": always((f) => json("POST", "/v1/admin/accounts", { name: "x" }, f.auth), 401),
  "POST /v1/admin/accounts/{account_id}/keys": always(
    (f) => json("POST", `/v1/admin/accounts/${f.owner.accountId}/keys`, { name: "x", scopes: ["recordings:read"] }, f.auth),
    401,
  ),
  "DELETE /v1/admin/keys/{key_id}": always((f) => send(`/v1/admin/keys/${f.owner.keyId}`, f.auth, { method: "DELETE" }), 401),
  "POST /v1/access-tokens": always((f) => json("POST", "/v1/access-tokens", { scopes: ["recordings:read"] }, f.auth), 201),
  "POST /v1/recordings": {
    send: (f) => json("POST", "/v1/recordings", { room_id: f.recording.room_id }, f.auth),
    // A restricted credential creates in its own room only; room A of another account is a room name like any.
    expect: (f) => (f.credential === "unrestricted key" || f.target !== "room B" ? 201 : 422),
    check: async (res, f) => expect(((await res.json()) as Recording).room_id).toBe(f.recording.room_id),
  },
  "GET /v1/recordings": {
    send: (f, method) => send(`/v1/recordings?room_id=${f.recording.room_id}`, f.auth, { method }),
    expect: () => 200,
    check: async (res, f) => {
      if (res.headers.get("content-length") === "0" || !res.body) return; // HEAD
      const ids = RecordingPageSchema.parse(await res.json()).data.map((r) => r.id);
      expect(ids.includes(f.recording.id)).toBe(visible(f));
    },
  },
  "GET /v1/recordings/{id}": scoped((f, method) => send(rec(f), f.auth, { method }), 200),
  "PATCH /v1/recordings/{id}": scoped((f) => json("PATCH", rec(f), { metadata: { touched: true } }, f.auth), 200),
  "DELETE /v1/recordings/{id}": scoped((f) => send(rec(f), f.auth, { method: "DELETE" }), 204),
  "POST /v1/recordings/{id}/restore": scoped((f) => send(`${rec(f)}/restore`, f.auth, { method: "POST" }), 200),
  "POST /v1/recordings/bulk-delete": bulk("/v1/recordings/bulk-delete"),
  "POST /v1/recordings/bulk-restore": bulk("/v1/recordings/bulk-restore"),
  "POST /v1/recordings/{id}/media": scoped(
    (f) => api(`${rec(f)}/media`, { method: "POST", headers: { authorization: f.auth, "content-type": "audio/wav", "content-length": "8" }, body: bytesOf(8) }),
    201,
  ),
  "GET /v1/recordings/{id}/media": scoped((f, method) => send(`${rec(f)}/media`, f.auth, { method }), 200),
  "GET /v1/recordings/{id}/media/{media_id}": scoped((f, method) => send(`${rec(f)}/media/${f.media.id}`, f.auth, { method }), 200),
  "POST /v1/recordings/{id}/download-url": scoped((f) => json("POST", `${rec(f)}/download-url`, {}, f.auth), 200, (res) => linkWorks(res, "download_url")),
  "GET /v1/recordings/{id}/url": scoped((f, method) => send(`${rec(f)}/url`, f.auth, { method }), 200, async (res) => {
    if (res.body) await linkWorks(res, "url");
  }),
  "POST /v1/recordings/bulk-download": scoped((f) => json("POST", "/v1/recordings/bulk-download", { recording_ids: [f.recording.id] }, f.auth), 200),
  "GET /v1/recordings/download": scoped((f, method) => send(`/v1/recordings/download?recording_ids=${f.recording.id}`, f.auth, { method }), 200),
  "POST /v1/recordings/bulk-download-url": scoped(
    (f) => json("POST", "/v1/recordings/bulk-download-url", { recording_ids: [f.recording.id] }, f.auth),
    200,
    (res) => linkWorks(res, "download_url"),
  ),
  // Signed paths take no API credentials: the signature is the only way in (links made above are opened there).
  "GET /v1/signed/zip": always((f, method) => send(`/v1/signed/zip?account=${f.owner.accountId}&recording_ids=${f.recording.id}`, f.auth, { method }), 403),
  "OPTIONS /v1/signed/zip": always((f) => send("/v1/signed/zip", f.auth, { method: "OPTIONS" }), 204),
  "GET /v1/signed/media/{recording_id}/{media_id}": always((f, method) => send(`/v1/signed/media/${f.recording.id}/${f.media.id}`, f.auth, { method }), 403),
  "OPTIONS /v1/signed/media/{recording_id}/{media_id}": always((f) => send(`/v1/signed/media/${f.recording.id}/${f.media.id}`, f.auth, { method: "OPTIONS" }), 204),
  "GET /v1/signed/share/{recording_id}/{media_id}": always((f, method) => send(`/v1/signed/share/${f.recording.id}/${f.media.id}`, f.auth, { method }), 403),
  "OPTIONS /v1/signed/share/{recording_id}/{media_id}": always((f) => send(`/v1/signed/share/${f.recording.id}/${f.media.id}`, f.auth, { method: "OPTIONS" }), 204),
  "OPTIONS /v1/recordings/{id}/uploads": always((f) => api(`${rec(f)}/uploads`, { method: "OPTIONS", headers: tusHeaders(f) }), 204),
  "POST /v1/recordings/{id}/uploads": scoped((f) => api(`${rec(f)}/uploads`, { method: "POST", headers: tusHeaders(f, { "upload-length": "4" }) }), 201),
  "GET /v1/recordings/{id}/uploads/{upload_id}": scoped((f, method) => direct(f.uploadPath, { method, headers: tusHeaders(f) }), 200),
  "PATCH /v1/recordings/{id}/uploads/{upload_id}": scoped(
    (f) =>
      api(f.uploadPath, {
        method: "PATCH",
        headers: tusHeaders(f, { "upload-offset": "0", "content-type": "application/offset+octet-stream", "content-length": "4" }),
        body: bytesOf(4),
      }),
    204,
  ),
  "DELETE /v1/recordings/{id}/uploads/{upload_id}": scoped((f) => api(f.uploadPath, { method: "DELETE", headers: tusHeaders(f) }), 204),
  // The account as a whole: any unrestricted credential; one restricted to a room is refused (403).
  "GET /v1/account": { send: (f, method) => send("/v1/account", f.auth, { method }), expect: (f) => (f.credential === "unrestricted key" ? 200 : 403) },
  "GET /v1/account/usage": { send: (f, method) => send("/v1/account/usage", f.auth, { method }), expect: (f) => (f.credential === "unrestricted key" ? 200 : 403) },
  "PATCH /v1/account": always((f) => json("PATCH", "/v1/account", { retention_days: null }, f.auth), 403), // no account:manage
  "PUT /v1/account/legal-hold": {
    send: async (f) => {
      const res = await json("PUT", "/v1/account/legal-hold", { reason: "matrix" }, f.auth);
      if (res.status === 200) expect((await send("/v1/account/legal-hold", f.auth, { method: "DELETE" })).status).toBe(204);
      return res;
    },
    expect: (f) => (f.credential === "unrestricted key" ? 200 : 403),
  },
  "DELETE /v1/account/legal-hold": { send: (f) => send("/v1/account/legal-hold", f.auth, { method: "DELETE" }), expect: (f) => (f.credential === "unrestricted key" ? 404 : 403) },
  "PATCH /v1/admin/accounts/{account_id}": always((f) => json("PATCH", `/v1/admin/accounts/${f.owner.accountId}`, { max_recordings: 1 }, f.auth), 401),
  "PUT /v1/recordings/{id}/legal-hold": scoped((f) => json("PUT", `${rec(f)}/legal-hold`, { reason: "matrix" }, f.auth), 200),
  "DELETE /v1/recordings/{id}/legal-hold": scoped(async (f) => {
    // Held by its owner first, so that a release that reaches it answers 204.
    expect((await json("PUT", `${rec(f)}/legal-hold`, { reason: "matrix" }, f.owner.auth)).status).toBe(200);
    return send(`${rec(f)}/legal-hold`, f.auth, { method: "DELETE" });
  }, 204),
  "GET /v1/events": {
    send: (f, method) => send("/v1/events?limit=100", f.auth, { method }),
    expect: () => 200,
    check: async (res, f) => {
      if (!res.body || res.headers.get("content-length") === "0") return; // HEAD
      const rooms = EventPageSchema.parse(await res.json()).data.map((e) => (e.data.recording as { room_id: string } | undefined)?.room_id);
      if (f.credential !== "unrestricted key") expect(rooms.filter((room) => room !== "room-a")).toEqual([]);
    },
  },
  // The matrix's credentials hold the recordings scopes only; managing webhooks needs webhooks:manage (and no restriction).
  ...webhookCases(403),
  "GET /": always((f, method) => send("/", f.auth, { method }), 200),
  "GET /openapi.json": always((f, method) => send("/openapi.json", f.auth, { method }), 200),
  "GET /docs": always((f, method) => send("/docs", f.auth, { method }), 200),
  "GET /docs/{file}": always((f, method) => send("/docs/init.js", f.auth, { method }), 200),
  "GET /docs/vendor/swagger-ui/{file}": always((f, method) => send("/docs/vendor/swagger-ui/swagger-ui.css", f.auth, { method }), 200),
};

/** Every webhooks operation, answering `status` for every cell. */
function webhookCases(status: number): Record<string, Case> {
  const hook = `/v1/webhooks/${crypto.randomUUID()}`;
  const post = (path: string) => (f: Fixture) => send(path, f.auth, { method: "POST" });
  return {
    "POST /v1/webhooks": always((f) => json("POST", "/v1/webhooks", { url: "https://example.com/h" }, f.auth), status),
    "GET /v1/webhooks": always((f, method) => send("/v1/webhooks", f.auth, { method }), status),
    "GET /v1/webhooks/{id}": always((f, method) => send(hook, f.auth, { method }), status),
    "PATCH /v1/webhooks/{id}": always((f) => json("PATCH", hook, { enabled: true }, f.auth), status),
    "DELETE /v1/webhooks/{id}": always((f) => send(hook, f.auth, { method: "DELETE" }), status),
    "POST /v1/webhooks/{id}/rotate-secret": always(post(`${hook}/rotate-secret`), status),
    "POST /v1/webhooks/{id}/test": always(post(`${hook}/test`), status),
    "GET /v1/webhooks/{id}/deliveries": always((f, method) => send(`${hook}/deliveries`, f.auth, { method }), status),
    "POST /v1/webhooks/{id}/deliveries/{delivery_id}/retry": always(post(`${hook}/deliveries/dlv_${"0".repeat(32)}/retry`), status),
  };
}

/** The case of an operation of the document (`HEAD x` is `GET x`'s), or undefined. */
export function caseFor(operation: string): Case | undefined {
  return CASES[operation] ?? CASES[operation.replace(/^HEAD /, "GET ")];
}
