import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { LoadState } from '../../components/load-state.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { verificationApi, type RunAccounting } from './api.ts';
import { formatDay, formatFlop, formatHours } from './format.ts';
import { PlotFigure } from './plot-figure.tsx';
import { VerificationNav } from './verification-nav.tsx';

const STANDING = { below: 'below thresholds', notify: 'notifiable', 'licence-required': 'licence required' } as const;

/** Cumulative FLOP of every run over time, on a log scale, against the notification and licence thresholds. */
function RunsChart({ accounting }: { accounting: RunAccounting }) {
  const { notifyFlop, licenceFlop } = accounting.thresholds;
  const draw = useCallback(() => {
    const points = accounting.runs.flatMap((r) => (r.series ?? []).map(([at, flop]) => ({ run: r.runId, at: new Date(at), flop })));
    const lines = [
      { y: notifyFlop, label: `notification ${formatFlop(notifyFlop)}` },
      { y: licenceFlop, label: `licence ${formatFlop(licenceFlop)}` },
    ];
    const low = Math.min(notifyFlop / 1000, ...points.map((p) => p.flop));
    return Plot.plot({
      width: 1080,
      height: 420,
      marginLeft: 70,
      marginRight: 150,
      x: { type: 'utc', label: 'period end' },
      y: {
        type: 'log',
        label: 'cumulative FLOP',
        grid: true,
        domain: [low, licenceFlop * 3],
        // Label the powers of ten only: 10²⁴, 10²⁵, …
        tickFormat: (d: number) => (Math.abs(Math.log10(d) - Math.round(Math.log10(d))) < 1e-9 ? formatFlop(d).replace('1.0 × ', '') : ''),
      },
      color: { legend: true },
      marks: [
        Plot.ruleY(lines, { y: 'y', stroke: '#b42318', strokeDasharray: '6 4', className: 'threshold-line' }),
        Plot.text(lines, { y: 'y', text: 'label', frameAnchor: 'right', dx: 145, fill: '#b42318', textAnchor: 'end' }),
        Plot.line(points, { x: 'at', y: 'flop', stroke: 'run', strokeWidth: 1.75, tip: true }),
      ],
    });
  }, [accounting.runs, notifyFlop, licenceFlop]);
  return (
    <PlotFigure
      label={`Cumulative FLOP of ${accounting.runs.length} runs on a logarithmic scale, with the notification threshold at ${formatFlop(notifyFlop)} and the licence threshold at ${formatFlop(licenceFlop)} FLOP.`}
      draw={draw}
    />
  );
}

/** Runs and their standing: the full accounting for inspectors, a public summary for everyone else. */
export function RunsPage() {
  usePageTitle('Runs');
  const loaded = useApi(verificationApi.runAccounting);
  return (
    <article>
      <h1>Training runs</h1>
      <VerificationNav />
      <p className="lead">
        Every run’s compute, summed across facilities and reports, against the agency’s thresholds: a run must be declared above the
        notification threshold and needs a licence above the licence threshold.
      </p>
      <LoadState state={loaded} what="run accounting" />
      {loaded.status === 'ok' && (
        <>
          {loaded.data.view === 'full' ? (
            <RunsChart accounting={loaded.data} />
          ) : (
            <p className="notice">
              The public summary lists declared runs and when they crossed each threshold; inspectors see the figures.
            </p>
          )}
          <div className="table-scroll">
            <table className="runs-table">
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">Developer</th>
                  <th scope="col">Standing</th>
                  <th scope="col">Licensed</th>
                  <th scope="col">Crossed notification</th>
                  <th scope="col">Crossed licence</th>
                  {loaded.data.view === 'full' && (
                    <>
                      <th scope="col" className="numeric">
                        Cumulative FLOP
                      </th>
                      <th scope="col" className="numeric">
                        Expected FLOP
                      </th>
                      <th scope="col" className="numeric">
                        Accelerator-hours
                      </th>
                      <th scope="col">Facilities</th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody>
                {loaded.data.runs.map((r) => (
                  <tr key={r.runId} data-run={r.runId}>
                    <th scope="row">
                      <code>{r.runId}</code> {r.name && <span className="muted">{r.name}</span>}{' '}
                      {!r.declared && <span className="badge danger">undeclared</span>}
                    </th>
                    <td>{r.developer ?? '–'}</td>
                    <td>
                      <span className={`badge ${r.standing}`}>{STANDING[r.standing]}</span>
                    </td>
                    <td>{r.licensed ? 'yes' : 'no'}</td>
                    <td>{formatDay(r.crossings.find((c) => c.threshold === 'notify')?.periodEnd)}</td>
                    <td>{formatDay(r.crossings.find((c) => c.threshold === 'licence')?.periodEnd)}</td>
                    {loaded.data.view === 'full' && (
                      <>
                        <td className="numeric">{formatFlop(r.cumulativeFlop)}</td>
                        <td className="numeric">{formatFlop(r.expectedFlop)}</td>
                        <td className="numeric">{formatHours(r.acceleratorHours)}</td>
                        <td>{r.facilityIds?.join(', ')}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </article>
  );
}
