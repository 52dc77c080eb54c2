/** A source of bytes read a chunk at a time, whose reader says how much it wants. */
export interface ChunkSource {
  /** Up to about `want` bytes (at least one unless the source has ended); null at the end. */
  read(want: number): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Stops the source: no more reads. */
  cancel(reason?: unknown): Promise<void>;
}

/**
 * Reads `stream` in chunks of the size the reader asks for. Byte streams (R2 bodies) are read with a
 * BYOB reader's `readAtLeast`, so one read fills a whole buffer instead of handing over the 4 KiB
 * pieces local R2 delivers; other streams are read as they come.
 */
export function chunkSource(stream: ReadableStream<Uint8Array<ArrayBuffer>>): ChunkSource {
  let byob: ReadableStreamBYOBReader | undefined;
  try {
    byob = stream.getReader({ mode: "byob" });
  } catch {
    // not a byte stream
  }
  const reader = byob ?? stream.getReader();
  return {
    async read(want) {
      if (byob) {
        const { done, value } = await byob.readAtLeast(want, new Uint8Array(want));
        return value && value.byteLength > 0 ? value : done ? null : new Uint8Array(0);
      }
      const { done, value } = await (reader as ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>).read();
      return done ? null : value;
    },
    cancel: (reason) => reader.cancel(reason),
  };
}
