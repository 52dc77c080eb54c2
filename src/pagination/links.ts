/** The page links of contract section 5. */
export interface PageLinks {
  self: string;
  first: string;
  next?: string;
  prev?: string;
}

/**
 * Builds full page links from the request URL: every filter kept, only `cursor` changed.
 * @example pageLinks("https://api/v1/recordings?status=complete&cursor=abc", { next: "def" })
 */
export function pageLinks(requestUrl: string, cursors: { next?: string; prev?: string }): PageLinks {
  const withCursor = (cursor: string | undefined) => {
    const url = new URL(requestUrl);
    if (cursor === undefined) url.searchParams.delete("cursor");
    else url.searchParams.set("cursor", cursor);
    return url.toString();
  };
  const links: PageLinks = { self: new URL(requestUrl).toString(), first: withCursor(undefined) };
  if (cursors.next) links.next = withCursor(cursors.next);
  if (cursors.prev) links.prev = withCursor(cursors.prev);
  return links;
}
