import type { Context, MiddlewareHandler } from "hono";
import { prefersHtml } from "../http/negotiate";
import { ApiError } from "../lib/errors";
import { pageCsp, styleNonce } from "../lib/html";
import { absoluteUrl } from "../lib/public-origin";
import type { AppBindings } from "../lib/types";
import { renderErrorPage } from "../share/error-page";
import { loadSigningKeys, type SigningKeys } from "../signing/keys";
import { signLink, verifyLink, type LinkClaims, type VerifiedLink } from "../signing/links";

/** Every signed link opens a path under this prefix (media, share pages, ZIPs). */
export const SIGNED_PREFIX = "/v1/signed";

/**
 * The Worker's signing keys from the `SIGNING_KEYS` secret, parsed once per isolate.
 * @throws SigningConfigError when the secret is missing or malformed: `onError` logs its message and
 *   answers 500 in the contract's shape; there is never a fallback key.
 */
export function signingKeys(env: Pick<Env, "SIGNING_KEYS">): SigningKeys {
  return loadSigningKeys(env.SIGNING_KEYS);
}

/** 403 `SIGNATURE_INVALID`: the link was changed, or its key is no longer configured. */
export function signatureInvalid(): ApiError {
  return new ApiError(403, "SIGNATURE_INVALID", "The link is not valid: it was changed, or it was never issued here");
}

/** 403 `URL_EXPIRED`: a genuine link past its expiry. */
export function urlExpired(expiresAt?: Date): ApiError {
  const when = expiresAt ? ` at ${expiresAt.toISOString()}` : "";
  return new ApiError(403, "URL_EXPIRED", `The link expired${when}; ask for a new one`);
}

/**
 * Verifies the request's signed link (method class, path, every query parameter, key id, expiry).
 * Route handlers of any signed feature call this before anything else.
 * @returns the link's parameters and expiry
 * @throws ApiError 403 SIGNATURE_INVALID or URL_EXPIRED; SigningConfigError (→ 500) without keys
 */
export async function verifySignedRequest(c: Context<AppBindings>): Promise<VerifiedLink> {
  const result = await verifyLink(signingKeys(c.env), c.req.raw);
  if (result.ok) return result;
  if (result.reason === "expired") {
    const expires = new URL(c.req.url).searchParams.get("expires");
    throw urlExpired(expires ? new Date(Number(expires) * 1000) : undefined);
  }
  throw signatureInvalid();
}

/** Middleware form of `verifySignedRequest`: sets `signedLink` for the handler. */
export function requireSignedLink(): MiddlewareHandler<AppBindings> {
  return async function requireSignedLinkMiddleware(c, next) {
    c.set("signedLink", await verifySignedRequest(c));
    await next();
  };
}

/**
 * Signs a link on the public origin (`PUBLIC_ORIGIN`; the request's own origin only where none is configured).
 * @example await signedUrl(c, { path: `${SIGNED_PREFIX}/zip`, params: { ids }, expiresAt })
 */
export async function signedUrl(c: Context<AppBindings>, claims: LinkClaims): Promise<{ url: string; expiresAt: Date }> {
  const link = await signLink(signingKeys(c.env), claims);
  return { url: absoluteUrl(c.env, c.req.url, link.pathAndQuery), expiresAt: link.expiresAt };
}

/** `Cache-Control` for a signed response: private, and never cached past the link's expiry. */
export function signedCacheControl(expiresAt: Date, now = Date.now()): string {
  return `private, max-age=${Math.max(0, Math.floor((expiresAt.getTime() - now) / 1000))}`;
}

/** CORS for signed GET/HEAD responses: any origin (the signature is the credential), the range headers exposed. */
export const SIGNED_CORS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition, X-D1-Bookmark",
};

const PREFLIGHT: Readonly<Record<string, string>> = {
  ...SIGNED_CORS,
  "Access-Control-Allow-Methods": "GET, HEAD",
  "Access-Control-Allow-Headers": "Range, If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since, If-Range, X-D1-Bookmark",
  "Access-Control-Max-Age": "86400",
};

/** The JSON error response `res` as a readable HTML page with the same status and headers. */
async function htmlErrorPage(res: Response): Promise<Response> {
  const error = (await res.clone().json()) as { error_code: string; message: string; request_id: string };
  const nonce = styleNonce();
  const html = renderErrorPage({ status: res.status, errorCode: error.error_code, message: error.message, requestId: error.request_id, nonce });
  const headers = new Headers(res.headers);
  headers.delete("Content-Length");
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Content-Security-Policy", pageCsp(nonce));
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(html, { status: res.status, headers });
}

/**
 * For every path under `/v1/signed/`: answers CORS preflights (204), lets any origin read the answers
 * (the signature is the credential), and turns error responses into readable HTML pages when a browser
 * navigating there prefers HTML (an expired or changed link opened from a chat); JSON otherwise.
 */
export function signedResponses(): MiddlewareHandler<AppBindings> {
  return async function signedResponsesMiddleware(c, next) {
    if (c.req.method === "OPTIONS") return c.body(null, 204, PREFLIGHT);
    await next();
    if (c.res.status >= 400) {
      c.res.headers.append("Vary", "Accept");
      if (prefersHtml(c.req.header("accept")) && c.res.headers.get("Content-Type")?.startsWith("application/json")) {
        c.res = await htmlErrorPage(c.res);
      }
    }
    for (const [name, value] of Object.entries(SIGNED_CORS)) c.res.headers.set(name, value);
  };
}
