import { SIGNED_PREFIX } from "../../middleware/signed-link";

/** The path a signed link to one media item opens. */
export function signedMediaPath(recordingId: string, mediaId: string): string {
  return `${SIGNED_PREFIX}/media/${recordingId}/${mediaId}`;
}

/** The path a signed share page for one recording's audio or video item opens. */
export function sharePagePath(recordingId: string, mediaId: string): string {
  return `${SIGNED_PREFIX}/share/${recordingId}/${mediaId}`;
}
