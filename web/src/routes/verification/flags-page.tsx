import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { LoadState } from '../../components/load-state.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { verificationApi, type Flag, type NewChallenge } from './api.ts';
import { formatFlop, formatHours, formatTime, parseReportId } from './format.ts';
import { VerificationNav } from './verification-nav.tsx';

const KIND_LABEL: Record<string, string> = {
  'unlicensed-run': 'Run over a threshold without standing',
  'unaccounted-compute': 'Compute unaccounted for',
  'training-like-undeclared': 'Looks like undeclared training',
  'facility-undeclared-training': 'Sustained undeclared training',
  'challenge-overdue': 'Challenge overdue',
  'challenge-failed': 'Challenge failed',
};

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

function figure(key: string, value: number | string): string {
  if (typeof value === 'string') return /T\d\d:/.test(value) ? formatTime(value) : value;
  if (/flop/i.test(key)) return formatFlop(value);
  if (/share|utilization|tolerance|overlap/i.test(key)) return value.toFixed(3);
  return formatHours(value);
}

function FlagCard({ flag, index }: { flag: Flag; index: number }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const proposal = challengeFor(flag);
  const headingId = `flag-${index}`;

  async function open() {
    if (!proposal) return;
    setBusy(true);
    setError(null);
    try {
      const challenge = await verificationApi.openChallenge(proposal);
      void navigate(`/verification/challenges/${challenge.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <section className="flag-card" data-kind={flag.kind} data-facility={flag.facilityId ?? ''} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="badge danger">{flag.kind}</span> {KIND_LABEL[flag.kind] ?? flag.kind}
      </h2>
      <p>{flag.message}</p>
      <FlagFacts flag={flag} />
      {proposal && (
        <p>
          <button type="button" className="button" onClick={() => void open()} disabled={busy}>
            {busy ? 'Opening…' : 'Open challenge'}
          </button>{' '}
          <span className="muted">
            {proposal.workloadIds && proposal.sample
              ? `draws ${proposal.sample} of its ${proposal.workloadIds.length} workloads, weighted by accelerator-hours, seeded by the log root`
              : proposal.workloadIds
                ? `names ${proposal.workloadIds.length} workload(s)`
                : `draws ${proposal.sample} workloads of reports ${proposal.sequenceFrom}–${proposal.sequenceTo}, seeded by the log root`}
          </span>
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** What a flag names (facilities, run, challenge), its figures, and the evidence it cites. */
function FlagFacts({ flag }: { flag: Flag }) {
  const facilities = flag.facilityIds ?? (flag.facilityId ? [flag.facilityId] : []);
  return (
    <>
      <dl>
        {facilities.length > 0 && (
          <>
            <dt>Facility</dt>
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
            <dt>Run</dt>
            <dd>
              <code>{flag.runId}</code>
            </dd>
          </>
        )}
        {flag.challengeId && (
          <>
            <dt>Challenge</dt>
            <dd>
              <Link to={`/verification/challenges/${flag.challengeId}`}>#{flag.challengeId}</Link>
            </dd>
          </>
        )}
        {Object.entries(flag.figures).map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{key}</dt>
            <dd>{figure(key, value)}</dd>
          </div>
        ))}
      </dl>
      <details className="evidence">
        <summary>
          Evidence: {flag.reportIds.length} report(s){flag.workloadIds ? `, ${flag.workloadIds.length} workload(s)` : ''}
        </summary>
        <p>
          Reports: <code>{flag.reportIds.join(' ')}</code>
        </p>
        {flag.workloadIds && (
          <p>
            Workloads: <code>{flag.workloadIds.join(' ')}</code>
          </p>
        )}
      </details>
    </>
  );
}

/** The flags board (inspectors and admins): every flag the stored data raises, with its evidence. */
export function FlagsPage() {
  usePageTitle('Flags');
  const loaded = useApi(verificationApi.flags);
  return (
    <article>
      <h1>Flags</h1>
      <VerificationNav />
      <p className="lead">
        Computed from the stored reports, runs and challenges with the agency’s current settings. Each flag names its evidence.
      </p>
      <LoadState state={loaded} what="flags" />
      {loaded.status === 'ok' && (
        <>
          <p className="muted" aria-live="polite">
            {loaded.data.flags.length} flag(s), computed {formatTime(loaded.data.computedAt)}.
          </p>
          <div className="flag-board">
            {loaded.data.flags.map((flag, i) => (
              <FlagCard key={`${flag.kind}-${i}`} flag={flag} index={i} />
            ))}
          </div>
        </>
      )}
    </article>
  );
}
