import { describe, expect, it } from "vitest";
import { BufferPool, chunkSource } from "../../src/zip/chunk-source";
import { byteStream, patternBytes as bytes } from "../zip-reader";

describe("the read buffer pool", () => {
  it("gives back only its own buffers, not detached, up to the number it keeps", () => {
    const pool = new BufferPool(16, 1);
    const a = pool.take();
    const b = pool.take();
    pool.give(a); // not marked as the pool's
    expect(pool.take()).not.toBe(a);
    pool.own(a);
    pool.own(b);
    pool.give(a);
    pool.give(b); // more than it keeps
    expect(pool.take()).toBe(a);
    expect(pool.take()).not.toBe(b);
    const c = pool.take();
    pool.own(c);
    structuredClone(c, { transfer: [c] });
    pool.give(c);
    expect(pool.take()).not.toBe(c);
  });

  it("reads a byte stream into the pool's buffers", async () => {
    const pool = new BufferPool(4096);
    const source = chunkSource(byteStream(bytes(10_000), 1000), pool);
    const first = await source.read(4096);
    pool.give(first!.buffer);
    const second = await source.read(4096);
    expect(second!.buffer.byteLength).toBe(4096);
    expect(second).toEqual(bytes(8192).subarray(4096));
  });
});

describe("chunk sources", () => {
  it("fills whole chunks from a byte stream that delivers small pieces", async () => {
    const data = bytes(10_000);
    const source = chunkSource(byteStream(data, 100));
    const first = await source.read(4096);
    expect(first?.byteLength).toBe(4096);
    expect(first).toEqual(data.subarray(0, 4096));
    expect((await source.read(8192))?.byteLength).toBe(10_000 - 4096);
    expect(await source.read(1)).toBeNull();
  });

  it("reads streams that are not byte streams chunk by chunk, as they come", async () => {
    const chunks = [bytes(10), bytes(3)];
    const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const source = chunkSource(stream);
    expect(await source.read(4)).toEqual(chunks[0]);
    expect(await source.read(4)).toEqual(chunks[1]);
    expect(await source.read(4)).toBeNull();
  });
});
