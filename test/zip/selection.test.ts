import { describe, expect, it } from "vitest";
import { distinctIds, idsAsSent, selectorOf, selectRecordings, type Candidate } from "../../src/zip/selection";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function candidate(n: number, fields: Partial<Candidate> = {}): Candidate {
  return { id: id(n), call_id: null, status: "complete", deleted_at: null, media: [{}], ...fields };
}

describe("distinct ids", () => {
  it("keeps each id once, in the order first given, comparing in lower case", () => {
    const upper = id(1).toUpperCase();
    expect(distinctIds([id(2), upper, id(2), id(1)])).toEqual([id(2), id(1)]);
  });
});

describe("choosing recordings by id", () => {
  it("includes complete, failed and aborted recordings with media, in the order asked", () => {
    const found = [candidate(1), candidate(2, { status: "failed" }), candidate(3, { status: "aborted" })];
    const { included, skipped } = selectRecordings({ by: "recording_ids", ids: [id(3), id(1), id(2)] }, found);
    expect(included.map((c) => c.id)).toEqual([id(3), id(1), id(2)]);
    expect(skipped).toEqual([]);
  });

  it("leaves out what is missing, in progress, in the trash or without media, with the reason", () => {
    const found = [
      candidate(2, { status: "active" }),
      candidate(3, { status: "starting" }),
      candidate(4, { deleted_at: "2026-01-01T00:00:00.000Z", status: "active" }),
      candidate(5, { media: [] }),
      candidate(6),
    ];
    const ids = [1, 2, 3, 4, 5, 6].map(id);
    const { included, skipped } = selectRecordings({ by: "recording_ids", ids }, found);
    expect(included.map((c) => c.id)).toEqual([id(6)]);
    expect(skipped).toEqual([
      { recording_id: id(1), reason: "not_found" },
      { recording_id: id(2), reason: "in_progress" },
      { recording_id: id(3), reason: "in_progress" },
      { recording_id: id(4), reason: "in_trash" },
      { recording_id: id(5), reason: "no_media" },
    ]);
  });
});

describe("choosing recordings by call", () => {
  it("includes every downloadable recording of each call and names the call of those left out", () => {
    const call = id(100);
    const other = id(200);
    const found = [
      candidate(1, { call_id: call }),
      candidate(2, { call_id: call, status: "ending" }),
      candidate(3, { call_id: call }),
      candidate(4, { call_id: other, media: [] }),
    ];
    const { included, skipped } = selectRecordings({ by: "call_ids", ids: [call, other, id(300)] }, found);
    expect(included.map((c) => c.id)).toEqual([id(1), id(3)]);
    expect(skipped).toEqual([
      { call_id: call, recording_id: id(2), reason: "in_progress" },
      { call_id: other, recording_id: id(4), reason: "no_media" },
      { call_id: id(300), reason: "not_found" },
    ]);
  });
});

describe("counting ids as sent", () => {
  it("counts both selectors, duplicates and all, from arrays or comma-separated text", () => {
    expect(idsAsSent({ recording_ids: [id(1), id(1), "junk"] })).toBe(3);
    expect(idsAsSent({ recording_ids: "a,b,,c", call_ids: ["x"] })).toBe(4);
    expect(idsAsSent({ call_ids: ["a,b", "c"] })).toBe(3);
    expect(idsAsSent({ recording_ids: [1, null, {}] })).toBe(3);
  });

  it("counts nothing in input that carries no list", () => {
    for (const input of [null, "text", 7, [], {}, { recording_ids: 5 }]) expect(idsAsSent(input)).toBe(0);
  });
});

describe("the selector of a request", () => {
  it("takes the list given, each id once", () => {
    expect(selectorOf({ recording_ids: [id(1), id(1)] })).toEqual({ by: "recording_ids", ids: [id(1)] });
    expect(selectorOf({ call_ids: [id(2)] })).toEqual({ by: "call_ids", ids: [id(2)] });
  });
});
