import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { State } from '../../api/client.ts';
import { WorldMap, type MapColoring } from '../../components/world-map-lazy.tsx';
import { formatInteger } from '../../i18n/format.ts';
import type { StandingRow } from './api.ts';
import { STANDINGS, standingColor } from './standing.ts';

/**
 * The world map coloured by each state's standing (invited, observer, member, or toward a treaty
 * signed, ratified, withdrawn), with a visible key: each colour, its name and how many states have it.
 */
export function StandingMap({ states, standing, caption }: { states: State[]; standing: StandingRow[]; caption: string }) {
  const { t } = useTranslation('assembly');
  const byIso3 = useMemo(() => new Map(standing.map((s) => [s.iso3, s])), [standing]);
  const standingOf = (state: State) => byIso3.get(state.iso3)?.standing ?? 'invited';
  const coloring: MapColoring = {
    fill: (state) => standingColor(standingOf(state)),
    category: standingOf,
    title: (state) => t('participants.mapTitle', { name: state.name, standing: t(`standing.${standingOf(state)}`) }),
    caption: (
      <>
        <ul className="standing-legend" aria-label={t('participants.legend')} data-testid="standing-legend">
          {STANDINGS.map((s) => (
            <li key={s.standing} data-standing={s.standing}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />{' '}
              {t('participants.legendItem', {
                standing: t(`standing.${s.standing}`),
                n: formatInteger(standing.filter((x) => x.standing === s.standing).length),
              })}
            </li>
          ))}
        </ul>
        <span>{caption}</span>
      </>
    ),
  };
  return <WorldMap states={states} coloring={coloring} />;
}
