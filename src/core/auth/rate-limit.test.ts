import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit.ts';

describe('FailureLimiter', () => {
  it('blocks a key after the limit until its window ends', () => {
    let now = 0;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a')).toBe(0);
      limiter.fail('a');
    }
    expect(limiter.retryAfter('a')).toBe(60);
    expect(limiter.retryAfter('b')).toBe(0);
    now = 30_000;
    expect(limiter.retryAfter('a')).toBe(30);
    now = 60_000;
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('forgets a key once it succeeds', () => {
    const limiter = new FailureLimiter(1, 60_000, () => 0);
    limiter.fail('a');
    expect(limiter.retryAfter('a')).toBeGreaterThan(0);
    limiter.clear('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('does not grow without bound under attacker-chosen keys', () => {
    let now = 0;
    const limiter = new FailureLimiter(5, 1000, () => now);
    for (let i = 0; i < 10_000; i++) limiter.fail(`old-${i}`);
    now = 2000;
    limiter.fail('new');
    expect((limiter as unknown as { failures: Map<string, unknown> }).failures.size).toBe(1);
  });
});
