/// <reference types="vite/client" />
/**
 * The message catalogue of the web app (i18next): every string a page shows is a key in one of
 * the namespaces below, complete in the six languages (`catalogues.test.ts` checks). Catalogues are
 * JSON files beside the code that uses them, loaded per language on demand:
 * - `common` and `errors` (the server's error codes): web/src/i18n/locales/<lang>/<ns>.json;
 * - one namespace per module or console section: web/src/routes/<module>/locales/<lang>.json,
 *   web/src/routes/admin/<section>/locales/<lang>.json (namespace `admin/<section>`).
 *
 * The language is the one remembered from the picker, else the browser's first supported
 * preference (its Accept-Language), else English; `<html lang>` and `dir` follow it.
 */
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { directionOf, LANGUAGE_CODES, preferredLanguage, SOURCE_LANGUAGE } from './languages.ts';

export const NAMESPACES = [
  'common',
  'errors',
  'coalition',
  'assembly',
  'verification',
  'account',
  'admin',
  'admin/accounts',
  'admin/assembly',
  'admin/treaties',
  'admin/coalition',
  'admin/events',
  'admin/outreach',
  'admin/verification',
  'admin/witnesses',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
/** Where the picker's choice is remembered. */
export const LANGUAGE_STORAGE_KEY = 'concord.language';

type Catalogue = { default: Record<string, unknown> };
const shared = import.meta.glob<Catalogue>('./locales/*/*.json');
const modules = import.meta.glob<Catalogue>('../routes/**/locales/*.json');

/** The loader of one namespace's catalogue in one language. */
function catalogue(language: string, namespace: string): Promise<Catalogue> {
  const load = shared[`./locales/${language}/${namespace}.json`] ?? modules[`../routes/${namespace}/locales/${language}.json`];
  if (!load) return Promise.reject(new Error(`no ${namespace} catalogue in ${language}`));
  return load();
}

/**
 * Keeps `<html lang dir>` on the shown language, for screen readers, fonts and the layout's direction.
 * The detected language may carry a region (`zh-CN`, `ar-EG`): the page is in the base language.
 */
function followLanguage(language: string) {
  const shown = preferredLanguage([language]);
  document.documentElement.lang = shown;
  document.documentElement.dir = directionOf(shown);
}

/** Starts i18next with the language detected and `common`, `errors` and the first page's `namespaces` loaded. */
export async function startI18n(namespaces: readonly Namespace[] = []): Promise<void> {
  i18next.on('languageChanged', followLanguage);
  await i18next
    .use(LanguageDetector)
    .use(resourcesToBackend(catalogue))
    .use(initReactI18next)
    .init({
      supportedLngs: [...LANGUAGE_CODES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: SOURCE_LANGUAGE,
      ns: ['common', 'errors', ...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes.
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        // Only the picker remembers a language (see language-picker.tsx): until someone picks one,
        // a change of the browser's languages is followed.
        caches: [],
      },
      react: { useSuspense: true },
    });
}

export { i18next };
