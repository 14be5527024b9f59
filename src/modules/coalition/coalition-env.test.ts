import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLIC_WRITES, isoDate, latestDateOnEarth, publicWritesFromEnv } from './coalition-env.ts';

describe('publicWritesFromEnv', () => {
  it('uses the defaults when nothing (or an empty value) is set', () => {
    expect(publicWritesFromEnv({})).toEqual(DEFAULT_PUBLIC_WRITES);
    expect(publicWritesFromEnv({ COALITION_PUBLIC_WRITES: '', COALITION_PUBLIC_WRITES_WINDOW_SECONDS: '' })).toEqual(DEFAULT_PUBLIC_WRITES);
  });
  it('reads each setting on its own', () => {
    expect(publicWritesFromEnv({ COALITION_PUBLIC_WRITES: '5' })).toEqual({ limit: 5, windowSeconds: DEFAULT_PUBLIC_WRITES.windowSeconds });
    expect(publicWritesFromEnv({ COALITION_PUBLIC_WRITES_WINDOW_SECONDS: '60' })).toEqual({
      limit: DEFAULT_PUBLIC_WRITES.limit,
      windowSeconds: 60,
    });
  });
  it('refuses anything but a positive integer, saying what it got', () => {
    for (const bad of ['0', '-1', '1.5', 'ten', '1e3x']) {
      expect(() => publicWritesFromEnv({ COALITION_PUBLIC_WRITES: bad })).toThrow(
        `expected a positive integer, got ${JSON.stringify(bad)}`,
      );
    }
    expect(() => publicWritesFromEnv({ COALITION_PUBLIC_WRITES_WINDOW_SECONDS: '0' })).toThrow('positive integer');
  });
});

describe('isoDate and latestDateOnEarth', () => {
  it('give the UTC date, and the date at UTC+14', () => {
    const at = new Date('2025-12-31T09:59:59.999Z');
    expect(isoDate(at)).toBe('2025-12-31');
    expect(latestDateOnEarth(at)).toBe('2025-12-31');
    expect(latestDateOnEarth(new Date('2025-12-31T10:00:00Z'))).toBe('2026-01-01');
    expect(isoDate(new Date('2025-12-31T23:59:59Z'))).toBe('2025-12-31');
  });
});
