import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatInteger } from '../../i18n/format.ts';
import { verificationApi, type Challenge } from './api.ts';
import { classList, problemList } from './flag-text.ts';
import { formatHours, formatShare, formatTime } from './format.ts';
import { VerificationLoadState } from './load-state.tsx';
import { VerificationNav } from './verification-nav.tsx';
import { useMayAnswer } from './operator/access.ts';
import { AnswerChallengeForm } from './operator/answer-challenge-form.tsx';

/** One challenge: its workloads, the answers, and the revealed records (inspectors and the facility's operators). */
export function ChallengePage() {
  const { t } = useTranslation('verification');
  const id = Number(useParams().id);
  usePageTitle(t('challenge.title', { id }));
  const loaded = useApi(() => verificationApi.challenge(id), id);
  // The challenge as the last answer left it (the server answers with the whole challenge).
  const [latest, setLatest] = useState<Challenge | null>(null);
  return (
    <article>
      <h1>{t('challenge.title', { id })}</h1>
      <VerificationNav />
      <VerificationLoadState state={loaded} what="challenge" />
      {loaded.status === 'ok' && <ChallengeView challenge={latest?.id === id ? latest : loaded.data} onAnswered={setLatest} />}
    </article>
  );
}

function ChallengeView({ challenge: c, onAnswered }: { challenge: Challenge; onAnswered: (c: Challenge) => void }) {
  const { t } = useTranslation('verification');
  const mayAnswer = useMayAnswer();
  const command = `concord facility reveal --challenge ${c.id} --workload ID --record FILE`;
  return (
    <>
      <dl className="facts">
        <dt>{t('challenge.facts.status')}</dt>
        <dd>
          <span className={`badge ${c.status}`} data-testid="challenge-status">
            {t(`status.${c.status}`)}
          </span>
          {c.decidedAt && <span className="muted"> {t('challenge.since', { at: formatTime(c.decidedAt) })}</span>}
        </dd>
        <dt>{t('challenge.facts.facility')}</dt>
        <dd>
          <Link to={`/verification/facilities/${encodeURIComponent(c.facilityId)}`}>{c.facilityId}</Link>
        </dd>
        <dt>{t('challenge.facts.issued')}</dt>
        <dd>{formatTime(c.issuedAt)}</dd>
        <dt>{t('challenge.facts.deadline')}</dt>
        <dd>{formatTime(c.deadline)}</dd>
        {c.sample && (
          <>
            <dt>{t('challenge.facts.drawn')}</dt>
            <dd>
              {c.sample.candidates
                ? t('challenge.drawnNamed', {
                    count: c.sample.size,
                    candidates: formatInteger(c.sample.candidates.length),
                    treeSize: formatInteger(c.sample.treeSize),
                  })
                : t('challenge.drawnReports', {
                    count: c.sample.size,
                    from: c.sample.sequenceFrom,
                    to: c.sample.sequenceTo,
                    treeSize: formatInteger(c.sample.treeSize),
                  })}{' '}
              <code>{c.sample.seedHex}</code>
            </dd>
          </>
        )}
      </dl>
      <p className="muted">
        <Trans t={t} i18nKey="challenge.reveal" values={{ command }} components={{ code: <code dir="ltr" /> }} />
      </p>
      <ScrollRegion label={t('challenge.workloads')}>
        <table className="challenge-workloads">
          <thead>
            <tr>
              <th scope="col">{t('challenge.columns.workload')}</th>
              <th scope="col">{t('challenge.columns.report')}</th>
              <th scope="col">{t('challenge.columns.declared')}</th>
              <th scope="col">{t('challenge.columns.answer')}</th>
              <th scope="col">{t('challenge.columns.record')}</th>
            </tr>
          </thead>
          <tbody>
            {c.workloads.map((w) => (
              <WorkloadRow key={w.workloadId} workload={w} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {mayAnswer && c.workloads.length > 0 && <AnswerChallengeForm challenge={c} onAnswered={onAnswered} />}
    </>
  );
}

/** One challenged workload: what the report declared, the answer, and the revealed record. */
function WorkloadRow({ workload: w }: { workload: Challenge['workloads'][number] }) {
  const { t } = useTranslation('verification');
  const declared = { class: classList(t, w.class), hours: formatHours(w.acceleratorHours), utilization: formatShare(w.utilization) };
  return (
    <tr data-workload={w.workloadId}>
      <th scope="row">
        <code>{w.workloadId}</code>
      </th>
      <td>{w.reportId}</td>
      <td>
        {w.runId ? (
          <Trans t={t} i18nKey="challenge.declaredRun" values={{ ...declared, run: w.runId }} components={{ code: <code /> }} />
        ) : (
          t('challenge.declared', declared)
        )}
      </td>
      <td>
        <span className={`badge ${w.status}`}>{t(`status.${w.status}`)}</span>
        {w.problems && w.problems.length > 0 && <span className="muted"> {problemList(t, w.problems.join(','))}</span>}
        {w.answeredAt && <div className="muted">{formatTime(w.answeredAt)}</div>}
      </td>
      <td>
        {w.record ? (
          <pre className="record" dir="ltr">
            {JSON.stringify(w.record, null, 2)}
          </pre>
        ) : (
          <span className="muted">–</span>
        )}
      </td>
    </tr>
  );
}
