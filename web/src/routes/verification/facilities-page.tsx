import { Link } from 'react-router-dom';
import { LoadState } from '../../components/load-state.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { formatInteger } from '../../components/format.ts';
import { verificationApi } from './api.ts';
import { formatDay, formatFlop } from './format.ts';
import { VerificationNav } from './verification-nav.tsx';

/** Every registered facility: operator, jurisdiction, accelerators, peak compute, reports (public). */
export function FacilitiesPage() {
  usePageTitle('Facilities');
  const loaded = useApi(verificationApi.facilities);
  return (
    <article>
      <h1>Facilities</h1>
      <VerificationNav />
      <p className="lead">Compute facilities registered with the agency, their accelerators, and the signed reports they have filed.</p>
      <LoadState state={loaded} what="facilities" />
      {loaded.status === 'ok' && (
        <div className="table-scroll">
          <table className="facilities-table">
            <caption className="muted">{loaded.data.facilities.length} facilities</caption>
            <thead>
              <tr>
                <th scope="col">Facility</th>
                <th scope="col">Operator</th>
                <th scope="col">Jurisdiction</th>
                <th scope="col" className="numeric">
                  Accelerators
                </th>
                <th scope="col" className="numeric">
                  Peak FLOP/s
                </th>
                <th scope="col" className="numeric">
                  Reports
                </th>
                <th scope="col">Last period end</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.facilities.map((f) => (
                <tr key={f.id} data-facility={f.id}>
                  <th scope="row">
                    <Link to={`/verification/facilities/${encodeURIComponent(f.id)}`}>{f.name}</Link> <code className="muted">{f.id}</code>
                  </th>
                  <td>{f.operator}</td>
                  <td>
                    <code>{f.jurisdiction}</code>
                  </td>
                  <td className="numeric">{formatInteger(f.accelerators)}</td>
                  <td className="numeric">{formatFlop(f.peakFlops)}</td>
                  <td className="numeric">{formatInteger(f.reportCount)}</td>
                  <td>{formatDay(f.lastReport?.periodEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
