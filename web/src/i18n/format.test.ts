import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatList } from './format.ts';

// The formats follow i18next's language; no catalogue is needed for them.
beforeAll(async () => {
  await i18next.init({ lng: 'fr', resources: {} });
});
afterAll(async () => {
  await i18next.changeLanguage('en');
});

describe('formatList', () => {
  it('joins names as the shown language does', async () => {
    expect(formatList(['A', 'B', 'C'])).toBe('A, B et C');
    await i18next.changeLanguage('en');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B, and C');
    await i18next.changeLanguage('fr');
  });
  it('runs units together without a conjunction', async () => {
    await i18next.changeLanguage('zh');
    expect(formatList(['A', 'B'], 'unit')).not.toMatch(/和/);
    await i18next.changeLanguage('fr');
  });
});
