import { describe, expect, it } from 'vitest';
import { availableActs, defaultActDate, earliestActDate, todayUtc } from './treaty-acts-logic.ts';

const none = { signedOn: null, ratifiedOn: null, withdrawnOn: null };

describe('availableActs', () => {
  it('offers only the signature to a state that has not signed', () => {
    expect(availableActs(undefined)).toEqual(['signature']);
    expect(availableActs(none)).toEqual(['signature']);
  });

  it('offers ratification and withdrawal after the signature, only withdrawal after the ratification', () => {
    expect(availableActs({ ...none, signedOn: '2026-11-01' })).toEqual(['ratification', 'withdrawal']);
    expect(availableActs({ ...none, signedOn: '2026-11-01', ratifiedOn: '2026-11-02' })).toEqual(['withdrawal']);
  });

  it('offers nothing after a withdrawal', () => {
    expect(availableActs({ signedOn: '2026-11-01', ratifiedOn: null, withdrawnOn: '2026-11-03' })).toEqual([]);
  });
});

describe('earliestActDate', () => {
  it('is the adoption, then the signature, then the ratification', () => {
    expect(earliestActDate(undefined, '2026-10-01')).toBe('2026-10-01');
    expect(earliestActDate({ ...none, signedOn: '2026-11-01' }, '2026-10-01')).toBe('2026-11-01');
    expect(earliestActDate({ ...none, signedOn: '2026-11-01', ratifiedOn: '2026-11-05' }, '2026-10-01')).toBe('2026-11-05');
  });
});

describe('defaultActDate', () => {
  it('is today, as the server counts it', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    expect(todayUtc(now)).toBe('2026-11-30');
    expect(defaultActDate(now, '2026-11-01')).toBe('2026-11-30');
  });

  it('is never before the earliest date an act may bear', () => {
    expect(defaultActDate(new Date('2026-11-30T12:00:00Z'), '2026-12-01')).toBe('2026-12-01');
  });

  it('is never after UTC’s today', () => {
    const now = new Date('2026-11-30T23:30:00Z');
    expect(defaultActDate(now, '2026-01-01') <= '2026-11-30').toBe(true);
  });
});
