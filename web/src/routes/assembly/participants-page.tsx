import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { WorldMap, type MapColoring } from '../../components/world-map.tsx';
import { formatInteger } from '../../components/format.ts';
import { assemblyApi, type Participant, type StandingRow, type Weights } from './api.ts';
import { BarChart } from './bar-chart.tsx';
import { AssemblyNav, Load } from './page-parts.tsx';
import { percent, STANDINGS, standingColor } from './standing.ts';

/** Participants and their standing on a world map, the members' weights, and every participant. */
export function ParticipantsPage() {
  usePageTitle('Participants');
  const data = useApi(() => Promise.all([api.states(), assemblyApi.standing(), assemblyApi.weights(), assemblyApi.participants()]));
  return (
    <article>
      <AssemblyNav />
      <h1>Participants and weights</h1>
      <p className="lead">
        Every state takes part, invited until it joins; organizations join beside them. Only members vote, each with the weight the rules
        give it.
      </p>
      <Load state={data} what="participants">
        {([{ states }, standing, weights, { participants }]) => (
          <>
            <StandingMap states={states} standing={standing.states} treatyId={standing.treatyId} />
            <WeightsSection weights={weights} />
            <ParticipantsTable participants={participants} />
          </>
        )}
      </Load>
    </article>
  );
}

function StandingMap({
  states,
  standing,
  treatyId,
}: {
  states: Parameters<typeof WorldMap>[0]['states'];
  standing: StandingRow[];
  treatyId: number | null;
}) {
  const byIso3 = useMemo(() => new Map(standing.map((s) => [s.iso3, s])), [standing]);
  const coloring: MapColoring = {
    fill: (state) => standingColor(byIso3.get(state.iso3)?.standing ?? 'invited'),
    title: (state) => `${state.name}: ${byIso3.get(state.iso3)?.standing ?? 'invited'}`,
    caption: (
      <>
        <ul className="standing-legend" aria-label="Legend">
          {STANDINGS.map((s) => (
            <li key={s.standing}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" /> {s.label} (
              {standing.filter((x) => x.standing === s.standing).length})
            </li>
          ))}
        </ul>
        <span>
          Each state’s standing{treatyId ? ` (signed and ratified: treaty ${treatyId})` : ''}; states too small to draw are in the table
          below.
        </span>
      </>
    ),
  };
  return (
    <section className="section" aria-labelledby="standing-heading">
      <h2 id="standing-heading">Standing of the states</h2>
      <WorldMap states={states} coloring={coloring} />
    </section>
  );
}

function WeightsSection({ weights }: { weights: Weights }) {
  const bars = [...weights.members]
    .sort((a, b) => b.weight - a.weight)
    .map((m) => ({ key: m.participantId, label: m.name, value: m.weight }));
  return (
    <section className="section" aria-labelledby="weights-heading">
      <h2 id="weights-heading">Weights of the members</h2>
      {bars.length === 0 ? (
        <p className="muted">No participant is a member yet.</p>
      ) : (
        <>
          <BarChart bars={bars} title={`Share of the counted weight (rules version ${weights.rulesVersion})`} />
          <div className="table-scroll">
            <table className="weights-table">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col" className="numeric">
                    Weight
                  </th>
                  <th scope="col" className="numeric">
                    Equal
                  </th>
                  <th scope="col" className="numeric">
                    Population
                  </th>
                  <th scope="col" className="numeric">
                    GDP
                  </th>
                  <th scope="col" className="numeric">
                    √Population
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...weights.members]
                  .sort((a, b) => b.weight - a.weight)
                  .map((m) => (
                    <tr key={m.participantId} data-participant={m.participantId}>
                      <th scope="row">{m.name}</th>
                      <td className="numeric">{percent(m.weight, 2)}</td>
                      <td className="numeric">{percent(m.components?.equal, 2)}</td>
                      <td className="numeric">{percent(m.components?.population, 2)}</td>
                      <td className="numeric">{percent(m.components?.gdp, 2)}</td>
                      <td className="numeric">{percent(m.components?.sqrtPopulation, 2)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="muted">
        Organizations’ chamber:{' '}
        {weights.orgChamber.mode === 'advisory'
          ? 'advisory — its tally is shown beside the states’, not counted.'
          : `weighted — ${percent(weights.chambers.organizations)} of the total, shared equally.`}
      </p>
    </section>
  );
}

function ParticipantsTable({ participants }: { participants: Participant[] }) {
  const ordered = [...participants].sort((a, b) =>
    a.status === b.status
      ? a.name.localeCompare(b.name)
      : a.status === 'member'
        ? -1
        : b.status === 'member'
          ? 1
          : a.name.localeCompare(b.name),
  );
  return (
    <section className="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{participants.length} participants</h2>
      <div className="table-scroll">
        <table className="participants-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Population
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((p) => (
              <tr key={p.id} data-participant={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.kind === 'state' ? `state (${p.iso3})` : (p.category ?? 'organization')}</td>
                <td>{p.status}</td>
                <td className="numeric">{formatInteger(p.population)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
