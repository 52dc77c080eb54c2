/// <reference types="vite/client" />
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { runScheduledJobs } from "../../src/jobs";
import { RecordingSchema } from "../../src/schemas/recording";
import {
  admin, api, bytesOf, createRecording, createTenant, downloadUrl, expectError, linkPath, send, uploaded, withJson,
} from "../helpers";
import { assertConforms } from "../openapi-conformance";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;
const app = createApp();

/** The D1 binding that answers only through sessions, recording where each one started. */
function sessionsOnly(db: D1Database, starts: string[]): D1Database {
  return new Proxy(db, {
    get(target, name) {
      if (name === "withSession") {
        return (start: string) => {
          starts.push(start);
          return target.withSession(start);
        };
      }
      return () => {
        throw new Error(`D1 ${String(name)} called on the binding itself, not on the request's session`);
      };
    },
  });
}

/** Sends a request through the app with that binding; returns the response and the sessions it opened. */
async function throughSessionsOnly(path: string, init: RequestInit = {}) {
  const starts: string[] = [];
  const request = new Request(`http://api.test${path}`, init);
  const ctx = createExecutionContext();
  const res = await app.fetch(request.clone(), { ...env, DB: sessionsOnly(env.DB, starts) }, ctx);
  await waitOnExecutionContext(ctx);
  await assertConforms(request, res.clone());
  return { res, starts };
}

describe("the request's D1 session", () => {
  it("returns a bookmark from a write that a later read sends back, and the read sees the write", async () => {
    const tenant = await createTenant();
    const created = await api("/v1/recordings", withJson("POST", { room_id: "bookmarked" }, tenant.auth));
    expect(created.status).toBe(201);
    const bookmark = created.headers.get("x-d1-bookmark") ?? "";
    expect(bookmark).toMatch(BOOKMARK);
    const { id } = RecordingSchema.parse(await created.json());

    const read = await send(`/v1/recordings/${id}`, tenant.auth, { headers: { "X-D1-Bookmark": bookmark } });
    expect(read.status).toBe(200);
    expect(RecordingSchema.parse(await read.json()).room_id).toBe("bookmarked");
    const after = read.headers.get("x-d1-bookmark") ?? "";
    expect(after).toMatch(BOOKMARK);
    expect(after >= bookmark).toBe(true); // fixed-width hex: never earlier than the one sent
  });

  it("puts a bookmark on every response, errors included", async () => {
    const tenant = await createTenant();
    const responses = [
      await send("/v1/recordings"),
      await send("/v1/recordings", tenant.auth),
      await send("/v1/no-such-route", tenant.auth),
      await send(`/v1/recordings/${crypto.randomUUID()}`, tenant.auth),
      await send("/v1/recordings?limit=0", tenant.auth),
    ];
    expect(responses.map((r) => r.status)).toEqual([401, 200, 404, 404, 422]);
    for (const res of responses) expect(res.headers.has("x-d1-bookmark")).toBe(true);
    expect(responses[1]!.headers.get("x-d1-bookmark")).toMatch(BOOKMARK);
  });

  it("answers 422 VALIDATION_ERROR for a malformed or too long bookmark, and stores nothing", async () => {
    const tenant = await createTenant();
    const before = await send("/v1/recordings?limit=100", tenant.auth);
    const bookmark = before.headers.get("x-d1-bookmark") ?? "";
    for (const bad of ["garbage", `${bookmark}0`, `A${bookmark.slice(1)}`, `${bookmark}, ${bookmark}`, "x".repeat(5000)]) {
      const res = await api("/v1/recordings", {
        ...withJson("POST", { room_id: "never-stored" }, tenant.auth),
        headers: { ...withJson("POST", {}, tenant.auth).headers, "X-D1-Bookmark": bad },
      });
      const body = await expectError(res, 422, "VALIDATION_ERROR");
      expect(body.details?.[0]?.loc).toEqual(["header", "X-D1-Bookmark"]);
      expect(res.headers.get("x-d1-bookmark")).toBe("");
      expect(res.headers.get("x-request-id")).toBeTruthy();
    }
    const list = await (await send("/v1/recordings?limit=100", tenant.auth)).json<{ data: unknown[] }>();
    expect(list.data).toHaveLength(0);
  });

  it("treats an empty bookmark as none", async () => {
    const tenant = await createTenant();
    const res = await send("/v1/recordings", tenant.auth, { headers: { "X-D1-Bookmark": " " } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-d1-bookmark")).toMatch(BOOKMARK);
  });

  it("lets a browser read the bookmark of a signed response, and send one in a preflighted request", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const media = await uploaded(tenant, recording.id, bytesOf(100));
    const link = linkPath((await downloadUrl(tenant, recording.id, { media_id: media.id })).download_url);
    const res = await send(link, undefined, { headers: { origin: "https://player.example" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-expose-headers")).toContain("X-D1-Bookmark");
    expect(res.headers.get("x-d1-bookmark")).toMatch(BOOKMARK);
    const preflight = await send(link, undefined, { method: "OPTIONS", headers: { origin: "https://player.example" } });
    expect(preflight.headers.get("access-control-allow-headers")).toContain("X-D1-Bookmark");
  });
});

describe("no query goes around the session", () => {
  it("serves every kind of request with a binding that refuses queries made outside a session", async () => {
    const tenant = await createTenant();
    const auth = { authorization: tenant.auth };
    const created = await throughSessionsOnly("/v1/recordings", withJson("POST", { room_id: "s" }, tenant.auth));
    expect(created.res.status).toBe(201);
    const { id } = RecordingSchema.parse(await created.res.json());
    const bytes = bytesOf(300);
    const upload = await throughSessionsOnly(`/v1/recordings/${id}/media`, {
      method: "POST", headers: { ...auth, "content-type": "audio/wav", "content-length": "300" }, body: bytes,
    });
    expect(upload.res.status).toBe(201);
    const { id: mediaId } = await upload.res.json<{ id: string }>();
    const signed = await throughSessionsOnly(`/v1/recordings/${id}/download-url`, withJson("POST", { media_id: mediaId }, tenant.auth));
    const link = linkPath((await signed.res.json<{ download_url: string }>()).download_url);
    const reads = [
      await throughSessionsOnly("/v1/recordings", { headers: auth }),
      await throughSessionsOnly(`/v1/recordings/${id}`, { headers: auth }),
      await throughSessionsOnly(`/v1/recordings/${id}/media/${mediaId}`, { headers: { ...auth, range: "bytes=0-9" } }),
      await throughSessionsOnly(link, { headers: { range: "bytes=5-" } }),
      await throughSessionsOnly(`/v1/recordings/download?recording_ids=${id}`, { headers: auth }),
    ];
    expect(reads.map((r) => r.res.status)).toEqual([200, 200, 206, 206, 200]);
    const removed = await throughSessionsOnly(`/v1/recordings/${id}`, { method: "DELETE", headers: auth });
    expect(removed.res.status).toBe(204);
    const revoked = await throughSessionsOnly(`/v1/admin/keys/${tenant.keyId}`, { method: "DELETE", headers: { authorization: admin } });
    expect(revoked.res.status).toBe(204);
    for (const r of [created, upload, signed, ...reads, removed, revoked]) expect(r.starts).toHaveLength(1);
  });

  it("starts writes and admin requests at the primary, reads at a replica or at the bookmark sent", async () => {
    const tenant = await createTenant();
    const write = await throughSessionsOnly("/v1/recordings", withJson("POST", {}, tenant.auth));
    const bookmark = write.res.headers.get("x-d1-bookmark") ?? "";
    const read = await throughSessionsOnly("/v1/recordings", { headers: { authorization: tenant.auth } });
    const bookmarked = await throughSessionsOnly("/v1/recordings", { headers: { authorization: tenant.auth, "X-D1-Bookmark": bookmark } });
    const adminCall = await throughSessionsOnly("/v1/admin/accounts", withJson("POST", { name: "x" }, admin));
    expect([write.starts, read.starts, bookmarked.starts, adminCall.starts]).toEqual([
      ["first-primary"], ["first-unconstrained"], [bookmark], ["first-primary"],
    ]);
  });

  it("runs the scheduled jobs in sessions at the primary", async () => {
    const starts: string[] = [];
    await runScheduledJobs({ ...env, DB: sessionsOnly(env.DB, starts) }, new Date());
    expect(starts.length).toBeGreaterThan(0);
    expect(new Set(starts)).toEqual(new Set(["first-primary"]));
  });

  it("keeps D1 bindings, sessions and the global env out of the app's code but for the one session module", async () => {
    const sources = import.meta.glob("../../src/**/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    const offenders = Object.entries(sources)
      .filter(([path]) => !path.endsWith("/edge/session.ts") && !path.endsWith("/index.ts"))
      .filter(([, text]) => /\bD1Database\b(?!Session)|\.withSession\(|from "cloudflare:workers"/.test(text.replace(/^\s*(\/\/|\*).*$/gm, "")))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });
});
