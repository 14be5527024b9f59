import './dashboard.css';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadState } from '../components/load-state.tsx';
import { ModuleIntro } from '../components/module-intro.tsx';
import { useApi } from '../components/use-api.ts';
import { formatDateTime, formatInteger, formatList, formatMoney, formatNumber, formatPercent } from '../i18n/format.ts';
import { coalitionApi, type Campaign, type CoalitionEvent, type Funding } from './coalition/coalition-api.ts';

/** What the module covers: one catalogue text per item, its name in bold. */
const FEATURES = ['people', 'contributions', 'campaigns', 'events', 'outreach', 'roadmap'] as const;

/** How many open campaigns and upcoming events the overview lists before linking to the rest. */
const SHOWN = 3;

/** Landing page of the coalition module: its live figures, each linking to the page behind it, then what it covers. */
export function CoalitionPage() {
  const { t } = useTranslation('coalition');
  return (
    <ModuleIntro title={t('intro.title')} lead={t('intro.lead')}>
      <div className="dashboard">
        <FundingCard />
        <MembersCard />
        <CampaignsCard />
        <EventsCard />
      </div>
      <h2>{t('dashboard.about')}</h2>
      <ul className="feature-list">
        {FEATURES.map((feature) => (
          <li key={feature}>
            <Trans t={t} i18nKey={`intro.features.${feature}`} components={{ strong: <strong /> }} />
          </li>
        ))}
      </ul>
    </ModuleIntro>
  );
}

/** One figure card: a heading that links to its page, then its figures. */
function Card({ id, title, to, children }: { id: string; title: string; to: string; children: React.ReactNode }) {
  return (
    <section className="dash-card" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        <Link to={to}>{title}</Link>
      </h2>
      {children}
    </section>
  );
}

/** Money given, in each currency, as the shown language writes amounts and lists. */
const moneyText = (money: Funding['totals']['money']) =>
  money.length === 0 ? formatMoney(0, 'USD') : formatList(money.map((m) => formatMoney(m.amountMinor, m.currency)));

function FundingCard() {
  const { t } = useTranslation('coalition');
  const state = useApi(coalitionApi.funding, 'funding');
  return (
    <Card id="dash-funding" title={t('dashboard.funding.title')} to="/coalition/funding">
      <LoadState state={state} what={t('dashboard.funding.what')} />
      {state.status === 'ok' && (
        <dl className="dash-figures">
          <div>
            <dt>{t('dashboard.funding.money')}</dt>
            <dd data-testid="dash-money">{moneyText(state.data.totals.money)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.funding.hours')}</dt>
            <dd data-testid="dash-hours">{formatNumber(state.data.totals.hours, 1)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.funding.contributors')}</dt>
            <dd>{formatInteger(state.data.totals.contributors)}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}

function MembersCard() {
  const { t } = useTranslation('coalition');
  const state = useApi(coalitionApi.partners, 'partners');
  return (
    <Card id="dash-members" title={t('dashboard.members.title')} to="/coalition/partners">
      <LoadState state={state} what={t('dashboard.members.what')} />
      {state.status === 'ok' && (
        <dl className="dash-figures">
          <div>
            <dt>{t('dashboard.members.organizations')}</dt>
            <dd>{formatInteger(state.data.organizations.length)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.members.people')}</dt>
            <dd>{formatInteger(state.data.people.length)}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}

/** An open campaign: its title linked, how far its pledges are towards the goal, and its deadline. */
function CampaignLine({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation('coalition');
  const share = c.goalMinor > 0 ? Math.min(1, c.pledgedMinor / c.goalMinor) : 0;
  const pledged = formatMoney(c.pledgedMinor, c.currency);
  const goal = formatMoney(c.goalMinor, c.currency);
  return (
    <li>
      <Link to={`/coalition/campaigns/${c.id}`}>{c.title}</Link>
      <progress max={1} value={share} aria-label={t('dashboard.campaigns.progress', { title: c.title })} />
      <span className="dash-note">
        {t('dashboard.campaigns.pledged', { pledged, goal, share: formatPercent(share, 0) })}{' '}
        {t('dashboard.campaigns.deadline', { at: formatDateTime(c.deadline) })}
      </span>
    </li>
  );
}

function CampaignsCard() {
  const { t } = useTranslation('coalition');
  const state = useApi(coalitionApi.campaigns, 'campaigns');
  const open = state.status === 'ok' ? state.data.campaigns.filter((c) => c.status === 'open') : [];
  return (
    <Card id="dash-campaigns" title={t('dashboard.campaigns.title')} to="/coalition/campaigns">
      <LoadState state={state} what={t('dashboard.campaigns.what')} />
      {state.status === 'ok' && (
        <>
          <p className="dash-count">{t('dashboard.campaigns.open', { count: open.length, n: formatInteger(open.length) })}</p>
          <ul className="dash-list">
            {open.slice(0, SHOWN).map((c) => (
              <CampaignLine key={c.id} campaign={c} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

/** An upcoming event: its title (to the events page), when it starts in the reader's zone, named. */
function EventLine({ event: e }: { event: CoalitionEvent }) {
  const { t } = useTranslation('coalition');
  return (
    <li>
      <Link to="/coalition/events">{e.title}</Link>
      <span className="dash-note">
        <time dateTime={e.startsAt}>{t('dashboard.events.starts', { at: formatDateTime(e.startsAt) })}</time>
      </span>
    </li>
  );
}

function EventsCard() {
  const { t } = useTranslation('coalition');
  const state = useApi(() => coalitionApi.events('upcoming'), 'events');
  return (
    <Card id="dash-events" title={t('dashboard.events.title')} to="/coalition/events">
      <LoadState state={state} what={t('dashboard.events.what')} />
      {state.status === 'ok' && (
        <>
          <p className="dash-count">
            {t('dashboard.events.upcoming', { count: state.data.events.length, n: formatInteger(state.data.events.length) })}
          </p>
          <ul className="dash-list">
            {state.data.events.slice(0, SHOWN).map((e) => (
              <EventLine key={e.id} event={e} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
