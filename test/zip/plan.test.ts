import { inflateSync } from "fflate";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { archiveEtag } from "../../src/zip/archive-etag";
import { nameLength } from "../../src/zip/layout";
import { MANIFEST_NAME, planArchive, type PlannedMedia, type PlannedRecording } from "../../src/zip/plan";

const RID = "11111111-1111-4111-8111-111111111111";
const RID2 = "22222222-2222-4222-8222-222222222222";

function media(id: string, filename: string, size: number, content_type = "audio/wav"): PlannedMedia & Record<string, unknown> {
  return {
    id, filename, content_type, byte_size: size, crc32: 0xdeadbeef, kind: "audio",
    sha256: "ab".repeat(32), created_at: "2026-01-01T00:00:00.000Z", r2_key: `k/${id}`,
  };
}

function recording(id: string, items: PlannedMedia[], started_at: string | null = "2026-03-04T05:06:08.000Z"): PlannedRecording<PlannedMedia> {
  return {
    fields: { id, started_at, created_at: "2026-03-04T05:00:00.000Z", updated_at: "2026-03-05T00:00:00.000Z", metadata: { "k\u0000": "</script>" } },
    media: items,
  };
}

function manifestOf(plan: ReturnType<typeof planArchive>) {
  const entry = plan.entries[0]!;
  const data = entry.written!.local.subarray(30 + nameLength(MANIFEST_NAME));
  expect(data.byteLength).toBe(entry.storedSize);
  const raw = entry.compression === 8 ? inflateSync(data) : data;
  expect(raw.byteLength).toBe(entry.size);
  expect(crc32(raw)).toBe(entry.crc32);
  return JSON.parse(new TextDecoder().decode(raw));
}

describe("planning an archive", () => {
  it("puts the manifest first, then each recording's media in a folder named by its id", () => {
    const plan = planArchive(
      { by: "recording_ids", ids: [RID, RID2] },
      [recording(RID, [media("m1", "call.wav", 10), media("m2", "call.wav", 20)]), recording(RID2, [media("m3", "x.mp4", 5, "video/mp4")])],
      [],
    );
    expect(plan.entries.map((e) => e.name)).toEqual([MANIFEST_NAME, `${RID}/call.wav`, `${RID}/call (2).wav`, `${RID2}/x.mp4`]);
    expect(plan.entries.slice(1).map((e) => [e.size, e.storedSize, e.crc32, e.compression])).toEqual([
      [10, 10, 0xdeadbeef, 0],
      [20, 20, 0xdeadbeef, 0],
      [5, 5, 0xdeadbeef, 0],
    ]);
    const names = plan.entries.map((e) => nameLength(e.name));
    const headers = names.reduce((n, name) => n + 30 + 46 + 2 * name, 0);
    expect(plan.length).toBe(headers + plan.entries.reduce((n, e) => n + e.storedSize, 0) + 22);
    expect(plan.layout.zip64).toBe(false);
  });

  it("dates media entries by when the recording started, else when it was created", () => {
    const plan = planArchive(
      { by: "recording_ids", ids: [RID, RID2] },
      [recording(RID, [media("m1", "a.wav", 1)]), recording(RID2, [media("m2", "b.wav", 1)], null)],
      [],
    );
    expect(plan.entries[1]!.modified.toISOString()).toBe("2026-03-04T05:06:08.000Z");
    expect(plan.entries[2]!.modified.toISOString()).toBe("2026-03-04T05:00:00.000Z");
    expect(plan.entries[0]!.modified.toISOString()).toBe("2026-03-05T00:00:00.000Z");
  });

  it("lists the selection, each recording with its media and paths, and what was left out", () => {
    const skipped = [{ recording_id: RID2, reason: "in_trash" as const }];
    const plan = planArchive({ by: "recording_ids", ids: [RID, RID2] }, [recording(RID, [media("m1", "../a.wav", 3)])], skipped);
    const manifest = manifestOf(plan);
    expect(manifest.requested).toEqual({ recording_ids: [RID, RID2] });
    expect(manifest.skipped).toEqual(skipped);
    expect(manifest.recordings).toHaveLength(1);
    expect(manifest.recordings[0].metadata).toEqual({ "k\u0000": "</script>" });
    expect(manifest.recordings[0].media).toEqual([
      {
        id: "m1", kind: "audio", filename: "../a.wav", content_type: "audio/wav", byte_size: 3,
        sha256: "ab".repeat(32), created_at: "2026-01-01T00:00:00.000Z", path: `${RID}/_a.wav`,
      },
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/r2_key|crc32/);
  });

  it("has fflate write the manifest entry, deflated when that makes it smaller", () => {
    const many = Array.from({ length: 20 }, (_, i) => recording(`${RID.slice(0, -2)}${String(i).padStart(2, "0")}`, [media(`m${i}`, "a.wav", 1)]));
    const big = planArchive({ by: "recording_ids", ids: many.map((r) => r.fields.id) }, many, []);
    expect(big.entries[0]!.compression).toBe(8);
    expect(big.entries[0]!.storedSize).toBeLessThan(big.entries[0]!.size);
    manifestOf(big);
  });

  it("gives the same plan, byte for byte, for the same input", () => {
    const input = () => [recording(RID, [media("m1", "a.wav", 7)])];
    const a = planArchive({ by: "call_ids", ids: [RID] }, input(), []);
    const b = planArchive({ by: "call_ids", ids: [RID] }, input(), []);
    expect(a.entries[0]!.written).toEqual(b.entries[0]!.written);
    expect(a.length).toBe(b.length);
  });

  it("lays out an archive past 4 GiB with ZIP64 records, the manifest first and plain", () => {
    const huge = [recording(RID, [media("m1", "a.wav", 3 * 2 ** 30), media("m2", "b.wav", 2 ** 30)])];
    const plan = planArchive({ by: "recording_ids", ids: [RID] }, huge, []);
    expect(plan.length).toBeGreaterThan(2 ** 32);
    expect(plan.layout.zip64).toBe(true);
    const manifestHeader = plan.entries[0]!.written!.local;
    expect([manifestHeader[4], manifestHeader[6]! & 8]).toEqual([20, 0]); // version needed 2.0, no descriptor
  });
});

describe("the archive's ETag", () => {
  const plan = (items: PlannedMedia[], skipped: { recording_id: string; reason: "in_trash" }[] = [], metadata?: unknown) => {
    const r = recording(RID, items);
    if (metadata) r.fields.metadata = metadata;
    return planArchive({ by: "recording_ids", ids: [RID, RID2] }, [r], skipped);
  };

  it("is strong and the same for the same input", async () => {
    const tag = await archiveEtag(plan([media("m1", "a.wav", 7)]));
    expect(tag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(await archiveEtag(plan([media("m1", "a.wav", 7)]))).toBe(tag);
  });

  it("changes with anything that shapes the bytes: media, names, order, sizes, what was left out, metadata", async () => {
    const base = [media("m1", "a.wav", 7), media("m2", "b.wav", 9)];
    const variants = [
      plan(base),
      plan([base[1]!, base[0]!]),
      plan([media("m1", "c.wav", 7), base[1]!]),
      plan([media("m1", "a.wav", 8), base[1]!]),
      plan([{ ...base[0]!, sha256: "cd".repeat(32) }, base[1]!]),
      plan([{ ...base[0]!, crc32: 1 }, base[1]!]),
      plan(base, [{ recording_id: RID2, reason: "in_trash" }]),
      plan(base, [], { other: true }),
    ];
    const tags = await Promise.all(variants.map(archiveEtag));
    expect(new Set(tags).size).toBe(variants.length);
  });
});
