import { useState } from 'react';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { assemblyApi, type AssemblyPower, type MotionKind } from './api.ts';
import { BarChart } from './bar-chart.tsx';
import { AssemblyNav, Load } from './page-parts.tsx';
import { percent } from './standing.ts';

/** Exact Banzhaf and Shapley–Shubik indices of the members, for each kind of motion; veto players stand out. */
export function PowerPage() {
  usePageTitle('Voting power');
  const [kind, setKind] = useState<MotionKind>('adoption');
  const data = useApi(() => assemblyApi.power(kind), kind);
  return (
    <article>
      <AssemblyNav />
      <h1>Voting power</h1>
      <p className="lead">
        Weight is not power: the Banzhaf index is how often a member’s vote decides the outcome, the Shapley–Shubik index how often it
        completes a winning coalition. Nobody should hold a veto.
      </p>
      <div className="toolbar">
        <label>
          Kind of motion
          <select value={kind} onChange={(e) => setKind(e.target.value as MotionKind)}>
            <option value="adoption">adoption of a treaty</option>
            <option value="amendment">amendment</option>
            <option value="procedural">procedural</option>
          </select>
        </label>
      </div>
      <Load state={data} what="voting power">
        {(p) => <PowerView p={p} />}
      </Load>
    </article>
  );
}

/** The verdict on vetoes, the two indices as bar charts, and the table of every member. */
function PowerView({ p }: { p: AssemblyPower }) {
  const sorted = [...p.players].sort((a, b) => b.banzhaf - a.banzhaf);
  return (
    <>
      <p
        data-testid="veto-verdict"
        className={p.vetoPlayers.length > 0 ? 'form-error' : 'form-ok'}
        role={p.vetoPlayers.length > 0 ? 'alert' : undefined}
      >
        {p.vetoPlayers.length > 0
          ? `Veto in effect: ${p.vetoPlayers.join(', ')} can block any ${p.kind} motion alone.`
          : `No member holds a veto over ${p.kind} motions.`}
      </p>
      <p className="muted">
        Quota {p.quota.toLocaleString('en-US')} of {p.totalWeight.toLocaleString('en-US')} (threshold {percent(p.threshold, 2)}), weights at
        resolution 1/
        {p.resolution.toLocaleString('en-US')}.
      </p>
      <BarChart
        title="Normalised Banzhaf index"
        bars={sorted.map((x) => ({
          key: x.participantId,
          label: x.name,
          value: x.banzhaf,
          highlight: x.veto ? 'veto' : undefined,
        }))}
      />
      {sorted.every((x) => x.shapleyShubik !== null) && (
        <BarChart
          title="Shapley–Shubik index"
          bars={sorted.map((x) => ({
            key: x.participantId,
            label: x.name,
            value: x.shapleyShubik ?? 0,
            highlight: x.veto ? 'veto' : undefined,
          }))}
        />
      )}
      <div className="table-scroll">
        <table className="power-table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col" className="numeric">
                Weight share
              </th>
              <th scope="col" className="numeric">
                Banzhaf
              </th>
              <th scope="col" className="numeric">
                Shapley–Shubik
              </th>
              <th scope="col">Veto</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((x) => (
              <tr key={x.participantId} data-veto={x.veto ? 'yes' : 'no'}>
                <th scope="row">{x.name}</th>
                <td className="numeric">{percent(x.share, 2)}</td>
                <td className="numeric">{percent(x.banzhaf, 2)}</td>
                <td className="numeric">{percent(x.shapleyShubik, 2)}</td>
                <td>{x.veto ? 'veto' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="muted">
        {p.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </>
  );
}
