/** A webhook_endpoints row (migration 0004). */
export interface EndpointRow {
  id: string;
  account_id: string;
  url: string;
  description: string | null;
  events: string | null;
  enabled: number;
  disabled_reason: string | null;
  secret: string;
  previous_secret: string | null;
  previous_expires_at: string | null;
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

/** How many endpoints an account may have. */
export const MAX_ENDPOINTS_PER_ACCOUNT = 20;

/**
 * Stores a new endpoint unless the account already has {@link MAX_ENDPOINTS_PER_ACCOUNT} (checked in
 * the same statement, so concurrent creates cannot pass the limit). False when it has.
 */
export async function insertEndpoint(db: D1DatabaseSession, row: EndpointRow): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO webhook_endpoints (id, account_id, url, description, events, enabled, secret, created_at, updated_at)
       SELECT ?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?7
       WHERE (SELECT count(*) FROM webhook_endpoints WHERE account_id = ?2) < ?8`,
    )
    .bind(row.id, row.account_id, row.url, row.description, row.events, row.secret, row.created_at, MAX_ENDPOINTS_PER_ACCOUNT)
    .run();
  return result.meta.changes > 0;
}

/** The account's endpoint, or null (another account's endpoint is null too). */
export async function findEndpoint(db: D1DatabaseSession, accountId: string, id: string): Promise<EndpointRow | null> {
  return db.prepare("SELECT * FROM webhook_endpoints WHERE id = ?1 AND account_id = ?2").bind(id, accountId).first<EndpointRow>();
}

/** The account's endpoints, oldest first (at most 20). */
export async function listEndpoints(db: D1DatabaseSession, accountId: string): Promise<EndpointRow[]> {
  const { results } = await db
    .prepare("SELECT * FROM webhook_endpoints WHERE account_id = ?1 ORDER BY created_at, id")
    .bind(accountId)
    .all<EndpointRow>();
  return results;
}

/** What a PATCH may change. Enabling clears the disabled reason and the failure streak. */
export interface EndpointChanges {
  url?: string;
  events?: string | null;
  description?: string | null;
  enabled?: boolean;
}

/** Applies `changes` to the account's endpoint; the row as it now is, or null when there is none. */
export async function updateEndpoint(db: D1DatabaseSession, accountId: string, id: string, changes: EndpointChanges, now: string): Promise<EndpointRow | null> {
  const values: unknown[] = [id, accountId, now];
  const bind = (value: unknown) => `?${values.push(value)}`;
  const sets = ["updated_at = ?3"];
  if (changes.url !== undefined) sets.push(`url = ${bind(changes.url)}`);
  if (changes.events !== undefined) sets.push(`events = ${bind(changes.events)}`);
  if (changes.description !== undefined) sets.push(`description = ${bind(changes.description)}`);
  if (changes.enabled === true) sets.push("enabled = 1, disabled_reason = NULL, failing_since = NULL");
  if (changes.enabled === false) sets.push("enabled = 0, disabled_reason = 'disabled by the API'");
  return db
    .prepare(`UPDATE webhook_endpoints SET ${sets.join(", ")} WHERE id = ?1 AND account_id = ?2 RETURNING *`)
    .bind(...values)
    .first<EndpointRow>();
}

/**
 * Replaces the endpoint's secret; the one it had keeps signing alongside until `overlapUntil`. The row
 * as it now is, or null when there is none.
 */
export async function rotateSecret(db: D1DatabaseSession, accountId: string, id: string, secret: string, now: string, overlapUntil: string): Promise<EndpointRow | null> {
  return db
    .prepare(
      `UPDATE webhook_endpoints SET previous_secret = secret, previous_expires_at = ?5, secret = ?3, updated_at = ?4
       WHERE id = ?1 AND account_id = ?2 RETURNING *`,
    )
    .bind(id, accountId, secret, now, overlapUntil)
    .first<EndpointRow>();
}

/** Removes the account's endpoint with its deliveries and their attempts; false when there was none. */
export async function deleteEndpoint(db: D1DatabaseSession, accountId: string, id: string): Promise<boolean> {
  const [, , removed] = await db.batch([
    db
      .prepare(
        `DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT d.id FROM webhook_deliveries d
           JOIN webhook_endpoints w ON w.id = d.endpoint_id WHERE w.id = ?1 AND w.account_id = ?2)`,
      )
      .bind(id, accountId),
    db.prepare("DELETE FROM webhook_deliveries WHERE endpoint_id = ?1 AND account_id = ?2").bind(id, accountId),
    db.prepare("DELETE FROM webhook_endpoints WHERE id = ?1 AND account_id = ?2").bind(id, accountId),
  ]);
  return (removed?.meta.changes ?? 0) > 0;
}

/** The secrets that sign for an endpoint at `now`: its own, and the previous one during a rotation's overlap. */
export function activeSecrets(row: Pick<EndpointRow, "secret" | "previous_secret" | "previous_expires_at">, now: string): string[] {
  const secrets = [row.secret];
  if (row.previous_secret && row.previous_expires_at && row.previous_expires_at > now) secrets.push(row.previous_secret);
  return secrets;
}
