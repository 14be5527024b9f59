/**
 * The assembly overview's live figures, each linking onward: the members, the motions open or
 * scheduled with their times (the reader's zone, named), each treaty with its ratifications against
 * the conditions of entry into force, and whether anyone holds a veto over adoption.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../components/use-api.ts';
import { formatDate, formatDateTime, formatInteger, formatPercent } from '../../i18n/format.ts';
import { assemblyApi, type AssemblyPower, type Motion, type Participant, type TreatyStatus, type TreatySummary } from './api.ts';
import { AssemblyNav, Load } from './page-parts.tsx';

interface Figures {
  participants: Participant[];
  motions: Motion[];
  treaties: { treaty: TreatySummary; status: TreatyStatus | null }[];
  /** Null when nobody counts yet (no member: the server answers 409 no_members). */
  power: AssemblyPower | null;
}

async function loadFigures(): Promise<Figures> {
  const [{ participants }, { motions }, { treaties }, power] = await Promise.all([
    assemblyApi.participants(),
    assemblyApi.motions(),
    assemblyApi.treaties(),
    assemblyApi.power('adoption').catch(() => null),
  ]);
  const statuses = await Promise.all(
    treaties.map((x) => (x.status === 'adopted' ? assemblyApi.treatyStatus(x.id) : Promise.resolve(null))),
  );
  return { participants, motions, treaties: treaties.map((treaty, i) => ({ treaty, status: statuses[i] ?? null })), power };
}

export function AssemblyDashboard() {
  const { t } = useTranslation('assembly');
  const data = useApi(loadFigures);
  return (
    <section aria-labelledby="dashboard-heading">
      <AssemblyNav />
      <h2 id="dashboard-heading" className="visually-hidden">
        {t('dashboard.heading')}
      </h2>
      <Load state={data}>
        {(f) => (
          <div className="dashboard">
            <MembersCard participants={f.participants} power={f.power} />
            <MotionsCard motions={f.motions} />
            <TreatiesCard treaties={f.treaties} />
          </div>
        )}
      </Load>
    </section>
  );
}

function MembersCard({ participants, power }: { participants: Participant[]; power: AssemblyPower | null }) {
  const { t } = useTranslation('assembly');
  const count = (kind: Participant['kind'], status: Participant['status']) =>
    participants.filter((p) => p.kind === kind && p.status === status).length;
  const [states, organizations, invited] = [count('state', 'member'), count('organization', 'member'), count('state', 'invited')];
  return (
    <section className="card dashboard-card" aria-labelledby="members-card" data-testid="members-card">
      <h3 id="members-card">
        <Link to="/assembly/participants">{t('dashboard.members.heading')}</Link>
      </h3>
      <p className="figure">{t('dashboard.members.states', { count: states, n: formatInteger(states) })}</p>
      <p>{t('dashboard.members.organizations', { count: organizations, n: formatInteger(organizations) })}</p>
      <p>{t('dashboard.members.invited', { count: invited, n: formatInteger(invited) })}</p>
      <p>
        <Link to="/assembly/power">
          {power === null
            ? t('dashboard.power.none')
            : power.vetoPlayers.length > 0
              ? t('dashboard.power.veto', { count: power.vetoPlayers.length, n: formatInteger(power.vetoPlayers.length) })
              : t('dashboard.power.noVeto')}
        </Link>
      </p>
    </section>
  );
}

function MotionsCard({ motions }: { motions: Motion[] }) {
  const { t } = useTranslation('assembly');
  // Open first, then scheduled; each by its closing time, the soonest first.
  const live = motions
    .filter((m) => m.status !== 'closed')
    .sort((a, b) => (a.status === b.status ? a.closesAt.localeCompare(b.closesAt) : a.status === 'open' ? -1 : 1));
  const open = live.filter((m) => m.status === 'open').length;
  return (
    <section className="card dashboard-card" aria-labelledby="motions-card" data-testid="motions-card">
      <h3 id="motions-card">
        <Link to="/assembly/motions">{t('dashboard.motions.heading')}</Link>
      </h3>
      <p className="figure">{t('dashboard.motions.open', { count: open, n: formatInteger(open) })}</p>
      {live.length === 0 ? (
        <p>{t('dashboard.motions.none')}</p>
      ) : (
        <ul className="dashboard-list">
          {live.slice(0, 5).map((m) => (
            <li key={m.id}>
              <Link to={`/assembly/motions/${m.id}`}>{m.title}</Link>{' '}
              <span className="muted">
                {m.status === 'open'
                  ? t('dashboard.motions.closes', { time: formatDateTime(m.closesAt) })
                  : t('dashboard.motions.opens', { time: formatDateTime(m.opensAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('dashboard.motions.zone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}</p>
    </section>
  );
}

function TreatiesCard({ treaties }: { treaties: Figures['treaties'] }) {
  const { t } = useTranslation('assembly');
  return (
    <section className="card dashboard-card" aria-labelledby="treaties-card" data-testid="treaties-card">
      <h3 id="treaties-card">
        <Link to="/assembly/treaties">{t('dashboard.treaties.heading')}</Link>
      </h3>
      {treaties.length === 0 ? (
        <p>{t('dashboard.treaties.none')}</p>
      ) : (
        <ul className="dashboard-list">
          {treaties.map(({ treaty, status }) => (
            <li key={treaty.id} data-treaty={treaty.id}>
              <Link to={`/assembly/treaties/${treaty.id}`} lang={treaty.sourceLanguage}>
                {treaty.title}
              </Link>
              <br />
              <span className={`status-badge ${status?.stage ?? 'draft'}`}>{t(`stage.${status?.stage ?? 'draft'}`)}</span>{' '}
              <span className="muted">{status ? <TreatyFigures status={status} /> : t('dashboard.treaties.draft')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "3 of 40 ratifications; 12 % of 60 % of the world's population", or the entry into force. */
function TreatyFigures({ status }: { status: TreatyStatus }) {
  const { t } = useTranslation('assembly');
  const c = status.conditions;
  if (status.inForce) return <>{t('dashboard.treaties.inForce', { date: formatDate(status.entryIntoForce) })}</>;
  const parts = [
    t('dashboard.treaties.ratifications', { have: formatInteger(status.ratifications), need: formatInteger(c.ratifications) }),
  ];
  if (c.populationShare !== null)
    parts.push(t('dashboard.treaties.population', { have: formatPercent(status.populationShare), need: formatPercent(c.populationShare) }));
  if (c.gdpShare !== null)
    parts.push(t('dashboard.treaties.gdp', { have: formatPercent(status.gdpShare), need: formatPercent(c.gdpShare) }));
  return <>{parts.join(' · ')}</>;
}
