import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { coalitionApi, type Funding } from './coalition-api.ts';
import { formatHours, formatMoney } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';

/** Horizontal SVG bars of hours per contributor; the table below carries the same figures for screen readers. */
function HoursChart({ contributors }: { contributors: Funding['contributors'] }) {
  const rows = contributors.slice(0, 25);
  const max = Math.max(1, ...rows.map((c) => c.hours));
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 720;
  const barSpace = width - labelWidth - 70;
  return (
    <figure className="funding-chart">
      <svg viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`} role="img" aria-label="Hours contributed per person, most first">
        {rows.map((c, i) => {
          const y = i * rowHeight + 4;
          const w = Math.max(2, (c.hours / max) * barSpace);
          return (
            <g key={i} className={c.disclosed ? 'bar' : 'bar undisclosed'}>
              <text x={labelWidth - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle">
                {c.name}
              </text>
              <rect x={labelWidth} y={y + 3} width={w} height={rowHeight - 8} rx={3} />
              <text x={labelWidth + w + 6} y={y + rowHeight / 2} dominantBaseline="middle" className="value">
                {formatHours(c.hours)} h
              </text>
            </g>
          );
        })}
      </svg>
      {contributors.length > rows.length && (
        <figcaption>
          The {rows.length} largest of {contributors.length} contributors.
        </figcaption>
      )}
    </figure>
  );
}

/** Public: hours and money given so far, per contributor and in total. */
export function FundingPage() {
  usePageTitle('Funding so far');
  const state = useApi(coalitionApi.funding);
  return (
    <article>
      <h1>Funding so far</h1>
      <p className="lead">Everything the coalition has achieved was given: volunteer hours and money, listed here by contributor.</p>
      <LoadState state={state} what="funding" />
      {state.status === 'ok' && (
        <>
          <dl className="totals">
            <div>
              <dt>Hours</dt>
              <dd>{formatHours(state.data.totals.hours)}</dd>
            </div>
            {state.data.totals.money.map((m) => (
              <div key={m.currency}>
                <dt>Money ({m.currency})</dt>
                <dd>{formatMoney(m.amountMinor, m.currency)}</dd>
              </div>
            ))}
            <div>
              <dt>Contributors</dt>
              <dd>{state.data.totals.contributors}</dd>
            </div>
          </dl>
          <HoursChart contributors={state.data.contributors} />
          <div className="table-scroll">
            <table className="funding-table">
              <caption className="muted">Contributors, most hours first. “Undisclosed” marks someone who asked not to be named.</caption>
              <thead>
                <tr>
                  <th scope="col">Contributor</th>
                  <th scope="col" className="numeric">
                    Hours
                  </th>
                  <th scope="col" className="numeric">
                    Money
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.data.contributors.map((c, i) => (
                  <tr key={i}>
                    <th scope="row" className={c.disclosed ? undefined : 'muted'}>
                      {c.name}
                    </th>
                    <td className="numeric">{formatHours(c.hours)}</td>
                    <td className="numeric">{c.money.map((m) => formatMoney(m.amountMinor, m.currency)).join(' + ') || '–'}</td>
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
