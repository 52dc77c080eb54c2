/**
 * From a request's `Authorization` header to a `Principal`: which credential was presented (an API
 * key, or an access token verified by its signature alone), then, given the live key row read from
 * D1, what it may do. Pure apart from hashing and HMAC: the caller does the one D1 read in between.
 */
import { fromBase64, sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import type { Credentials, KeyLookup, Principal, PresentedKey } from "../lib/types";
import type { Scope } from "../schemas/auth";
import type { SigningKeys } from "../signing/keys";
import { narrows, type Restriction } from "./restriction";
import { isAccessToken, verifyToken } from "./tokens";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"' };
const MAX_KEY_LENGTH = 256;

/** 401 `UNAUTHORIZED` with the challenge naming both schemes. */
export function unauthorized(message: string): ApiError {
  return new ApiError(401, "UNAUTHORIZED", message, undefined, CHALLENGE);
}

/** Reads `Bearer <credential>` or `Basic base64(<account_id>:<key>)`; null when absent or unreadable. */
export function parseAuthorization(header: string | undefined): Credentials | null {
  const match = header?.match(/^\s*(bearer|basic)\s+(\S+)\s*$/i);
  if (!match) return null;
  const [, scheme, value] = match as [string, string, string];
  if (scheme.toLowerCase() === "bearer") return { key: value };
  const bytes = fromBase64(value);
  if (!bytes) return null;
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  const colon = decoded.indexOf(":");
  if (colon <= 0 || colon === decoded.length - 1) return null;
  return { accountId: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

/**
 * Reads the credential of a request: an API key (to be found by its hash), or an access token, whose
 * signature and expiry are checked here before any D1 read. Tokens are accepted as Bearer only.
 * @throws ApiError 401 UNAUTHORIZED (absent, unreadable, altered, or a token as a Basic password),
 *   401 TOKEN_EXPIRED
 */
export async function presentedCredential(header: string | undefined, keys: () => SigningKeys): Promise<PresentedKey> {
  const credentials = parseAuthorization(header);
  if (!credentials) throw unauthorized("A valid API key or access token is required");
  if (isAccessToken(credentials.key)) {
    if (credentials.accountId !== undefined) throw unauthorized("Access tokens are accepted only as Authorization: Bearer");
    const verified = await verifyToken(keys(), credentials.key);
    if (verified.ok) return { kind: "token", claims: verified.claims, lookup: { column: "id", value: verified.claims.keyId } };
    if (verified.reason === "expired") throw new ApiError(401, "TOKEN_EXPIRED", "The access token has expired; ask for a new one", undefined, CHALLENGE);
    throw unauthorized("The access token is not valid");
  }
  if (credentials.key.length > MAX_KEY_LENGTH) throw unauthorized("A valid API key is required");
  const lookup: KeyLookup = { column: "key_hash", value: await sha256Hex(credentials.key) };
  return { kind: "key", accountId: credentials.accountId, lookup };
}

/** The stored key, as far as authorization needs it. */
export interface KeyRecord {
  id: string;
  account_id: string;
  scopes: string;
  restrict_room_id: string | null;
  restrict_user_id: string | null;
}

/** A stored key's restriction. */
export function keyRestriction(key: Pick<KeyRecord, "restrict_room_id" | "restrict_user_id">): Restriction | null {
  if (key.restrict_room_id !== null) return { room_id: key.restrict_room_id };
  if (key.restrict_user_id !== null) return { user_id: key.restrict_user_id };
  return null;
}

/**
 * Decides what a presented credential may do, given the live key stored under its hash (or the token's
 * minting key; null when none): 401 without one, when Basic names another account, or when a token no
 * longer fits its key; 403 without `scope` (null: any credential will do). A token's scopes and
 * restriction are those it was minted with, which never exceed its key's; both are checked again here.
 * @throws ApiError 401 UNAUTHORIZED, 403 FORBIDDEN
 */
export function authorize(presented: PresentedKey, key: KeyRecord | null, scope: Scope | null): Principal {
  if (!key) throw unauthorized(presented.kind === "token" ? "The access token's key has been revoked" : "The API key is not valid");
  const keyScopes = JSON.parse(key.scopes) as Scope[];
  let principal: Principal;
  if (presented.kind === "key") {
    if (presented.accountId !== undefined && presented.accountId.toLowerCase() !== key.account_id) throw unauthorized("The API key is not valid");
    principal = { accountId: key.account_id, keyId: key.id, scopes: keyScopes, restrict: keyRestriction(key) };
  } else {
    const { claims } = presented;
    if (claims.accountId !== key.account_id || !narrows(claims.restrict, keyRestriction(key))) throw unauthorized("The access token is not valid");
    const scopes = claims.scopes.filter((s) => keyScopes.includes(s));
    principal = { accountId: key.account_id, keyId: key.id, scopes, restrict: claims.restrict, tokenExpiresAt: claims.expiresAt };
  }
  if (scope && !principal.scopes.includes(scope)) {
    const holder = presented.kind === "token" ? "access token" : "API key";
    throw new ApiError(403, "FORBIDDEN", `This ${holder} lacks the ${scope} scope`);
  }
  return principal;
}
