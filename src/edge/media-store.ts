import type { Context } from "hono";
import type { AppBindings } from "../lib/types";
import type { MediaStore } from "./media-body";
import { sliceBytesFrom } from "./slices";

/**
 * Where this request's media bytes come from: R2 behind the colo's slice cache (`caches.default`), or
 * R2 alone when `MEDIA_CACHE` is "off" (the path before the cache, kept for comparison and as an escape hatch).
 */
export function mediaStore(c: Context<AppBindings>): MediaStore {
  if (c.env.MEDIA_CACHE === "off") return { bucket: c.env.MEDIA, slices: null };
  return {
    bucket: c.env.MEDIA,
    slices: {
      cache: caches.default,
      sliceBytes: sliceBytesFrom(c.env.MEDIA_CACHE_SLICE_BYTES),
      origin: new URL(c.req.url).origin,
      waitUntil: (promise) => c.executionCtx.waitUntil(promise),
    },
  };
}
