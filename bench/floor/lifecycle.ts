// The lifecycle benchmark's helpers in the floor Worker (paths under /lifecycle/):
// - `POST /lifecycle/seed`: writes a batch of recordings straight into D1 (and, with `media`, one small
//   R2 object each plus its media row), keyed exactly as the API keys them: the data set, not a
//   measurement;
// - `POST /lifecycle/put`: stores objects under given keys (the floor's own data set);
// - `POST /lifecycle/delete`: the floor itself, only the R2 work of a purge: multi-key deletes of
//   the given keys, 1,000 per call;
// - `GET /lifecycle/count?account=`: how many of the account's recordings are in the trash, and live.
import { deleteMediaObjects, mediaObjectKey } from "../../src/storage/media-objects";

interface LifecycleEnv {
  MEDIA: R2Bucket;
  DB: D1Database;
}

interface SeedRequest {
  accountId: string;
  keyId: string;
  ids: string[];
  /** null: live; an ISO time: in the trash since then */
  deletedAt: string | null;
  /** When they were created (default now): the account retention goes by it. */
  createdAt?: string;
  media: boolean;
}

const OBJECT = new Uint8Array(1024).fill(7);
const PUTS_AT_ONCE = 16;

async function putAll(bucket: R2Bucket, keys: string[]): Promise<void> {
  for (let at = 0; at < keys.length; at += PUTS_AT_ONCE) {
    await Promise.all(keys.slice(at, at + PUTS_AT_ONCE).map((key) => bucket.put(key, OBJECT)));
  }
}

async function seed(env: LifecycleEnv, body: SeedRequest): Promise<Response> {
  const now = body.createdAt ?? new Date().toISOString();
  const rows = body.ids.map((id) => {
    const mediaId = crypto.randomUUID();
    return { id, mediaId, key: mediaObjectKey(body.accountId, id, mediaId) };
  });
  const statements = [
    env.DB.prepare(
      `INSERT INTO recordings (id, account_id, source, status, metadata, created_at, updated_at, deleted_at, deleted_by)
       SELECT json_extract(value, '$.id'), ?2, 'other', 'complete', '{}', ?3, ?3, ?4, ?5 FROM json_each(?1)`,
    ).bind(JSON.stringify(rows), body.accountId, now, body.deletedAt, body.deletedAt ? body.keyId : null),
  ];
  if (body.media) {
    await putAll(env.MEDIA, rows.map((r) => r.key));
    statements.push(
      env.DB.prepare(
        `INSERT INTO media (id, recording_id, account_id, kind, filename, content_type, byte_size, sha256, crc32, r2_key, created_at)
         SELECT json_extract(value, '$.mediaId'), json_extract(value, '$.id'), ?2, 'audio', 'bench.wav', 'audio/wav', ?3, ?4, 0,
           json_extract(value, '$.key'), ?5 FROM json_each(?1)`,
      ).bind(JSON.stringify(rows), body.accountId, OBJECT.byteLength, "0".repeat(64), now),
    );
  }
  await env.DB.batch(statements);
  return Response.json({ seeded: rows.length });
}

/** Answers `/lifecycle/*`, or null for other paths. */
export async function lifecycleFloor(request: Request, env: LifecycleEnv): Promise<Response | null> {
  const url = new URL(request.url);
  if (request.method === "POST" && url.pathname === "/lifecycle/seed") return seed(env, await request.json());
  if (request.method === "POST" && url.pathname === "/lifecycle/put") {
    await putAll(env.MEDIA, await request.json());
    return new Response(null, { status: 204 });
  }
  if (request.method === "POST" && url.pathname === "/lifecycle/delete") {
    await deleteMediaObjects(env.MEDIA, await request.json());
    return new Response(null, { status: 204 });
  }
  if (request.method === "GET" && url.pathname === "/lifecycle/count") {
    const row = await env.DB.prepare(
      "SELECT count(*) FILTER (WHERE deleted_at IS NOT NULL) AS trashed, count(*) FILTER (WHERE deleted_at IS NULL) AS live FROM recordings WHERE account_id = ?1",
    )
      .bind(url.searchParams.get("account"))
      .first<{ trashed: number; live: number }>();
    return Response.json({ trashed: row?.trashed ?? 0, live: row?.live ?? 0 });
  }
  return null;
}
