import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Flag } from './api.ts';
import { figureLabel, figureValue } from './flag-text.ts';
import { formatList } from './format.ts';

/** What a flag names (facilities, run, challenge), its figures, and the evidence it cites. */
export function FlagFacts({ flag }: { flag: Flag }) {
  const { t } = useTranslation('verification');
  const facilities = flag.facilityIds ?? (flag.facilityId ? [flag.facilityId] : []);
  const evidence = [t('flags.evidence.reports', { count: flag.reportIds.length })];
  if (flag.workloadIds) evidence.push(t('flags.evidence.workloads', { count: flag.workloadIds.length }));
  return (
    <>
      <dl>
        {facilities.length > 0 && (
          <>
            <dt>{t('flags.facts.facility')}</dt>
            <dd>
              {facilities.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <Link to={`/verification/facilities/${encodeURIComponent(id)}`}>{id}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
        {flag.runId && (
          <>
            <dt>{t('flags.facts.run')}</dt>
            <dd>
              <code>{flag.runId}</code>
            </dd>
          </>
        )}
        {flag.challengeId && (
          <>
            <dt>{t('flags.facts.challenge')}</dt>
            <dd>
              <Link to={`/verification/challenges/${flag.challengeId}`}>#{flag.challengeId}</Link>
            </dd>
          </>
        )}
        {Object.entries(flag.figures).map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{figureLabel(t, key)}</dt>
            <dd>{figureValue(t, key, value)}</dd>
          </div>
        ))}
      </dl>
      <details className="evidence">
        <summary>{t('flags.evidence.summary', { items: formatList(evidence) })}</summary>
        <p>
          {t('flags.evidence.reportsLabel')} <code>{flag.reportIds.join(' ')}</code>
        </p>
        {flag.workloadIds && (
          <p>
            {t('flags.evidence.workloadsLabel')} <code>{flag.workloadIds.join(' ')}</code>
          </p>
        )}
        {/* The server's own sentence, as the log and the API give it. */}
        <p>
          {t('flags.recorded')} <q lang="en">{flag.message}</q>
        </p>
      </details>
    </>
  );
}
