import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../i18n/languages.ts';
import type { RunAccounting } from './api.ts';
import { formatAxisDay, formatFlop, powerOfTen } from './format.ts';
import { PlotFigure } from './plot-figure.tsx';

/** Cumulative FLOP of every run over time, on a log scale, against the notification and licence thresholds. */
export function RunsChart({ accounting }: { accounting: RunAccounting }) {
  const { t, i18n } = useTranslation('verification');
  const { notifyFlop, licenceFlop } = accounting.thresholds;
  const language = i18n.language;
  const draw = useCallback(() => {
    const points = accounting.runs.flatMap((r) => (r.series ?? []).map(([at, flop]) => ({ run: r.runId, at: new Date(at), flop })));
    // The SVG is laid out left to right; an Arabic label is isolated right to left (U+2067 … U+2069)
    // so its words come first, at the right, and its FLOP figure after them.
    const own = (label: string) => (directionOf(language) === 'rtl' ? `\u2067${label}\u2069` : label);
    const lines = [
      { y: notifyFlop, label: own(t('runs.chart.notifyLine', { flop: formatFlop(notifyFlop) })) },
      { y: licenceFlop, label: own(t('runs.chart.licenceLine', { flop: formatFlop(licenceFlop) })) },
    ];
    const low = Math.min(notifyFlop / 1000, ...points.map((p) => p.flop));
    const x = t('runs.chart.periodEnd');
    const y = t('runs.chart.cumulativeFlop');
    return Plot.plot({
      width: 1080,
      height: 420,
      marginLeft: 70,
      marginRight: 150,
      // Plot's own tick labels are English; these are the shown language's (`language` redraws them).
      x: { type: 'utc', label: x, ticks: 6, tickFormat: formatAxisDay },
      y: {
        type: 'log',
        label: y,
        grid: true,
        domain: [low, licenceFlop * 3],
        // Label the powers of ten only: 10²⁴, 10²⁵, …
        tickFormat: (d: number) =>
          Math.abs(Math.log10(d) - Math.round(Math.log10(d))) < 1e-9 ? powerOfTen(Math.round(Math.log10(d))) : '',
      },
      color: { legend: true, label: t('runs.chart.run') },
      marks: [
        Plot.ruleY(lines, { y: 'y', stroke: '#b42318', strokeDasharray: '6 4', className: 'threshold-line' }),
        Plot.text(lines, { y: 'y', text: 'label', frameAnchor: 'right', dx: 145, fill: '#b42318', textAnchor: 'end' }),
        Plot.line(points, {
          x: 'at',
          y: 'flop',
          stroke: 'run',
          strokeWidth: 1.75,
          // The tip names its values in the shown language and formats them as the axes do.
          channels: { [t('runs.chart.run')]: 'run' },
          tip: { format: { x: formatAxisDay, y: (d: number) => formatFlop(d), stroke: false } },
        }),
      ],
    });
  }, [accounting.runs, notifyFlop, licenceFlop, t, language]);
  return (
    <PlotFigure
      label={t('runs.chart.label', { count: accounting.runs.length, notify: formatFlop(notifyFlop), licence: formatFlop(licenceFlop) })}
      draw={draw}
    />
  );
}
