import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** The chart library (Observable Plot and its d3), a chunk of its own loaded when the first chart is drawn. */
export type PlotModule = typeof import('./plot-marks.ts');

let plotModule: Promise<PlotModule> | undefined;

function loadPlot(): Promise<PlotModule> {
  plotModule ??= import('./plot-marks.ts').catch((error: unknown) => {
    plotModule = undefined; // a failed fetch is tried again by the next chart
    throw error;
  });
  return plotModule;
}

/**
 * Mounts a chart drawn by a function that returns a DOM element (an Observable Plot figure) and
 * redraws it when `draw` changes: callers pass a `useCallback` whose dependencies say when. `draw`
 * receives the chart library, which is loaded only here; until it has come, the chart's space (the
 * swatch legend's line and a `width` × `height` plot, scaled to the column) is kept empty, so
 * nothing below it moves when it appears. The chart is an image with a text alternative for
 * screen readers.
 */
export function PlotFigure({
  draw,
  label,
  width = 1080,
  height = 320,
}: {
  draw: (plot: PlotModule) => Element;
  label: string;
  width?: number;
  height?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let chart: Element | undefined;
    let cancelled = false;
    void loadPlot().then(
      (plot) => {
        if (cancelled) return;
        chart = draw(plot);
        // Plot names its mark groups with aria-label, which ARIA prohibits on a <g> without a role
        // (axe aria-prohibited-attr); the figure is one image whose text alternative is `label`.
        for (const named of chart.querySelectorAll('g[aria-label]')) named.removeAttribute('aria-label');
        node.replaceChildren(chart);
        // The placeholder goes in the same frame as the chart comes: drawn apart, the page would
        // hold both for a frame, and everything below would jump down and back.
        flushSync(() => setDrawn(true));
      },
      () => undefined, // no chart: its text alternative still says what it would show
    );
    return () => {
      cancelled = true;
      chart?.remove();
    };
  }, [draw]);
  return (
    <div className="verification-chart" role="img" aria-label={label}>
      <div ref={ref} />
      {!drawn && (
        <div aria-hidden="true" data-testid="chart-placeholder">
          {/* Plot's swatch legend: at least 33px high, then a margin of 0.5em at its 10px font size. */}
          <div style={{ minHeight: 33, marginBottom: 5 }} />
          <div style={{ aspectRatio: `${width} / ${height}`, maxWidth: width }} />
        </div>
      )}
    </div>
  );
}
