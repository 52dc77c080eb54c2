/**
 * Access tokens: short-lived, stateless credentials for a browser or a device that must not hold a
 * long-lived key. A token names the API key that minted it, its account, scopes, restriction and
 * expiry, signed with HMAC-SHA256 by a key from `SIGNING_KEYS` whose id travels inside it (so keys
 * rotate as they do for signed links):
 *
 *     rat_<base64url of the JSON claims>.<base64url of the signature>
 *
 * Nothing is stored: a token is checked by its signature, then its minting key is read in the same
 * D1 query as an API key would be (so revoking the key kills its tokens at once).
 */
import { z } from "zod";
import { fromBase64Url, toBase64Url } from "../lib/base64";
import { SCOPES, type Scope } from "../schemas/auth";
import { hmacKey, type SigningKeys } from "../signing/keys";
import type { Restriction } from "./restriction";

/** Every access token starts with this, so it is told from an API key (`rk_…`) without a lookup. */
export const TOKEN_PREFIX = "rat_";

/** What a token grants. */
export interface TokenClaims {
  /** The API key that minted it (directly, or through the token it was minted from). */
  keyId: string;
  accountId: string;
  scopes: Scope[];
  restrict: Restriction | null;
  /** When it stops working (whole seconds). */
  expiresAt: Date;
}

export type TokenVerification = { ok: true; claims: TokenClaims } | { ok: false; reason: "invalid" | "expired" };

const DOMAIN = "recordings-api access token v1";
const SIGNATURE_BYTES = 32;
const MAX_TOKEN_LENGTH = 2048;
const encoder = new TextEncoder();

// The claims as they travel: short names, every field present; anything else is not a token of ours.
const WireSchema = z.strictObject({
  kid: z.string().min(1).max(64),
  key: z.string().min(1).max(64),
  acc: z.string().min(1).max(64),
  scp: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length),
  rst: z.union([z.strictObject({ room_id: z.string() }), z.strictObject({ user_id: z.string() }), z.null()]),
  exp: z.number().int().positive(),
});

function signedBytes(payload: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(encoder.encode(`${DOMAIN}\n${payload}`));
}

/**
 * Signs a token with the current key.
 * @example await signToken(keys, { keyId, accountId, scopes: ["recordings:read"], restrict: { room_id: "r1" }, expiresAt })
 */
export async function signToken(keys: SigningKeys, claims: TokenClaims): Promise<string> {
  const key = keys.current;
  const wire = {
    kid: key.id,
    key: claims.keyId,
    acc: claims.accountId,
    scp: claims.scopes,
    rst: claims.restrict,
    exp: Math.floor(claims.expiresAt.getTime() / 1000),
  };
  const payload = toBase64Url(encoder.encode(JSON.stringify(wire)));
  const signature = await crypto.subtle.sign("HMAC", await hmacKey(key), signedBytes(payload));
  return `${TOKEN_PREFIX}${payload}.${toBase64Url(new Uint8Array(signature))}`;
}

/** Whether a presented credential is an access token (by its prefix alone). */
export function isAccessToken(credential: string): boolean {
  return credential.startsWith(TOKEN_PREFIX);
}

/**
 * Verifies a token: its shape, a configured key id, the signature (constant time, `crypto.subtle.verify`),
 * then the expiry against `now` (milliseconds). An altered token is "invalid", never merely "expired".
 */
export async function verifyToken(keys: SigningKeys, token: string, now: number = Date.now()): Promise<TokenVerification> {
  const invalid = { ok: false, reason: "invalid" } as const;
  if (!isAccessToken(token) || token.length > MAX_TOKEN_LENGTH) return invalid;
  const parts = token.slice(TOKEN_PREFIX.length).split(".");
  if (parts.length !== 2) return invalid;
  const [payload, sig] = parts as [string, string];
  const payloadBytes = fromBase64Url(payload);
  const signature = fromBase64Url(sig);
  if (!payloadBytes || signature?.byteLength !== SIGNATURE_BYTES) return invalid;
  let wire: z.infer<typeof WireSchema>;
  try {
    const parsed = WireSchema.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(payloadBytes)));
    if (!parsed.success) return invalid;
    wire = parsed.data;
  } catch {
    return invalid;
  }
  const key = keys.byId.get(wire.kid);
  if (!key || !(await crypto.subtle.verify("HMAC", await hmacKey(key), signature, signedBytes(payload)))) return invalid;
  const expiresAt = new Date(wire.exp * 1000);
  if (now >= expiresAt.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: { keyId: wire.key, accountId: wire.acc, scopes: wire.scp, restrict: wire.rst as Restriction | null, expiresAt } };
}
