/**
 * Signed, expiring links: a path and named parameters that grant GET and HEAD until an expiry, signed
 * with HMAC-SHA256 by a key from `SIGNING_KEYS`. The link carries its parameters in the query, then
 * `expires` (Unix seconds), `kid` (the key id) and `sig` (base64url), always in one canonical spelling:
 *
 *     /v1/signed/media/<recording>/<media>?disposition=inline&expires=1767225600&kid=k1&sig=…
 *
 * The signature covers a canonical byte string (a JSON array, so every field is unambiguously
 * delimited) of the method class, the path, every parameter, the expiry and the key id. Any other
 * spelling of the query (reordered, re-encoded, duplicated, added or missing parameters) is refused.
 */
import { fromBase64Url, toBase64Url } from "../lib/base64";
import { hmacKey, type SigningKeys } from "./keys";

/** What a link grants: GET and HEAD of `path` with `params`, until `expiresAt`. */
export interface LinkClaims {
  /** The absolute path the link opens, as the request will carry it (e.g. `/v1/signed/media/<id>/<id>`). */
  path: string;
  /** Named parameters bound into the link (lower-case names); a list is carried comma-joined. */
  params?: Readonly<Record<string, string | readonly string[]>>;
  /** When the link stops working (whole seconds; fractions are dropped). */
  expiresAt: Date;
}

/** A signed link: the path with its canonical query, and when it expires. */
export interface SignedLink {
  pathAndQuery: string;
  expiresAt: Date;
}

/** A verified link's parameters (lists still comma-joined; see `splitList`), expiry and key id. */
export interface VerifiedLink {
  params: Readonly<Record<string, string>>;
  expiresAt: Date;
  keyId: string;
}

/** Why a link was refused: anything changed or unknown ("invalid"), or a valid link past its expiry. */
export type LinkRefusal = "invalid" | "expired";

export type LinkVerification = ({ ok: true } & VerifiedLink) | { ok: false; reason: LinkRefusal };

const DOMAIN = "recordings-api signed link v1";
const METHOD_CLASS = "GET HEAD";
const RESERVED = ["expires", "kid", "sig"] as const;
const PARAM_NAME = /^[a-z][a-z0-9_]{0,31}$/;
const EXPIRES = /^[1-9][0-9]{0,11}$/;
/** The longest query a link may have (Cloudflare accepts URLs up to 16 KB). */
export const MAX_QUERY_LENGTH = 15 * 1024;
const SIGNATURE_BYTES = 32;
const encoder = new TextEncoder();

/** The parameters as sorted name/value pairs, lists joined with commas. @throws TypeError on a bad name or list item */
function paramEntries(params: LinkClaims["params"] = {}): [string, string][] {
  return Object.entries(params)
    .map(([name, value]): [string, string] => {
      if (!PARAM_NAME.test(name) || (RESERVED as readonly string[]).includes(name)) {
        throw new TypeError(`"${name}" cannot name a signed link parameter`);
      }
      if (typeof value === "string") return [name, value];
      if (value.some((item) => item.includes(","))) throw new TypeError(`an item of "${name}" contains a comma`);
      return [name, value.join(",")];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function canonicalBytes(keyId: string, path: string, entries: [string, string][], expires: string): Uint8Array<ArrayBuffer> {
  // A copy on its own ArrayBuffer: what WebCrypto's BufferSource wants under every runtime's typings.
  return new Uint8Array(encoder.encode(JSON.stringify([DOMAIN, METHOD_CLASS, path, entries, expires, keyId])));
}

function query(entries: [string, string][]): string {
  return entries.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("&");
}

/**
 * Signs a link with the current key.
 * @throws TypeError when a parameter name is reserved or not `[a-z][a-z0-9_]*`, a list item holds a comma,
 *   the path is not absolute, or the expiry is not a time after 1970.
 * @example await signLink(keys, { path: "/v1/signed/media/…", params: { disposition: "inline" }, expiresAt })
 */
export async function signLink(keys: SigningKeys, claims: LinkClaims): Promise<SignedLink> {
  if (!claims.path.startsWith("/") || /[?#]/.test(claims.path)) throw new TypeError("the path must be absolute, without a query");
  const seconds = Math.floor(claims.expiresAt.getTime() / 1000);
  const expires = String(seconds);
  if (!EXPIRES.test(expires)) throw new TypeError("the expiry must be a time after 1970");
  const entries = paramEntries(claims.params);
  const key = keys.current;
  const signature = await crypto.subtle.sign("HMAC", await hmacKey(key), canonicalBytes(key.id, claims.path, entries, expires));
  const fields: [string, string][] = [...entries, ["expires", expires], ["kid", key.id], ["sig", toBase64Url(new Uint8Array(signature))]];
  return { pathAndQuery: `${claims.path}?${query(fields)}`, expiresAt: new Date(seconds * 1000) };
}

/** The query's name/value pairs, or null when a pair is malformed, repeated or badly encoded. */
function parseQuery(search: string): Map<string, string> | null {
  if (!search.startsWith("?") || search.length > MAX_QUERY_LENGTH) return null;
  const pairs = new Map<string, string>();
  for (const part of search.slice(1).split("&")) {
    const eq = part.indexOf("=");
    const name = part.slice(0, eq);
    if (eq < 0 || pairs.has(name)) return null;
    try {
      pairs.set(name, decodeURIComponent(part.slice(eq + 1)));
    } catch {
      return null;
    }
  }
  return pairs;
}

/**
 * Verifies a request against its link: GET or HEAD, the canonical query with a known key id, and a
 * signature over the path and every parameter (checked with `crypto.subtle.verify`, in constant time);
 * then the expiry, against `now` (milliseconds).
 * @returns the link's parameters, or why it is refused ("invalid" before "expired": an altered link is
 *   never reported as merely expired).
 */
export async function verifyLink(
  keys: SigningKeys,
  request: { method: string; url: string },
  now: number = Date.now(),
): Promise<LinkVerification> {
  const invalid = { ok: false, reason: "invalid" } as const;
  if (request.method !== "GET" && request.method !== "HEAD") return invalid;
  const url = new URL(request.url);
  const pairs = parseQuery(url.search);
  const [expires, keyId, sig] = RESERVED.map((name) => pairs?.get(name));
  if (!pairs || expires === undefined || keyId === undefined || sig === undefined || !EXPIRES.test(expires)) return invalid;
  const key = keys.byId.get(keyId);
  const signature = fromBase64Url(sig);
  if (!key || signature?.byteLength !== SIGNATURE_BYTES) return invalid;
  for (const name of RESERVED) pairs.delete(name);
  const params = Object.fromEntries(pairs);
  let entries: [string, string][];
  try {
    entries = paramEntries(params);
  } catch {
    return invalid;
  }
  // Only the one spelling signLink writes is accepted: same order, same percent-encoding, nothing extra.
  if (url.search !== `?${query([...entries, ["expires", expires], ["kid", keyId], ["sig", sig]])}`) return invalid;
  const data = canonicalBytes(key.id, url.pathname, entries, expires);
  if (!(await crypto.subtle.verify("HMAC", await hmacKey(key), signature, data))) return invalid;
  const expiresAt = new Date(Number(expires) * 1000);
  if (now >= expiresAt.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, params, expiresAt, keyId };
}

/** The items of a list parameter as signLink joined them (an empty value is an empty list). */
export function splitList(value: string): string[] {
  return value === "" ? [] : value.split(",");
}
