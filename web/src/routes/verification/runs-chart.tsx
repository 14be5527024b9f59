import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunAccounting } from './api.ts';
import { chartLabel, formatAxisDay, formatFlop, powerOfTen } from './format.ts';
import { PlotFigure, type PlotModule } from './plot-figure.tsx';

/** Cumulative FLOP of every run over time, on a log scale, against the notification and licence thresholds. */
export function RunsChart({ accounting }: { accounting: RunAccounting }) {
  const { t, i18n } = useTranslation('verification');
  const { notifyFlop, licenceFlop } = accounting.thresholds;
  const language = i18n.language;
  const draw = useCallback(
    (Plot: PlotModule) => {
      // The run's field is named in the shown language: Plot labels the tip's rows with field names.
      const run = t('runs.chart.run');
      const points = accounting.runs.flatMap((r) => (r.series ?? []).map(([at, flop]) => ({ [run]: r.runId, at: new Date(at), flop })));
      const lines = [
        { y: notifyFlop, label: chartLabel(t('runs.chart.notifyLine', { flop: formatFlop(notifyFlop) })) },
        { y: licenceFlop, label: chartLabel(t('runs.chart.licenceLine', { flop: formatFlop(licenceFlop) })) },
      ];
      const low = Math.min(notifyFlop / 1000, ...points.map((p) => p.flop));
      const x = chartLabel(t('runs.chart.periodEnd'));
      const y = chartLabel(t('runs.chart.cumulativeFlop'));
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
        color: { legend: true },
        marks: [
          Plot.ruleY(lines, { y: 'y', stroke: '#b42318', strokeDasharray: '6 4', className: 'threshold-line' }),
          Plot.text(lines, { y: 'y', text: 'label', frameAnchor: 'right', dx: 145, fill: '#b42318', textAnchor: 'end' }),
          Plot.line(points, {
            x: 'at',
            y: 'flop',
            stroke: run,
            strokeWidth: 1.75,
            // The tip formats its values as the axes do.
            tip: { format: { x: formatAxisDay, y: (d: number) => formatFlop(d) } },
          }),
        ],
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `language` changes the formats read inside.
    [accounting.runs, notifyFlop, licenceFlop, t, language],
  );
  return (
    <PlotFigure
      height={420}
      label={t('runs.chart.label', { count: accounting.runs.length, notify: formatFlop(notifyFlop), licence: formatFlop(licenceFlop) })}
      draw={draw}
    />
  );
}
