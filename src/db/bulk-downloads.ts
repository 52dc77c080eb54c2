import { accessCondition, accessValues, type Access } from "../access/restriction";
import type { MediaRow } from "./media";
import { type RecordingRow, selectList } from "./recordings";

/** The column a bulk download selects recordings by. */
export type BulkSelectorColumn = "id" | "call_id";

/** A recording the caller may reach, in the trash or not, with its media in upload order. */
export interface BulkCandidateRow extends RecordingRow {
  media: MediaRow[];
}

// Fixed SQL per column (never built from input); the ids are bound as one JSON array.
const RECORDINGS: Record<BulkSelectorColumn, string> = {
  id: `SELECT ${selectList(false)} FROM recordings r
    WHERE ${accessCondition("r", 2)} AND r.id IN (SELECT value FROM json_each(?1)) ORDER BY r.created_at, r.id`,
  call_id: `SELECT ${selectList(false)} FROM recordings r
    WHERE ${accessCondition("r", 2)} AND r.call_id IN (SELECT value FROM json_each(?1)) ORDER BY r.created_at, r.id`,
};

const MEDIA: Record<BulkSelectorColumn, string> = {
  id: `SELECT m.* FROM recordings r JOIN media m ON m.recording_id = r.id
    WHERE ${accessCondition("r", 2)} AND r.id IN (SELECT value FROM json_each(?1)) ORDER BY m.created_at, m.rowid`,
  call_id: `SELECT m.* FROM recordings r JOIN media m ON m.recording_id = r.id
    WHERE ${accessCondition("r", 2)} AND r.call_id IN (SELECT value FROM json_each(?1)) ORDER BY m.created_at, m.rowid`,
};

/**
 * The recordings the caller may reach whose `column` is one of `ids` (trashed ones too, so the caller
 * can say why they are left out), oldest first, each with its media: one D1 round trip. Another
 * account's recordings, and those outside the caller's restriction, are never read.
 */
export async function findBulkCandidates(
  db: D1DatabaseSession,
  access: Access,
  column: BulkSelectorColumn,
  ids: readonly string[],
): Promise<BulkCandidateRow[]> {
  const idList = JSON.stringify(ids);
  const [recordings, media] = await db.batch<RecordingRow | MediaRow>([
    db.prepare(RECORDINGS[column]).bind(idList, ...accessValues(access)),
    db.prepare(MEDIA[column]).bind(idList, ...accessValues(access)),
  ]);
  const byRecording = new Map<string, MediaRow[]>();
  for (const item of (media?.results ?? []) as MediaRow[]) {
    const list = byRecording.get(item.recording_id) ?? [];
    list.push(item);
    byRecording.set(item.recording_id, list);
  }
  return ((recordings?.results ?? []) as RecordingRow[]).map((row) => ({ ...row, media: byRecording.get(row.id) ?? [] }));
}
