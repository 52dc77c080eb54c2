import { findRecording, toRecording } from "../../db/recordings";
import { restoreRecording } from "../../db/trash";
import { deleteRecordings } from "../../lifecycle/deletion";
import { bulkResult, bulkTargets, deleteFailure, readBulkIds } from "../../lifecycle/outcomes";
import { ApiError, recordingNotFound } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import type * as routes from "./lifecycle.routes";

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { accountId, keyId } = c.get("principal");
  const { id } = c.req.valid("param");
  const { permanent } = c.req.valid("query");
  const outcome = await deleteRecordings(c.env, { accountId, keyId, ids: [id], permanent });
  const failure = deleteFailure(id, outcome.states.get(id), permanent, outcome);
  if (failure) throw new ApiError(failure.status, failure.error_code, failure.message);
  return c.body(null, 204);
};

export const restore: AppRouteHandler<typeof routes.restore> = async (c) => {
  const { accountId } = c.get("principal");
  const { id } = c.req.valid("param");
  await restoreRecording(c.env.DB, accountId, id, new Date().toISOString());
  const row = await findRecording(c.env.DB, accountId, id);
  if (!row) throw recordingNotFound(id);
  return c.json(toRecording(row), 200);
};

export const bulkRemove: AppRouteHandler<typeof routes.bulkRemove> = async (c) => {
  const { accountId, keyId } = c.get("principal");
  const { recording_ids, permanent } = c.req.valid("json");
  const entries = readBulkIds(recording_ids);
  const ids = bulkTargets(entries);
  const outcome =
    ids.length > 0 ? await deleteRecordings(c.env, { accountId, keyId, ids, permanent }) : { states: new Map(), changed: new Set<string>() };
  const result = bulkResult(entries, outcome, permanent);
  if (result.failed.length === 0) return c.body(null, 204);
  return c.json(result, 200);
};
