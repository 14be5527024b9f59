/**
 * The six official languages of the United Nations, the languages the assembly works in. Each is
 * named in itself, so a reader finds their own language in the picker whatever is shown now.
 */
export const LANGUAGES = [
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'zh', name: '中文', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES: readonly Language[] = LANGUAGES.map((l) => l.code);
export const SOURCE_LANGUAGE: Language = 'en';

export const isLanguage = (value: unknown): value is Language => LANGUAGE_CODES.includes(value as Language);

/** The writing direction of `language`: Arabic is laid out right to left. */
export const directionOf = (language: string): 'rtl' | 'ltr' => LANGUAGES.find((l) => l.code === language)?.dir ?? 'ltr';

/**
 * The first supported language in a list of preferences (the browser's, from Accept-Language):
 * `fr-CA` counts as `fr`, `zh-Hant-TW` as `zh`; English when none is supported.
 */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const preference of preferences) {
    const base = preference.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return SOURCE_LANGUAGE;
}
