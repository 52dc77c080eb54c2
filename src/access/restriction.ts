/**
 * Who may see which recordings: one account, and within it perhaps only one room's or one user's
 * recordings (a restricted key, or an access token). Every D1 query that reads or changes recordings
 * takes an `Access` and puts the condition made here into its WHERE clause, so no route can forget it:
 * another room's recording is simply not found.
 */

/** A restriction to the recordings of one room, or of one user (exactly one of the two). */
export type Restriction = { room_id: string; user_id?: undefined } | { user_id: string; room_id?: undefined };

/** What a credential may reach: its account, and its restriction (null: the whole account). */
export interface Access {
  accountId: string;
  restrict: Restriction | null;
}

/** The restriction's column and value, or null for none. */
export function restrictedColumn(restrict: Restriction | null): { column: "room_id" | "user_id"; value: string } | null {
  if (!restrict) return null;
  return restrict.room_id !== undefined ? { column: "room_id", value: restrict.room_id } : { column: "user_id", value: restrict.user_id };
}

/**
 * The condition on recordings (alias `alias`) for statements with fixed SQL: three parameters from
 * `?first` on, which `accessValues` fills (account, room or null, user or null).
 * @example `WHERE r.id = ?1 AND ${accessCondition("r", 2)}` bound with (id, ...accessValues(access))
 */
export function accessCondition(alias: string, first: number): string {
  const [account, room, user] = [first, first + 1, first + 2].map((n) => `?${n}`);
  return `${alias}.account_id = ${account} AND (${room} IS NULL OR ${alias}.room_id = ${room}) AND (${user} IS NULL OR ${alias}.user_id = ${user})`;
}

/** The three values of `accessCondition`, in order. */
export function accessValues(access: Access): [string, string | null, string | null] {
  return [access.accountId, access.restrict?.room_id ?? null, access.restrict?.user_id ?? null];
}

/**
 * The condition for statements built with a binder (`bind(value)` returns the placeholder it added):
 * the restriction becomes a plain equality, so the room's and the user's indexes serve it.
 * @example where.push(accessWhere(access, "r", bind))
 */
export function accessWhere(access: Access, alias: string, bind: (value: unknown) => string): string {
  const restricted = restrictedColumn(access.restrict);
  const account = `${alias}.account_id = ${bind(access.accountId)}`;
  return restricted ? `${account} AND ${alias}.${restricted.column} = ${bind(restricted.value)}` : account;
}

/**
 * The condition for a query that reads the key (alias `key`) in the same statement as the recording
 * (alias `alias`): the key's account and stored restriction, and an access token's own restriction in
 * parameters `?room` and `?user` (null when none), all at once.
 */
export function keyedAccessCondition(alias: string, key: string, room: number, user: number): string {
  return [
    `${alias}.account_id = ${key}.account_id`,
    `(${key}.restrict_room_id IS NULL OR ${alias}.room_id = ${key}.restrict_room_id)`,
    `(${key}.restrict_user_id IS NULL OR ${alias}.user_id = ${key}.restrict_user_id)`,
    `(?${room} IS NULL OR ${alias}.room_id = ?${room})`,
    `(?${user} IS NULL OR ${alias}.user_id = ?${user})`,
  ].join(" AND ");
}

/** Whether a recording's room and user are within the restriction. */
export function withinRestriction(restrict: Restriction | null, recording: { room_id: string | null; user_id: string | null }): boolean {
  const restricted = restrictedColumn(restrict);
  return !restricted || recording[restricted.column] === restricted.value;
}

/** Whether `inner` grants no more than `outer` (null grants everything). */
export function narrows(inner: Restriction | null, outer: Restriction | null): boolean {
  if (!outer) return true;
  const a = restrictedColumn(inner);
  const b = restrictedColumn(outer);
  return !!a && a.column === b!.column && a.value === b!.value;
}

/**
 * The problem with a body that would put a recording outside the caller's restriction (naming another
 * room or user, or none, in `fields`), or null. A field the body leaves out is no problem.
 */
export function restrictionConflict(
  restrict: Restriction | null,
  fields: { room_id?: string | null; user_id?: string | null },
): { loc: string[]; msg: string; type: string } | null {
  const restricted = restrictedColumn(restrict);
  if (!restricted) return null;
  const value = fields[restricted.column];
  if (value === undefined || value === restricted.value) return null;
  const msg = `This credential is restricted to ${restricted.column} ${JSON.stringify(restricted.value)}; a recording cannot be given another`;
  return { loc: ["body", restricted.column], msg, type: "restricted" };
}
