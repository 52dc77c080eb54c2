import { findRecording, toRecording } from "../../db/recordings";
import { restoreRecordings } from "../../db/trash";
import { deleteRecordings } from "../../lifecycle/deletion";
import { bulkResult, bulkTargets, deleteFailure, readBulkIds, restoreResult } from "../../lifecycle/outcomes";
import { ApiError, recordingNotFound } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import type * as routes from "./lifecycle.routes";

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const principal = c.get("principal");
  const { id } = c.req.valid("param");
  const { permanent } = c.req.valid("query");
  const outcome = await deleteRecordings(c.env, { access: principal, keyId: principal.keyId, ids: [id], permanent });
  const failure = deleteFailure(id, outcome.states.get(id), permanent, outcome);
  if (failure) throw new ApiError(failure.status, failure.error_code, failure.message);
  return c.body(null, 204);
};

export const restore: AppRouteHandler<typeof routes.restore> = async (c) => {
  const principal = c.get("principal");
  const { id } = c.req.valid("param");
  const outcome = await restoreRecordings(c.env.DB, principal, [id], new Date().toISOString());
  if (!outcome.states.has(id)) throw recordingNotFound(id);
  // A key that cannot read recordings learns nothing of this one's contents by restoring it.
  if (!principal.scopes.includes("recordings:read")) return c.body(null, 204);
  const row = await findRecording(c.env.DB, principal, id);
  if (!row) throw recordingNotFound(id);
  return c.json(toRecording(row), 200);
};

export const bulkRemove: AppRouteHandler<typeof routes.bulkRemove> = async (c) => {
  const principal = c.get("principal");
  const { recording_ids, permanent } = c.req.valid("json");
  const entries = readBulkIds(recording_ids);
  const ids = bulkTargets(entries);
  const outcome =
    ids.length > 0
      ? await deleteRecordings(c.env, { access: principal, keyId: principal.keyId, ids, permanent })
      : { states: new Map(), changed: new Set<string>() };
  const result = bulkResult(entries, outcome, permanent);
  if (result.failed.length === 0) return c.body(null, 204);
  return c.json(result, 200);
};

export const bulkRestore: AppRouteHandler<typeof routes.bulkRestore> = async (c) => {
  const { recording_ids } = c.req.valid("json");
  const entries = readBulkIds(recording_ids);
  const ids = bulkTargets(entries);
  const outcome =
    ids.length > 0 ? await restoreRecordings(c.env.DB, c.get("principal"), ids, new Date().toISOString()) : { states: new Map(), changed: new Set<string>() };
  const result = restoreResult(entries, outcome);
  if (result.failed.length === 0) return c.body(null, 204);
  return c.json(result, 200);
};
