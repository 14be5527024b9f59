import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatDate, formatInteger, formatPercent } from '../../i18n/format.ts';
import { api } from '../../api/client.ts';
import { useKeptApi } from '../../components/use-api.ts';
import { assemblyApi, type Amendment, type TreatyStatus } from './api.ts';
import { Load } from './page-parts.tsx';
import { StandingMap } from './standing-map.tsx';
import { AmendmentTitle, useBaseArticles } from './amendment-title.tsx';

/** The treaty's amendments, each with its proposer, base version, seconds and status. */
export function AmendmentsTable({ treatyId, amendments }: { treatyId: number; amendments: Amendment[] }) {
  const { t } = useTranslation('assembly');
  const articles = useBaseArticles(
    treatyId,
    amendments.map((a) => a.baseVersion),
  );
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
                      <AmendmentTitle a={a} articles={articles.get(a.baseVersion)} />
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

/** The same tolerance as the server's (tally.ts SHARE_TOLERANCE): a share equal but for rounding counts as reached. */
const TOLERANCE = 1e-9;

/** Each condition of entry into force: what it asks, where the ratifications stand, whether it is met and what is missing. */
export function RatificationStatus({ status }: { status: TreatyStatus }) {
  const { t } = useTranslation('assembly');
  const c = status.conditions;
  const missingRatifications = Math.max(0, c.ratifications - status.ratifications);
  const reached = (have: number, need: number | null) => need !== null && have >= need - TOLERANCE;
  const badge = (met: boolean) => (
    <span className={`status-badge ${met ? 'met' : 'missing'}`}>{met ? t('ratification.met') : t('ratification.missing')}</span>
  );
  return (
    <section className="section" aria-labelledby="ratification-heading">
      <h2 id="ratification-heading">{t('ratification.heading')}</h2>
      <p>
        {t('ratification.adopted', { date: formatDate(status.adoptedOn), version: formatInteger(status.adoptedVersion) })}{' '}
        {t('ratification.counts', {
          signatures: formatInteger(status.signatures),
          ratifications: formatInteger(status.ratifications),
          withdrawals: formatInteger(status.withdrawals),
        })}
      </p>
      <h3>{t('ratification.conditions')}</h3>
      <ul className="conditions-list" data-testid="conditions">
        <li>
          {t('ratification.ratificationsOf', { have: formatInteger(status.ratifications), need: formatInteger(c.ratifications) })}{' '}
          {badge(missingRatifications === 0)}
          {missingRatifications > 0 && (
            <> {t('ratification.moreNeeded', { count: missingRatifications, n: formatInteger(missingRatifications) })}</>
          )}
        </li>
        {c.populationShare !== null && (
          <li>
            {t('ratification.population', { have: formatPercent(status.populationShare), need: formatPercent(c.populationShare) })}{' '}
            {badge(reached(status.populationShare, c.populationShare))}
          </li>
        )}
        {c.gdpShare !== null && (
          <li>
            {t('ratification.gdp', { have: formatPercent(status.gdpShare), need: formatPercent(c.gdpShare) })}{' '}
            {badge(reached(status.gdpShare, c.gdpShare))}
          </li>
        )}
        {c.populationShare !== null && c.gdpShare !== null && (
          <li>{c.combine === 'and' ? t('ratification.combineAnd') : t('ratification.combineOr')}</li>
        )}
        <li>{t('ratification.delay', { count: c.delayDays, n: formatInteger(c.delayDays) })}</li>
      </ul>
      <p data-testid="entry-into-force">
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

/** The states that signed, ratified or withdrew, each with its dates. */
export function SignatoriesTable({ status }: { status: TreatyStatus }) {
  const { t } = useTranslation('assembly');
  const heading = t('signatories.heading', { count: status.states.length, n: formatInteger(status.states.length) });
  return (
    <section className="section" aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">{heading}</h2>
      {status.states.length === 0 ? (
        <p className="muted">{t('signatories.none')}</p>
      ) : (
        <ScrollRegion label={heading}>
          <table className="signatories-table" data-testid="signatories">
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
                    {/* State names are reference data, in English. */}
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

/**
 * The world map coloured by each state's standing toward this treaty. The server colours a state
 * that withdrew from the treaty by its standing in the assembly; here it shows as withdrawn.
 */
export function TreatyStandingMap({ status, revision }: { status: TreatyStatus; revision: number }) {
  const { t } = useTranslation('assembly');
  const data = useKeptApi(() => Promise.all([api.states(), assemblyApi.standing(status.treatyId)]), `${status.treatyId}:${revision}`);
  const withdrew = new Set(status.states.filter((s) => s.withdrawnOn).map((s) => s.participantId));
  return (
    <section className="section" aria-labelledby="treaty-standing-heading">
      <h2 id="treaty-standing-heading">{t('treatyStanding.heading')}</h2>
      <Load state={data}>
        {([{ states }, standing]) => (
          <StandingMap
            states={states}
            standing={standing.states.map((s) => (withdrew.has(s.participantId) ? { ...s, standing: 'withdrawn' as const } : s))}
            caption={t('treatyStanding.caption')}
          />
        )}
      </Load>
    </section>
  );
}
