import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { AccountDetailsSchema } from "../src/schemas/account";
import { admin, api, send, withJson, type Tenant } from "./helpers";

/** `GET /v1/account` with the tenant's key, parsed through its schema. */
export async function account(tenant: Tenant) {
  const res = await send("/v1/account", tenant.auth);
  expect(res.status).toBe(200);
  return AccountDetailsSchema.parse(await res.json());
}

/** `PATCH /v1/admin/accounts/{id}` with quotas; expects 200. */
export async function setQuota(tenant: Tenant, quota: { max_bytes_stored?: number | null; max_recordings?: number | null }) {
  const res = await api(`/v1/admin/accounts/${tenant.accountId}`, withJson("PATCH", quota, admin));
  expect(res.status).toBe(200);
}

/** `PUT /v1/recordings/{id}/legal-hold`. */
export function holdRecording(tenant: Tenant, id: string, reason = "Litigation 2026-114"): Promise<Response> {
  return api(`/v1/recordings/${id}/legal-hold`, withJson("PUT", { reason }, tenant.auth));
}

/** The usage counters as a recount of the rows finds them, for one account. */
export async function recount(accountId: string) {
  return env.DB.prepare(
    `SELECT (SELECT count(*) FROM recordings WHERE account_id = ?1) AS recordings,
       (SELECT count(*) FROM recordings WHERE account_id = ?1 AND deleted_at IS NOT NULL) AS recordings_in_trash,
       (SELECT count(*) FROM media WHERE account_id = ?1) AS media_items,
       (SELECT coalesce(sum(byte_size), 0) FROM media WHERE account_id = ?1) AS bytes_stored`,
  )
    .bind(accountId)
    .first<{ recordings: number; recordings_in_trash: number; media_items: number; bytes_stored: number }>();
}

/** Asserts the account's counters equal a recount from its rows; returns them. */
export async function expectExactUsage(tenant: Tenant) {
  const { usage } = await account(tenant);
  expect(usage).toEqual(await recount(tenant.accountId));
  return usage;
}
