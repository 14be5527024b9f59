import { describe, expect, it } from 'vitest';
import { moved } from './article-editor.tsx';
import { matchStates } from './depositary-page.tsx';
import { sortMotions } from './motions-admin.tsx';
import { instantOf, localInputValue } from './schedule-form.tsx';
import type { Motion, Participant } from './treaties-api.ts';

describe('moved', () => {
  it('moves an article up and down, leaving the others in order', () => {
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
});

describe('matchStates', () => {
  const state = (id: number, name: string, iso3: string) => ({ id, name, iso3 }) as Participant;
  const states = [state(1, 'Afghanistan', 'AFG'), state(2, 'Ghana', 'GHA'), state(3, 'Kenya', 'KEN'), state(4, 'Nigeria', 'NGA')];

  it('puts the state whose ISO code is typed first, then names starting with it, then names holding it', () => {
    expect(matchStates(states, 'gha').map((s) => s.name)).toEqual(['Ghana', 'Afghanistan']);
    expect(matchStates(states, ' nig ').map((s) => s.name)).toEqual(['Nigeria']);
    expect(matchStates(states, 'an').map((s) => s.name)).toEqual(['Afghanistan', 'Ghana']);
    expect(matchStates(states, '')).toHaveLength(4);
  });
});

describe('sortMotions', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  const motion = (id: number, status: Motion['status'], opensAt: string, closesAt: string, closedAt: string | null = null) =>
    ({ id, status, opensAt, closesAt, closedAt }) as Motion;

  it('lists due motions first, then open, scheduled, and the closed newest first', () => {
    const motions = [
      motion(1, 'closed', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z'),
      motion(2, 'scheduled', '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z'),
      motion(3, 'open', '2026-11-30T00:00:00Z', '2026-11-30T18:00:00Z'),
      motion(4, 'open', '2026-11-29T00:00:00Z', '2026-11-30T11:00:00Z'),
      motion(5, 'closed', '2026-11-10T00:00:00Z', '2026-11-11T00:00:00Z', '2026-11-11T00:00:00Z'),
      motion(6, 'open', '2026-11-29T00:00:00Z', '2026-11-30T10:00:00Z'),
    ];
    expect(sortMotions(motions, now).map((m) => m.id)).toEqual([6, 4, 3, 2, 5, 1]);
  });
});

describe('datetime-local values', () => {
  it('round-trips an instant through the browser zone, to the second', () => {
    const at = Date.parse('2026-11-30T12:34:56Z');
    expect(instantOf(localInputValue(at))?.getTime()).toBe(at);
    expect(instantOf('')).toBeNull();
    expect(instantOf('not a time')).toBeNull();
  });
});
