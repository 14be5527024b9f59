import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { State } from '../api/client.ts';
import { logColorScale, NO_DATA_COLOR, powerOfTenTicks, YL_GN_BU } from './color-scale.ts';
import { formatCompact, formatInteger } from '../i18n/format.ts';
import { alpha3ForNumeric } from './iso-numeric.ts';

const WIDTH = 960;
const ANTARCTICA = '010';

type Topology = Parameters<typeof feature>[0];
const topology = world as unknown as Topology;
const countriesObject = topology.objects.countries;
if (countriesObject === undefined) throw new Error('world-atlas/countries-110m.json holds no countries');
const countries = feature(topology, countriesObject);

/** The land shapes, drawn once: Antarctica is left out (it has no state and takes much room). */
const shapes = (() => {
  const features = ('features' in countries ? countries.features : [countries]).filter((f) => String(f.id) !== ANTARCTICA);
  const collection = { type: 'FeatureCollection' as const, features };
  const projection = geoEqualEarth().fitWidth(WIDTH, collection);
  const path = geoPath(projection);
  const [[, top], [, bottom]] = path.bounds(collection);
  return {
    height: Math.ceil(bottom - top),
    offsetY: -top,
    items: features.map((f, i) => ({
      key: `${f.id ?? 'x'}-${i}`,
      iso3: alpha3ForNumeric(f.id as string | undefined),
      atlasName: String((f.properties as { name?: string } | null)?.name ?? 'Unknown'),
      d: path(f) ?? '',
    })),
  };
})();

/** The alpha-3 codes of the states that have a shape on the 110m map. */
export const MAPPED_ISO3 = new Set(shapes.items.flatMap((s) => (s.iso3 ? [s.iso3] : [])));

function tooltip(t: TFunction, state: State | undefined, atlasName: string): string {
  if (!state) return t('map.notAState', { name: atlasName });
  if (state.population == null) return t('map.noPopulation', { name: state.name });
  const population = formatInteger(state.population);
  return state.populationYear
    ? t('map.populationInYear', { name: state.name, population, year: state.populationYear })
    : t('map.population', { name: state.name, population });
}

/** Colours the map by something else than population (e.g. each state's standing in the assembly). */
export interface MapColoring {
  fill(state: State): string;
  title(state: State): string;
  /** A name for the state's colour, written on its shape as `data-category` (for tests and styles). */
  category?(state: State): string;
  /** Shown under the map instead of the population legend and caption. */
  caption: ReactNode;
}

/**
 * Choropleth of the states' population (log colour scale, grey for no data) on
 * an Equal Earth projection, or of `coloring` when given; scales to its container
 * through its viewBox.
 */
export function WorldMap({ states, coloring }: { states: State[]; coloring?: MapColoring }) {
  const { t } = useTranslation();
  const byIso3 = useMemo(() => new Map(states.map((s) => [s.iso3, s])), [states]);
  // The colour domain spans the states drawn here, so the ramp is not spent on
  // micro-states (Tuvalu, ~10k people) that have no shape at this scale.
  const color = useMemo(() => logColorScale(states.filter((s) => MAPPED_ISO3.has(s.iso3)).map((s) => s.population)), [states]);
  const unmapped = states.filter((s) => !MAPPED_ISO3.has(s.iso3)).length;
  const captionId = `world-map-caption${useId().replace(/:/g, '')}`;
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${shapes.height}`} aria-labelledby={captionId} preserveAspectRatio="xMidYMid meet">
        <g transform={`translate(0 ${shapes.offsetY})`}>
          {shapes.items.map((s) => {
            const state = s.iso3 ? byIso3.get(s.iso3) : undefined;
            return (
              <path
                key={s.key}
                className={state ? 'country' : 'country no-state'}
                data-iso3={s.iso3 ?? ''}
                data-category={coloring?.category && state ? coloring.category(state) : undefined}
                d={s.d}
                fill={coloring && state ? coloring.fill(state) : color(state?.population)}
              >
                <title>{coloring && state ? coloring.title(state) : tooltip(t, state, s.atlasName)}</title>
              </path>
            );
          })}
        </g>
      </svg>
      <figcaption id={captionId}>
        {coloring ? coloring.caption : <PopulationCaption domain={color.domain} unmapped={unmapped} />}
      </figcaption>
    </figure>
  );
}

function PopulationCaption({ domain, unmapped }: { domain: [number, number]; unmapped: number }) {
  const { t } = useTranslation();
  return (
    <>
      <MapLegend domain={domain} />
      <span>
        {t('map.caption')}{' '}
        {unmapped > 0 ? t('map.tableListsUnmapped', { count: unmapped, unmapped: formatInteger(unmapped) }) : t('map.tableLists')}
      </span>
    </>
  );
}

const LEGEND_WIDTH = 260;

/** The colour ramp with power-of-ten ticks, and the no-data swatch. */
function MapLegend({ domain }: { domain: [number, number] }) {
  const { t } = useTranslation();
  const [lo, hi] = [Math.log10(domain[0]), Math.log10(domain[1])];
  const x = (v: number) => ((Math.log10(v) - lo) / (hi - lo || 1)) * LEGEND_WIDTH;
  return (
    <svg
      className="legend"
      viewBox={`-8 0 ${LEGEND_WIDTH + 180} 34`}
      // A scale runs from low to high left to right in every language: in a right-to-left page the
      // text anchors would flip and the "no data" label would run back over the ramp.
      direction="ltr"
      role="img"
      aria-label={t('map.legend', { from: formatCompact(domain[0]), to: formatCompact(domain[1]) })}
    >
      <defs>
        <linearGradient id="population-ramp">
          {YL_GN_BU.map((c, i) => (
            <stop key={c} offset={`${(i / (YL_GN_BU.length - 1)) * 100}%`} stopColor={c} />
          ))}
        </linearGradient>
      </defs>
      <rect width={LEGEND_WIDTH} height={10} fill="url(#population-ramp)" stroke="#999" strokeWidth={0.5} />
      {powerOfTenTicks(domain).map((tick) => (
        <g key={tick} transform={`translate(${x(tick)} 0)`}>
          <line y1={10} y2={14} stroke="currentColor" />
          <text y={26} textAnchor="middle">
            {formatCompact(tick)}
          </text>
        </g>
      ))}
      <rect x={LEGEND_WIDTH + 24} width={14} height={10} fill={NO_DATA_COLOR} stroke="#999" strokeWidth={0.5} />
      <text x={LEGEND_WIDTH + 44} y={5} dominantBaseline="middle">
        {t('map.noData')}
      </text>
    </svg>
  );
}
