import { describe, expect, it } from 'vitest';
import { STANDINGS, standingColor } from './standing.ts';

describe('standingColor', () => {
  it('gives every standing its own colour', () => {
    expect(new Set(STANDINGS.map((s) => s.color)).size).toBe(STANDINGS.length);
    expect(standingColor('ratified')).toBe('#08519c');
  });
});
