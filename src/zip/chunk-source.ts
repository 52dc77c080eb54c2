/** A source of bytes read a chunk at a time, whose reader says how much it wants. */
export interface ChunkSource {
  /** Up to about `want` bytes (at least one unless the source has ended); null at the end. */
  read(want: number): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Stops the source: no more reads. */
  cancel(reason?: unknown): Promise<void>;
}

/**
 * Read buffers of one size, handed back once nothing reads their bytes any more, so a long archive
 * reuses a few buffers instead of leaving a trail of garbage for the collector.
 */
export class BufferPool {
  readonly #free: ArrayBuffer[] = [];
  readonly #ours = new WeakSet<ArrayBufferLike>();

  constructor(
    readonly size: number,
    private readonly keep = 8,
  ) {}

  /** A buffer of `size` bytes: a returned one, or a new one. */
  take(): ArrayBuffer {
    return this.#free.pop() ?? new ArrayBuffer(this.size);
  }

  /** Marks a buffer (as a read returned it) as this pool's, so `give` takes it back. */
  own(buffer: ArrayBufferLike): void {
    this.#ours.add(buffer);
  }

  /** Takes back a buffer of this pool that nothing reads any more; others are left to the collector. */
  give(buffer: ArrayBufferLike): void {
    if (!this.#ours.has(buffer) || !(buffer instanceof ArrayBuffer) || buffer.detached) return;
    this.#ours.delete(buffer);
    if (this.#free.length < this.keep) this.#free.push(buffer);
  }
}

/**
 * Reads `stream` in chunks of the size the reader asks for (at most the pool's buffer size). Byte
 * streams (R2 bodies) are read with a BYOB reader's `readAtLeast` into the pool's buffers, so one read
 * fills a whole buffer instead of handing over the 4 KiB pieces local R2 delivers; other streams are
 * read as they come.
 */
export function chunkSource(stream: ReadableStream<Uint8Array<ArrayBuffer>>, pool?: BufferPool): ChunkSource {
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
        const view = pool && want <= pool.size ? new Uint8Array(pool.take(), 0, want) : new Uint8Array(want);
        const { done, value } = await byob.readAtLeast(want, view);
        // The read transferred the buffer (the same memory, a new object): the pool takes that one back.
        if (value) pool?.own(value.buffer);
        if (value && value.byteLength > 0) return value;
        if (value) pool?.give(value.buffer); // nothing in it to send
        return done ? null : new Uint8Array(0);
      }
      const { done, value } = await (reader as ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>).read();
      return done ? null : value;
    },
    cancel: (reason) => reader.cancel(reason),
  };
}
