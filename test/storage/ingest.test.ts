import { crc32 } from "node:zlib";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { BodyLengthError, Crc32Hasher, ingest, Sha256Hasher, type ByteObserver } from "../../src/storage/ingest";
import { bytesOf, sha256Hex } from "../helpers";

/** A body as clients' bytes arrive: `chunk`-byte pieces, then optionally an error instead of the end. */
function chunked(bytes: Uint8Array, chunk: number, { failAt }: { failAt?: number } = {}) {
  let at = 0;
  let cancelled: unknown = undefined;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAt !== undefined && at >= failAt) return controller.error(new Error("Network connection lost."));
      if (at >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
    cancel(reason) {
      cancelled = reason ?? "cancelled";
    },
  });
  return { stream, wasCancelled: () => cancelled !== undefined };
}

/** A body that sends `bytes` and then neither ends nor fails: a client that stalls. */
function stalling(bytes: Uint8Array) {
  let cancelled = false;
  let sent = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) controller.enqueue(bytes);
      sent = true;
      return new Promise<void>(() => {});
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, wasCancelled: () => cancelled };
}

/** Keeps a copy of every step it is shown. */
class StepRecorder implements ByteObserver {
  readonly steps: Uint8Array[] = [];
  update(bytes: Uint8Array): void {
    this.steps.push(bytes.slice());
  }
}

const freshKey = () => `ingest-test/${crypto.randomUUID()}`;

async function stored(key: string): Promise<Uint8Array | null> {
  const object = await env.MEDIA.get(key);
  return object && new Uint8Array(await object.arrayBuffer());
}

const putTo = (key: string) => (stream: ReadableStream<Uint8Array>) => env.MEDIA.put(key, stream);

describe("ingest", () => {
  it("stores every byte of a body that arrives in 4 KiB chunks, read in larger steps", async () => {
    const bytes = bytesOf(100_003, 5);
    const key = freshKey();
    const steps = new StepRecorder();
    await ingest(chunked(bytes, 4096).stream, { length: bytes.byteLength, store: putTo(key), observers: [steps], stepBytes: 16_384 });
    expect(await stored(key)).toEqual(bytes);
    expect(steps.steps.map((s) => s.byteLength)).toEqual([16_384, 16_384, 16_384, 16_384, 16_384, 16_384, 1_699]);
  });

  it("hashes SHA-256 and CRC-32 of exactly the stored bytes", async () => {
    const bytes = bytesOf(300_000, 9);
    const sha256 = new Sha256Hasher();
    const crc = new Crc32Hasher();
    const key = freshKey();
    const body = new Request("http://x", { method: "POST", body: bytes }).body;
    await ingest(body, { length: bytes.byteLength, store: putTo(key), observers: [sha256, crc], stepBytes: 65_536 });
    expect(await sha256.hex()).toBe(await sha256Hex(bytes));
    expect(crc.value).toBe(crc32(bytes));
    expect(await stored(key)).toEqual(bytes);
  });

  it("continues a CRC-32 from the value of the bytes before", async () => {
    const bytes = bytesOf(50_000, 2);
    const crc = new Crc32Hasher(crc32(bytes.subarray(0, 20_000)));
    const rest = bytes.subarray(20_000);
    await ingest(chunked(rest, 4096).stream, { length: rest.byteLength, store: putTo(freshKey()), observers: [crc] });
    expect(crc.value).toBe(crc32(bytes));
  });

  it("resolves with what store resolved with", async () => {
    const result = await ingest(chunked(bytesOf(10), 4).stream, {
      length: 10,
      store: async (stream) => (await new Response(stream).arrayBuffer()).byteLength,
    });
    expect(result).toBe(10);
  });

  it("stores an empty body, and a null one, as a 0-byte object", async () => {
    for (const body of [null, new Request("http://x", { method: "POST", body: new Uint8Array(0) }).body]) {
      const key = freshKey();
      const sha256 = new Sha256Hasher();
      await ingest(body, { length: 0, store: putTo(key), observers: [sha256] });
      expect(await stored(key)).toEqual(new Uint8Array(0));
      expect(await sha256.hex()).toBe(await sha256Hex(new Uint8Array(0)));
    }
  });

  it("throws BodyLengthError and stores nothing when the body ends early", async () => {
    const key = freshKey();
    const error = await ingest(chunked(bytesOf(10_000), 4096).stream, { length: 10_001, store: putTo(key), stepBytes: 4096 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BodyLengthError);
    expect(error).toMatchObject({ expected: 10_001, received: 10_000 });
    expect(await env.MEDIA.head(key)).toBeNull();
  });

  it("throws BodyLengthError and stores nothing when the body runs past its length", async () => {
    for (const length of [0, 4096, 9_999]) {
      const key = freshKey();
      const error = await ingest(chunked(bytesOf(10_000), 4096).stream, { length, store: putTo(key) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BodyLengthError);
      expect((error as BodyLengthError).received).toBeGreaterThan(length);
      expect(await env.MEDIA.head(key)).toBeNull();
    }
  });

  it("throws BodyLengthError with the cause and stores nothing when the body breaks off", async () => {
    const key = freshKey();
    const { stream, wasCancelled } = chunked(bytesOf(20_000), 4096, { failAt: 8192 });
    const error = await ingest(stream, { length: 20_000, store: putTo(key), stepBytes: 4096 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyLengthError);
    expect((error as BodyLengthError).message).toMatch(/broke off after \d+ of the 20000 bytes/);
    expect(String((error as Error).cause)).toMatch(/Network connection lost/);
    expect(await env.MEDIA.head(key)).toBeNull();
    expect(wasCancelled()).toBe(false); // an errored stream has nothing left to cancel
  });

  it("throws the store's error and stops reading a body that would never end when the store fails", async () => {
    const { stream, wasCancelled } = stalling(bytesOf(4096));
    const failure = new Error("R2 put: injected outage");
    const error = await ingest(stream, { length: 1 << 20, store: () => Promise.reject(failure) }).catch((e: unknown) => e);
    expect(error).toBe(failure);
    await vi.waitFor(() => expect(wasCancelled()).toBe(true)); // through the pipe, a tick or two later
  });

  it("throws the store's error and stops reading when the store throws before it starts", async () => {
    const { stream, wasCancelled } = stalling(bytesOf(4096));
    const failure = new TypeError("bucket.put is not a function");
    const store = (): Promise<never> => {
      throw failure;
    };
    expect(await ingest(stream, { length: 1 << 20, store }).catch((e: unknown) => e)).toBe(failure);
    await vi.waitFor(() => expect(wasCancelled()).toBe(true));
  });

  it("throws the store's error when the store fails after taking every byte", async () => {
    const failure = new Error("R2 put: refused at the end");
    const store = async (stream: ReadableStream<Uint8Array>) => {
      await new Response(stream).arrayBuffer();
      throw failure;
    };
    const error = await ingest(chunked(bytesOf(10_000), 4096).stream, { length: 10_000, store }).catch((e: unknown) => e);
    expect(error).toBe(failure);
  });

  it("stops and keeps nothing when an observer fails", async () => {
    const key = freshKey();
    const failing: ByteObserver = { update: () => Promise.reject(new Error("observer failed")) };
    const error = await ingest(chunked(bytesOf(10_000), 4096).stream, { length: 10_000, store: putTo(key), observers: [failing] }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe("observer failed");
    expect(await env.MEDIA.head(key)).toBeNull();
  });

  it("takes one body apart into the parts of a multipart upload, leaving the rest of the body unread", async () => {
    const partSize = 5 * 1024 * 1024;
    const bytes = bytesOf(partSize * 2 + 1234, 3);
    const key = freshKey();
    const multipart = await env.MEDIA.createMultipartUpload(key);
    const reader = chunked(bytes, 4096).stream.pipeThrough(new IdentityTransformStream()).getReader({ mode: "byob" });
    const crc = new Crc32Hasher();
    const parts: R2UploadedPart[] = [];
    for (const [n, length] of [partSize, partSize, 1234].entries()) {
      const store = (stream: ReadableStream<Uint8Array>) => multipart.uploadPart(n + 1, stream);
      parts.push(await ingest(reader, { length, store, observers: [crc], endOfBody: n === 2 }));
    }
    await multipart.complete(parts);
    expect(crc.value).toBe(crc32(bytes));
    expect(await sha256Hex((await stored(key))!)).toBe(await sha256Hex(bytes));
  }, 30_000);
});
