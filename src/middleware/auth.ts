import type { MiddlewareHandler } from "hono";
import { authorize, parseAuthorization, presentedCredential, unauthorized } from "../access/credentials";
import { findActiveKey } from "../db/api-keys";
import { secretsEqual } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import type { AppBindings } from "../lib/types";
import type { Scope } from "../schemas/auth";
import { signingKeys } from "./signed-link";

/**
 * Requires an API key or an access token with `scope` (null: any working credential): 401 without
 * one (401 `TOKEN_EXPIRED` for an expired token), 403 when it lacks the scope. The live key is read
 * in one D1 query, so a revoked key and every token it minted stop at once. Sets `principal`.
 */
export function requireScope(scope: Scope | null): MiddlewareHandler<AppBindings> {
  return async function requireScopeMiddleware(c, next) {
    const presented = await presentedCredential(c.req.header("authorization"), () => signingKeys(c.env));
    c.set("principal", authorize(presented, await findActiveKey(c.env.DB, presented.lookup), scope));
    await next();
  };
}

/**
 * For account-wide operations (the account's usage, settings and legal hold): after `requireScope`,
 * refuses a credential restricted to one room or user with 403 `FORBIDDEN`, since what it would read
 * or change reaches every room's recordings.
 */
export function requireUnrestricted(): MiddlewareHandler<AppBindings> {
  return async function requireUnrestrictedMiddleware(c, next) {
    if (c.get("principal").restrict) {
      throw new ApiError(403, "FORBIDDEN", "This credential is restricted to one room or user; the account as a whole needs an unrestricted one");
    }
    await next();
  };
}

/**
 * For hot paths that look the key up in the same D1 query as their data (one round trip): reads the
 * credentials (401 when absent, altered or expired) into `presented`; the handler must then call
 * `authorize` before it answers anything else.
 */
export function requirePresentedKey(): MiddlewareHandler<AppBindings> {
  return async function requirePresentedKeyMiddleware(c, next) {
    c.set("presented", await presentedCredential(c.req.header("authorization"), () => signingKeys(c.env)));
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
