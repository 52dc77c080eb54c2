import { describe, expect, it } from "vitest";
import { canMoveStatus, statusesThatMayMoveTo } from "../../src/lifecycle/status-transitions";
import { STATUSES, type Status } from "../../src/schemas/recording";

const ALLOWED: [Status, Status][] = [
  ["starting", "active"], ["starting", "ending"], ["starting", "complete"], ["starting", "failed"], ["starting", "aborted"],
  ["active", "ending"], ["active", "complete"], ["active", "failed"], ["active", "aborted"],
  ["ending", "complete"], ["ending", "failed"], ["ending", "aborted"],
];

describe("canMoveStatus", () => {
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [Status, Status]));

  it.each(pairs)("decides %s → %s as the contract's forward-only order says", (from, to) => {
    const expected = from === to || ALLOWED.some(([f, t]) => f === from && t === to);
    expect(canMoveStatus(from, to)).toBe(expected);
  });

  it("never lets a final status change to anything else", () => {
    for (const final of ["complete", "failed", "aborted"] as const) {
      expect(STATUSES.filter((to) => canMoveStatus(final, to))).toEqual([final]);
    }
  });
});

describe("statusesThatMayMoveTo", () => {
  it("lists the in-progress statuses before a status, and the status itself", () => {
    expect(statusesThatMayMoveTo("starting")).toEqual(["starting"]);
    expect(statusesThatMayMoveTo("ending")).toEqual(["starting", "active", "ending"]);
    expect(statusesThatMayMoveTo("failed")).toEqual(["starting", "active", "ending", "failed"]);
  });
});
