import type { AppEnv } from "../lib/types";
import type { Access } from "../access/restriction";
import { dequeuePurgedKeys, purgeRecordingRows, type PurgeOutcome, type PurgeSelection } from "../db/purges";
import { trashRecordings, type BatchOutcome } from "../db/trash";
import { deleteMediaObjects, MAX_KEYS_PER_DELETE } from "../storage/media-objects";

type Storage = Pick<AppEnv, "DB" | "MEDIA">;

/**
 * Deletes queued objects from R2, then forgets them, 1,000 keys per R2 call. A key leaves the queue
 * only after R2 confirmed its deletion, so a failure part-way leaves the rest queued for the next try.
 */
export async function removeQueuedObjects(env: Storage, keys: string[]): Promise<void> {
  for (let at = 0; at < keys.length; at += MAX_KEYS_PER_DELETE) {
    const chunk = keys.slice(at, at + MAX_KEYS_PER_DELETE);
    await deleteMediaObjects(env.MEDIA, chunk);
    await dequeuePurgedKeys(env.DB, chunk);
  }
}

/** A purge's outcome, and the error that stopped the removal of its objects, if one did (they stay queued). */
export interface PurgeResult extends PurgeOutcome {
  removalError?: unknown;
}

/**
 * Purges the selected recordings: their rows go and their objects are queued in one D1 transaction,
 * then the objects are deleted from R2 and dequeued. When that second step fails, the recordings are
 * already gone and their objects stay queued for the scheduled job, so nothing is lost or left
 * unreachable forever; the error is returned, not thrown.
 * @throws when the D1 transaction fails (then nothing changed)
 */
export async function purgeRecordings(env: Storage, selection: PurgeSelection, now: Date): Promise<PurgeResult> {
  const outcome = await purgeRecordingRows(env.DB, selection, now.toISOString());
  try {
    await removeQueuedObjects(env, outcome.keys);
  } catch (removalError) {
    return { ...outcome, removalError };
  }
  return outcome;
}

/** Who deletes what: the recordings `ids` the caller may reach (`access`), by the key `keyId`, to the trash or for good. */
export interface DeleteRequest {
  access: Access;
  keyId: string;
  ids: string[];
  permanent: boolean;
}

/**
 * Moves the caller's recordings to the trash, or purges them (`permanent`, from the trash too), in
 * one transaction for all of them; says how each stood and which were deleted.
 */
export async function deleteRecordings(env: Storage, request: DeleteRequest, now = new Date()): Promise<BatchOutcome> {
  const { access, keyId, ids } = request;
  if (!request.permanent) return trashRecordings(env.DB, access, ids, { keyId, now: now.toISOString() });
  const result = await purgeRecordings(env, { ids, access }, now);
  if (result.removalError) {
    // The recordings are gone; their objects stay queued and the scheduled job deletes them.
    console.error(JSON.stringify({ event: "purge_objects_left_queued", keys: result.keys.length, error: String(result.removalError) }));
  }
  return result;
}
