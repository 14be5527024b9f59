import { useEffect, useRef } from 'react';

/**
 * Mounts a chart drawn by a function that returns a DOM element (an Observable Plot figure) and
 * redraws it when `deps` change. The chart is an image with a text alternative for screen readers.
 */
export function PlotFigure({ draw, label, deps }: { draw: () => Element; label: string; deps: unknown[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const chart = draw();
    node.replaceChildren(chart);
    return () => chart.remove();
    // `draw` is an inline closure; `deps` say when to redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return <div className="verification-chart" role="img" aria-label={label} ref={ref} />;
}
