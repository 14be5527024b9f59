import { useTranslation } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY } from './i18n.ts';
import { LANGUAGES } from './languages.ts';

/** The visible language picker: each language named in itself; the choice is remembered in this browser. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={i18n.resolvedLanguage}
        onChange={(event) => {
          localStorage.setItem(LANGUAGE_STORAGE_KEY, event.target.value);
          void i18n.changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
