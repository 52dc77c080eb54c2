import { crc32 } from "node:zlib";
import { toHex } from "../lib/crypto";

/**
 * Something that sees every byte of an ingest once, in order: a hash, a checksum, a counter. `update`
 * may return a promise; the pump waits for it before the step's buffer is read into again.
 */
export interface ByteObserver {
  update(bytes: Uint8Array): void | Promise<void>;
}

/** SHA-256 through the runtime's native DigestStream. */
export class Sha256Hasher implements ByteObserver {
  readonly #stream = new crypto.DigestStream("SHA-256");
  readonly #writer = this.#stream.getWriter();

  update(bytes: Uint8Array): Promise<void> {
    return this.#writer.write(bytes);
  }

  /** Lower-case hex of everything seen; call once, after the last update. */
  async hex(): Promise<string> {
    await this.#writer.close();
    return toHex(await this.#stream.digest);
  }
}

/** CRC-32 (zlib's), continued from `value`: pass the CRC of the bytes before these to resume one. */
export class Crc32Hasher implements ByteObserver {
  constructor(public value = 0) {}

  update(bytes: Uint8Array): void {
    this.value = crc32(bytes, this.value);
  }
}

/** The body did not have exactly the bytes it declared: it ended early, broke off, or ran on. */
export class BodyLengthError extends Error {
  constructor(
    readonly expected: number,
    /** Bytes read before the body ended or broke off; past `expected` when it ran on. */
    readonly received: number,
    options?: ErrorOptions,
  ) {
    const how = received > expected ? "" : options?.cause === undefined ? "ended" : "broke off";
    super(
      how
        ? `The body ${how} after ${received} of the ${expected} bytes it declared`
        : `The body is longer than the ${expected} bytes it declared`,
      options,
    );
    this.name = "BodyLengthError";
  }
}

/** Bytes read and handed on per step: few steps per file, since the cost of a stream is per chunk. */
export const DEFAULT_STEP_BYTES = 1 << 20;

export interface IngestOptions<T> {
  /** Exactly how many bytes to take from the source (a Content-Length, a part size). */
  length: number;
  /** Stores the bytes: given a stream of exactly `length` bytes, e.g. `(s) => bucket.put(key, s)`. */
  store: (stream: ReadableStream<Uint8Array>) => Promise<T>;
  /** Each sees every byte, in order, while it streams to `store`. */
  observers?: ByteObserver[];
  /** True (default): the source must end right after `length` bytes; false: leave the rest unread. */
  endOfBody?: boolean;
  /** Bytes per step (default 1 MiB); memory holds two steps, never the file. */
  stepBytes?: number;
}

export type IngestSource = ReadableStream<Uint8Array> | ReadableStreamBYOBReader | null;

/**
 * The one byte pump of every upload: reads `length` bytes from `source` in steps of `stepBytes` (a BYOB
 * reader, `readAtLeast`, so a body that arrives in 4 KiB chunks costs one step per MiB), shows each step
 * to the observers and writes it to a FixedLengthStream that `store` is consuming, while the next step is
 * read into the other of two buffers. When the promise resolves, `store` has succeeded with every byte.
 *
 * Failures stop everything and keep nothing: a source that ends early, breaks off (a client gone) or runs
 * past `length` (when `endOfBody`) is a BodyLengthError, and the stream given to `store` is aborted first,
 * so R2 never completes the object; when `store` fails, the source is cancelled (reading stops, nothing
 * hangs) and its error is thrown. Either way the source is cancelled, and observers have seen bytes that
 * were not stored: start them again from a saved state to retry.
 *
 * @param source a request body (null is an empty one), or a BYOB reader to take the next `length` bytes of
 * @returns what `store` resolved with
 * @throws BodyLengthError when the source does not hold exactly `length` bytes; whatever `store` throws
 * @example
 * // One tus PATCH as one part of an R2 multipart upload, continuing the CRC of the earlier parts:
 * const crc = new Crc32Hasher(previousCrc);
 * const part = await ingest(c.req.raw.body, {
 *   length: Number(c.req.header("content-length")),
 *   store: (stream) => multipart.uploadPart(partNumber, stream),
 *   observers: [crc, resumableSha256],
 * });
 * // part is the R2UploadedPart; crc.value now covers every byte up to the end of this part.
 */
export async function ingest<T>(source: IngestSource, options: IngestOptions<T>): Promise<T> {
  const { length, store, observers = [], endOfBody = true, stepBytes = DEFAULT_STEP_BYTES } = options;
  const reader = byobReader(source);
  const fixed = new FixedLengthStream(length);
  const writer = fixed.writable.getWriter();
  let storeError: { error: unknown } | undefined;
  const storing = new Promise<T>((resolve) => resolve(store(fixed.readable))); // a throw becomes a rejection
  // Rejects as soon as `store` fails, so no step waits on a stream that nobody reads any more.
  const storeFailed = new Promise<never>((_, reject) =>
    storing.catch((error: unknown) => {
      storeError = { error };
      reject(error);
    }),
  );
  storeFailed.catch(() => {});
  try {
    await pump(reader, writer, { length, observers, endOfBody, stepBytes }, storeFailed);
    await Promise.race([writer.close(), storeFailed]);
    return await storing;
  } catch (err) {
    const failedFirst = storeError; // aborting below makes `store` fail too, with our error
    reader.cancel(err).catch(() => {});
    writer.abort(err).catch(() => {});
    await storing.catch(() => {}); // settled, so nothing is half-stored once we answer
    throw failedFirst ? failedFirst.error : err;
  }
}

/** A BYOB reader of `source`; streams that cannot give one (made in JS) are passed through one that can. */
function byobReader(source: IngestSource): ReadableStreamBYOBReader {
  if (source instanceof ReadableStreamBYOBReader) return source;
  const stream = source ?? new Blob([]).stream();
  try {
    return stream.getReader({ mode: "byob" });
  } catch {
    return stream.pipeThrough(new IdentityTransformStream()).getReader({ mode: "byob" });
  }
}

type PumpOptions = Required<Omit<IngestOptions<unknown>, "store">>;

/** Reads step after step into two alternating buffers, handing each on while the next is read. */
async function pump(
  reader: ReadableStreamBYOBReader,
  writer: WritableStreamDefaultWriter,
  { length, observers, endOfBody, stepBytes }: PumpOptions,
  storeFailed: Promise<never>,
): Promise<void> {
  const size = Math.max(1, Math.min(stepBytes, length));
  const buffers = [new ArrayBuffer(size), new ArrayBuffer(size)];
  let handing: Promise<unknown> = Promise.resolve();
  let seen = 0;
  for (let slot = 0; seen < length; slot ^= 1) {
    const want = Math.min(size, length - seen);
    const view = await Promise.race([readStep(reader, buffers[slot]!, want, seen, length), storeFailed]);
    buffers[slot] = view.buffer as ArrayBuffer; // the read transferred it
    seen += view.byteLength;
    // Before the last byte goes to storage, so a body that runs on never completes an object.
    if (seen === length && endOfBody) await Promise.race([expectEnd(reader, length), storeFailed]);
    await Promise.race([handing, storeFailed]);
    handing = Promise.all([writer.write(view), ...observers.map((o) => o.update(view))]);
    handing.catch(() => {}); // awaited on the next step or below
  }
  if (length === 0 && endOfBody) await Promise.race([expectEnd(reader, 0), storeFailed]);
  await Promise.race([handing, storeFailed]);
}

/** At least `want` bytes (fewer only when the source ends) into `buffer`; ended or broken → BodyLengthError. */
async function readStep(
  reader: ReadableStreamBYOBReader,
  buffer: ArrayBuffer,
  want: number,
  seen: number,
  length: number,
): Promise<Uint8Array> {
  let value: Uint8Array | undefined;
  try {
    ({ value } = await reader.readAtLeast(want, new Uint8Array(buffer, 0, want)));
  } catch (cause) {
    throw new BodyLengthError(length, seen, { cause });
  }
  if (!value || value.byteLength === 0) throw new BodyLengthError(length, seen);
  return value;
}

/** Resolves when the source ends here; a further byte → BodyLengthError (longer). */
async function expectEnd(reader: ReadableStreamBYOBReader, length: number): Promise<void> {
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read(new Uint8Array(1));
    } catch (cause) {
      throw new BodyLengthError(length, length, { cause });
    }
    if (result.done) return;
    if (result.value.byteLength > 0) throw new BodyLengthError(length, length + result.value.byteLength);
  }
}
