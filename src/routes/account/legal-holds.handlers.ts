import { placeRecordingHold, releaseRecordingHold } from "../../db/legal-holds";
import { ApiError, recordingNotFound } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import type * as routes from "./legal-holds.routes";

export const place: AppRouteHandler<typeof routes.place> = async (c) => {
  const principal = c.get("principal");
  const { id } = c.req.valid("param");
  const hold = { reason: c.req.valid("json").reason, placed_at: new Date().toISOString(), placed_by: principal.keyId };
  if (!(await placeRecordingHold(c.env.DB, principal, id, hold))) throw recordingNotFound(id);
  return c.json(hold, 200);
};

export const release: AppRouteHandler<typeof routes.release> = async (c) => {
  const { id } = c.req.valid("param");
  const outcome = await releaseRecordingHold(c.env.DB, c.get("principal"), id);
  if (outcome === "not_found") throw recordingNotFound(id);
  if (outcome === "not_held") throw new ApiError(404, "LEGAL_HOLD_NOT_FOUND", `Recording ${id} has no legal hold of its own`);
  return c.body(null, 204);
};
