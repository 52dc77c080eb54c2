import { restrictionConflict } from "../../access/restriction";
import { recordingQuotaExceeded } from "../../account/quotas";
import { mediaStore } from "../../edge/media-store";
import { findMedia } from "../../db/media";
import { readRecordingPage, type RecordingFilters } from "../../db/recording-pages";
import { findRecording, insertRecording, toRecording, updateRecording, type RecordingRow } from "../../db/recordings";
import { changedFields } from "../../events/changes";
import { createdEvents, updatedEvents } from "../../events/outbox";
import { chooseRepresentation } from "../../http/negotiate";
import { canMoveStatus, statusesThatMayMoveTo } from "../../lifecycle/status-transitions";
import { ApiError, inProgress, invalidStatusTransition, recordingNotFound, validationError } from "../../lib/errors";
import { publicUrl } from "../../lib/public-origin";
import type { AppRouteHandler, Principal } from "../../lib/types";
import { serveMedia } from "../../media/serve-media";
import { cursorKey, decodeCursor, encodeCursor, queryFingerprint } from "../../pagination/cursor";
import { pageLinks } from "../../pagination/links";
import { cutPage } from "../../pagination/page";
import { IN_PROGRESS, MAX_METADATA_BYTES, type Recording, type Status } from "../../schemas/recording";
import type * as routes from "./recordings.routes";

function checkTimes(startedAt: string | null | undefined, endedAt: string | null | undefined): void {
  if (startedAt && endedAt && endedAt < startedAt) {
    throw validationError([
      { loc: ["body", "ended_at"], msg: "ended_at must not be before started_at", type: "invalid_value" },
    ]);
  }
}

function checkTransition(from: Status, to: Status | undefined): void {
  if (to !== undefined && !canMoveStatus(from, to)) throw invalidStatusTransition(from, to);
}

/** 422 when the body would put the recording outside the caller's room or user. */
function checkRestriction(restrict: Principal["restrict"], fields: { room_id?: string | null; user_id?: string | null }): void {
  const conflict = restrictionConflict(restrict, fields);
  if (conflict) throw validationError([conflict]);
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const { accountId, restrict } = c.get("principal");
  const input = { ...c.req.valid("json") };
  checkRestriction(restrict, input);
  checkTimes(input.started_at, input.ended_at);
  // A restricted credential's recordings are in its room (or of its user).
  if (restrict) Object.assign(input, restrict);
  const now = new Date().toISOString();
  const row: RecordingRow = {
    id: crypto.randomUUID(),
    account_id: accountId,
    call_id: input.call_id ?? null,
    room_id: input.room_id ?? null,
    user_id: input.user_id ?? null,
    source: input.source ?? "other",
    status: input.status ?? "complete",
    started_at: input.started_at ?? null,
    ended_at: input.ended_at ?? null,
    duration_seconds: input.duration_seconds ?? null,
    channels: input.channels ?? null,
    track: input.track ?? null,
    metadata: JSON.stringify(input.metadata ?? {}),
    created_at: now,
    updated_at: now,
    deleted_at: null,
    deleted_by: null,
  };
  const created = await insertRecording(c.env.DB, row, createdEvents(c.env.DB, row));
  if (!created.inserted) throw recordingQuotaExceeded(created.recordings, created.max_recordings ?? 0);
  c.header("Location", `/v1/recordings/${row.id}`);
  return c.json(toRecording({ ...row, legal_hold_json: created.legal_hold_json }), 201);
};

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const principal = c.get("principal");
  const { limit, cursor, fields, ...query } = c.req.valid("query");
  const filters: RecordingFilters = query;
  const fingerprint = await queryFingerprint({ account: principal.accountId, restrict: JSON.stringify(principal.restrict), ...filters });
  const key = await cursorKey(c.env.ADMIN_TOKEN ?? "");
  let position;
  if (cursor !== undefined) {
    const state = await decodeCursor(key, cursor);
    if (!state || state.fingerprint !== fingerprint) {
      throw new ApiError(422, "INVALID_CURSOR", "The cursor is malformed, altered, or belongs to other filters");
    }
    position = state;
  }
  const withMedia = !fields || fields.includes("media");
  const rows = await readRecordingPage(c.env.DB, { access: principal, filters, limit, position, withMedia });
  const page = cutPage(rows, limit, position);
  const sign = (p?: { createdAt: string; id: string; direction: "next" | "prev" }) =>
    p ? encodeCursor(key, { ...p, fingerprint }) : Promise.resolve(undefined);
  const [next, prev] = await Promise.all([sign(page.next), sign(page.prev)]);
  const data = page.items.map((row) => project(toRecording(row), fields));
  return c.json({ data, links: pageLinks(publicUrl(c.env, c.req.url), { next, prev }) }, 200);
};

function project(recording: Recording, fields: (keyof Recording)[] | undefined) {
  if (!fields) return recording;
  const out: Partial<Recording> & { id: string } = { id: recording.id };
  for (const name of fields) (out as Record<string, unknown>)[name] = recording[name];
  return out;
}

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const principal = c.get("principal");
  const { id } = c.req.valid("param");
  const { accept, disposition } = c.req.valid("query");
  const row = await findRecording(c.env.DB, principal, id);
  if (!row) throw recordingNotFound(id);
  c.header("Vary", "Accept");
  const recording = toRecording(row);
  const playable = recording.media.filter((m) => m.kind === "audio" || m.kind === "video");
  const acceptValue = accept?.trim() ? accept : c.req.header("accept"); // an empty ?accept= defers to the header
  const choice = chooseRepresentation(acceptValue, playable.map((m) => m.content_type));
  if (choice.type === "json") return c.json(recording, 200);
  if (choice.type === "none") {
    throw new ApiError(406, "NOT_ACCEPTABLE", "This recording has no representation that matches Accept");
  }
  if (IN_PROGRESS.includes(recording.status as Status)) throw inProgress(id);
  const media = await findMedia(c.env.DB, id, playable[choice.index]!.id);
  if (!media) throw recordingNotFound(id);
  return serveMedia(mediaStore(c), c.req.raw, media, {
    disposition,
    cacheControl: "private",
    headers: { Vary: "Accept, Authorization" },
  });
};

export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const principal = c.get("principal");
  const { id } = c.req.valid("param");
  const { metadata, ...changes } = c.req.valid("json");
  checkRestriction(principal.restrict, changes);
  const current = await findRecording(c.env.DB, principal, id);
  if (!current) throw recordingNotFound(id);
  checkTimes(current.started_at, changes.ended_at !== undefined ? changes.ended_at : current.ended_at);
  checkTransition(current.status as Status, changes.status);
  const at = new Date().toISOString();
  const applied = { ...changes, updated_at: at };
  const metadataPatch = metadata && JSON.stringify(metadata);
  const statusFrom = changes.status && statusesThatMayMoveTo(changes.status);
  const changed = changedFields({ ...current }, changes, metadata);
  const after = updatedEvents(c.env.DB, { accountId: principal.accountId, recordingId: id, changes: changed, status: changes.status, at });
  const options = { metadataPatch, maxMetadataBytes: MAX_METADATA_BYTES, statusFrom, after };
  if (!(await updateRecording(c.env.DB, principal, id, applied, options))) {
    // The recording went to the trash meanwhile, its status moved on meanwhile, or the merge would pass the limit.
    const now = await findRecording(c.env.DB, principal, id);
    if (!now) throw recordingNotFound(id);
    checkTransition(now.status as Status, changes.status);
    throw validationError([
      { loc: ["body", "metadata"], msg: `Merged metadata must be at most ${MAX_METADATA_BYTES} bytes of JSON`, type: "too_big" },
    ]);
  }
  // A key that cannot read recordings learns nothing of this one's contents by changing it.
  if (!principal.scopes.includes("recordings:read")) return c.body(null, 204);
  const row = await findRecording(c.env.DB, principal, id);
  if (!row) throw recordingNotFound(id);
  return c.json(toRecording(row), 200);
};
