import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInteger, formatPercent } from '../../../i18n/format.ts';
import type { Motion } from './treaties-api.ts';

/** The result of a closed motion, in brief: adopted or not, each condition, the ballots; the full tally is on the motion's page. */
export function MotionTally({ m }: { m: Motion }) {
  const { t } = useTranslation('admin/treaties');
  const tally = m.result?.tally;
  if (!tally) return null;
  const met = (reached: boolean) => (
    <span className={`status-badge ${reached ? 'met' : 'missing'}`}>{reached ? t('progress.met') : t('progress.missing')}</span>
  );
  const heads = tally.states.heads;
  return (
    <section aria-labelledby={`tally-${m.id}`} data-testid="motion-tally">
      <h2 id={`tally-${m.id}`}>
        {t('tally.heading', { title: m.title })}{' '}
        <span className={`status-badge ${tally.passed ? 'passed' : 'failed'}`} data-testid="tally-outcome">
          {tally.passed ? t('outcome.passed') : t('outcome.failed')}
        </span>
      </h2>
      <ul className="progress-list">
        <li>
          {t('tally.threshold', { yes: formatPercent(tally.yesShare, 2), required: formatPercent(tally.threshold.required, 2) })}{' '}
          {met(tally.threshold.reached)}
        </li>
        <li>
          {t('tally.quorum', { present: formatPercent(tally.quorum.present, 2), required: formatPercent(tally.quorum.required, 2) })}{' '}
          {met(tally.quorum.reached)}
        </li>
        {tally.doubleMajority.required !== null && (
          <li>
            {t('tally.doubleMajority', {
              yes: formatPercent(tally.doubleMajority.yesShare),
              required: formatPercent(tally.doubleMajority.required),
            })}{' '}
            {met(tally.doubleMajority.reached)}
          </li>
        )}
        <li data-testid="tally-heads">
          {t('tally.heads', {
            yes: formatInteger(heads.yes),
            no: formatInteger(heads.no),
            abstain: formatInteger(heads.abstain),
            absent: formatInteger(heads.absent),
          })}
        </li>
        {m.kind === 'adoption' && m.result?.appliedVersion != null && (
          <li>{t('tally.adopted', { version: formatInteger(m.result.appliedVersion) })}</li>
        )}
        {m.kind === 'amendment' && m.result?.appliedVersion != null && (
          <li>{t('tally.applied', { version: formatInteger(m.result.appliedVersion) })}</li>
        )}
        {m.result?.notApplied && <li>{t('tally.notApplied')}</li>}
      </ul>
      <p>
        <Link to={`/assembly/motions/${m.id}`}>{t('tally.fullResult')}</Link>
      </p>
    </section>
  );
}
