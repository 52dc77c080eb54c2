import type { ByteUsage } from "../db/quotas";
import { ApiError } from "../lib/errors";

/**
 * 403 `QUOTA_EXCEEDED` for bytes that would pass `max_bytes_stored`: `details` carries the usage (bytes
 * stored and reserved by uploads in flight), the limit and what was asked for.
 */
export function byteQuotaExceeded(usage: ByteUsage, requested: number): ApiError {
  const used = usage.bytes_stored + usage.bytes_reserved;
  const limit = usage.max_bytes_stored ?? 0;
  return new ApiError(403, "QUOTA_EXCEEDED", `Storing ${requested} more bytes would pass the account's quota of ${limit} bytes (${used} used); nothing was stored`, [
    { loc: ["quota", "max_bytes_stored"], msg: "Over the account's max_bytes_stored", type: "quota_exceeded", usage: used, limit, requested },
  ]);
}

/** 403 `QUOTA_EXCEEDED` for a recording that would pass `max_recordings` (the trash counts). */
export function recordingQuotaExceeded(recordings: number, limit: number): ApiError {
  return new ApiError(403, "QUOTA_EXCEEDED", `The account stores ${recordings} recordings, its quota is ${limit}; nothing was created`, [
    { loc: ["quota", "max_recordings"], msg: "Over the account's max_recordings", type: "quota_exceeded", usage: recordings, limit, requested: 1 },
  ]);
}
