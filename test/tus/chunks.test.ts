import { describe, expect, it } from "vitest";
import type { ApiError } from "../../src/lib/errors";
import { MAX_PARTS, MIN_CHUNK_BYTES, planChunk, type ChunkState } from "../../src/tus/chunks";
import { thrownApiError } from "../helpers";

const MiB = 1024 * 1024;
const BIG = 100 * MiB;

function state(overrides: Partial<ChunkState> = {}): ChunkState {
  return { offset: 0, uploadLength: 40 * MiB, partSize: null, lastPart: 0, ...overrides };
}

function refusal(s: ChunkState, length: number, maxChunk = BIG): ApiError {
  return thrownApiError(() => planChunk(s, length, maxChunk));
}

describe("planChunk", () => {
  it("fixes the chunk size with the first chunk that does not finish the upload", () => {
    expect(planChunk(state(), 8 * MiB, BIG)).toEqual({ final: false, partSize: 8 * MiB });
    expect(planChunk(state({ offset: 8 * MiB, partSize: 8 * MiB, lastPart: 1 }), 8 * MiB, BIG)).toEqual({ final: false, partSize: 8 * MiB });
  });

  it("accepts a last chunk no larger than the others, and a whole upload in one chunk", () => {
    expect(planChunk(state({ offset: 32 * MiB, partSize: 8 * MiB, lastPart: 4 }), 8 * MiB, BIG)).toEqual({ final: true, partSize: 8 * MiB });
    expect(planChunk(state({ offset: 35 * MiB, partSize: 5 * MiB, lastPart: 7 }), 5 * MiB, BIG).final).toBe(true);
    expect(planChunk(state({ uploadLength: 100 }), 100, BIG)).toEqual({ final: true, partSize: null });
  });

  it("refuses a chunk under 5 MiB that does not finish, a chunk of another size, and a larger last one", () => {
    expect(refusal(state(), MIN_CHUNK_BYTES - 1).code).toBe("INVALID_CHUNK_SIZE");
    expect(refusal(state({ offset: 8 * MiB, partSize: 8 * MiB, lastPart: 1 }), 9 * MiB).code).toBe("INVALID_CHUNK_SIZE");
    const error = refusal(state({ offset: 30 * MiB, partSize: 6 * MiB, lastPart: 5 }), 10 * MiB);
    expect(error.message).toMatch(/6291456 bytes, and its last PATCH carries 10485760/);
  });

  it("answers 413 for bytes past Upload-Length and for a chunk over the request limit", () => {
    expect(refusal(state({ uploadLength: 10 * MiB }), 10 * MiB + 1)).toMatchObject({ status: 413, code: "UPLOAD_LENGTH_EXCEEDED" });
    expect(refusal(state(), 20 * MiB, 16 * MiB)).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses chunks so small the upload would need more than 10,000 parts, naming the size that fits", () => {
    const uploadLength = MAX_PARTS * 5 * MiB + 1;
    const error = refusal(state({ uploadLength }), 5 * MiB);
    expect(error.message).toContain(String(Math.ceil(uploadLength / MAX_PARTS)));
  });

  it("answers 409 when the part numbers left cannot finish the upload", () => {
    const error = refusal(state({ offset: 5 * MiB, partSize: 5 * MiB, lastPart: MAX_PARTS - 2 }), 5 * MiB);
    expect(error).toMatchObject({ status: 409, code: "UPLOAD_PARTS_EXHAUSTED" });
  });

  it("takes an empty chunk as no change", () => {
    expect(planChunk(state({ offset: 8 * MiB, partSize: 8 * MiB }), 0, BIG)).toEqual({ final: false, partSize: 8 * MiB });
  });
});
