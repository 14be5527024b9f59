const MAX_KEYS = 10_000;

/**
 * Counts failures per key in a fixed window. Concord runs as one process, so
 * memory is the right store; a restart forgets, which only helps the user.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    const t = this.now();
    if (t >= entry.resetAt) {
      this.failures.delete(key);
      return 0;
    }
    return entry.count >= this.limit ? Math.ceil((entry.resetAt - t) / 1000) : 0;
  }

  fail(key: string): void {
    const t = this.now();
    // Keys are attacker-chosen (any e-mail): forget expired windows before the map grows large.
    if (this.failures.size >= MAX_KEYS) for (const [k, e] of this.failures) if (t >= e.resetAt) this.failures.delete(k);
    const entry = this.failures.get(key);
    if (!entry || t >= entry.resetAt) this.failures.set(key, { count: 1, resetAt: t + this.windowMs });
    else entry.count++;
  }

  /**
   * Counts one attempt for `key` unless it is already at the limit. Returns
   * the seconds to wait (nothing counted) or 0 when the attempt was counted;
   * for limits on every attempt, not only failures (public writes).
   */
  take(key: string): number {
    const wait = this.retryAfter(key);
    if (wait === 0) this.fail(key);
    return wait;
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
