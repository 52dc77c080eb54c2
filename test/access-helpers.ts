import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { signToken, type TokenClaims } from "../src/access/tokens";
import { AccessTokenSchema } from "../src/schemas/access-tokens";
import type { Scope } from "../src/schemas/auth";
import { parseSigningKeys } from "../src/signing/keys";
import { admin, ALL_SCOPES, api, bearer, withJson, type Tenant } from "./helpers";

export type RestrictionInput = { room_id: string } | { user_id: string };

/** A key of an existing account restricted to one room or user (all scopes unless told otherwise). */
export async function addRestrictedKey(accountId: string, restrict: RestrictionInput, scopes: Scope[] = ALL_SCOPES): Promise<Tenant> {
  const res = await api(`/v1/admin/accounts/${accountId}/keys`, withJson("POST", { name: "restricted", scopes, restrict }, admin));
  expect(res.status).toBe(201);
  const { id: keyId, key } = (await res.json()) as { id: string; key: string };
  return { accountId, key, keyId, auth: bearer(key) };
}

/** `POST /v1/access-tokens` with the caller's credentials, answered as is. */
export function requestToken(auth: string, body: Record<string, unknown>): Promise<Response> {
  return api("/v1/access-tokens", withJson("POST", body, auth));
}

/** Mints a token that must be granted; returns it as a tenant whose `auth` is the token. */
export async function mintToken(by: Tenant, body: Record<string, unknown> = { scopes: ALL_SCOPES }) {
  const res = await requestToken(by.auth, body);
  expect(res.status).toBe(201);
  const minted = AccessTokenSchema.parse(await res.json());
  return { ...minted, tenant: { ...by, key: minted.token, auth: bearer(minted.token) } satisfies Tenant };
}

/** Signs a token directly (e.g. one already expired, or with other keys), as the Worker would. */
export function signTestToken(claims: TokenClaims, keysText: string = env.SIGNING_KEYS): Promise<string> {
  return signToken(parseSigningKeys(keysText), claims);
}
