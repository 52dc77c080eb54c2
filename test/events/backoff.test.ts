import { describe, expect, it } from "vitest";
import { MAX_DELAY_SECONDS, RETRY_WINDOW_MS, retryBaseSeconds, retryDelaySeconds } from "../../src/events/backoff";
import { verdictFor } from "../../src/events/deliver";

const failed = { ok: false, statusCode: 500, durationMs: 5, error: "HTTP 500" };

describe("the retry schedule", () => {
  it("doubles from the base delay, without jitter at the midpoint", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelaySeconds(n, 10, 0.5))).toEqual([10, 20, 40, 80, 160]);
  });

  it("stays within ±20 % of the exponential delay", () => {
    for (let n = 1; n <= 8; n++) {
      const middle = 10 * 2 ** (n - 1);
      expect(retryDelaySeconds(n, 10, 0)).toBe(Math.round(middle * 0.8));
      expect(retryDelaySeconds(n, 10, 0.999999)).toBeLessThanOrEqual(Math.round(middle * 1.2));
    }
  });

  it("spreads retries of the same attempt apart (jitter)", () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelaySeconds(6, 10, Math.random())));
    expect(delays.size).toBeGreaterThan(10);
  });

  it("never waits more than two hours (plus jitter) nor less than a second", () => {
    expect(retryDelaySeconds(40, 10, 0.5)).toBe(MAX_DELAY_SECONDS);
    expect(retryDelaySeconds(1000, 3600, 0.999)).toBeLessThanOrEqual(MAX_DELAY_SECONDS * 1.2);
    expect(retryDelaySeconds(1, 1, 0)).toBe(1);
  });

  it("keeps retrying for at least 24 hours, in fewer attempts than the queue's max_retries (100)", () => {
    const created = Date.parse("2026-01-01T00:00:00Z");
    const retryUntil = new Date(created + RETRY_WINDOW_MS).toISOString();
    let at = created;
    let attempt = 1;
    for (;;) {
      const verdict = verdictFor(failed, attempt, retryUntil, new Date(at), 10, 0); // the shortest jitter
      if (verdict.kind !== "retry") break;
      at += verdict.delaySeconds * 1000;
      attempt += 1;
    }
    expect(at - created).toBeGreaterThanOrEqual(RETRY_WINDOW_MS);
    expect(attempt).toBeLessThan(100);
  });

  it("gives up once the window has ended, and succeeds on a 2xx whatever the attempt", () => {
    const now = new Date("2026-01-02T00:00:00Z");
    expect(verdictFor(failed, 30, "2026-01-01T23:59:59.000Z", now, 10).kind).toBe("failed");
    expect(verdictFor({ ...failed, ok: true, statusCode: 204, error: null }, 30, "2026-01-01T00:00:00.000Z", now, 10).kind).toBe("succeeded");
    const retry = verdictFor(failed, 1, "2026-01-03T00:00:00.000Z", now, 10, 0.5);
    expect(retry).toEqual({ kind: "retry", delaySeconds: 10, nextAttemptAt: "2026-01-02T00:00:10.000Z" });
  });

  it("reads WEBHOOK_RETRY_BASE_SECONDS, 10 when unset, and refuses nonsense", () => {
    expect(retryBaseSeconds(undefined)).toBe(10);
    expect(retryBaseSeconds(" 2 ")).toBe(2);
    for (const bad of ["0", "-1", "1.5", "ten", "3601"]) expect(() => retryBaseSeconds(bad)).toThrow(/WEBHOOK_RETRY_BASE_SECONDS/);
  });
});
