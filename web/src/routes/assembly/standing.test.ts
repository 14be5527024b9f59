import { describe, expect, it } from 'vitest';
import { paragraphs, STANDINGS, standingColor } from './standing.ts';

describe('standingColor', () => {
  it('gives every standing its own colour', () => {
    expect(new Set(STANDINGS.map((s) => s.color)).size).toBe(STANDINGS.length);
    expect(standingColor('ratified')).toBe('#08519c');
  });
});

describe('paragraphs', () => {
  it('splits at blank lines and joins soft breaks', () => {
    expect(paragraphs('One\ntwo.\n\n  Three.\r\n\r\n')).toEqual(['One two.', 'Three.']);
  });
});
