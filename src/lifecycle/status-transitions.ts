import { IN_PROGRESS, STATUSES, type Status } from "../schemas/recording";

/** How far along a recording is: the in-progress statuses in order, then the final ones together. */
const STAGE: Record<Status, number> = { starting: 0, active: 1, ending: 2, complete: 3, failed: 3, aborted: 3 };

/**
 * Whether a recording may move from `from` to `to` (contract section 3): the same status again is
 * no change and always fine; an in-progress status may move forward, skipping stages, or end in any
 * final status; a final status (`complete`, `failed`, `aborted`) never changes.
 * @example canMoveStatus("starting", "complete") // true
 * @example canMoveStatus("complete", "active")   // false
 */
export function canMoveStatus(from: Status, to: Status): boolean {
  if (from === to) return true;
  if (!IN_PROGRESS.includes(from)) return false;
  return STAGE[to] > STAGE[from];
}

/** Every status a recording may be in for a PATCH to `to` to be allowed, so the update can check it atomically. */
export function statusesThatMayMoveTo(to: Status): Status[] {
  return STATUSES.filter((from) => canMoveStatus(from, to));
}
