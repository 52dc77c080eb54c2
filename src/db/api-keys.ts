import type { Restriction } from "../access/restriction";
import type { KeyLookup } from "../lib/types";
import type { Scope } from "../schemas/auth";

export interface ApiKeyRow {
  id: string;
  account_id: string;
  name: string;
  key_hash: string;
  scopes: string;
  created_at: string;
  revoked_at: string | null;
  restrict_room_id: string | null;
  restrict_user_id: string | null;
}

// Fixed SQL per lookup column (never built from input): both are unique indexes.
const FIND_ACTIVE: Record<KeyLookup["column"], string> = {
  key_hash: "SELECT * FROM api_keys WHERE key_hash = ?1 AND revoked_at IS NULL",
  id: "SELECT * FROM api_keys WHERE id = ?1 AND revoked_at IS NULL",
};

/** The live (not revoked) key an API key's hash or an access token's key id names, or null. */
export async function findActiveKey(db: D1DatabaseSession, lookup: KeyLookup): Promise<ApiKeyRow | null> {
  return db.prepare(FIND_ACTIVE[lookup.column]).bind(lookup.value).first<ApiKeyRow>();
}

/** Stores a new key (its hash only) for an account, with its restriction if it has one. */
export async function insertApiKey(
  db: D1DatabaseSession,
  key: { id: string; accountId: string; name: string; keyHash: string; scopes: readonly Scope[]; restrict: Restriction | null; createdAt: string },
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO api_keys (id, account_id, name, key_hash, scopes, created_at, restrict_room_id, restrict_user_id)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    )
    .bind(
      key.id, key.accountId, key.name, key.keyHash, JSON.stringify(key.scopes), key.createdAt,
      key.restrict?.room_id ?? null, key.restrict?.user_id ?? null,
    )
    .run();
}

/** Revokes a live key; false when there is no such live key. */
export async function revokeApiKey(db: D1DatabaseSession, id: string, revokedAt: string): Promise<boolean> {
  const result = await db
    .prepare("UPDATE api_keys SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL")
    .bind(id, revokedAt)
    .run();
  return result.meta.changes > 0;
}
