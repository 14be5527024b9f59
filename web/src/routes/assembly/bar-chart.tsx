import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../i18n/format.ts';
import type { Choice } from './api.ts';
import { CHOICE_COLORS, CHOICES } from './standing.ts';

export interface Bar {
  key: string | number;
  label: string;
  value: number;
  /** Drawn in the highlight colour, with the note after its value (e.g. "veto"). */
  highlight?: string;
}

/**
 * Horizontal bars of shares (0 … 1), scaled to the largest value; an SVG with a text label and
 * figure per bar, so it reads without colour and scales with its container. Right to left, the
 * chart is mirrored (labels on the right, bars growing leftwards), as an Arabic reader reads it;
 * the text anchors are logical (start/end), so they follow the SVG's direction. The drawing is as
 * wide as its box (720 at most), one unit a pixel, so its text keeps its size on a phone.
 */
export function BarChart({ bars, title, digits = 2 }: { bars: Bar[]; title: string; digits?: number }) {
  const { i18n } = useTranslation();
  const direction = i18n.dir();
  const [figure, width] = useDrawingWidth();
  const max = Math.max(...bars.map((b) => b.value), 1e-12);
  const rowHeight = 22;
  const labelWidth = Math.min(190, Math.round(width * 0.34));
  const barSpace = width - labelWidth - 110;
  const maxLabel = Math.max(8, Math.floor(labelWidth / 7.5));
  /** An x measured from the start edge (left, or right when right to left). */
  const x = (fromStart: number) => (direction === 'rtl' ? width - fromStart : fromStart);
  return (
    <figure className="bar-chart" ref={figure}>
      {/* The title above its chart, where a reader looks first. */}
      <figcaption className="chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${bars.length * rowHeight + 4}`} role="img" aria-label={title} direction={direction}>
        {bars.map((b, i) => {
          const length = Math.max(1, (b.value / max) * barSpace);
          return (
            <g key={b.key} transform={`translate(0 ${i * rowHeight})`} data-bar={b.label}>
              <text x={x(labelWidth - 8)} y={15} textAnchor="end" className="bar-label">
                {b.label.length > maxLabel ? `${b.label.slice(0, maxLabel - 1)}…` : b.label}
              </text>
              <rect
                x={direction === 'rtl' ? width - labelWidth - length : labelWidth}
                y={3}
                height={rowHeight - 6}
                width={length}
                className={b.highlight ? 'bar highlight' : 'bar'}
              />
              <text x={x(labelWidth + length + 6)} y={15} textAnchor="start" className="bar-value">
                {formatPercent(b.value, digits)}
                {b.highlight ? ` — ${b.highlight}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The width of the figure's box in pixels (720 at most, 280 at least), followed as it changes. */
function useDrawingWidth(): [RefObject<HTMLElement | null>, number] {
  const figure = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(720);
  useEffect(() => {
    const element = figure.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, Math.min(720, Math.floor(element.clientWidth))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [figure, width];
}

/** One stacked bar of yes / no / abstain / absent, with its legend in text; it starts at the reading edge. */
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
  const { t, i18n } = useTranslation('assembly');
  const rtl = i18n.dir() === 'rtl';
  const width = 720;
  // Each choice's segment starts where the ones before it end.
  const segments = CHOICES.map((c, i) => {
    const widthOf = (d: Choice) => (total > 0 ? (parts[d] / total) * width : 0);
    const start = CHOICES.slice(0, i).reduce((sum, d) => sum + widthOf(d), 0);
    return { choice: c, start, w: widthOf(c) };
  });
  const absent = Math.max(0, total - parts.yes - parts.no - parts.abstain);
  const summary = t('chart.summary', {
    label,
    yes: unit(parts.yes),
    no: unit(parts.no),
    abstain: unit(parts.abstain),
    absent: unit(absent),
  });
  return (
    <figure className="choice-bar" data-chart={label}>
      <svg viewBox={`0 0 ${width} 28`} role="img" aria-label={summary}>
        <rect x={0} y={0} width={width} height={28} fill="#eef0f3" />
        {segments.map(({ choice, start, w }) => (
          <rect
            key={choice}
            x={rtl ? width - start - w : start}
            y={0}
            width={w}
            height={28}
            fill={CHOICE_COLORS[choice]}
            data-choice={choice}
          />
        ))}
      </svg>
      <figcaption>
        <strong>{label}</strong>{' '}
        {CHOICES.map((c) => (
          <span key={c} className="choice-key">
            <span className="swatch" style={{ background: CHOICE_COLORS[c] }} aria-hidden="true" /> {t(`choice.${c}`)} {unit(parts[c])}
          </span>
        ))}
        <span className="choice-key">
          {t('chart.absent')} {unit(absent)}
        </span>
      </figcaption>
    </figure>
  );
}
