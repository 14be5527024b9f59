import { lazy, Suspense } from 'react';
import type { State } from '../api/client.ts';
import type { MapColoring } from './world-map.tsx';

export type { MapColoring } from './world-map.tsx';

/** The map's width and height in its own units (world-map.tsx: Equal Earth fitted to 960, Antarctica left out). */
const MAP_ASPECT = '960 / 422';

const LoadedMap = lazy(() => import('./world-map.tsx').then((m) => ({ default: m.WorldMap })));

/**
 * The world map for a page that draws it only sometimes (a treaty's standing map appears once the
 * treaty is adopted): the map and its atlas (d3-geo, topojson, world-atlas: a chunk of their own)
 * load when it is first drawn, not with the page. Until then the map's space is kept, with its
 * caption when the caller gives one, so nothing below moves when it appears.
 */
export function WorldMap({ states, coloring }: { states: State[]; coloring?: MapColoring }) {
  return (
    <Suspense
      fallback={
        <figure className="world-map" aria-busy="true">
          <div style={{ aspectRatio: MAP_ASPECT }} />
          {coloring && <figcaption>{coloring.caption}</figcaption>}
        </figure>
      }
    >
      <LoadedMap states={states} coloring={coloring} />
    </Suspense>
  );
}
