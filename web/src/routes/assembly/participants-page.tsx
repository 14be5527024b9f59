import { useTranslation } from 'react-i18next';
import { api, type State } from '../../api/client.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatInteger, formatPercent } from '../../i18n/format.ts';
import { assemblyApi, type Participant, type StandingRow, type Weights } from './api.ts';
import { BarChart } from './bar-chart.tsx';
import { AssemblyNav, Load } from './page-parts.tsx';
import { OwnDelegationWitness } from './own-delegation-witness.tsx';
import { StandingMap } from './standing-map.tsx';

/** Participants and their standing on a world map, the members' weights, and every participant. */
export function ParticipantsPage() {
  const { t } = useTranslation('assembly');
  usePageTitle(t('participants.title'));
  const data = useApi(() =>
    Promise.all([api.states(), assemblyApi.standing(), assemblyApi.weights(), assemblyApi.participants(), assemblyApi.treaties()]),
  );
  return (
    <article>
      <AssemblyNav />
      <h1>{t('participants.title')}</h1>
      <p className="lead">{t('participants.lead')}</p>
      <Load state={data}>
        {([{ states }, standing, weights, { participants }, { treaties }]) => (
          <>
            <OwnDelegationWitness participants={participants} />
            <StandingSection
              states={states}
              standing={standing.states}
              treaty={treaties.find((x) => x.id === standing.treatyId)?.title ?? null}
            />
            <WeightsSection weights={weights} />
            <ParticipantsTable participants={participants} />
          </>
        )}
      </Load>
    </article>
  );
}

/** The standing map of the participants page: toward the newest adopted treaty, named, when there is one. */
function StandingSection({ states, standing, treaty }: { states: State[]; standing: StandingRow[]; treaty: string | null }) {
  const { t } = useTranslation('assembly');
  return (
    <section className="section" aria-labelledby="standing-heading">
      <h2 id="standing-heading">{t('participants.standingHeading')}</h2>
      <StandingMap
        states={states}
        standing={standing}
        caption={treaty ? t('participants.captionTreaty', { title: treaty }) : t('participants.caption')}
      />
    </section>
  );
}

function WeightsSection({ weights }: { weights: Weights }) {
  const { t } = useTranslation('assembly');
  const bars = [...weights.members]
    .sort((a, b) => b.weight - a.weight)
    .map((m) => ({ key: m.participantId, label: m.name, value: m.weight }));
  return (
    <section className="section" aria-labelledby="weights-heading">
      <h2 id="weights-heading">{t('weights.heading')}</h2>
      {bars.length === 0 ? (
        <p className="muted">{t('weights.none')}</p>
      ) : (
        <>
          <BarChart bars={bars} title={t('weights.chart', { version: formatInteger(weights.rulesVersion) })} />
          <ScrollRegion label={t('weights.heading')}>
            <table className="weights-table">
              <thead>
                <tr>
                  <th scope="col">{t('weights.columns.member')}</th>
                  <th scope="col" className="numeric">
                    {t('weights.columns.weight')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('weights.columns.equal')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('weights.columns.population')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('weights.columns.gdp')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('weights.columns.sqrtPopulation')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...weights.members]
                  .sort((a, b) => b.weight - a.weight)
                  .map((m) => (
                    <tr key={m.participantId} data-participant={m.participantId}>
                      <th scope="row">{m.name}</th>
                      <td className="numeric">{formatPercent(m.weight, 2)}</td>
                      <td className="numeric">{formatPercent(m.components?.equal, 2)}</td>
                      <td className="numeric">{formatPercent(m.components?.population, 2)}</td>
                      <td className="numeric">{formatPercent(m.components?.gdp, 2)}</td>
                      <td className="numeric">{formatPercent(m.components?.sqrtPopulation, 2)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      <p className="muted">
        {weights.orgChamber.mode === 'advisory'
          ? t('weights.orgAdvisory')
          : t('weights.orgWeighted', { share: formatPercent(weights.chambers.organizations) })}
      </p>
    </section>
  );
}

function ParticipantsTable({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation('assembly');
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
      <h2 id="participants-heading">{t('participants.count', { count: participants.length, n: formatInteger(participants.length) })}</h2>
      <ScrollRegion label={t('participants.count', { count: participants.length, n: formatInteger(participants.length) })}>
        <table className="participants-table">
          <thead>
            <tr>
              <th scope="col">{t('participants.columns.name')}</th>
              <th scope="col">{t('participants.columns.kind')}</th>
              <th scope="col">{t('participants.columns.status')}</th>
              <th scope="col" className="numeric">
                {t('participants.columns.population')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((p) => (
              <tr key={p.id} data-participant={p.id}>
                <th scope="row">{p.name}</th>
                <td>
                  {p.kind === 'state'
                    ? t('participants.state', { iso3: p.iso3 })
                    : p.category
                      ? t(`participants.category.${p.category}`)
                      : t('participants.organization')}
                </td>
                <td>{t(`standing.${p.status}`)}</td>
                <td className="numeric">{formatInteger(p.population)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
