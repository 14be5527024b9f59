import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeUtc, formatList } from './format.ts';

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

describe('formatDateTime', () => {
  it('names the zone of every moment, the reader’s own or UTC', async () => {
    await i18next.changeLanguage('en');
    const at = '2026-11-30T14:05:00Z';
    expect(formatDateTimeUtc(at)).toBe('Nov 30, 2026, 2:05 PM UTC');
    // The reader's zone (the machine's here): named, whatever it is.
    const zone = new Intl.DateTimeFormat('en', { timeZoneName: 'short' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')!.value;
    expect(formatDateTime(at).endsWith(zone)).toBe(true);
    await i18next.changeLanguage('fr');
    expect(formatDateTimeUtc(at)).toBe('30 nov. 2026, 14:05 UTC');
  });
});
