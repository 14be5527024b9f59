import { describe, expect, it } from 'vitest';
import { articlesIn, completeness, textHash, type TranslationRecord } from './translation.ts';

const v1 = [
  { key: 'art-1', heading: 'Scope', body: 'This Treaty applies to frontier training.' },
  { key: 'art-2', heading: 'Thresholds', body: 'Above 10^26 FLOP.' },
];
const v2 = [v1[0]!, { key: 'art-2', heading: 'Thresholds', body: 'Above 10^25 FLOP.' }];

const record = (articleKey: string, source: { heading: string; body: string }, body: string, at: number): TranslationRecord => ({
  articleKey,
  language: 'fr',
  heading: 'Titre',
  body,
  sourceVersion: 1,
  sourceHash: textHash(source),
  translator: 'T',
  createdAt: new Date(at),
});

describe('translation states', () => {
  it('hashes the heading and body together, so either changing changes the hash', () => {
    const h = textHash(v1[0]!);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(textHash({ ...v1[0]!, heading: 'Scope ' })).not.toBe(h);
    expect(textHash({ ...v1[0]!, body: 'x' })).not.toBe(h);
    // Not a plain concatenation: moving text between heading and body is a different text.
    expect(textHash({ heading: 'ab', body: 'c' })).not.toBe(textHash({ heading: 'a', body: 'bc' }));
  });

  it('is current for the text translated, outdated after it changes, missing without a translation', () => {
    const rows = [record('art-2', v1[1]!, 'Au-delà de 10^26 FLOP.', 1)];
    expect(articlesIn(v1, rows, 'fr', 'en').map((a) => [a.state, a.body])).toEqual([
      ['missing', v1[0]!.body],
      ['current', 'Au-delà de 10^26 FLOP.'],
    ]);
    const after = articlesIn(v2, rows, 'fr', 'en');
    expect(after[1]).toMatchObject({ state: 'outdated', body: 'Above 10^25 FLOP.', record: { body: 'Au-delà de 10^26 FLOP.' } });
    expect(articlesIn(v2, rows, 'en', 'en').map((a) => a.state)).toEqual(['source', 'source']);
    // Another language's translation does not count.
    expect(articlesIn(v1, rows, 'es', 'en')[1]!.state).toBe('missing');
  });

  it('takes the newest translation of the text shown, and keeps older versions readable', () => {
    const rows = [
      record('art-2', v1[1]!, 'Première.', 1),
      record('art-2', v1[1]!, 'Seconde.', 2),
      record('art-2', v2[1]!, 'Pour la version 2.', 3),
    ];
    expect(articlesIn(v1, rows, 'fr', 'en')[1]).toMatchObject({ state: 'current', body: 'Seconde.' });
    expect(articlesIn(v2, rows, 'fr', 'en')[1]).toMatchObject({ state: 'current', body: 'Pour la version 2.' });
  });

  it('counts each language, the source always complete', () => {
    const rows = [record('art-1', v1[0]!, 'Portée.', 1), record('art-2', v1[1]!, 'Seuils.', 2)];
    const byLang = Object.fromEntries(completeness(v2, rows, 'en').map((l) => [l.language, l]));
    expect(byLang.en).toMatchObject({ source: true, complete: true, current: ['art-1', 'art-2'] });
    expect(byLang.fr).toMatchObject({ complete: false, current: ['art-1'], outdated: ['art-2'], missing: [] });
    expect(byLang.zh).toMatchObject({ complete: false, missing: ['art-1', 'art-2'] });
  });
});
