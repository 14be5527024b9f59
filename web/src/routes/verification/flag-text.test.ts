import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { FIGURE_KEYS, figureLabel } from './flag-text.ts';

const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), 'utf8')) as { flags: { figure: Record<string, string> } };

/** A t() that knows no key: it answers the default value, as i18next does for a missing key. */
const missing = ((_key: string, options: { defaultValue: string }) => options.defaultValue) as unknown as TFunction;

describe('flag figures', () => {
  it.each(LANGUAGES)('every figure the server sends has a label in %s, never its code name', (lang) => {
    const labels = catalogue(lang).flags.figure;
    for (const key of FIGURE_KEYS) {
      expect(labels[key], `${lang}: flags.figure.${key}`).toBeTruthy();
      expect(labels[key]).not.toBe(key);
    }
  });
  it('spells out a figure newer than the catalogues instead of showing its code name', () => {
    expect(figureLabel(missing, 'meteredAcceleratorHours')).toBe('Metered accelerator hours');
    expect(figureLabel(missing, 'peak_window-flop')).toBe('Peak window flop');
  });
});
