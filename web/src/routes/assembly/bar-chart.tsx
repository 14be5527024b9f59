import type { Choice } from './api.ts';
import { CHOICE_COLORS, percent } from './standing.ts';

export interface Bar {
  key: string | number;
  label: string;
  value: number;
  /** Drawn in the highlight colour, with the note after its value (e.g. "veto"). */
  highlight?: string;
}

/**
 * Horizontal bars of shares (0 … 1), scaled to the largest value; an SVG with a text label and
 * figure per bar, so it reads without colour and scales with its container.
 */
export function BarChart({ bars, title, digits = 2 }: { bars: Bar[]; title: string; digits?: number }) {
  const max = Math.max(...bars.map((b) => b.value), 1e-12);
  const rowHeight = 22;
  const labelWidth = 190;
  const width = 720;
  const barSpace = width - labelWidth - 130;
  return (
    <figure className="bar-chart">
      <svg viewBox={`0 0 ${width} ${bars.length * rowHeight + 4}`} role="img" aria-label={title}>
        {bars.map((b, i) => (
          <g key={b.key} transform={`translate(0 ${i * rowHeight})`} data-bar={b.label}>
            <text x={labelWidth - 8} y={15} textAnchor="end" className="bar-label">
              {b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label}
            </text>
            <rect
              x={labelWidth}
              y={3}
              height={rowHeight - 6}
              width={Math.max(1, (b.value / max) * barSpace)}
              className={b.highlight ? 'bar highlight' : 'bar'}
            />
            <text x={labelWidth + Math.max(1, (b.value / max) * barSpace) + 6} y={15} className="bar-value">
              {percent(b.value, digits)}
              {b.highlight ? ` — ${b.highlight}` : ''}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

/** One stacked bar of yes / no / abstain / absent, with its legend in text. */
export function ChoiceBar({
  label,
  parts,
  total,
  unit,
}: {
  label: string;
  parts: Record<Choice, number>;
  total: number;
  unit: (v: number) => string;
}) {
  const width = 720;
  const order: Choice[] = ['yes', 'no', 'abstain'];
  let x = 0;
  const absent = Math.max(0, total - parts.yes - parts.no - parts.abstain);
  return (
    <figure className="choice-bar" data-chart={label}>
      <svg
        viewBox={`0 0 ${width} 28`}
        role="img"
        aria-label={`${label}: ${order.map((c) => `${c} ${unit(parts[c])}`).join(', ')}, absent ${unit(absent)}`}
      >
        {order.map((c) => {
          const w = total > 0 ? (parts[c] / total) * width : 0;
          const rect = <rect key={c} x={x} y={0} width={w} height={28} fill={CHOICE_COLORS[c]} data-choice={c} />;
          x += w;
          return rect;
        })}
        <rect x={x} y={0} width={Math.max(0, width - x)} height={28} fill="#eef0f3" />
      </svg>
      <figcaption>
        <strong>{label}</strong>:{' '}
        {order.map((c) => (
          <span key={c} className="choice-key">
            <span className="swatch" style={{ background: CHOICE_COLORS[c] }} aria-hidden="true" /> {c} {unit(parts[c])}
          </span>
        ))}
        <span className="choice-key">absent {unit(absent)}</span>
      </figcaption>
    </figure>
  );
}
