import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chunkSource, type BufferPool, type ChunkSource } from "../../src/zip/chunk-source";
import { planArchive, type PlannedMedia } from "../../src/zip/plan";
import { READ_AHEAD_BYTES, READ_CHUNK_BYTES, zipBody, ZipSourceError, zipStream, type MediaRange } from "../../src/zip/zip-stream";
import { byteStream, centralDirectory, dosDateTime, patternBytes as bytes, readAll, unzipped } from "../zip-reader";

const RID = "11111111-1111-4111-8111-111111111111";

interface Item extends PlannedMedia {
  data: Uint8Array<ArrayBuffer>;
}

function item(id: string, filename: string, data: Uint8Array<ArrayBuffer>, fields: Partial<Item> = {}): Item {
  return { id, filename, content_type: "audio/wav", byte_size: data.byteLength, crc32: crc32(data), sha256: id, data, ...fields };
}

/** In-memory sources that count what is asked of them, optionally failing after some reads. */
class Sources {
  opened: string[] = [];
  ranges: [string, number, number][] = [];
  reads = 0;
  bytes = 0;
  cancelled: unknown[] = [];
  constructor(
    private readonly failAfterReads = Infinity,
    private readonly sendWholeRest = false,
  ) {}

  /** The range asked for, or (`sendWholeRest`, a broken store) everything from its offset to the object's end. */
  open = async (media: Item, range: MediaRange): Promise<ChunkSource> => {
    this.opened.push(media.id);
    this.ranges.push([media.id, range.offset, range.length]);
    let at = range.offset;
    const end = this.sendWholeRest ? media.data.byteLength : Math.min(media.data.byteLength, range.offset + range.length);
    return {
      read: async (want) => {
        this.reads++;
        if (this.reads > this.failAfterReads) throw new Error("R2: injected read failure");
        if (at >= end) return null;
        const chunk = media.data.slice(at, Math.min(end, at + want));
        at += chunk.byteLength;
        this.bytes += chunk.byteLength;
        return chunk;
      },
      cancel: async (reason) => {
        this.cancelled.push(reason);
      },
    };
  };
}

const layoutOf = (items: Item[]) => planOf(items).layout;

function planOf(items: Item[]) {
  const fields = { id: RID, started_at: "2026-05-06T07:08:10.000Z", created_at: "2026-05-06T07:00:00.000Z", updated_at: "2026-05-06T09:00:00.000Z" };
  return planArchive({ by: "recording_ids", ids: [RID] }, [{ fields, media: items }], []);
}

describe("the streamed archive", () => {
  it("unzips to the same bytes, and is exactly as long as planned", async () => {
    const items = [item("a", "Grüße 通話.wav", bytes(READ_CHUNK_BYTES * 2 + 17)), item("b", "b.wav", bytes(5, 9)), item("c", "empty.wav", new Uint8Array())];
    const plan = planOf(items);
    const sources = new Sources();
    const zip = await readAll(zipStream(plan.layout, sources.open));
    expect(zip.byteLength).toBe(plan.length);
    const files = unzipped(zip);
    expect(Object.keys(files)).toEqual(plan.entries.map((e) => e.name));
    for (const [i, it] of items.entries()) expect(files[plan.entries[i + 1]!.name]).toEqual(it.data);
    expect(sources.opened).toEqual(["a", "b"]); // an empty item needs no read
  });

  it("writes each entry's recorded CRC-32 and size, Unix as its origin, UTF-8 names flagged, and the recording's time", async () => {
    const items = [item("a", "Grüße.wav", bytes(1000)), item("b", "plain.wav", bytes(10))];
    const plan = planOf(items);
    const zip = await readAll(zipStream(plan.layout, new Sources().open));
    const central = centralDirectory(zip);
    expect(central.map((e) => e.name)).toEqual(plan.entries.map((e) => e.name));
    for (const [i, entry] of central.entries()) {
      const planned = plan.entries[i]!;
      expect([entry.crc32, entry.size, entry.compressedSize, entry.compression]).toEqual([planned.crc32, planned.size, planned.storedSize, planned.compression]);
      expect(entry.os).toBe(3);
      expect(entry.externalAttrs >>> 16).toBe(0o100644);
      expect(entry.flags & 0x8).toBe(0); // CRC-32 and sizes in the local header: no data descriptor
    }
    expect(central[1]!.flags & 0x800).toBe(0x800);
    expect(central[2]!.flags & 0x800).toBe(0);
    expect(dosDateTime(central[1]!.dosDate, central[1]!.dosTime).toISOString()).toBe("2026-05-06T07:08:10.000Z");
  });

  it("reads sources only a bounded distance ahead of what the consumer has taken", async () => {
    const items = [item("a", "a.wav", bytes(READ_CHUNK_BYTES * 5)), item("b", "b.wav", bytes(READ_CHUNK_BYTES * 3))];
    const sources = new Sources();
    const reader = zipStream(layoutOf(items), sources.open).getReader();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sources.bytes).toBeLessThanOrEqual(READ_AHEAD_BYTES);
    let taken = 0;
    for (let result = await reader.read(); !result.done; result = await reader.read()) {
      taken += result.value.byteLength;
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(sources.bytes - taken).toBeLessThanOrEqual(READ_AHEAD_BYTES + READ_CHUNK_BYTES);
    }
    expect(sources.bytes).toBe(READ_CHUNK_BYTES * 8);
  });

  it("stops reading and cancels the source when the consumer cancels part-way", async () => {
    const items = [item("a", "a.wav", bytes(READ_CHUNK_BYTES * 8)), item("b", "b.wav", bytes(100))];
    const sources = new Sources();
    const reader = zipStream(layoutOf(items), sources.open).getReader();
    for (let i = 0; i < 4; i++) await reader.read();
    const readsBefore = sources.reads;
    await reader.cancel("client went away");
    expect(sources.cancelled).toEqual(["client went away"]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sources.reads).toBe(readsBefore);
    expect(sources.opened).toEqual(["a"]);
  });

  it("errors the stream when a source fails part-way, and releases the source", async () => {
    const items = [item("a", "a.wav", bytes(READ_CHUNK_BYTES * 3))];
    const sources = new Sources(2);
    await expect(readAll(zipStream(layoutOf(items), sources.open))).rejects.toThrow("injected read failure");
    expect(sources.cancelled).toHaveLength(1);
  });

  it("errors the stream when a source holds fewer or more bytes than recorded", async () => {
    const short = item("a", "a.wav", bytes(100), { byte_size: 101 });
    await expect(readAll(zipStream(layoutOf([short]), new Sources().open))).rejects.toThrow(ZipSourceError);
    const long = item("b", "b.wav", bytes(100), { byte_size: 99 });
    await expect(readAll(zipStream(layoutOf([long]), new Sources(Infinity, true).open))).rejects.toThrow(/longer than recorded/);
  });
});

describe("a slice of the archive", () => {
  const items = [item("a", "a.wav", bytes(READ_CHUNK_BYTES + 5)), item("b", "b.wav", bytes(3000, 7)), item("c", "c.wav", bytes(40_000, 3))];

  it("is byte for byte that slice of the whole, wherever it starts and ends", async () => {
    const plan = planOf(items);
    const whole = await readAll(zipStream(plan.layout, new Sources().open));
    const cuts = [0, 1, 29, 30, 100, READ_CHUNK_BYTES, plan.length - 1, plan.length];
    for (const segment of plan.layout.segments) cuts.push(segment.start, segment.start + 1, segment.start + segment.length - 1);
    for (const start of cuts) {
      for (const end of cuts) {
        if (start >= end || end > plan.length) continue;
        const slice = await readAll(zipStream(plan.layout, new Sources().open, undefined, { start, end }));
        expect(Buffer.from(slice).equals(Buffer.from(whole.subarray(start, end))), `[${start}, ${end})`).toBe(true);
      }
    }
  }, 60_000);

  it("opens only the media the slice touches, each for just its part inside the slice", async () => {
    const plan = planOf(items);
    const [, , a, , b, , c] = plan.layout.segments;
    expect([a!.media?.id, b!.media?.id, c!.media?.id]).toEqual(["a", "b", "c"]);
    const sources = new Sources();
    await readAll(zipStream(plan.layout, sources.open, undefined, { start: a!.start + 10, end: b!.start + 100 }));
    expect(sources.ranges).toEqual([["a", 10, a!.length - 10], ["b", 0, 100]]);
    const tail = new Sources();
    await readAll(zipStream(plan.layout, tail.open, undefined, { start: c!.start + c!.length - 5, end: plan.length }));
    expect(tail.ranges).toEqual([["c", 40_000 - 5, 5]]);
    const headers = new Sources();
    await readAll(zipStream(plan.layout, headers.open, undefined, { start: c!.start + c!.length, end: plan.length }));
    expect(headers.ranges).toEqual([]);
  });
});

describe("the archive as a response body", () => {
  it("is exactly the planned bytes", async () => {
    const items = [item("a", "a.wav", bytes(READ_CHUNK_BYTES + 3)), item("b", "b.wav", bytes(10, 2))];
    const plan = planOf(items);
    const body = await readAll(zipBody(plan.layout, new Sources().open));
    expect(body.byteLength).toBe(plan.length);
    expect(body).toEqual(await readAll(zipStream(plan.layout, new Sources().open)));
  });

  it("fails instead of ending early when a source fails, telling onError", async () => {
    const items = [item("a", "a.wav", bytes(READ_CHUNK_BYTES * 3))];
    const errors: unknown[] = [];
    const body = zipBody(layoutOf(items), new Sources(1).open, (err) => errors.push(err));
    await expect(readAll(body)).rejects.toThrow();
    expect(String(errors[0])).toMatch(/injected read failure/);
  });

  it("cancels the source being read when the reader cancels the body", async () => {
    const sources = new Sources();
    const size = READ_AHEAD_BYTES * 3;
    const reader = zipBody(layoutOf([item("a", "a.wav", bytes(size))]), sources.open).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel("gone");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sources.cancelled).toHaveLength(1);
    expect(sources.bytes).toBeLessThan(size);
  });
});

describe("recycled read buffers", () => {
  it("zips byte streams through a few reused buffers without corrupting a byte the client holds", async () => {
    const items = [1, 2, 3].map((n) => item(`m${n}`, `${n}.wav`, bytes(READ_CHUNK_BYTES * 2 + n * 1000, n)));
    const plan = planOf(items);
    const open = async (media: Item, range: MediaRange, pool: BufferPool) =>
      chunkSource(byteStream(media.data.slice(range.offset, range.offset + range.length), 64 * 1024), pool);
    const zip = await readAll(zipBody(plan.layout, open));
    expect(zip.byteLength).toBe(plan.length);
    const files = unzipped(zip);
    for (const [i, it] of items.entries()) expect(files[plan.entries[i + 1]!.name]).toEqual(it.data);
  }, 30_000);
});
