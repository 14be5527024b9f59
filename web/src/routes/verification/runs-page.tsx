import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { verificationApi } from './api.ts';
import { formatDay, formatFlop, formatHours, formatList } from './format.ts';
import { VerificationLoadState } from './load-state.tsx';
import { RunsChart } from './runs-chart.tsx';
import { VerificationNav } from './verification-nav.tsx';

/** Runs and their standing: the full accounting for inspectors, a public summary for everyone else. */
export function RunsPage() {
  const { t } = useTranslation('verification');
  usePageTitle(t('runs.title'));
  const loaded = useApi(verificationApi.runAccounting);
  return (
    <article>
      <h1>{t('runs.title')}</h1>
      <VerificationNav />
      <p className="lead">{t('runs.lead')}</p>
      <VerificationLoadState state={loaded} what="runs" />
      {loaded.status === 'ok' && (
        <>
          {loaded.data.view === 'full' ? <RunsChart accounting={loaded.data} /> : <p className="notice">{t('runs.publicSummary')}</p>}
          <ScrollRegion label={t('runs.title')}>
            <table className="runs-table">
              <thead>
                <tr>
                  <th scope="col">{t('runs.columns.run')}</th>
                  <th scope="col">{t('runs.columns.developer')}</th>
                  <th scope="col">{t('runs.columns.standing')}</th>
                  <th scope="col">{t('runs.columns.licensed')}</th>
                  <th scope="col">{t('runs.columns.crossedNotification')}</th>
                  <th scope="col">{t('runs.columns.crossedLicence')}</th>
                  {loaded.data.view === 'full' && (
                    <>
                      <th scope="col" className="numeric">
                        {t('runs.columns.cumulativeFlop')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('runs.columns.expectedFlop')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('runs.columns.acceleratorHours')}
                      </th>
                      <th scope="col">{t('runs.columns.facilities')}</th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody>
                {loaded.data.runs.map((r) => (
                  <tr key={r.runId} data-run={r.runId}>
                    <th scope="row">
                      <code>{r.runId}</code> {r.name && <span className="muted">{r.name}</span>}{' '}
                      {!r.declared && <span className="badge danger">{t('runs.undeclared')}</span>}
                    </th>
                    <td>{r.developer ?? '–'}</td>
                    <td>
                      <span className={`badge ${r.standing}`}>{t(`runs.standing.${r.standing}`)}</span>
                    </td>
                    <td>{r.licensed ? t('runs.yes') : t('runs.no')}</td>
                    <td>{formatDay(r.crossings.find((c) => c.threshold === 'notify')?.periodEnd)}</td>
                    <td>{formatDay(r.crossings.find((c) => c.threshold === 'licence')?.periodEnd)}</td>
                    {loaded.data.view === 'full' && (
                      <>
                        <td className="numeric">{formatFlop(r.cumulativeFlop)}</td>
                        <td className="numeric">{formatFlop(r.expectedFlop)}</td>
                        <td className="numeric">{formatHours(r.acceleratorHours)}</td>
                        <td>{formatList(r.facilityIds ?? [])}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </article>
  );
}
