import { mediaRangeMatches, parseAccept, type MediaRange } from "./accept";

/** What a recording's GET answers with: its JSON, one of its media items (by index), or nothing acceptable. */
export type Representation = { type: "json" } | { type: "media"; index: number } | { type: "none" };

function acceptsJson(range: MediaRange): boolean {
  return mediaRangeMatches(range, "application/json");
}

/** Whether the Accept value names an audio or video type, so the caller must look up media to decide. */
export function mayPreferMedia(accept: string | null | undefined): boolean {
  return parseAccept(accept).some((r) => r.type === "audio" || r.type === "video");
}

/**
 * Picks the representation the client prefers: media ranges in preference order, the first that JSON
 * or one of `mediaTypes` (audio/video content types, in the recording's order) satisfies. `*∕*` and
 * `application/*` mean JSON. No Accept, or one with nothing parseable in it, means JSON.
 * @example chooseRepresentation("audio/*, application/json;q=0.5", ["audio/wav"]) // { type: "media", index: 0 }
 */
export function chooseRepresentation(accept: string | null | undefined, mediaTypes: string[]): Representation {
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return { type: "json" };
  for (const range of ranges) {
    if (acceptsJson(range)) return { type: "json" };
    if (range.type !== "audio" && range.type !== "video") continue;
    const index = mediaTypes.findIndex((t) => mediaRangeMatches(range, t));
    if (index >= 0) return { type: "media", index };
  }
  return { type: "none" };
}
