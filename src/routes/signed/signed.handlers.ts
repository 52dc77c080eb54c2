import { mediaStore } from "../../edge/media-store";
import { findLinkedMedia, type MediaRow } from "../../db/media";
import { findLinkedRecording, toRecording } from "../../db/recordings";
import { ApiError, inProgress, mediaNotFound, recordingNotFound } from "../../lib/errors";
import { pageCsp, styleNonce } from "../../lib/html";
import { publicUrl } from "../../lib/public-origin";
import type { AppRouteHandler } from "../../lib/types";
import { serveMedia } from "../../media/serve-media";
import { signedCacheControl, signedUrl } from "../../middleware/signed-link";
import { IN_PROGRESS, type Status } from "../../schemas/recording";
import { renderSharePage } from "../../share/share-page";
import type * as routes from "./signed.routes";
import { signedMediaPath } from "./signed.paths";

const isInProgress = (status: string | null) => IN_PROGRESS.includes(status as Status);

export const getMedia: AppRouteHandler<typeof routes.getMedia> = async (c) => {
  const { expiresAt, params } = c.get("signedLink");
  const { recording_id, media_id } = c.req.valid("param");
  const row = await findLinkedMedia(c.env.DB, recording_id, media_id);
  if (!row) throw recordingNotFound(recording_id);
  if (isInProgress(row.recording_status)) throw inProgress(recording_id);
  if (!row.id) throw mediaNotFound(media_id);
  return serveMedia(mediaStore(c), c.req.raw, row as MediaRow, {
    disposition: params.disposition === "attachment" ? "attachment" : "inline",
    cacheControl: signedCacheControl(expiresAt),
  });
};

export const getSharePage: AppRouteHandler<typeof routes.getSharePage> = async (c) => {
  const { expiresAt } = c.get("signedLink");
  const { recording_id, media_id } = c.req.valid("param");
  const row = await findLinkedRecording(c.env.DB, recording_id);
  if (!row) throw recordingNotFound(recording_id);
  if (isInProgress(row.status)) throw inProgress(recording_id);
  const recording = toRecording(row);
  const media = recording.media.find((m) => m.id === media_id);
  if (!media) throw mediaNotFound(media_id);
  if (media.kind !== "audio" && media.kind !== "video") {
    throw new ApiError(404, "MEDIA_NOT_FOUND", `Media ${media_id} is not audio or video`);
  }
  const path = signedMediaPath(recording_id, media_id);
  const [player, download] = await Promise.all([
    signedUrl(c, { path, params: { disposition: "inline" }, expiresAt }),
    signedUrl(c, { path, params: { disposition: "attachment" }, expiresAt }),
  ]);
  const nonce = styleNonce();
  const html = renderSharePage({ recording, media, mediaUrl: player.url, downloadUrl: download.url, pageUrl: publicUrl(c.env, c.req.url), expiresAt, nonce });
  c.header("Content-Security-Policy", pageCsp(nonce, "media-src 'self'"));
  c.header("Cache-Control", signedCacheControl(expiresAt));
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Content-Type-Options", "nosniff");
  return c.html(html, 200);
};
