import type { MiddlewareHandler } from "hono";
import { findActiveKeyByHash } from "../db/api-keys";
import { fromBase64, secretsEqual, sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import type { AppBindings, Credentials, PresentedKey, Principal } from "../lib/types";
import type { Scope } from "../schemas/auth";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"' };

function unauthorized(message: string): ApiError {
  return new ApiError(401, "UNAUTHORIZED", message, undefined, CHALLENGE);
}

/** Reads `Bearer <key>` or `Basic base64(<account_id>:<key>)`; null when absent or unreadable. */
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

/** The stored key, as far as authorization needs it. */
export interface KeyRecord {
  id: string;
  account_id: string;
  scopes: string;
}

/** Reads the API key credentials of a request; 401 when they are absent or unreadable. */
export async function presentedKey(header: string | undefined): Promise<PresentedKey> {
  const credentials = parseAuthorization(header);
  if (!credentials || credentials.key.length > 256) throw unauthorized("A valid API key is required");
  return { ...credentials, keyHash: await sha256Hex(credentials.key) };
}

/**
 * Decides what a presented key may do, given the live key stored under its hash (null when none):
 * 401 without one or when Basic names another account, 403 without `scope`.
 * @throws ApiError 401 UNAUTHORIZED, 403 FORBIDDEN
 */
export function authorize(presented: PresentedKey, key: KeyRecord | null, scope: Scope): Principal {
  if (!key || (presented.accountId !== undefined && presented.accountId.toLowerCase() !== key.account_id)) {
    throw unauthorized("The API key is not valid");
  }
  const scopes = JSON.parse(key.scopes) as Scope[];
  if (!scopes.includes(scope)) throw new ApiError(403, "FORBIDDEN", `This API key lacks the ${scope} scope`);
  return { accountId: key.account_id, keyId: key.id, scopes };
}

/**
 * Requires an API key with `scope`: 401 without a working key, 403 when the key lacks the scope.
 * Sets `principal` (account, key id, scopes) for the handler.
 */
export function requireScope(scope: Scope): MiddlewareHandler<AppBindings> {
  return async function requireScopeMiddleware(c, next) {
    const presented = await presentedKey(c.req.header("authorization"));
    c.set("principal", authorize(presented, await findActiveKeyByHash(c.env.DB, presented.keyHash), scope));
    await next();
  };
}

/**
 * For hot paths that look the key up in the same D1 query as their data (one round trip): reads the
 * credentials (401 when absent) into `presented`; the handler must then call `authorize` before it
 * answers anything else.
 */
export function requirePresentedKey(): MiddlewareHandler<AppBindings> {
  return async function requirePresentedKeyMiddleware(c, next) {
    c.set("presented", await presentedKey(c.req.header("authorization")));
    await next();
  };
}

/** Requires `Authorization: Bearer <ADMIN_TOKEN>`; admin routes answer 401 while no token is configured. */
export function requireAdmin(): MiddlewareHandler<AppBindings> {
  return async function requireAdminMiddleware(c, next) {
    const credentials = parseAuthorization(c.req.header("authorization"));
    const configured = c.env.ADMIN_TOKEN;
    const ok =
      !!configured && !!credentials && credentials.accountId === undefined && (await secretsEqual(credentials.key, configured));
    if (!ok) throw unauthorized("A valid admin token is required");
    await next();
  };
}
