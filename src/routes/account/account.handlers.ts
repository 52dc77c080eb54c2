import { toAccountDetails } from "../../account/account-view";
import { addDays, daysBetween, usageReport, utcDay } from "../../account/usage-report";
import { findAccountDetails, updateAccount, type AccountDetailsRow } from "../../db/accounts";
import { placeAccountHold, releaseAccountHold } from "../../db/legal-holds";
import { countRetentionCandidates } from "../../db/retention";
import { readUsageDays } from "../../db/usage-days";
import { ApiError, validationError } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import { MAX_USAGE_DAYS } from "../../schemas/account";
import type * as routes from "./account.routes";

/** The key's own account; it exists while the key works, so a miss is a fault, not a 404. */
function present(row: AccountDetailsRow | null): AccountDetailsRow {
  if (!row) throw new Error("The authenticated key's account is missing");
  return row;
}

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const row = present(await findAccountDetails(c.env.DB, c.get("principal").accountId));
  return c.json(toAccountDetails(row, c.env), 200);
};

export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const { accountId } = c.get("principal");
  const row = present(await updateAccount(c.env.DB, accountId, c.req.valid("json")));
  const affected =
    row.retention_days === null || row.legal_hold_placed_at !== null
      ? 0
      : await countRetentionCandidates(c.env.DB, accountId, row.retention_days, new Date().toISOString());
  return c.json({ ...toAccountDetails(row, c.env), affected_recordings: affected }, 200);
};

export const usage: AppRouteHandler<typeof routes.usage> = async (c) => {
  const today = utcDay(new Date());
  const query = c.req.valid("query");
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -29);
  if (from > to) throw validationError([{ loc: ["query", "from"], msg: "from must not be after to", type: "invalid_value" }]);
  if (daysBetween(from, to) >= MAX_USAGE_DAYS) {
    throw validationError([{ loc: ["query", "from"], msg: `At most ${MAX_USAGE_DAYS} days at once`, type: "too_big" }]);
  }
  const { current, rows } = await readUsageDays(c.env.DB, c.get("principal").accountId, from);
  if (!current) throw new Error("The authenticated key's account is missing");
  const { created_at, ...counters } = current;
  const data = usageReport({ from, to, today, createdDay: created_at.slice(0, 10), current: counters, rows });
  return c.json({ data }, 200);
};

export const placeHold: AppRouteHandler<typeof routes.placeHold> = async (c) => {
  const { accountId, keyId } = c.get("principal");
  const hold = { reason: c.req.valid("json").reason, placed_at: new Date().toISOString(), placed_by: keyId };
  await placeAccountHold(c.env.DB, accountId, hold);
  return c.json(hold, 200);
};

export const releaseHold: AppRouteHandler<typeof routes.releaseHold> = async (c) => {
  if (!(await releaseAccountHold(c.env.DB, c.get("principal").accountId))) {
    throw new ApiError(404, "LEGAL_HOLD_NOT_FOUND", "The account has no legal hold");
  }
  return c.body(null, 204);
};
