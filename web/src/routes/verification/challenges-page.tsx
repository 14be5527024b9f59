import { Link } from 'react-router-dom';
import { LoadState } from '../../components/load-state.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { verificationApi } from './api.ts';
import { formatTime } from './format.ts';
import { VerificationNav } from './verification-nav.tsx';

/** Challenges, newest first: all of them for inspectors, their facilities' for operators. */
export function ChallengesPage() {
  usePageTitle('Challenges');
  const loaded = useApi(verificationApi.challenges);
  return (
    <article>
      <h1>Challenges</h1>
      <VerificationNav />
      <p className="lead">
        An inspector names or samples workloads; the facility reveals each private record and its salt before the deadline.
      </p>
      <LoadState state={loaded} what="challenges" />
      {loaded.status === 'ok' &&
        (loaded.data.challenges.length === 0 ? (
          <p className="muted">No challenges yet. Inspectors open them from the flags board.</p>
        ) : (
          <div className="table-scroll">
            <table className="challenges-table">
              <thead>
                <tr>
                  <th scope="col">Challenge</th>
                  <th scope="col">Facility</th>
                  <th scope="col">Status</th>
                  <th scope="col">Issued</th>
                  <th scope="col">Deadline</th>
                  <th scope="col" className="numeric">
                    Answered
                  </th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.challenges.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/verification/challenges/${c.id}`}>#{c.id}</Link>
                      {c.sample && <span className="muted"> sampled</span>}
                    </th>
                    <td>{c.facilityId}</td>
                    <td>
                      <span className={`badge ${c.status}`}>{c.status}</span>
                    </td>
                    <td>{formatTime(c.issuedAt)}</td>
                    <td>{formatTime(c.deadline)}</td>
                    <td className="numeric">
                      {c.workloads.filter((w) => w.status !== 'pending').length}/{c.workloads.length}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </article>
  );
}
