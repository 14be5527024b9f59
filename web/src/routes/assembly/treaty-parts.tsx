import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatDate, formatInteger, formatPercent } from '../../i18n/format.ts';
import type { Amendment, TreatyStatus } from './api.ts';
import { AmendmentTitle } from './amendment-title.tsx';

/** The treaty's amendments, each with its proposer, base version, seconds and status. */
export function AmendmentsTable({ treatyId, amendments }: { treatyId: number; amendments: Amendment[] }) {
  const { t } = useTranslation('assembly');
  return (
    <section className="section" aria-labelledby="amendments-heading">
      <h2 id="amendments-heading">{t('amendments.heading', { n: formatInteger(amendments.length) })}</h2>
      {amendments.length === 0 ? (
        <p className="muted">{t('amendments.none')}</p>
      ) : (
        <ScrollRegion label={t('amendments.heading', { n: formatInteger(amendments.length) })}>
          <table className="amendments-table">
            <thead>
              <tr>
                <th scope="col">{t('amendments.columns.amendment')}</th>
                <th scope="col">{t('amendments.columns.proposedBy')}</th>
                <th scope="col">{t('amendments.columns.base')}</th>
                <th scope="col">{t('amendments.columns.seconds')}</th>
                <th scope="col">{t('amendments.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {amendments.map((a) => (
                <tr key={a.id} data-amendment={a.id}>
                  <th scope="row">
                    <Link to={`/assembly/treaties/${treatyId}/amendments/${a.id}`}>
                      <AmendmentTitle a={a} />
                    </Link>
                  </th>
                  <td>{a.participantName}</td>
                  <td>{formatInteger(a.baseVersion)}</td>
                  <td>{t('amendments.secondsOf', { seconds: formatInteger(a.seconds), required: formatInteger(a.secondsRequired) })}</td>
                  <td>
                    <span className={`status-badge ${a.status}`}>{t(`amendmentStatus.${a.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** Signatures, ratifications and the conditions of entry into force of an adopted treaty. */
export function RatificationStatus({ status }: { status: TreatyStatus }) {
  const { t } = useTranslation('assembly');
  const c = status.conditions;
  return (
    <section className="section" aria-labelledby="ratification-heading">
      <h2 id="ratification-heading">{t('ratification.heading')}</h2>
      <p>
        {t('ratification.adopted', { date: formatDate(status.adoptedOn), version: formatInteger(status.adoptedVersion) })}{' '}
        {t('ratification.counts', {
          signatures: formatInteger(status.signatures),
          ratifications: formatInteger(status.ratifications),
          withdrawals: formatInteger(status.withdrawals),
        })}{' '}
        {t('ratification.shares', { population: formatPercent(status.populationShare), gdp: formatPercent(status.gdpShare) })}
      </p>
      <h3>{t('ratification.conditions')}</h3>
      <ul>
        <li>{t('ratification.needed', { n: formatInteger(c.ratifications) })}</li>
        {c.populationShare !== null && <li>{t('ratification.population', { share: formatPercent(c.populationShare, 0) })}</li>}
        {c.gdpShare !== null && <li>{t('ratification.gdp', { share: formatPercent(c.gdpShare, 0) })}</li>}
        {c.populationShare !== null && c.gdpShare !== null && (
          <li>{c.combine === 'and' ? t('ratification.combineAnd') : t('ratification.combineOr')}</li>
        )}
        <li>{t('ratification.delay', { count: c.delayDays, n: formatInteger(c.delayDays) })}</li>
      </ul>
      <p>
        <strong>
          {status.inForce
            ? t('ratification.inForce', { date: formatDate(status.entryIntoForce) })
            : status.entryIntoForce
              ? t('ratification.pending', { met: formatDate(status.metOn), date: formatDate(status.entryIntoForce) })
              : t('ratification.notMet')}
        </strong>
      </p>
    </section>
  );
}
