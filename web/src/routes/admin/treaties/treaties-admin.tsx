import './treaties-admin.css';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router-dom';
import { data, http } from '../../../api/client.ts';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useApi } from '../../../components/use-api.ts';
import { formatDate, formatDateTime, formatInteger } from '../../../i18n/format.ts';
import { directionOf } from '../../../i18n/languages.ts';
import { NotFoundPage } from '../../not-found-page.tsx';
import { DepositaryPage } from './depositary-page.tsx';
import { NewTreatyPage } from './new-treaty-page.tsx';

/** The treaties section: the list, a new draft, and each treaty's depositary page. */
export function TreatiesAdmin() {
  return (
    <Routes>
      <Route index element={<TreatyList />} />
      <Route path="new" element={<NewTreatyPage />} />
      <Route path=":id" element={<DepositaryPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** Every treaty with its status, each linked to its depositary page. */
function TreatyList() {
  const { t } = useTranslation('admin/treaties');
  usePageTitle(t('list.title'));
  const state = useApi(() => data(http.GET('/api/treaties')), 'treaties');
  return (
    <article className="treaties-admin">
      <h1>{t('list.title')}</h1>
      <p>{t('list.lead')}</p>
      <p>
        <Link className="button" to="/admin/treaties/new">
          {t('list.new')}
        </Link>
      </p>
      <LoadState state={state} what={t('list.what')} />
      {state.status === 'ok' &&
        (state.data.treaties.length === 0 ? (
          <p className="muted">{t('list.none')}</p>
        ) : (
          <ScrollRegion label={t('list.title')}>
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('list.columns.title')}</th>
                  <th scope="col">{t('list.columns.status')}</th>
                  <th scope="col" className="numeric">
                    {t('list.columns.version')}
                  </th>
                  <th scope="col">{t('list.columns.adopted')}</th>
                  <th scope="col">{t('list.columns.created')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.treaties.map((treaty) => (
                  <tr key={treaty.id} data-treaty={treaty.id}>
                    <th scope="row" lang={treaty.sourceLanguage} dir={directionOf(treaty.sourceLanguage)}>
                      <Link to={`/admin/treaties/${treaty.id}`}>{treaty.title}</Link>
                    </th>
                    <td>
                      <span className={`status-badge ${treaty.status}`}>{t(`status.${treaty.status}`)}</span>
                    </td>
                    <td className="numeric">{formatInteger(treaty.currentVersion)}</td>
                    <td>{formatDate(treaty.adoptedOn)}</td>
                    <td>{formatDateTime(treaty.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
    </article>
  );
}
