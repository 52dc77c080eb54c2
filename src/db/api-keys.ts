import type { Scope } from "../schemas/auth";

export interface ApiKeyRow {
  id: string;
  account_id: string;
  name: string;
  key_hash: string;
  scopes: string;
  created_at: string;
  revoked_at: string | null;
}

/** The live (not revoked) key whose hash is `keyHash`, or null. */
export async function findActiveKeyByHash(db: D1Database, keyHash: string): Promise<ApiKeyRow | null> {
  return db
    .prepare("SELECT * FROM api_keys WHERE key_hash = ?1 AND revoked_at IS NULL")
    .bind(keyHash)
    .first<ApiKeyRow>();
}

/** Stores a new key (its hash only) for an account. */
export async function insertApiKey(
  db: D1Database,
  key: { id: string; accountId: string; name: string; keyHash: string; scopes: readonly Scope[]; createdAt: string },
): Promise<void> {
  await db
    .prepare(
      "INSERT INTO api_keys (id, account_id, name, key_hash, scopes, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(key.id, key.accountId, key.name, key.keyHash, JSON.stringify(key.scopes), key.createdAt)
    .run();
}

/** Revokes a live key; false when there is no such live key. */
export async function revokeApiKey(db: D1Database, id: string, revokedAt: string): Promise<boolean> {
  const result = await db
    .prepare("UPDATE api_keys SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL")
    .bind(id, revokedAt)
    .run();
  return result.meta.changes > 0;
}
