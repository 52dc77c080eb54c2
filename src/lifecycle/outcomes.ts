import type { BatchOutcome, RecordingState } from "../db/trash";
import type { ErrorCode } from "../lib/error-codes";
import { IN_PROGRESS, type Status } from "../schemas/recording";
import { UuidSchema } from "../schemas/common";

/** Why one recording of a delete request was not deleted, as the API reports it. */
export interface DeleteFailure {
  status: 404 | 409 | 422;
  id: string;
  error_code: ErrorCode;
  message: string;
}

/**
 * Why `id` was not deleted, from how it stood when the delete ran (undefined: no such recording of the
 * account); null when it was deleted. Another account's recording reads exactly like a missing one.
 */
export function deleteFailure(id: string, state: RecordingState | undefined, permanent: boolean, outcome: BatchOutcome): DeleteFailure | null {
  if (outcome.changed.has(id)) return null;
  if (!state) return { status: 404, id, error_code: "RECORDING_NOT_FOUND", message: `Recording ${id} not found` };
  if (IN_PROGRESS.includes(state.status as Status)) {
    return { status: 409, id, error_code: "RECORDING_IN_PROGRESS", message: `Recording ${id} is still in progress` };
  }
  if (!permanent && state.deleted_at !== null) {
    return { status: 404, id, error_code: "RECORDING_NOT_FOUND", message: `Recording ${id} is already in the trash` };
  }
  if (state.held) {
    return { status: 409, id, error_code: "LEGAL_HOLD", message: `Recording ${id} is under legal hold; release the hold to delete it` };
  }
  // Unreachable while the read and the change share a transaction; said plainly if it ever happens.
  return { status: 409, id, error_code: "RECORDING_CHANGED", message: `Recording ${id} changed while being deleted; try again` };
}

/** One id of a bulk request as sent: the recording it names (first mention), or why it is refused up front. */
export type BulkEntry = { sent: string; id: string } | { sent: string; failure: DeleteFailure };

/**
 * Reads the ids of a bulk delete in order: a malformed id, or a repeat of an earlier one (UUIDs compare
 * case-insensitively), is refused on its own; the rest name recordings to delete.
 */
export function readBulkIds(sent: readonly string[]): BulkEntry[] {
  const seen = new Set<string>();
  return sent.map((raw): BulkEntry => {
    const parsed = UuidSchema.safeParse(raw);
    if (!parsed.success) {
      return { sent: raw, failure: { status: 422, id: raw, error_code: "VALIDATION_ERROR", message: "Not a valid UUID" } };
    }
    if (seen.has(parsed.data)) {
      const message = `Recording ${parsed.data} is listed more than once; it was acted on once`;
      return { sent: raw, failure: { status: 422, id: raw, error_code: "DUPLICATE_ID", message } };
    }
    seen.add(parsed.data);
    return { sent: raw, id: parsed.data };
  });
}

/** The ids to act on: each recording named, once. */
export function bulkTargets(entries: BulkEntry[]): string[] {
  return entries.flatMap((entry) => ("id" in entry ? [entry.id] : []));
}

/** A bulk delete's answer, in request order: what was deleted, and every id that was not, with why. */
export function bulkResult(entries: BulkEntry[], outcome: BatchOutcome, permanent: boolean) {
  const deleted: string[] = [];
  const failed: Omit<DeleteFailure, "status">[] = [];
  for (const entry of entries) {
    const failure = "id" in entry ? deleteFailure(entry.id, outcome.states.get(entry.id), permanent, outcome) : entry.failure;
    if (failure) failed.push({ id: failure.id, error_code: failure.error_code, message: failure.message });
    else if ("id" in entry) deleted.push(entry.id);
  }
  return { deleted, failed };
}

/**
 * A bulk restore's answer, in request order: every id the caller may reach is restored (one not in the
 * trash counts as restored); the rest (missing, purged, another account's or room's, malformed,
 * repeated) are in `failed`, with why.
 */
export function restoreResult(entries: BulkEntry[], outcome: BatchOutcome) {
  const restored: string[] = [];
  const failed: Omit<DeleteFailure, "status">[] = [];
  for (const entry of entries) {
    if (!("id" in entry)) {
      failed.push({ id: entry.failure.id, error_code: entry.failure.error_code, message: entry.failure.message });
    } else if (outcome.states.has(entry.id)) {
      restored.push(entry.id);
    } else {
      failed.push({ id: entry.id, error_code: "RECORDING_NOT_FOUND", message: `Recording ${entry.id} not found` });
    }
  }
  return { restored, failed };
}
