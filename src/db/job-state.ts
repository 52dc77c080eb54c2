/** What a scheduled job saved at the end of its last run (e.g. a list cursor), or null. */
export async function readJobState(db: D1DatabaseSession, name: string): Promise<string | null> {
  const row = await db.prepare("SELECT value FROM job_state WHERE name = ?1").bind(name).first<{ value: string }>();
  return row?.value ?? null;
}

/** Saves where a job left off; null forgets it, so the next run starts from the beginning. */
export async function writeJobState(db: D1DatabaseSession, name: string, value: string | null, now: string): Promise<void> {
  const statement =
    value === null
      ? db.prepare("DELETE FROM job_state WHERE name = ?1").bind(name)
      : db
          .prepare(
            `INSERT INTO job_state (name, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          )
          .bind(name, value, now);
  await statement.run();
}
