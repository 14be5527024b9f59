import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatInteger } from '../../i18n/format.ts';
import type { TreatyTranslations } from './api.ts';
import { nativeName } from './language-names.ts';

/**
 * How far each language's text is translated, and its exports. A language exports only when
 * complete and current (the server refuses otherwise: a document that says it is French must not
 * hold English or an older text's translation), so an incomplete one says what is left instead.
 */
export function TreatyLanguages({ treatyId, translations }: { treatyId: number; translations: TreatyTranslations }) {
  const { t } = useTranslation('assembly');
  return (
    <section className="section" aria-labelledby="languages-heading">
      <h2 id="languages-heading">{t('languages.heading')}</h2>
      <p className="muted">{t('languages.lead', { n: formatInteger(translations.articles) })}</p>
      <ScrollRegion label={t('languages.heading')}>
        <table className="languages-table">
          <thead>
            <tr>
              <th scope="col">{t('languages.columns.language')}</th>
              <th scope="col">{t('languages.columns.state')}</th>
              <th scope="col">{t('languages.columns.exports')}</th>
            </tr>
          </thead>
          <tbody>
            {translations.languages.map((l) => (
              <tr key={l.language} data-language={l.language}>
                <th scope="row" lang={l.language}>
                  {nativeName(l.language)}
                </th>
                <td>
                  {l.source
                    ? t('languages.source')
                    : l.complete
                      ? t('languages.complete')
                      : t('languages.counts', {
                          current: formatInteger(l.current),
                          outdated: formatInteger(l.outdated),
                          missing: formatInteger(l.missing),
                        })}
                  {!l.source && l.title === 'missing' && <> · {t('languages.titleMissing')}</>}
                  {!l.source && l.title === 'outdated' && <> · {t('languages.titleOutdated')}</>}
                </td>
                <td>
                  {l.source || l.complete ? (
                    <span className="export-links">
                      <a href={`/api/treaties/${treatyId}/export.md?lang=${l.language}`} hrefLang={l.language}>
                        {t('languages.markdown')}
                      </a>{' '}
                      <a href={`/api/treaties/${treatyId}/export.akn.xml?lang=${l.language}`} hrefLang={l.language}>
                        {t('languages.akomaNtoso')}
                      </a>
                    </span>
                  ) : (
                    <span className="muted">{t('languages.notExportable')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
