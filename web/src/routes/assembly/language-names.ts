/** Names of the treaty's languages, for sentences in the reader's language. */
import i18next from 'i18next';
import { LANGUAGES } from '../../i18n/languages.ts';

/** `fr` as the shown language calls it: "French", "français", "法语", "الفرنسية". */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([i18next.language || 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `fr` as its own speakers write it ("Français"): for choosing a language to read in. */
export const nativeName = (code: string): string => LANGUAGES.find((l) => l.code === code)?.name ?? code;
