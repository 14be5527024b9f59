import { Link, useParams } from 'react-router-dom';
import { LoadState } from '../../components/load-state.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { verificationApi, type Challenge } from './api.ts';
import { formatHours, formatTime } from './format.ts';
import { VerificationNav } from './verification-nav.tsx';

/** One challenge: its workloads, the answers, and the revealed records (inspectors and the facility's operators). */
export function ChallengePage() {
  const id = Number(useParams().id);
  usePageTitle(`Challenge ${id}`);
  const loaded = useApi(() => verificationApi.challenge(id), id);
  return (
    <article>
      <h1>Challenge #{id}</h1>
      <VerificationNav />
      <LoadState state={loaded} what="challenge" />
      {loaded.status === 'ok' && <ChallengeView challenge={loaded.data} />}
    </article>
  );
}

function ChallengeView({ challenge: c }: { challenge: Challenge }) {
  return (
    <>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <span className={`badge ${c.status}`} data-testid="challenge-status">
            {c.status}
          </span>
          {c.decidedAt && <span className="muted"> since {formatTime(c.decidedAt)}</span>}
        </dd>
        <dt>Facility</dt>
        <dd>
          <Link to={`/verification/facilities/${encodeURIComponent(c.facilityId)}`}>{c.facilityId}</Link>
        </dd>
        <dt>Issued</dt>
        <dd>{formatTime(c.issuedAt)}</dd>
        <dt>Deadline</dt>
        <dd>{formatTime(c.deadline)}</dd>
        {c.sample && (
          <>
            <dt>Drawn</dt>
            <dd>
              {c.sample.size} workload(s){' '}
              {c.sample.candidates
                ? `of ${c.sample.candidates.length} named ones`
                : `of reports ${c.sample.sequenceFrom}–${c.sample.sequenceTo}`}
              , weighted by accelerator-hours, seeded by the log root at size {c.sample.treeSize}: <code>{c.sample.seedHex}</code>
            </dd>
          </>
        )}
      </dl>
      <p className="muted">
        The facility answers each workload with <code>concord facility reveal --challenge {c.id} --workload ID --record FILE</code>.
      </p>
      <div className="table-scroll">
        <table className="challenge-workloads">
          <thead>
            <tr>
              <th scope="col">Workload</th>
              <th scope="col">Report</th>
              <th scope="col">Declared</th>
              <th scope="col">Answer</th>
              <th scope="col">Revealed record</th>
            </tr>
          </thead>
          <tbody>
            {c.workloads.map((w) => (
              <tr key={w.workloadId} data-workload={w.workloadId}>
                <th scope="row">
                  <code>{w.workloadId}</code>
                </th>
                <td>{w.reportId}</td>
                <td>
                  {w.class}, {formatHours(w.acceleratorHours)} acc.-h at {w.utilization}
                  {w.runId && (
                    <>
                      , run <code>{w.runId}</code>
                    </>
                  )}
                </td>
                <td>
                  <span className={`badge ${w.status}`}>{w.status}</span>
                  {w.problems && w.problems.length > 0 && <span className="muted"> {w.problems.join(', ')}</span>}
                  {w.answeredAt && <div className="muted">{formatTime(w.answeredAt)}</div>}
                </td>
                <td>{w.record ? <pre className="record">{JSON.stringify(w.record, null, 2)}</pre> : <span className="muted">–</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
