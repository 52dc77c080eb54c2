/**
 * How many subrequests (D1 queries and R2 calls) a job may still make in this run. Workers cap them
 * per invocation (50 on the Free plan), so each job works in batches and stops while it can still
 * afford a whole batch; what is left waits for the next run.
 */
export class Budget {
  #left: number;

  constructor(limit: number) {
    this.#left = limit;
  }

  /** Whether `n` more subrequests fit. */
  allows(n: number): boolean {
    return this.#left >= n;
  }

  /** Counts `n` subrequests as made. */
  spend(n: number): void {
    this.#left -= n;
  }
}
