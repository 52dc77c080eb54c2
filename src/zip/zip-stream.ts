/**
 * The archive as a pull-driven stream: fflate's streaming `Zip` writes headers, data descriptors and
 * the central directory around bytes it is handed one entry at a time, each entry's size and CRC-32
 * given up front (stored entries: fflate computes nothing). A source is read only as the consumer
 * asks for more (a bounded read-ahead), so a slow client slows the reads and a client that goes
 * away stops them.
 */
import { Zip, type ZipInputFile } from "fflate";
import { BufferPool, type ChunkSource } from "./chunk-source";
import type { ArchivePlan, PlannedEntry } from "./plan";

/** Bytes asked of a source per read. */
export const READ_CHUNK_BYTES = 1024 * 1024;
/** How far the archive may be read ahead of its consumer, so reading and sending overlap. */
export const READ_AHEAD_BYTES = 4 * READ_CHUNK_BYTES;
/** Unix (3) as the entry's origin, so Info-ZIP `unzip` reads the UTF-8 names as UTF-8. */
const UNIX = 3;
/** A regular file, rw-r--r--, in the high 16 bits of the external attributes. */
const FILE_ATTRS = (0o100644 << 16) >>> 0;

/** Thrown when a source's bytes do not match what its entry promised: the archive would be corrupt. */
export class ZipSourceError extends Error {
  override name = "ZipSourceError";
}

/** Opens the stored bytes of an entry's media item, to be read into the pool's buffers. */
export type OpenMedia<M> = (media: M, pool: BufferPool) => Promise<ChunkSource>;

interface Current {
  name: string;
  file: ZipInputFile;
  source: ChunkSource;
  left: number;
}

/** Drives fflate: each `next()` does at most one source read and returns the archive bytes ready. */
class ZipPump<M> {
  readonly #zip: Zip;
  readonly #out: Uint8Array[] = [];
  #failure: unknown = null;
  #ended = false;
  #cancelled = false;
  #index = 0;
  #current: Current | null = null;

  constructor(
    private readonly entries: readonly PlannedEntry<M>[],
    private readonly open: OpenMedia<M>,
    private readonly pool: BufferPool,
  ) {
    this.#zip = new Zip((err, chunk, final) => {
      if (err) this.#failure = err;
      else this.#out.push(chunk);
      if (final) this.#ended = true;
    });
  }

  /** The next archive bytes, or null when the archive is complete. */
  async next(): Promise<Uint8Array[] | null> {
    while (this.#out.length === 0) {
      if (this.#failure) throw this.#failure;
      if (this.#ended) return null;
      if (this.#cancelled) throw new ZipSourceError("The archive was cancelled");
      await (this.#current ? this.#readMore(this.#current) : this.#startEntry());
    }
    return this.#out.splice(0);
  }

  /** Stops the source being read; nothing more is opened. */
  async cancel(reason: unknown): Promise<void> {
    this.#cancelled = true;
    const current = this.#current;
    this.#current = null;
    await current?.source.cancel(reason).catch(() => undefined);
  }

  async #startEntry(): Promise<void> {
    const entry = this.entries[this.#index++];
    if (!entry) return this.#zip.end();
    const file: ZipInputFile = {
      filename: entry.name, size: entry.size, crc: entry.crc32, compression: entry.compression,
      mtime: entry.modified, os: UNIX, attrs: FILE_ATTRS,
    };
    // fflate holds an entry's chunks in memory until the entry before it is final: add one at a time.
    this.#zip.add(file);
    if (entry.bytes) return file.ondata!(null, entry.bytes, true);
    if (entry.storedSize === 0) return file.ondata!(null, new Uint8Array(0), true);
    const source = await this.open(entry.media, this.pool);
    if (this.#cancelled) return source.cancel("cancelled");
    this.#current = { name: entry.name, file, source, left: entry.storedSize };
  }

  async #readMore(current: Current): Promise<void> {
    const chunk = await current.source.read(Math.min(READ_CHUNK_BYTES, current.left));
    if (this.#cancelled) return;
    if (chunk === null) throw new ZipSourceError(`${current.name} ended ${current.left} bytes early`);
    if (chunk.byteLength > current.left) throw new ZipSourceError(`${current.name} is longer than recorded`);
    current.left -= chunk.byteLength;
    if (current.left > 0) return current.file.ondata!(null, chunk, false);
    // The recorded size is reached: the source must end here too.
    if ((await current.source.read(1)) !== null) throw new ZipSourceError(`${current.name} is longer than recorded`);
    this.#current = null;
    current.file.ondata!(null, chunk, true);
  }
}

/**
 * The planned archive as a pull-driven stream: each media item is opened (through `open`) and read
 * only as the consumer pulls, at most {@link READ_AHEAD_BYTES} ahead of it, so a slow consumer slows
 * the reads and memory stays flat however large the archive. A source that fails, or whose bytes do
 * not match its entry, errors the stream (after `onError` hears of it); cancelling the stream cancels
 * the source being read.
 */
export function zipStream<M>(
  plan: ArchivePlan<M>,
  open: OpenMedia<M>,
  onError: (err: unknown) => void = () => undefined,
  pool = new BufferPool(READ_CHUNK_BYTES),
): ReadableStream<Uint8Array> {
  const pump = new ZipPump(plan.entries, open, pool);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunks;
        try {
          chunks = await pump.next();
        } catch (err) {
          onError(err);
          await pump.cancel(err);
          throw err;
        }
        if (chunks === null) controller.close();
        else for (const chunk of chunks) controller.enqueue(chunk);
      },
      cancel: (reason) => pump.cancel(reason),
    },
    new ByteLengthQueuingStrategy({ highWaterMark: READ_AHEAD_BYTES }),
  );
}

/**
 * The archive as a response body of exactly `plan.length` bytes: {@link zipStream} written into a
 * FixedLengthStream, which gives the response its `Content-Length` and fails it, rather than ending
 * it early, when the archive cannot be completed. A read buffer goes back to the pool once its write
 * has resolved (the response has taken the bytes), so memory stays flat. (A JavaScript stream handed
 * to the response directly is about half as fast.)
 */
export function zipBody<M>(plan: ArchivePlan<M>, open: OpenMedia<M>, onError?: (err: unknown) => void): ReadableStream<Uint8Array> {
  const pool = new BufferPool(READ_CHUNK_BYTES);
  const { readable, writable } = new FixedLengthStream(plan.length);
  const reader = zipStream(plan, open, onError, pool).getReader();
  const writer = writable.getWriter();
  const send = async () => {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      await writer.write(next.value);
      pool.give(next.value.buffer);
    }
    await writer.close();
  };
  // Errors reach the client through the aborted writable (onError has logged the archive's own).
  send().catch((err: unknown) => {
    reader.cancel(err).catch(() => undefined);
    writer.abort(err).catch(() => undefined);
  });
  return readable;
}
