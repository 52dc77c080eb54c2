import { accessWhere, type Access } from "../access/restriction";
import { type RecordingRow, selectList } from "./recordings";

export type TrashFilter = "exclude" | "include" | "only";

/** The list filters of contract section 5 (dates already normalised to UTC ISO). */
export interface RecordingFilters {
  call_id?: string;
  room_id?: string;
  user_id?: string;
  status?: string;
  source?: string;
  created_after?: string;
  created_before?: string;
  deleted: TrashFilter;
}

/** Where a page starts: strictly after (`next`) or strictly before (`prev`) this (created_at, id). */
export interface PagePosition {
  createdAt: string;
  id: string;
  direction: "next" | "prev";
}

export interface PageQuery {
  /** Whose recordings: the account, within the caller's restriction (applied on top of the filters). */
  access: Access;
  filters: RecordingFilters;
  limit: number;
  position?: PagePosition;
  withMedia: boolean;
}

const EQUALITY_FILTERS = ["call_id", "room_id", "user_id", "status", "source"] as const;

/**
 * Reads one page, newest first, by keyset: it seeks on (account_id, created_at, id) through an index,
 * so a page costs the same however deep it is. Reads `limit + 1` rows so the caller can tell whether
 * more exist in the direction of travel; rows come back nearest the cursor first (newest first reading
 * forward, oldest first reading backward), and `cutPage` puts a backward page back in order.
 */
export async function readRecordingPage(db: D1DatabaseSession, q: PageQuery): Promise<RecordingRow[]> {
  const values: unknown[] = [];
  const bind = (value: unknown) => `?${values.push(value)}`;
  const where = [accessWhere(q.access, "r", bind)];
  for (const name of EQUALITY_FILTERS) {
    const value = q.filters[name];
    if (value !== undefined) where.push(`r.${name} = ${bind(value)}`);
  }
  if (q.filters.created_after) where.push(`r.created_at >= ${bind(q.filters.created_after)}`);
  if (q.filters.created_before) where.push(`r.created_at < ${bind(q.filters.created_before)}`);
  if (q.filters.deleted === "exclude") where.push("r.deleted_at IS NULL");
  if (q.filters.deleted === "only") where.push("r.deleted_at IS NOT NULL");
  const backwards = q.position?.direction === "prev";
  if (q.position) {
    const op = backwards ? ">" : "<";
    where.push(`(r.created_at, r.id) ${op} (${bind(q.position.createdAt)}, ${bind(q.position.id)})`);
  }
  const order = backwards ? "ASC" : "DESC";
  const sql = `SELECT ${selectList(q.withMedia)} FROM recordings r WHERE ${where.join(" AND ")}
    ORDER BY r.created_at ${order}, r.id ${order} LIMIT ${bind(q.limit + 1)}`;
  const { results } = await db.prepare(sql).bind(...values).all<RecordingRow>();
  return results;
}
