import { describe, expect, it } from 'vitest';
import { TreatyExportError, assertIsoDate, oneLine, paragraphs } from './treaty-text.ts';

describe('paragraphs', () => {
  it('splits at blank lines and joins soft line breaks with a space', () => {
    expect(paragraphs('One\ntwo.\n\nThree.\r\n  \r\nFour.\n\n\n')).toEqual(['One two.', 'Three.', 'Four.']);
  });

  it('gives nothing for blank text', () => {
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs(' \n\n \t')).toEqual([]);
  });
});

describe('oneLine', () => {
  it('folds whitespace runs and trims', () => {
    expect(oneLine('  a\n\tb  c ')).toBe('a b c');
  });
});

describe('assertIsoDate', () => {
  it('accepts calendar dates and rejects others', () => {
    expect(() => assertIsoDate('2024-02-29')).not.toThrow();
    for (const bad of ['2023-02-29', '2025-00-10', '2025-1-01', '20250101', '2025-01-01T00:00:00Z', ''])
      expect(() => assertIsoDate(bad)).toThrow(TreatyExportError);
  });
});
