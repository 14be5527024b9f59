import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiffInputError, MAX_EDIT_DISTANCE, diffArticles, diffWords, tokenize, type Segment } from './diff.ts';

const { words } = JSON.parse(readFileSync(new URL('./testdata/diff-cases.json', import.meta.url), 'utf8')) as {
  words: { name: string; before: string; after: string; segments: Segment[] }[];
};

const join = (segments: Segment[], skip: Segment['op']) =>
  segments
    .filter((s) => s.op !== skip)
    .map((s) => s.text)
    .join('');

/** Length of a longest common subsequence, by the textbook O(N·M) table. */
function lcs(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  // Every j read is in [0, b.length], inside the row.
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

const text = fc
  .array(fc.constantFrom('treaty', 'party', 'shall', 'the', 'a', ',', '.', ' ', '  ', '\n\n', 'état', '10'), {
    maxLength: 40,
  })
  .map((t) => t.join(''));

describe('tokenize', () => {
  it('splits words, punctuation and whitespace runs and loses nothing', () => {
    expect(tokenize("Each State's  duty,\n\nnext")).toEqual(['Each', ' ', 'State', "'", 's', '  ', 'duty', ',', '\n\n', 'next']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(tokenize(s).join('')).toBe(s);
      }),
    );
  });
});

describe('diffWords', () => {
  it.each(words)('$name', (c) => {
    expect(diffWords(c.before, c.after)).toEqual(c.segments);
  });

  it('reconstructs both texts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const segments = diffWords(a, b);
        expect(join(segments, 'insert')).toBe(a);
        expect(join(segments, 'delete')).toBe(b);
        segments.forEach((s) => expect(s.text).not.toBe(''));
      }),
      { numRuns: 500 },
    );
  });

  it('is a shortest edit script (Myers): deleted + inserted tokens = N + M − 2·LCS', () => {
    // No whitespace, so no folding of whitespace into changes: the counts are Myers' own.
    const noSpace = fc.array(fc.constantFrom('x', 'y', 'z', ',', '.', 'w'), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(
      fc.property(noSpace, noSpace, (a, b) => {
        const ta = tokenize(a);
        const tb = tokenize(b);
        const segments = diffWords(a, b);
        const changed = segments.filter((s) => s.op !== 'equal').reduce((n, s) => n + tokenize(s.text).length, 0);
        expect(changed).toBe(ta.length + tb.length - 2 * lcs(ta, tb));
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to one deletion and one insertion past the edit bound', () => {
    const a = Array.from({ length: MAX_EDIT_DISTANCE }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: MAX_EDIT_DISTANCE }, (_, i) => `b${i}`).join(' ');
    const segments = diffWords(`Start ${a} end`, `Start ${b} end`);
    expect(join(segments, 'insert')).toBe(`Start ${a} end`);
    expect(join(segments, 'delete')).toBe(`Start ${b} end`);
    expect(segments.map((s) => s.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });
});

describe('diffArticles', () => {
  const v1 = [
    { key: 'a', heading: 'Definitions', body: 'In this Treaty, compute means FLOP.' },
    { key: 'b', heading: 'Scope', body: 'This Treaty applies to training runs.' },
    { key: 'c', heading: 'Reporting', body: 'Each Party shall report annually.' },
    { key: 'd', heading: 'Final clauses', body: 'This Treaty enters into force.' },
  ] as const;
  const v2 = [
    { key: 'a', heading: 'Definitions', body: 'In this Treaty, compute means FLOP.' },
    { key: 'e', heading: 'Verification', body: 'The Agency may inspect.' },
    { key: 'c', heading: 'Reporting duties', body: 'Each Party shall report quarterly.' },
    { key: 'd', heading: 'Final clauses', body: 'This Treaty enters into force.' },
  ];

  it('classifies each article and places removed ones where they were', () => {
    const diff = diffArticles(v1, v2);
    expect(diff.map((d) => [d.key, d.status, d.beforeIndex, d.afterIndex])).toEqual([
      ['a', 'unchanged', 0, 0],
      ['b', 'removed', 1, null],
      ['e', 'added', null, 1],
      ['c', 'changed', 2, 2],
      ['d', 'unchanged', 3, 3],
    ]);
    const c = diff[3]; // the list above has five entries
    expect(c?.heading).toEqual([
      { op: 'equal', text: 'Reporting' },
      { op: 'insert', text: ' duties' },
    ]);
    expect(c?.body).toEqual([
      { op: 'equal', text: 'Each Party shall report ' },
      { op: 'delete', text: 'annually' },
      { op: 'insert', text: 'quarterly' },
      { op: 'equal', text: '.' },
    ]);
    expect(diff[0]?.body).toBeUndefined();
  });

  it('matches by key, not position, and puts articles removed at the start first', () => {
    const diff = diffArticles(v1, [v1[3], v1[2]]);
    expect(diff.map((d) => [d.key, d.status])).toEqual([
      ['a', 'removed'],
      ['b', 'removed'],
      ['d', 'unchanged'],
      ['c', 'unchanged'],
    ]);
  });

  it('handles empty versions', () => {
    expect(diffArticles([], [])).toEqual([]);
    expect(diffArticles([], v1).every((d) => d.status === 'added')).toBe(true);
    expect(diffArticles(v1, []).every((d) => d.status === 'removed')).toBe(true);
  });

  it('rejects a key used twice in one version', () => {
    expect(() => diffArticles([v1[0], v1[0]], [])).toThrow(DiffInputError);
    expect(() => diffArticles([], [v1[0], v1[0]])).toThrow(DiffInputError);
  });
});
