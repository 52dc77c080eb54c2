import type { MiddlewareHandler } from "hono";
import { findActiveKeyByHash } from "../db/api-keys";
import { secretsEqual, sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import type { AppBindings } from "../lib/types";
import type { Scope } from "../schemas/auth";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"' };

function unauthorized(message: string): ApiError {
  return new ApiError(401, "UNAUTHORIZED", message, undefined, CHALLENGE);
}

interface Credentials {
  key: string;
  accountId?: string;
}

/** Reads `Bearer <key>` or `Basic base64(<account_id>:<key>)`; null when absent or unreadable. */
export function parseAuthorization(header: string | undefined): Credentials | null {
  const match = header?.match(/^\s*(bearer|basic)\s+(\S+)\s*$/i);
  if (!match) return null;
  const [, scheme, value] = match as [string, string, string];
  if (scheme.toLowerCase() === "bearer") return { key: value };
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(atob(value), (ch) => ch.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = decoded.indexOf(":");
  if (colon <= 0 || colon === decoded.length - 1) return null;
  return { accountId: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

/**
 * Requires an API key with `scope`: 401 without a working key, 403 when the key lacks the scope.
 * Sets `principal` (account, key id, scopes) for the handler.
 */
export function requireScope(scope: Scope): MiddlewareHandler<AppBindings> {
  return async function requireScopeMiddleware(c, next) {
    const credentials = parseAuthorization(c.req.header("authorization"));
    if (!credentials || credentials.key.length > 256) throw unauthorized("A valid API key is required");
    const row = await findActiveKeyByHash(c.env.DB, await sha256Hex(credentials.key));
    if (!row || (credentials.accountId !== undefined && credentials.accountId.toLowerCase() !== row.account_id)) {
      throw unauthorized("The API key is not valid");
    }
    const scopes = JSON.parse(row.scopes) as Scope[];
    if (!scopes.includes(scope)) throw new ApiError(403, "FORBIDDEN", `This API key lacks the ${scope} scope`);
    c.set("principal", { accountId: row.account_id, keyId: row.id, scopes });
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
