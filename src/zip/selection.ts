/**
 * Which of the requested recordings go into a bulk ZIP, and why the others stay out. Pure: it gets the
 * account's rows for the requested ids (trashed ones too) and decides.
 */
import { IN_PROGRESS, type Status } from "../schemas/recording";

/** Most ids one bulk download takes, counted as sent (duplicates included). */
export const MAX_BULK_IDS = 50;

/** How the recordings are chosen: by their ids, or by the calls they belong to. */
export type SelectorKind = "recording_ids" | "call_ids";

/** The request's choice, ids lower-cased and each once, in the order first given. */
export interface Selector {
  by: SelectorKind;
  ids: string[];
}

/** Why a requested recording (or call) is not in the archive. */
export type SkipReason = "not_found" | "in_progress" | "in_trash" | "no_media";

/** A requested id left out, as the manifest lists it. */
export interface Skipped {
  recording_id?: string;
  call_id?: string;
  reason: SkipReason;
}

/** What selection needs of a recording row with its media. */
export interface Candidate {
  id: string;
  call_id: string | null;
  status: string;
  deleted_at: string | null;
  media: readonly unknown[];
}

/** The ids as the request gave them, each once (UUIDs compare in lower case), order kept. */
export function distinctIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/**
 * How many ids a request sent, before any validation: both selectors counted, duplicates included,
 * a list given as an array or as comma-separated text. Anything else counts as none.
 */
export function idsAsSent(input: unknown): number {
  if (typeof input !== "object" || input === null) return 0;
  let count = 0;
  for (const key of ["recording_ids", "call_ids"] as const) {
    const value: unknown = (input as Record<string, unknown>)[key];
    const items = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    for (const item of items) count += typeof item === "string" ? item.split(",").filter((s) => s.trim()).length : 1;
  }
  return count;
}

/** The selector of a validated request (exactly one of the two lists present). */
export function selectorOf(input: { recording_ids?: string[]; call_ids?: string[] }): Selector {
  return input.recording_ids
    ? { by: "recording_ids", ids: distinctIds(input.recording_ids) }
    : { by: "call_ids", ids: distinctIds(input.call_ids ?? []) };
}

function skipReason(candidate: Candidate): SkipReason | null {
  if (candidate.deleted_at !== null) return "in_trash";
  if (IN_PROGRESS.includes(candidate.status as Status)) return "in_progress";
  if (candidate.media.length === 0) return "no_media";
  return null;
}

/**
 * Splits the account's `found` rows into what the archive holds and what it leaves out, in the order
 * of the request (by call: each call's recordings in the order given). A requested id with no row is
 * `not_found`, whether it does not exist or is another account's.
 */
export function selectRecordings<C extends Candidate>(selector: Selector, found: readonly C[]) {
  const included: C[] = [];
  const skipped: Skipped[] = [];
  const consider = (candidate: C, via: Partial<Skipped>) => {
    const reason = skipReason(candidate);
    if (reason) skipped.push({ ...via, recording_id: candidate.id, reason });
    else included.push(candidate);
  };
  for (const id of selector.ids) {
    if (selector.by === "recording_ids") {
      const candidate = found.find((c) => c.id === id);
      if (candidate) consider(candidate, {});
      else skipped.push({ recording_id: id, reason: "not_found" });
    } else {
      const ofCall = found.filter((c) => c.call_id === id);
      if (ofCall.length === 0) skipped.push({ call_id: id, reason: "not_found" });
      for (const candidate of ofCall) consider(candidate, { call_id: id });
    }
  }
  return { included, skipped };
}
