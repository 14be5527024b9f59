import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';

/** The path whose page was last shown; null before the first. */
let shownPath: string | null = null;

/** How long a page may take to show its heading (a lazily loaded chunk, then its data). */
const WAIT_MS = 3000;

/**
 * After a route change, moves focus to the new page's heading (else to the main region), so a
 * keyboard or screen-reader user starts reading the new page rather than from `<body>`, and
 * announces the page's title in a polite live region. The first load is left to the browser.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    // Module state, not a ref: the shell mounts again while a catalogue suspends it, and that is
    // not a route change.
    const previous = shownPath;
    shownPath = pathname;
    if (previous === null || previous === pathname) return;
    const started = performance.now();
    let frame = 0;
    const settle = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading && performance.now() - started < WAIT_MS) {
        frame = requestAnimationFrame(settle);
        return;
      }
      const target = heading ?? document.getElementById('main');
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      }
      setAnnounced(document.title);
    };
    frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="route-announcer">
      {announced}
    </p>
  );
}
