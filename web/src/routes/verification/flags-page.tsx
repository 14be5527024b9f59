import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useConfirm } from '../../components/confirm.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { useErrorText } from '../../i18n/errors.ts';
import { formatInteger } from '../../i18n/format.ts';
import { verificationApi, type Challenge, type Flag, type NewChallenge } from './api.ts';
import { challengesCovering } from './flag-coverage.ts';
import { FlagFacts } from './flag-facts.tsx';
import { flagMessage } from './flag-text.ts';
import { formatTime, parseReportId } from './format.ts';
import { VerificationLoadState } from './load-state.tsx';
import { VerificationNav } from './verification-nav.tsx';

/** Most workloads one challenge from the board names; from larger evidence it draws a sample. */
const MAX_NAMED = 10;
const SAMPLE = 5;

/**
 * What the board proposes to challenge for a flag: its workloads when few; a sample of them when
 * many (drawn on the server, seeded by the log root); a sample of its reports' workloads when the
 * flag cites reports only (compute unaccounted for).
 */
export function challengeFor(flag: Flag): NewChallenge | null {
  const facilityId = flag.facilityId;
  if (!facilityId || flag.kind.startsWith('challenge-')) return null;
  const workloads = flag.workloadIds ?? [];
  if (workloads.length > 0 && workloads.length <= MAX_NAMED) return { facilityId, workloadIds: workloads };
  if (workloads.length > MAX_NAMED && workloads.length <= 1000) return { facilityId, workloadIds: workloads, sample: SAMPLE };
  const sequences = flag.reportIds
    .map(parseReportId)
    .filter((r) => r.facilityId === facilityId)
    .map((r) => r.sequence);
  if (sequences.length === 0) return null;
  return { facilityId, sample: SAMPLE, sequenceFrom: Math.min(...sequences), sequenceTo: Math.max(...sequences) };
}

/** The challenges already made of a flag's evidence, linked, with their status. */
function CoveredBy({ challenges }: { challenges: Challenge[] }) {
  const { t } = useTranslation('verification');
  return (
    <ul className="covered-by" data-testid="covered-by">
      {challenges.map((c) => (
        <li key={c.id}>
          <Link to={`/verification/challenges/${c.id}`}>{t('challenge.title', { id: c.id })}</Link>{' '}
          {t('flags.covered', { status: t(`status.${c.status}`), deadline: formatTime(c.deadline) })}
        </li>
      ))}
    </ul>
  );
}

function FlagCard({ flag, index, covering }: { flag: Flag; index: number; covering: Challenge[] }) {
  const { t } = useTranslation('verification');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const proposal = challengeFor(flag);
  const headingId = `flag-${index}`;

  async function open() {
    if (!proposal) return;
    // A challenge is permanent and logged: a second one over the same evidence is asked for twice.
    if (
      covering.length > 0 &&
      !(await confirm({ question: t('flags.confirmAnother', { count: covering.length }), action: t('flags.openAnother') }))
    )
      return;
    setBusy(true);
    setError(null);
    try {
      const challenge = await verificationApi.openChallenge(proposal);
      void navigate(`/verification/challenges/${challenge.id}`);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  }

  return (
    <section className="flag-card" data-kind={flag.kind} data-facility={flag.facilityId ?? ''} aria-labelledby={headingId}>
      {/* The kind's code (data-kind) stays out of the text: the heading names it in the reader's language. */}
      <h2 id={headingId}>{t(`flags.kind.${flag.kind}`, { defaultValue: flag.kind })}</h2>
      <p>{flagMessage(t, flag)}</p>
      <FlagFacts flag={flag} />
      {proposal && covering.length > 0 && <CoveredBy challenges={covering} />}
      {proposal && (
        <p>
          <button type="button" className={covering.length > 0 ? 'button secondary' : 'button'} onClick={() => void open()} disabled={busy}>
            {busy ? t('flags.opening') : covering.length > 0 ? t('flags.openAnother') : t('flags.open')}
          </button>{' '}
          <span className="muted">
            {proposal.workloadIds && proposal.sample
              ? t('flags.proposal.sample', { sample: formatInteger(proposal.sample), count: proposal.workloadIds.length })
              : proposal.workloadIds
                ? t('flags.proposal.named', { count: proposal.workloadIds.length })
                : t('flags.proposal.reports', { count: proposal.sample ?? 0, from: proposal.sequenceFrom, to: proposal.sequenceTo })}
          </span>
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {confirmDialog}
    </section>
  );
}

/** The flags board (inspectors and admins): every flag the stored data raises, with its evidence. */
export function FlagsPage() {
  const { t } = useTranslation('verification');
  usePageTitle(t('flags.title'));
  // The challenges too: the board shows which flags they already cover.
  const loaded = useApi(() => Promise.all([verificationApi.flags(), verificationApi.challenges()]).then(([f, c]) => ({ ...f, ...c })));
  return (
    <article>
      <h1>{t('flags.title')}</h1>
      <VerificationNav />
      <p className="lead">{t('flags.lead')}</p>
      <VerificationLoadState state={loaded} what="flags" />
      {loaded.status === 'ok' && (
        <>
          <p className="muted" aria-live="polite">
            {t('flags.summary', { count: loaded.data.flags.length, at: formatTime(loaded.data.computedAt) })}
          </p>
          <div className="flag-board">
            {loaded.data.flags.map((flag, i) => (
              <FlagCard key={`${flag.kind}-${i}`} flag={flag} index={i} covering={challengesCovering(flag, loaded.data.challenges)} />
            ))}
          </div>
        </>
      )}
    </article>
  );
}
