import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatInteger } from '../../components/format.ts';
import { LoadState } from '../../components/load-state.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { verificationApi, type FacilityDetail } from './api.ts';
import { formatDay, formatFlop, formatHours, formatTime } from './format.ts';
import { PlotFigure } from './plot-figure.tsx';
import { VerificationNav } from './verification-nav.tsx';

/** Metered against declared accelerator-hours per report period, with the tolerance band below metered. */
function BalanceChart({ facility, tolerance }: { facility: FacilityDetail; tolerance: number }) {
  const beyond = facility.reports.filter(
    (r) => r.meteredAcceleratorHours - r.declaredAcceleratorHours > tolerance * r.meteredAcceleratorHours,
  ).length;
  const draw = useCallback(() => {
    const points = facility.reports.flatMap((r) => [
      { at: new Date(r.periodEnd), hours: r.meteredAcceleratorHours, series: 'metered' },
      { at: new Date(r.periodEnd), hours: r.declaredAcceleratorHours, series: 'declared (Σ workloads)' },
    ]);
    const band = facility.reports.map((r) => ({
      at: new Date(r.periodEnd),
      low: r.meteredAcceleratorHours * (1 - tolerance),
      high: r.meteredAcceleratorHours,
    }));
    return Plot.plot({
      width: 1080,
      height: 320,
      marginLeft: 70,
      x: { type: 'utc', label: 'period end' },
      y: { label: 'accelerator-hours', grid: true, zero: true },
      color: { legend: true, domain: ['metered', 'declared (Σ workloads)'], range: ['#1d4ed8', '#d97706'] },
      marks: [
        Plot.areaY(band, { x: 'at', y1: 'low', y2: 'high', fill: '#1d4ed8', fillOpacity: 0.08 }),
        Plot.line(points, { x: 'at', y: 'hours', stroke: 'series', strokeWidth: 1.5 }),
        Plot.ruleY([0]),
      ],
    });
  }, [facility, tolerance]);
  return (
    <PlotFigure
      label={`Metered and declared accelerator-hours of ${facility.reports.length} report periods; ${beyond} period(s) declare less than metered beyond the ${(tolerance * 100).toFixed(1)} % tolerance.`}
      draw={draw}
    />
  );
}

/** One facility: inventory, keys, the reports timeline and the metered-vs-declared chart (public). */
export function FacilityPage() {
  const { id = '' } = useParams();
  usePageTitle(`Facility ${id}`);
  const loaded = useApi(() => Promise.all([verificationApi.facility(id), verificationApi.settings()]), id);
  return (
    <article>
      <h1>{loaded.status === 'ok' ? loaded.data[0].name : `Facility ${id}`}</h1>
      <VerificationNav />
      <LoadState state={loaded} what="facility" />
      {loaded.status === 'ok' && <FacilityView facility={loaded.data[0]} tolerance={loaded.data[1].settings.tolerance} />}
    </article>
  );
}

function FacilityView({ facility: f, tolerance }: { facility: FacilityDetail; tolerance: number }) {
  return (
    <>
      <FacilityFacts facility={f} />

      <h2>Metered and declared compute</h2>
      {f.reports.length === 0 ? <p className="muted">No reports yet.</p> : <BalanceChart facility={f} tolerance={tolerance} />}

      <InventoryTable inventory={f.inventory} />

      <KeysTable keys={f.keys} />

      <ReportsSection reports={f.reports} />
    </>
  );
}

/** Who runs the facility, where, and what it holds. */
function FacilityFacts({ facility: f }: { facility: FacilityDetail }) {
  return (
    <dl className="facts">
      <dt>Id</dt>
      <dd>
        <code>{f.id}</code>
      </dd>
      <dt>Operator</dt>
      <dd>{f.operator}</dd>
      <dt>Jurisdiction</dt>
      <dd>
        <code>{f.jurisdiction}</code>
      </dd>
      <dt>Accelerators</dt>
      <dd>
        {formatInteger(f.accelerators)}, {formatFlop(f.peakFlops)} FLOP/s peak
      </dd>
      <dt>Reports</dt>
      <dd>{formatInteger(f.reportCount)}</dd>
      {f.operators && (
        <>
          <dt>Operator accounts</dt>
          <dd>{f.operators.map((o) => o.name).join(', ') || '–'}</dd>
        </>
      )}
    </dl>
  );
}

/** The accelerators the facility declared. */
function InventoryTable({ inventory }: { inventory: FacilityDetail['inventory'] }) {
  return (
    <>
      <h2>Inventory</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" className="numeric">
                Count
              </th>
              <th scope="col" className="numeric">
                Peak dense BF16 FLOP/s each
              </th>
            </tr>
          </thead>
          <tbody>
            {inventory.map((i) => (
              <tr key={i.model}>
                <th scope="row">{i.model}</th>
                <td className="numeric">{formatInteger(i.count)}</td>
                <td className="numeric">{formatFlop(i.peakFlops)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The facility's report-signing keys, retired ones included. */
function KeysTable({ keys }: { keys: FacilityDetail['keys'] }) {
  return (
    <>
      <h2>Signing keys</h2>
      <div className="table-scroll">
        <table className="keys-table">
          <thead>
            <tr>
              <th scope="col">Key id</th>
              <th scope="col">Valid from</th>
              <th scope="col">Retired</th>
              <th scope="col">Public key (Ed25519, SPKI PEM)</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.keyId}>
                <th scope="row">
                  <code>{k.keyId}</code>
                </th>
                <td>{formatTime(k.validFrom)}</td>
                <td>{k.retiredAt ? formatTime(k.retiredAt) : <span className="badge ok">active</span>}</td>
                <td>
                  <pre className="key-pem">{k.publicKeyPem.trim()}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The latest 60 reports, newest first. */
function ReportsSection({ reports }: { reports: FacilityDetail['reports'] }) {
  const recent = [...reports].reverse().slice(0, 60);
  return (
    <>
      <h2>Reports</h2>
      <p className="muted">
        Newest first{reports.length > recent.length ? `, the last ${recent.length} of ${reports.length}` : ''}. Each is in the{' '}
        <Link to="/log">log</Link> with the SHA-256 of its signed bytes.
      </p>
      <div className="table-scroll">
        <table className="reports-table">
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Period</th>
              <th scope="col" className="numeric">
                Metered acc.-h
              </th>
              <th scope="col" className="numeric">
                Declared acc.-h
              </th>
              <th scope="col" className="numeric">
                Energy kWh
              </th>
              <th scope="col" className="numeric">
                Workloads
              </th>
              <th scope="col">Key</th>
              <th scope="col" className="numeric">
                Log index
              </th>
            </tr>
          </thead>
          <tbody>
            {recent.map((r) => (
              <tr key={r.sequence}>
                <th scope="row">{r.reportId}</th>
                <td>
                  {formatDay(r.periodStart)} – {formatDay(r.periodEnd)}
                </td>
                <td className="numeric">{formatHours(r.meteredAcceleratorHours)}</td>
                <td className="numeric">{formatHours(r.declaredAcceleratorHours)}</td>
                <td className="numeric">{formatHours(r.energyKwh)}</td>
                <td className="numeric">{r.workloadCount}</td>
                <td>
                  <code>{r.keyId}</code>
                </td>
                <td className="numeric">{r.logIndex}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
