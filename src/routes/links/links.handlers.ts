import type { Context } from "hono";
import { findRecording, toRecording } from "../../db/recordings";
import { ApiError, inProgress, mediaNotFound, recordingNotFound } from "../../lib/errors";
import type { AppBindings, AppRouteHandler } from "../../lib/types";
import { signedUrl } from "../../middleware/signed-link";
import { IN_PROGRESS, type Media, type Recording, type Status } from "../../schemas/recording";
import { expiryFrom } from "../../schemas/signed-links";
import { sharePagePath, signedMediaPath } from "../signed/signed.paths";
import type * as routes from "./links.routes";

/** A live, finished recording the caller may reach: 404 when it is not there (or another account's or room's), 409 while in progress. */
async function finishedRecording(c: Context<AppBindings>, id: string): Promise<Recording> {
  const row = await findRecording(c.env.DB, c.get("principal"), id);
  if (!row) throw recordingNotFound(id);
  if (IN_PROGRESS.includes(row.status as Status)) throw inProgress(id);
  return toRecording(row);
}

/** The recording's primary media: its first audio or video item. */
function primaryMedia(recording: Recording): Media {
  const media = recording.media.find((m) => m.kind === "audio" || m.kind === "video");
  if (!media) throw new ApiError(404, "MEDIA_NOT_FOUND", `Recording ${recording.id} has no audio or video`);
  return media;
}

export const createDownloadUrl: AppRouteHandler<typeof routes.createDownloadUrl> = async (c) => {
  const { id } = c.req.valid("param");
  const { media_id, expires_in, disposition } = c.req.valid("json");
  const recording = await finishedRecording(c, id);
  const media = media_id ? recording.media.find((m) => m.id === media_id) : primaryMedia(recording);
  if (!media) throw mediaNotFound(media_id!);
  const link = await signedUrl(c, { path: signedMediaPath(id, media.id), params: { disposition }, expiresAt: expiryFrom(expires_in) });
  return c.json(
    {
      download_url: link.url,
      media_id: media.id,
      content_type: media.content_type,
      file_size_bytes: media.byte_size,
      expires_at: link.expiresAt.toISOString(),
    },
    200,
  );
};

export const createShareUrl: AppRouteHandler<typeof routes.createShareUrl> = async (c) => {
  const { id } = c.req.valid("param");
  const { expires_in } = c.req.valid("query");
  const recording = await finishedRecording(c, id);
  const media = primaryMedia(recording);
  const link = await signedUrl(c, { path: sharePagePath(id, media.id), expiresAt: expiryFrom(expires_in) });
  return c.json({ url: link.url, expires_at: link.expiresAt.toISOString() }, 200);
};
