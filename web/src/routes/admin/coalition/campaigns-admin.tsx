import './coalition-admin.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ActionResult, useAction } from '../../../components/action.tsx';
import { CurrencyInput, Field, fieldSetter, FormButtons } from './form-parts.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useApi, useKeptApi } from '../../../components/use-api.ts';
import { useNow } from '../../../components/use-now.ts';
import { data, http, type components } from '../../../api/client.ts';
import { formatDateTime, formatInteger, formatMoney } from '../../../i18n/format.ts';
import { isolated } from '../../coalition/coalition-format.ts';
import { amountToMinor } from './money-input.ts';

type Campaign = components['schemas']['Campaign'];

/** The console's campaigns: open one, see each one's pledges, settle one after its deadline. */
export function CampaignsAdmin() {
  const { t } = useTranslation('admin/coalition');
  usePageTitle(t('campaigns.title'));
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const state = useKeptApi(async () => (await data(http.GET('/api/coalition/campaigns'))).campaigns, version);
  return (
    <article className="coalition-admin">
      <h1>{t('campaigns.title')}</h1>
      <p className="lead">{t('campaigns.lead')}</p>
      <NewCampaign onOpened={reload} />
      <section aria-labelledby="campaign-list-heading">
        <h2 id="campaign-list-heading">{t('campaigns.list')}</h2>
        <LoadState state={state} what={t('campaigns.what')} />
        {state.status === 'ok' && state.data.length === 0 && <p className="notice">{t('campaigns.none')}</p>}
        {state.status === 'ok' && (
          <ul className="campaign-admin-list">
            {[...state.data].reverse().map((c) => (
              <CampaignItem key={c.id} campaign={c} onSettled={reload} />
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

const CODE_FIELDS = {
  unknown_currency: 'currency',
  amount_not_positive: 'goalMinor',
  minimum_above_goal: 'minimumMinor',
  deadline_in_past: 'deadline',
};

/** A wall-clock time typed in the reader's zone (`datetime-local`) as an instant; as typed when unreadable, so the server names it. */
const instant = (local: string) => {
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? local : at.toISOString();
};

/** The request body of the form: amounts typed in major units, the deadline in the reader's zone. */
function campaignBody(form: { title: string; description: string; currency: string; goal: string; minimum: string; deadline: string }) {
  const currency = form.currency.trim().toUpperCase();
  return {
    title: form.title,
    description: form.description,
    currency,
    goalMinor: amountToMinor(form.goal, currency),
    minimumMinor: amountToMinor(form.minimum, currency),
    deadline: instant(form.deadline),
  };
}

function NewCampaign({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const action = useAction(CODE_FIELDS);
  const empty = { title: '', description: '', currency: 'USD', goal: '', minimum: '', deadline: '' };
  const [form, setForm] = useState(empty);
  const set = fieldSetter(form, setForm);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const opened = await action.run(() => http.POST('/api/coalition/campaigns', { body: campaignBody(form) }));
    if (!opened) return;
    setForm(empty);
    onOpened();
  }

  const amount = (name: 'goalMinor' | 'minimumMinor', value: 'goal' | 'minimum') => (
    <Field action={action} name={name} label={t(`campaigns.${value}`)}>
      <input {...action.field(name)} inputMode="decimal" value={form[value]} onChange={set(value)} required autoComplete="off" />
    </Field>
  );
  return (
    <form className="form admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-campaign-title">
      <h2 id="new-campaign-title">{t('campaigns.openTitle')}</h2>
      <p className="muted">{t('campaigns.allOrNothing')}</p>
      <div className="form-grid">
        <Field action={action} name="title" label={t('campaigns.campaignTitle')} wide>
          <input {...action.field('title')} value={form.title} onChange={set('title')} required maxLength={200} autoComplete="off" />
        </Field>
        <Field action={action} name="description" label={t('campaigns.description')} wide>
          <textarea {...action.field('description')} rows={3} value={form.description} onChange={set('description')} />
        </Field>
        <Field action={action} name="currency" label={t('campaigns.currency')}>
          <CurrencyInput action={action} value={form.currency} onChange={set('currency')} />
        </Field>
        {amount('goalMinor', 'goal')}
        {amount('minimumMinor', 'minimum')}
        <Field action={action} name="deadline" label={t('campaigns.deadline')} help={t('campaigns.deadlineHelp')}>
          <input {...action.field('deadline')} type="datetime-local" value={form.deadline} onChange={set('deadline')} required />
        </Field>
      </div>
      <FormButtons busy={action.busy} label={t('campaigns.open')} />
      <ActionResult action={action} done={t('campaigns.opened')} />
    </form>
  );
}

/** What was pledged against the minimum goal and the goal, and the deadline. */
function CampaignFigures({ campaign: c }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation('admin/coalition');
  // Isolated in right-to-left text, so a currency sign stays beside its amount.
  const money = (minor: number) => isolated(formatMoney(minor, c.currency), i18n.dir() === 'rtl');
  return (
    <dl className="campaign-figures">
      <div>
        <dt>{t('campaigns.pledged')}</dt>
        <dd>
          {t('campaigns.pledgedValue', { count: c.pledgeCount, amount: money(c.pledgedMinor), pledges: formatInteger(c.pledgeCount) })}
        </dd>
      </div>
      <div>
        <dt>{t('campaigns.minimum')}</dt>
        <dd>{money(c.minimumMinor)}</dd>
      </div>
      <div>
        <dt>{t('campaigns.goal')}</dt>
        <dd>{money(c.goalMinor)}</dd>
      </div>
      <div>
        <dt>{t('campaigns.deadline')}</dt>
        <dd>{formatDateTime(c.deadline)}</dd>
      </div>
    </dl>
  );
}

/** One campaign: its figures, its pledges on demand, and the settle button once its deadline has passed. */
function CampaignItem({ campaign: c, onSettled }: { campaign: Campaign; onSettled: () => void }) {
  const { t, i18n } = useTranslation('admin/coalition');
  const now = useNow(5_000);
  const [showPledges, setShowPledges] = useState(false);
  const [confirm, confirmDialog] = useConfirm();
  const action = useAction();
  // Isolated in right-to-left text, so a currency sign stays beside its amount.
  const money = (minor: number) => isolated(formatMoney(minor, c.currency), i18n.dir() === 'rtl');
  const past = new Date(c.deadline).getTime() <= now;
  const reached = c.pledgedMinor >= c.minimumMinor;

  async function settle() {
    const question = reached
      ? t('campaigns.settleCollect', {
          count: c.pledgeCount,
          pledges: formatInteger(c.pledgeCount),
          pledged: money(c.pledgedMinor),
          minimum: money(c.minimumMinor),
        })
      : t('campaigns.settleRelease', {
          count: c.pledgeCount,
          pledges: formatInteger(c.pledgeCount),
          pledged: money(c.pledgedMinor),
          minimum: money(c.minimumMinor),
        });
    if (!(await confirm({ question, action: t('campaigns.settle'), danger: !reached }))) return;
    await action.run(() => http.POST('/api/coalition/campaigns/{id}/settle', { params: { path: { id: c.id } } }));
    onSettled();
  }

  const pledgesId = `campaign-${c.id}-pledges`;
  return (
    <li className="card campaign-admin" data-campaign-id={c.id}>
      <h3>
        <Link to={`/coalition/campaigns/${c.id}`}>{c.title}</Link>
      </h3>
      <p className="campaign-status" data-status={c.status}>
        {c.settledAt
          ? t('campaigns.settledAt', { status: t(`campaigns.status.${c.status}`), date: formatDateTime(c.settledAt) })
          : t(`campaigns.status.${c.status}`)}
      </p>
      <CampaignFigures campaign={c} />
      <div className="form-buttons">
        <button
          type="button"
          className="button secondary"
          aria-expanded={showPledges}
          aria-controls={pledgesId}
          onClick={() => setShowPledges(!showPledges)}
        >
          {showPledges ? t('campaigns.hidePledges') : t('campaigns.showPledges')}
          <span className="visually-hidden"> {c.title}</span>
        </button>
        {c.status === 'open' && past && !action.done && (
          <button type="button" className="button" onClick={() => void settle()} disabled={action.busy}>
            {t('campaigns.settle')}
            <span className="visually-hidden"> {c.title}</span>
          </button>
        )}
      </div>
      {c.status === 'open' && !past && <p className="muted small">{t('campaigns.settlesAtDeadline')}</p>}
      <ActionResult action={action} done={t('campaigns.settled')} />
      <div id={pledgesId}>{showPledges && <Pledges campaign={c} />}</div>
      {confirmDialog}
    </li>
  );
}

function Pledges({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation('admin/coalition');
  const state = useApi(
    async () => (await data(http.GET('/api/coalition/campaigns/{id}/pledges', { params: { path: { id: c.id } } }))).pledges,
    c.id,
  );
  if (state.status !== 'ok') return <LoadState state={state} what={t('campaigns.pledgesWhat')} />;
  if (state.data.length === 0) return <p className="muted">{t('campaigns.noPledges')}</p>;
  const label = t('campaigns.pledgesOf', { title: c.title });
  return (
    <ScrollRegion label={label}>
      <table>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('campaigns.pledger')}</th>
            <th scope="col">{t('campaigns.email')}</th>
            <th scope="col" className="numeric">
              {t('campaigns.amount')}
            </th>
            <th scope="col">{t('campaigns.pledgeStatus')}</th>
            <th scope="col">{t('campaigns.pledgedAt')}</th>
            <th scope="col">{t('campaigns.paymentReference')}</th>
          </tr>
        </thead>
        <tbody>
          {state.data.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.pledgerName ?? t('campaigns.unnamed')}</th>
              <td dir="ltr">{p.pledgerEmail ?? ''}</td>
              <td className="numeric">
                <bdi>{formatMoney(p.amountMinor, p.currency)}</bdi>
              </td>
              <td>{t(`campaigns.pledgeStatuses.${p.status}`)}</td>
              <td>{formatDateTime(p.pledgedAt)}</td>
              <td dir="ltr">
                <code>{p.paymentReference ?? ''}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
