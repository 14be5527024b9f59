import type { ReactNode } from 'react';

/**
 * A wide table's box, which scrolls sideways when the table is wider than the screen (a phone).
 * It is a named region in the keyboard's tab order, so that it can be scrolled with the arrow keys
 * without a mouse (WCAG 2.1.1; axe `scrollable-region-focusable`), and a screen reader announces
 * what it holds. Give it a translated label naming the table, different from any other region's on
 * the page: the key of the table's heading or caption.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
