/**
 * How to answer a GET or HEAD for one representation (RFC 9110 §13.2.2 then §14): the preconditions
 * (412 / 304), then `If-Range` and one byte range (206 / 416), else the whole (200). Media and bulk ZIPs
 * answer through this one decision.
 */
import { evaluatePreconditions, ifRangeAllowsRange, type Validators } from "./conditional";
import { decideRange } from "./range";

/** The answer's status, with the range for a 206. */
export type Answer =
  | { status: 200 | 304 | 412 | 416 }
  | { status: 206; offset: number; length: number; end: number };

/**
 * Decides the answer for a representation of `size` bytes. HEAD never gets a range (it answers like a
 * GET of the whole); neither does a request whose `If-Range` no longer holds.
 * @example decideAnswer(new Request(url, { headers: { Range: "bytes=0-9" } }), v, 100) // { status: 206, offset: 0, length: 10, end: 9 }
 */
export function decideAnswer(request: Request, validators: Validators, size: number): Answer {
  const precondition = evaluatePreconditions(request.headers, request.method, validators);
  if (precondition === "precondition-failed") return { status: 412 };
  if (precondition === "not-modified") return { status: 304 };
  if (request.method === "HEAD" || !ifRangeAllowsRange(request.headers, validators)) return { status: 200 };
  const decision = decideRange(request.headers.get("range"), size);
  if (decision.type === "unsatisfiable") return { status: 416 };
  if (decision.type === "full") return { status: 200 };
  const { offset, length, end } = decision;
  return { status: 206, offset, length, end };
}
