/**
 * Where the API is reached from outside: every absolute URL the API writes (signed links, share pages,
 * the tus `Location`, list page links) starts with the configured `PUBLIC_ORIGIN`, never with the
 * request's `Host`, which a client chooses. Only where no origin is configured (local development)
 * is the request's own origin used.
 */

/** A malformed `PUBLIC_ORIGIN`: a deployment mistake (answered 500, logged), never worked around. */
export class PublicOriginConfigError extends Error {
  constructor(value: string) {
    super(`PUBLIC_ORIGIN: ${JSON.stringify(value)} is not an origin such as https://recordings.example.com`);
    this.name = "PublicOriginConfigError";
  }
}

/**
 * The origin absolute URLs are built on: `PUBLIC_ORIGIN` (scheme, host and port, no path), or the
 * request's origin when it is unset or empty.
 * @throws PublicOriginConfigError when it is set but not an http(s) origin
 */
export function publicOrigin(env: { PUBLIC_ORIGIN?: string }, requestUrl: string): string {
  const configured = env.PUBLIC_ORIGIN?.trim().replace(/\/$/, "");
  if (!configured) return new URL(requestUrl).origin;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new PublicOriginConfigError(configured);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== configured) throw new PublicOriginConfigError(configured);
  return url.origin;
}

/**
 * An absolute URL for `pathAndQuery` on the public origin.
 * @example absoluteUrl(env, c.req.url, "/v1/signed/media/…?sig=…")
 */
export function absoluteUrl(env: { PUBLIC_ORIGIN?: string }, requestUrl: string, pathAndQuery: string): string {
  return new URL(pathAndQuery, publicOrigin(env, requestUrl)).href;
}

/** The request's own URL (path and query kept) on the public origin. */
export function publicUrl(env: { PUBLIC_ORIGIN?: string }, requestUrl: string): string {
  const url = new URL(requestUrl);
  return absoluteUrl(env, requestUrl, url.pathname + url.search);
}
