// What one PATCH may carry. Each PATCH is stored as one R2 multipart part, and R2 completes a
// multipart upload only when every part but the last has the same size, at least 5 MiB, the last is
// no larger, and there are at most 10,000 parts: so these rules are checked before any byte is stored.
import { ApiError } from "../lib/errors";

export const MIN_CHUNK_BYTES = 5 * 1024 * 1024;
export const MAX_PARTS = 10_000;

/** The upload as stored, as far as the chunk rules need it. */
export interface ChunkState {
  offset: number;
  uploadLength: number;
  /** The size of every chunk but the last, once the first one is stored. */
  partSize: number | null;
  /** R2 part numbers handed out so far (every PATCH takes a fresh one). */
  lastPart: number;
}

/** What a valid chunk means for the upload. */
export interface ChunkPlan {
  /** The chunk ends the upload. */
  final: boolean;
  /** The chunk size of the upload after this PATCH. */
  partSize: number | null;
}

const RULE = `every PATCH but the last must carry the same number of bytes, at least ${MIN_CHUNK_BYTES} (5 MiB)`;
/** The chunk rule in words, as OPTIONS advertises it. */
export const CHUNK_RULE_TEXT = `Every PATCH but the last must carry the same number of bytes, at least ${MIN_CHUNK_BYTES} (5 MiB), and the last no more`;

function chunkError(message: string): ApiError {
  return new ApiError(400, "INVALID_CHUNK_SIZE", `${message}: ${RULE}, and the last no more`);
}

/**
 * Checks a PATCH of `length` bytes against the upload before anything is stored.
 * @throws ApiError 413 UPLOAD_LENGTH_EXCEEDED past Upload-Length, 413 PAYLOAD_TOO_LARGE over
 *   `maxChunk`, 400 INVALID_CHUNK_SIZE when the chunk breaks the size rules, 409
 *   UPLOAD_PARTS_EXHAUSTED when too few R2 part numbers are left for the rest of the upload
 */
export function planChunk(state: ChunkState, length: number, maxChunk: number): ChunkPlan {
  const { offset, uploadLength, partSize, lastPart } = state;
  const end = offset + length;
  if (end > uploadLength) {
    throw new ApiError(413, "UPLOAD_LENGTH_EXCEEDED", `This PATCH would end at byte ${end}, past Upload-Length ${uploadLength}; nothing was stored`);
  }
  if (length > maxChunk) {
    throw new ApiError(413, "PAYLOAD_TOO_LARGE", `A PATCH carries at most ${maxChunk} bytes; send the upload in smaller chunks`);
  }
  const final = end === uploadLength;
  if (length === 0) return { final: false, partSize };
  if (!final) {
    if (length < MIN_CHUNK_BYTES) throw chunkError(`This PATCH carries ${length} bytes and does not finish the upload`);
    if (partSize !== null && length !== partSize) throw chunkError(`This upload's chunks are ${partSize} bytes, this PATCH carries ${length}`);
    const parts = Math.ceil(uploadLength / length);
    if (parts > MAX_PARTS) {
      throw chunkError(`${uploadLength} bytes in chunks of ${length} would take ${parts} chunks, more than ${MAX_PARTS}; use chunks of at least ${Math.ceil(uploadLength / MAX_PARTS)} bytes`);
    }
  } else if (partSize !== null && length > partSize) {
    throw chunkError(`This upload's chunks are ${partSize} bytes, and its last PATCH carries ${length}`);
  }
  const size = partSize ?? (final ? null : length);
  const needed = size === null ? 1 : Math.ceil((uploadLength - offset) / size);
  if (lastPart + needed > MAX_PARTS) {
    throw new ApiError(409, "UPLOAD_PARTS_EXHAUSTED", `This upload has used ${lastPart} of its ${MAX_PARTS} attempts; start a new upload`);
  }
  return { final, partSize: size };
}
