import { describe, expect, it } from "vitest";
import type { PagePosition } from "../../src/db/recording-pages";
import { cutPage, type Keyed } from "../../src/pagination/page";

/** Rows r9 … r0, newest first, one second apart. */
const NEWEST_FIRST: Keyed[] = Array.from({ length: 10 }, (_, i) => ({
  id: `r${9 - i}`,
  created_at: `2026-01-01T00:00:0${9 - i}.000Z`,
}));
const ids = (rows: Keyed[]) => rows.map((r) => r.id);
const at = (row: Keyed, direction: PagePosition["direction"]): PagePosition => ({ createdAt: row.created_at, id: row.id, direction });
const row = (id: string) => NEWEST_FIRST.find((r) => r.id === id)!;

describe("cutPage reading forward", () => {
  it("gives an empty first page with neither next nor prev", () => {
    expect(cutPage([], 3)).toEqual({ items: [], next: undefined, prev: undefined });
  });

  it("gives a first page without next when no extra row was read", () => {
    const page = cutPage(NEWEST_FIRST.slice(0, 3), 3);
    expect(ids(page.items)).toEqual(["r9", "r8", "r7"]);
    expect(page.next).toBeUndefined();
    expect(page.prev).toBeUndefined();
  });

  it("drops the extra row and starts next after the page's last item when more exist", () => {
    const page = cutPage(NEWEST_FIRST.slice(0, 4), 3);
    expect(ids(page.items)).toEqual(["r9", "r8", "r7"]);
    expect(page.next).toEqual(at(row("r7"), "next"));
    expect(page.prev).toBeUndefined();
  });

  it("starts prev at the first item on a page reached by a cursor", () => {
    const position = at(row("r7"), "next");
    const page = cutPage(NEWEST_FIRST.slice(3, 7), 3, position);
    expect(ids(page.items)).toEqual(["r6", "r5", "r4"]);
    expect(page.next).toEqual(at(row("r4"), "next"));
    expect(page.prev).toEqual(at(row("r6"), "prev"));
  });

  it("has no next on the last page reached by a cursor, but still a prev", () => {
    const page = cutPage(NEWEST_FIRST.slice(8), 3, at(row("r2"), "next"));
    expect(ids(page.items)).toEqual(["r1", "r0"]);
    expect(page.next).toBeUndefined();
    expect(page.prev).toEqual(at(row("r1"), "prev"));
  });

  it("points prev back at the cursor's own position when a page past the end is empty", () => {
    const position = at(row("r0"), "next");
    const page = cutPage([], 3, position);
    expect(page.items).toEqual([]);
    expect(page.next).toBeUndefined();
    expect(page.prev).toEqual({ ...position, direction: "prev" });
  });

  it("treats limit + 1 rows as more and exactly limit rows as the end", () => {
    expect(cutPage(NEWEST_FIRST.slice(0, 2), 1).next).toEqual(at(row("r9"), "next"));
    expect(cutPage(NEWEST_FIRST.slice(0, 1), 1).next).toBeUndefined();
  });
});

describe("cutPage reading backward", () => {
  // Backward reads come oldest first from the database (nearest the cursor first).
  const oldestFirst = (from: number, to: number) => NEWEST_FIRST.slice(from, to).reverse();

  it("returns the page newest first and starts prev at its first item when more exist", () => {
    const position = at(row("r3"), "prev");
    const page = cutPage(oldestFirst(2, 6), 3, position); // r4, r5, r6, r7 read; r7 is the extra
    expect(ids(page.items)).toEqual(["r6", "r5", "r4"]);
    expect(page.prev).toEqual(at(row("r6"), "prev"));
    expect(page.next).toEqual(at(row("r4"), "next"));
  });

  it("has no prev once it reaches the newest rows, and always a next", () => {
    const page = cutPage(oldestFirst(0, 3), 3, at(row("r6"), "prev"));
    expect(ids(page.items)).toEqual(["r9", "r8", "r7"]);
    expect(page.prev).toBeUndefined();
    expect(page.next).toEqual(at(row("r7"), "next"));
  });

  it("gives a short page when fewer rows than the limit are newer than the cursor", () => {
    const page = cutPage(oldestFirst(0, 2), 3, at(row("r7"), "prev"));
    expect(ids(page.items)).toEqual(["r9", "r8"]);
    expect(page.prev).toBeUndefined();
    expect(page.next).toEqual(at(row("r8"), "next"));
  });

  it("does not change the rows it was given", () => {
    const rows = oldestFirst(0, 4);
    const before = ids(rows);
    cutPage(rows, 3, at(row("r5"), "prev"));
    expect(ids(rows)).toEqual(before);
  });
});
