/**
 * D1 session bookmarks as the API reads and writes them in `X-D1-Bookmark` (pure: no bindings).
 *
 * A bookmark names a point in the database's commit log: D1 (and the local runtime) write it as four
 * lower-case hex fields, `00000000-0000000a-00004f6d-<32 hex digits>` (59 characters). The runtime
 * itself refuses only an empty string, so the API checks the form before handing one to `withSession`.
 */

/** The response and request header that carries a bookmark. */
export const BOOKMARK_HEADER = "X-D1-Bookmark";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

/** How a request's `X-D1-Bookmark` reads: absent (or empty), a well-formed bookmark, or malformed. */
export type PresentedBookmark = { kind: "none" } | { kind: "bookmark"; value: string } | { kind: "malformed" };

/** Reads an `X-D1-Bookmark` request header; an empty or blank one counts as absent. */
export function readBookmark(header: string | null | undefined): PresentedBookmark {
  if (header === null || header === undefined) return { kind: "none" };
  const value = header.trim();
  if (value === "") return { kind: "none" };
  return BOOKMARK.test(value) ? { kind: "bookmark", value } : { kind: "malformed" };
}

/** Where a request's D1 session starts: the primary, or a bookmark, or any replica. */
export type SessionStart = "first-primary" | "first-unconstrained" | { bookmark: string };

/**
 * Where a request's session starts. Requests that change something (any method but GET and HEAD), the
 * admin routes and the tus upload routes start at the primary: their reads decide what they write (a key
 * revoked a moment ago must not authorize a write; a tus client that sends no bookmark must be told the
 * true offset). A read with a bookmark starts there (it sees at least that state); any other read may be
 * answered by the nearest replica.
 */
export function sessionStart(method: string, path: string, bookmark: PresentedBookmark): SessionStart {
  const reads = method === "GET" || method === "HEAD";
  if (!reads || path.startsWith("/v1/admin/") || path.includes("/uploads")) return "first-primary";
  return bookmark.kind === "bookmark" ? { bookmark: bookmark.value } : "first-unconstrained";
}
