export interface AccountRow {
  id: string;
  name: string;
  created_at: string;
}

/** Stores a new account. */
export async function insertAccount(db: D1Database, account: AccountRow): Promise<void> {
  await db
    .prepare("INSERT INTO accounts (id, name, created_at) VALUES (?1, ?2, ?3)")
    .bind(account.id, account.name, account.created_at)
    .run();
}

/** The account with this id, or null. */
export async function findAccount(db: D1Database, id: string): Promise<AccountRow | null> {
  return db.prepare("SELECT id, name, created_at FROM accounts WHERE id = ?1").bind(id).first<AccountRow>();
}
