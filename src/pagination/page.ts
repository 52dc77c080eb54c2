import type { PagePosition } from "../db/recording-pages";

export interface Keyed {
  id: string;
  created_at: string;
}

/** One page cut from the `limit + 1` rows read, and the positions its next and prev links start from. */
export interface PageCut<T> {
  items: T[];
  next?: PagePosition;
  prev?: PagePosition;
}

/**
 * Cuts a page from rows read by keyset (`limit + 1` of them, newest first), and says where the
 * neighbouring pages start. Reading forward (or from the top) the extra row means a next page, and a
 * cursor means a previous one; reading backward the extra row means a previous page, and there is
 * always a next one.
 */
export function cutPage<T extends Keyed>(rows: T[], limit: number, position?: PagePosition): PageCut<T> {
  const backwards = position?.direction === "prev";
  const more = rows.length > limit;
  const items = backwards ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const first = items[0];
  const last = items[items.length - 1];
  const at = (row: Keyed | undefined, direction: PagePosition["direction"]): PagePosition | undefined =>
    row ? { createdAt: row.created_at, id: row.id, direction } : undefined;
  if (backwards) {
    return { items, prev: more ? at(first, "prev") : undefined, next: at(last, "next") };
  }
  const prev = position ? (at(first, "prev") ?? { ...position, direction: "prev" as const }) : undefined;
  return { items, next: more ? at(last, "next") : undefined, prev };
}
