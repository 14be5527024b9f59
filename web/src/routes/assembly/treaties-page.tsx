import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { formatDate, formatInteger } from '../../i18n/format.ts';
import { assemblyApi } from './api.ts';
import { AssemblyNav, Load } from './page-parts.tsx';

/** Every treaty, draft or adopted. */
export function TreatiesPage() {
  const { t } = useTranslation('assembly');
  usePageTitle(t('treaties.title'));
  const data = useApi(assemblyApi.treaties);
  return (
    <article>
      <AssemblyNav />
      <h1>{t('treaties.title')}</h1>
      <p className="lead">{t('treaties.lead')}</p>
      <Load state={data}>
        {({ treaties }) =>
          treaties.length === 0 ? (
            <p className="muted">{t('treaties.none')}</p>
          ) : (
            <ul className="card-grid">
              {treaties.map((treaty) => (
                <li key={treaty.id} className="card">
                  <h2>
                    <Link to={`/assembly/treaties/${treaty.id}`} lang={treaty.sourceLanguage}>
                      {treaty.title}
                    </Link>
                  </h2>
                  <p>
                    <span className={`status-badge ${treaty.status}`}>{t(`treatyStatus.${treaty.status}`)}</span>{' '}
                    {treaty.adoptedOn
                      ? t('treaties.versionAdopted', { version: formatInteger(treaty.currentVersion), date: formatDate(treaty.adoptedOn) })
                      : t('treaties.version', { version: formatInteger(treaty.currentVersion) })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Load>
    </article>
  );
}
