// The floor of the benchmarks, in modes chosen by path:
// - `POST /put`: the floor of the ingest benchmark, `MEDIA.put(key, request.body)` and nothing else
//   (no hashing, no length check, no D1), answered 201 with the key; `DELETE /put?key=…` removes
//   the object again between rounds;
// - `/`: one R2 read of a fixed object with the request's `Range: bytes=a-b`, answered as 206, and
//   nothing else (no auth, no D1, no validation);
// - `/d1/{recordingId}`: first the API's own media lookup (`findMediaForKey`, imported, so the SQL
//   cannot drift from the API's: the key by the SHA-256 of `Authorization: Bearer <key>`, joined
//   with the recording and its primary media), 404 unless it finds the media item, then the same
//   R2 read, in a D1 session as the API makes its reads. The D1 read is the one the API's contract makes unavoidable; the rest of the API's
//   work (routing, validation, authorization, headers) is left out.
// - `/lifecycle/…`: the lifecycle section's data set and its purge floor (bench/floor/lifecycle.ts).
// - `/concat?prefix=…`: the floor of a bulk ZIP. Every object under the prefix (one R2 list for their
//   sizes), read one after another and sent raw as one body with their total as Content-Length,
//   piped stream to stream inside the runtime: no D1, no ZIP headers, no JavaScript per chunk.
// - `/multipart…`: the tus section's floor, one R2 part per request (bench/floor/multipart.ts).
// - `/hash?impl=…&mib=N`: the tus section's SHA-256 alone, this one and the first (bench/floor/hash.ts).
import { findMediaForKey } from "../../src/db/media";
import { sha256Hex } from "../../src/lib/crypto";
import { hashFloor } from "./hash";
import { lifecycleFloor } from "./lifecycle";
import { multipartFloor } from "./multipart";

interface FloorEnv {
  MEDIA: R2Bucket;
  /** The API's local D1 (same database_id and --persist-to directory). */
  DB: D1Database;
  /** The R2 key of the object to read, passed with `--var OBJECT_KEY:<key>`. */
  OBJECT_KEY: string;
}

const BYTE_RANGE = /^bytes=(\d+)-(\d+)$/;
const D1_PATH = /^\/d1\/([^/]+)$/;
const BEARER = /^Bearer (\S+)$/;

/** The one D1 read of `/d1/{recordingId}`; true when it found the key, the recording and its media. */
async function lookUpMedia(request: Request, env: FloorEnv, recordingId: string): Promise<boolean> {
  const key = BEARER.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!key) return false;
  const row = await findMediaForKey(env.DB.withSession("first-unconstrained"), { column: "key_hash", value: await sha256Hex(key) }, recordingId);
  return Boolean(row?.id);
}

/** `POST /put`: a bare R2 put of the request body; `DELETE /put?key=…`: its removal. */
async function bare(request: Request, env: FloorEnv, url: URL): Promise<Response> {
  if (request.method === "DELETE") {
    await env.MEDIA.delete(url.searchParams.get("key") ?? "");
    return new Response(null, { status: 204 });
  }
  if (request.method !== "POST" || !request.body) return new Response("POST a body with Content-Length\n", { status: 400 });
  const key = `bench-floor/${crypto.randomUUID()}`;
  await env.MEDIA.put(key, request.body);
  return Response.json({ key }, { status: 201 });
}

/** The objects under `prefix`, concatenated as they are stored. */
async function concatenated(env: FloorEnv, prefix: string): Promise<Response> {
  const { objects } = await env.MEDIA.list({ prefix, limit: 1000 });
  const total = objects.reduce((sum, object) => sum + object.size, 0);
  const { readable, writable } = new FixedLengthStream(total);
  const pump = async () => {
    for (const { key } of objects) {
      const object = await env.MEDIA.get(key);
      if (!object) throw new Error(`${key} vanished`);
      await object.body.pipeTo(writable, { preventClose: true });
    }
    await writable.close();
  };
  pump().catch((err: unknown) => writable.abort(err).catch(() => undefined));
  return new Response(readable, { headers: { "Content-Type": "application/octet-stream" } });
}

export default {
  async fetch(request: Request, env: FloorEnv): Promise<Response> {
    const url = new URL(request.url);
    const { pathname } = url;
    if (pathname.startsWith("/lifecycle/")) return (await lifecycleFloor(request, env)) ?? new Response("unknown\n", { status: 404 });
    if (pathname === "/put") return bare(request, env, url);
    if (pathname === "/concat") return concatenated(env, url.searchParams.get("prefix") ?? "\u0000");
    if (pathname.startsWith("/multipart")) return multipartFloor(request, env.MEDIA, pathname);
    const hashed = hashFloor(url);
    if (hashed) return hashed;
    const d1 = D1_PATH.exec(pathname);
    if (pathname !== "/" && !d1) return new Response("GET /, /d1/{recordingId}, /concat?prefix=…, POST /put or /lifecycle/…\n", { status: 404 });
    const match = BYTE_RANGE.exec(request.headers.get("range") ?? "");
    if (!match) return new Response("send Range: bytes=a-b\n", { status: 400 });
    if (d1 && !(await lookUpMedia(request, env, d1[1]!))) return new Response("no such key or media\n", { status: 404 });
    const offset = Number(match[1]);
    const length = Number(match[2]) - offset + 1;
    const object = await env.MEDIA.get(env.OBJECT_KEY, { range: { offset, length } });
    if (!object) return new Response("object not found\n", { status: 404 });
    return new Response(object.body, {
      status: 206,
      headers: {
        "Content-Length": String(length),
        "Content-Range": `bytes ${offset}-${offset + length - 1}/${object.size}`,
        "Content-Type": object.httpMetadata?.contentType ?? "application/octet-stream",
      },
    });
  },
};
