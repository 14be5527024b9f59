import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDate, formatInteger, formatPercent } from '../../../i18n/format.ts';
import type { TreatyStatus } from './treaties-api.ts';

/** The same tolerance as the server's (tally.ts SHARE_TOLERANCE): a share equal but for rounding counts as reached. */
const TOLERANCE = 1e-9;

/** Each condition of entry into force: what it requires, where the standing ratifications are, and whether it is met. */
export function EntryIntoForceProgress({ status }: { status: TreatyStatus }) {
  const { t } = useTranslation('admin/treaties');
  const c = status.conditions;
  const met = (reached: boolean) => (
    <span className={`status-badge ${reached ? 'met' : 'missing'}`}>{reached ? t('progress.met') : t('progress.missing')}</span>
  );
  const shareMet = (now: number, required: number | null) => required !== null && now >= required - TOLERANCE;
  const missingRatifications = Math.max(0, c.ratifications - status.ratifications);
  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('progress.heading')}</h2>
      <p>
        {t('progress.counts', {
          signatures: formatInteger(status.signatures),
          ratifications: formatInteger(status.ratifications),
          withdrawals: formatInteger(status.withdrawals),
        })}
      </p>
      <ul className="progress-list" data-testid="conditions">
        <li>
          {t('progress.ratifications', { have: formatInteger(status.ratifications), need: formatInteger(c.ratifications) })}{' '}
          {met(missingRatifications === 0)}
          {missingRatifications > 0 && (
            <> {t('progress.moreNeeded', { count: missingRatifications, n: formatInteger(missingRatifications) })}</>
          )}
        </li>
        {c.populationShare !== null && (
          <li>
            {t('progress.population', { have: formatPercent(status.populationShare), need: formatPercent(c.populationShare) })}{' '}
            {met(shareMet(status.populationShare, c.populationShare))}
          </li>
        )}
        {c.gdpShare !== null && (
          <li>
            {t('progress.gdp', { have: formatPercent(status.gdpShare), need: formatPercent(c.gdpShare) })}{' '}
            {met(shareMet(status.gdpShare, c.gdpShare))}
          </li>
        )}
        {c.populationShare !== null && c.gdpShare !== null && (
          <li>{c.combine === 'and' ? t('progress.combineAnd') : t('progress.combineOr')}</li>
        )}
        <li>{t('progress.delay', { count: c.delayDays, n: formatInteger(c.delayDays) })}</li>
      </ul>
      <p data-testid="entry-into-force">
        <strong>
          {status.inForce
            ? t('progress.inForce', { date: formatDate(status.entryIntoForce) })
            : status.entryIntoForce
              ? t('progress.pending', { met: formatDate(status.metOn), date: formatDate(status.entryIntoForce) })
              : t('progress.notMet')}
        </strong>
      </p>
    </section>
  );
}

/** The states that have acted on the treaty, with the date of each act. */
export function SignatoriesTable({ status }: { status: TreatyStatus }) {
  const { t } = useTranslation('admin/treaties');
  const heading = t('signatories.heading', { count: status.states.length, n: formatInteger(status.states.length) });
  return (
    <section className="section" aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">{heading}</h2>
      {status.states.length === 0 ? (
        <p className="muted">{t('signatories.none')}</p>
      ) : (
        <ScrollRegion label={heading}>
          <table className="admin-table" data-testid="signatories">
            <thead>
              <tr>
                <th scope="col">{t('signatories.state')}</th>
                <th scope="col">{t('signatories.signed')}</th>
                <th scope="col">{t('signatories.ratified')}</th>
                <th scope="col">{t('signatories.withdrawn')}</th>
              </tr>
            </thead>
            <tbody>
              {[...status.states]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((s) => (
                  <tr key={s.participantId} data-iso3={s.iso3}>
                    <th scope="row" lang="en">
                      {s.name}
                    </th>
                    <td>{formatDate(s.signedOn)}</td>
                    <td>{formatDate(s.ratifiedOn)}</td>
                    <td>{formatDate(s.withdrawnOn)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
