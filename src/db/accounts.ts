export interface AccountRow {
  id: string;
  name: string;
  created_at: string;
}

/** An account with its settings, quotas, hold and usage counters, as D1 holds them. */
export interface AccountDetailsRow extends AccountRow {
  retention_days: number | null;
  trash_retention_days: number | null;
  max_bytes_stored: number | null;
  max_recordings: number | null;
  legal_hold_reason: string | null;
  legal_hold_placed_at: string | null;
  legal_hold_placed_by: string | null;
  recordings_count: number;
  recordings_in_trash: number;
  media_items: number;
  bytes_stored: number;
}

/** Stores a new account. */
export async function insertAccount(db: D1DatabaseSession, account: AccountRow): Promise<void> {
  await db
    .prepare("INSERT INTO accounts (id, name, created_at) VALUES (?1, ?2, ?3)")
    .bind(account.id, account.name, account.created_at)
    .run();
}

/** The account with this id, or null. */
export async function findAccount(db: D1DatabaseSession, id: string): Promise<AccountRow | null> {
  return db.prepare("SELECT id, name, created_at FROM accounts WHERE id = ?1").bind(id).first<AccountRow>();
}

/** The account with its settings, quotas, hold and usage, or null. */
export async function findAccountDetails(db: D1DatabaseSession, id: string): Promise<AccountDetailsRow | null> {
  return db.prepare("SELECT * FROM accounts WHERE id = ?1").bind(id).first<AccountDetailsRow>();
}

/** The settings and quotas an update may change; an absent field stays as it is, null clears it. */
export type AccountChanges = Partial<
  Pick<AccountDetailsRow, "retention_days" | "trash_retention_days" | "max_bytes_stored" | "max_recordings">
>;

const CHANGEABLE = ["retention_days", "trash_retention_days", "max_bytes_stored", "max_recordings"] as const;

/** Applies `changes` to the account and returns it as it now stands; null when there is no such account. */
export async function updateAccount(db: D1DatabaseSession, id: string, changes: AccountChanges): Promise<AccountDetailsRow | null> {
  const names = CHANGEABLE.filter((name) => changes[name] !== undefined);
  if (names.length === 0) return findAccountDetails(db, id);
  const sets = names.map((name, i) => `${name} = ?${i + 2}`).join(", ");
  return db
    .prepare(`UPDATE accounts SET ${sets} WHERE id = ?1 RETURNING *`)
    .bind(id, ...names.map((name) => changes[name] ?? null))
    .first<AccountDetailsRow>();
}
