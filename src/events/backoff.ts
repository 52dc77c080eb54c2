// When a failed delivery is tried again: exponential backoff with jitter, for at least 24 hours.
// Pure: the consumer passes the settings and the randomness.

/** How long deliveries keep being retried after they are created. */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The longest wait between two attempts. */
export const MAX_DELAY_SECONDS = 2 * 60 * 60;
/** The first retry's base delay when WEBHOOK_RETRY_BASE_SECONDS is unset. */
export const DEFAULT_BASE_SECONDS = 10;

/**
 * Reads WEBHOOK_RETRY_BASE_SECONDS (a whole number of seconds, 1–3600; 10 when unset): the first
 * retry's base delay. Tests shorten it; deployments leave it alone.
 * @throws Error on anything else
 */
export function retryBaseSeconds(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_BASE_SECONDS;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || n > 3600) throw new Error(`WEBHOOK_RETRY_BASE_SECONDS must be 1–3600 seconds, not "${value}"`);
  return n;
}

/**
 * The wait after the `failedAttempts`-th failed attempt, in whole seconds: `base · 2^(n−1)`, at most
 * {@link MAX_DELAY_SECONDS}, times a jitter factor from 0.8 to 1.2 (`random` in [0, 1)), never under 1 s.
 * @example retryDelaySeconds(1, 10, 0.5) // 10; retryDelaySeconds(4, 10, 0.5) // 80
 */
export function retryDelaySeconds(failedAttempts: number, baseSeconds: number, random: number): number {
  const exponential = Math.min(MAX_DELAY_SECONDS, baseSeconds * 2 ** Math.min(30, Math.max(0, failedAttempts - 1)));
  const jittered = exponential * (0.8 + 0.4 * random);
  return Math.max(1, Math.round(Math.min(jittered, MAX_DELAY_SECONDS * 1.2)));
}
