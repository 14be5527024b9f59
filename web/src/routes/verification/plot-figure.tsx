import { useEffect, useRef } from 'react';

/**
 * Mounts a chart drawn by a function that returns a DOM element (an Observable Plot figure) and
 * redraws it when `draw` changes: callers pass a `useCallback` whose dependencies say when. The
 * chart is an image with a text alternative for screen readers.
 */
export function PlotFigure({ draw, label }: { draw: () => Element; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const chart = draw();
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [draw]);
  return <div className="verification-chart" role="img" aria-label={label} ref={ref} />;
}
