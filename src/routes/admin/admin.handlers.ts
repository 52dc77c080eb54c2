import { toAccountDetails } from "../../account/account-view";
import { findAccount, insertAccount, updateAccount } from "../../db/accounts";
import { insertApiKey, revokeApiKey } from "../../db/api-keys";
import { handOverSoon } from "../../events/hand-over";
import { randomToken, sha256Hex } from "../../lib/crypto";
import { ApiError } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import type * as routes from "./admin.routes";

/** API keys: a recognisable prefix and 32 random bytes. */
const KEY_PREFIX = "rk_";

export const createAccount: AppRouteHandler<typeof routes.createAccount> = async (c) => {
  const { name } = c.req.valid("json");
  const account = { id: crypto.randomUUID(), name, created_at: new Date().toISOString() };
  await insertAccount(c.env.DB, account);
  return c.json(account, 201);
};

export const updateQuota: AppRouteHandler<typeof routes.updateQuota> = async (c) => {
  const { account_id } = c.req.valid("param");
  const row = await updateAccount(c.env.DB, account_id, c.req.valid("json"));
  if (!row) throw new ApiError(404, "ACCOUNT_NOT_FOUND", `Account ${account_id} not found`);
  // A quota lowered to (or set at) the usage records account.quota_warning in the UPDATE (migration 0008).
  handOverSoon(c, account_id);
  return c.json(toAccountDetails(row, c.env), 200);
};

export const createKey: AppRouteHandler<typeof routes.createKey> = async (c) => {
  const { account_id } = c.req.valid("param");
  const { name, scopes, restrict = null } = c.req.valid("json");
  if (!(await findAccount(c.env.DB, account_id))) {
    throw new ApiError(404, "ACCOUNT_NOT_FOUND", `Account ${account_id} not found`);
  }
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  const created = { id: crypto.randomUUID(), createdAt: new Date().toISOString() };
  await insertApiKey(c.env.DB, { ...created, accountId: account_id, name, keyHash: await sha256Hex(key), scopes, restrict });
  c.header("Cache-Control", "no-store");
  return c.json({ id: created.id, key, scopes, restrict, created_at: created.createdAt }, 201);
};

export const removeKey: AppRouteHandler<typeof routes.removeKey> = async (c) => {
  const { key_id } = c.req.valid("param");
  if (!(await revokeApiKey(c.env.DB, key_id, new Date().toISOString()))) {
    throw new ApiError(404, "KEY_NOT_FOUND", `Key ${key_id} not found`);
  }
  return c.body(null, 204);
};
