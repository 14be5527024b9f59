import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatInteger } from '../../i18n/format.ts';
import { verificationApi } from './api.ts';
import { formatDay, formatFlop } from './format.ts';
import { VerificationLoadState } from './load-state.tsx';
import { VerificationNav } from './verification-nav.tsx';
import { useMayRegister } from './operator/access.ts';

/** Every registered facility: operator, jurisdiction, accelerators, peak compute, reports (public). */
export function FacilitiesPage() {
  const { t } = useTranslation('verification');
  usePageTitle(t('facilities.title'));
  const loaded = useApi(verificationApi.facilities);
  const mayRegister = useMayRegister();
  return (
    <article>
      <h1>{t('facilities.title')}</h1>
      <VerificationNav />
      <p className="lead">{t('facilities.lead')}</p>
      {mayRegister && (
        <p className="operator-links">
          <Link className="button" to="/verification/facilities/new">
            {t('operator.register.title')}
          </Link>{' '}
          <Link className="button secondary" to="/verification/runs/new">
            {t('operator.run.title')}
          </Link>
        </p>
      )}
      <VerificationLoadState state={loaded} what="facilities" />
      {loaded.status === 'ok' && (
        <ScrollRegion label={t('facilities.count', { count: loaded.data.facilities.length })}>
          <table className="facilities-table">
            <caption className="muted">{t('facilities.count', { count: loaded.data.facilities.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('facilities.columns.facility')}</th>
                <th scope="col">{t('facilities.columns.operator')}</th>
                <th scope="col">{t('facilities.columns.jurisdiction')}</th>
                <th scope="col" className="numeric">
                  {t('facilities.columns.accelerators')}
                </th>
                <th scope="col" className="numeric">
                  {t('facilities.columns.peakFlops')}
                </th>
                <th scope="col" className="numeric">
                  {t('facilities.columns.reports')}
                </th>
                <th scope="col">{t('facilities.columns.lastPeriodEnd')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.facilities.map((f) => (
                <tr key={f.id} data-facility={f.id}>
                  <th scope="row">
                    <Link to={`/verification/facilities/${encodeURIComponent(f.id)}`}>{f.name}</Link> <code className="muted">{f.id}</code>
                  </th>
                  <td>{f.operator}</td>
                  <td>
                    <code>{f.jurisdiction}</code>
                  </td>
                  <td className="numeric">{formatInteger(f.accelerators)}</td>
                  <td className="numeric">{formatFlop(f.peakFlops)}</td>
                  <td className="numeric">{formatInteger(f.reportCount)}</td>
                  <td>{formatDay(f.lastReport?.periodEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </article>
  );
}
