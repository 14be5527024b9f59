import { describe, expect, it } from 'vitest';
import { paragraphs, percent, STANDINGS, standingColor } from './standing.ts';

describe('standingColor', () => {
  it('gives every standing its own colour', () => {
    expect(new Set(STANDINGS.map((s) => s.color)).size).toBe(STANDINGS.length);
    expect(standingColor('ratified')).toBe('#08519c');
  });
});

describe('percent', () => {
  it('formats shares and missing values', () => {
    expect(percent(0.1234)).toBe('12.3 %');
    expect(percent(2 / 3, 2)).toBe('66.67 %');
    expect(percent(null)).toBe('—');
  });
});

describe('paragraphs', () => {
  it('splits at blank lines and joins soft breaks', () => {
    expect(paragraphs('One\ntwo.\n\n  Three.\r\n\r\n')).toEqual(['One two.', 'Three.']);
  });
});
