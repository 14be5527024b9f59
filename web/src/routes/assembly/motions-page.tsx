import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { assemblyApi } from './api.ts';
import { AssemblyNav, dateTime, Load } from './page-parts.tsx';

/** Every motion, newest first, with its state and result. */
export function MotionsPage() {
  usePageTitle('Motions');
  const data = useApi(() => assemblyApi.motions());
  return (
    <article>
      <AssemblyNav />
      <h1>Motions</h1>
      <p className="lead">
        Questions put to the vote. Before a motion closes only its turnout is shown; once closed, every ballot is public and the result can
        be recomputed from the log.
      </p>
      <Load state={data} what="motions">
        {({ motions }) =>
          motions.length === 0 ? (
            <p className="muted">No motion yet.</p>
          ) : (
            <div className="table-scroll">
              <table className="motions-table">
                <thead>
                  <tr>
                    <th scope="col">Motion</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Opens</th>
                    <th scope="col">Closes</th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {motions.map((m) => (
                    <tr key={m.id} data-motion={m.id}>
                      <th scope="row">
                        <Link to={`/assembly/motions/${m.id}`}>{m.title}</Link>
                      </th>
                      <td>{m.kind}</td>
                      <td>{dateTime(m.opensAt)}</td>
                      <td>{dateTime(m.closesAt)}</td>
                      <td>
                        {m.status === 'closed' && m.result ? (
                          <span className={`status-badge ${m.result.tally.passed ? 'passed' : 'failed'}`}>
                            {m.result.tally.passed ? 'passed' : 'failed'}
                          </span>
                        ) : (
                          m.status
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Load>
    </article>
  );
}
