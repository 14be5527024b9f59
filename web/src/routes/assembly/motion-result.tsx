import { Trans, useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatInteger, formatPercent } from '../../i18n/format.ts';
import type { Motion, Tally } from './api.ts';
import { ChoiceBar } from './bar-chart.tsx';

/** The outcome of a closed motion: each condition, the charts by weight and by head, and every ballot. */
export function MotionResult({ m, tally }: { m: Motion; tally: Tally }) {
  const { t } = useTranslation('assembly');
  const heads = tally.states.heads;
  const orgHeads = tally.organizations.heads;
  const met = (reached: boolean) => (
    <span className={`status-badge ${reached ? 'passed' : 'failed'}`}>{reached ? t('result.met') : t('result.notMet')}</span>
  );
  const command = `concord assembly retally --motion ${m.id} --url ${window.location.origin}`;
  const logPath = `/api/motions/${m.id}/log`;
  return (
    <>
      <section className="section" aria-labelledby="result-heading">
        <h2 id="result-heading">{tally.passed ? t('result.passed') : t('result.failed')}</h2>
        <ul className="result-list">
          <li>
            {t('result.threshold', { yes: formatPercent(tally.yesShare, 2), required: formatPercent(tally.threshold.required, 2) })}{' '}
            {met(tally.threshold.reached)}
          </li>
          <li>
            {t('result.quorum', { present: formatPercent(tally.quorum.present, 2), required: formatPercent(tally.quorum.required, 2) })}{' '}
            {met(tally.quorum.reached)}
          </li>
          {tally.doubleMajority.required !== null && (
            <li>
              {t('result.doubleMajority', {
                yes: formatPercent(tally.doubleMajority.yesShare),
                required: formatPercent(tally.doubleMajority.required),
              })}{' '}
              {met(tally.doubleMajority.reached)}
            </li>
          )}
          {m.result?.appliedVersion != null && m.kind === 'amendment' && (
            <li>{t('result.amendmentApplied', { version: formatInteger(m.result.appliedVersion) })}</li>
          )}
          {m.result?.appliedVersion != null && m.kind === 'adoption' && (
            <li>{t('result.adopted', { version: formatInteger(m.result.appliedVersion) })}</li>
          )}
          {/* The server's reason is English detail for the log; the reader gets what it means. */}
          {m.result?.notApplied && <li>{t('result.notApplied')}</li>}
          {tally.reasons.map((r) => (
            <li key={r.code}>{t(`reason.${r.code}`, { defaultValue: r.message })}</li>
          ))}
        </ul>
        <ChoiceBar label={t('chart.byWeight')} parts={tally.combined} total={1} unit={(v) => formatPercent(v)} />
        <ChoiceBar label={t('chart.statesByHead')} parts={heads} total={heads.members} unit={formatInteger} />
        {orgHeads.members > 0 && (
          <ChoiceBar
            label={
              tally.organizations.counts > 0
                ? t('chart.organizationsWeighted', { share: formatPercent(tally.organizations.counts) })
                : t('chart.organizationsAdvisory')
            }
            parts={orgHeads}
            total={orgHeads.members}
            unit={formatInteger}
          />
        )}
        <p className="muted">
          <Trans
            t={t}
            i18nKey="result.recompute"
            values={{ command, path: logPath }}
            components={{ code: <code dir="ltr" />, a: <a href={logPath} dir="ltr" /> }}
          />
        </p>
      </section>
      {m.ballots && <BallotsTable ballots={m.ballots} />}
    </>
  );
}

/** Every ballot of a closed motion with its counted weight (the first 500 on the page). */
function BallotsTable({ ballots }: { ballots: NonNullable<Motion['ballots']> }) {
  const { t } = useTranslation('assembly');
  return (
    <section className="section" aria-labelledby="ballots-heading">
      <h2 id="ballots-heading">{t('ballots.heading', { n: formatInteger(ballots.length) })}</h2>
      <ScrollRegion label={t('ballots.heading', { n: formatInteger(ballots.length) })}>
        <table className="ballots-table">
          <thead>
            <tr>
              <th scope="col">{t('ballots.participant')}</th>
              <th scope="col">{t('ballots.choice')}</th>
              <th scope="col" className="numeric">
                {t('ballots.weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ballots.slice(0, 500).map((b) => (
              <tr key={b.participantId} data-participant={b.participantId}>
                <th scope="row">{b.name}</th>
                <td>{t(`choice.${b.choice}`)}</td>
                <td className="numeric">{formatPercent(b.weight, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {ballots.length > 500 && <p className="muted">{t('ballots.truncated', { n: formatInteger(ballots.length) })}</p>}
    </section>
  );
}
