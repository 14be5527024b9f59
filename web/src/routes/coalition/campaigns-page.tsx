import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../components/auth-context.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useConfirm } from '../../components/confirm.tsx';
import { useApi, useKeptApi } from '../../components/use-api.ts';
import { useNow } from '../../components/use-now.ts';
import { useErrorText } from '../../i18n/errors.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { coalitionApi, type Campaign, type PledgeReceipt } from './coalition-api.ts';
import { isolated, parseAmount, percent } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';

/** Progress toward the goal, with the minimum goal marked on the bar. */
export function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation('coalition');
  const { pledgedMinor, minimumMinor, goalMinor, currency } = campaign;
  const money = (minor: number) => isolated(formatMoney(minor, currency), i18n.dir() === 'rtl');
  const amounts = { pledged: money(pledgedMinor), minimum: money(minimumMinor), goal: money(goalMinor) };
  return (
    <div className="campaign-progress">
      <div
        className={`progress ${pledgedMinor >= minimumMinor ? 'reached' : ''}`}
        role="progressbar"
        aria-label={t('campaigns.progress.label')}
        aria-valuemin={0}
        aria-valuemax={goalMinor}
        aria-valuenow={Math.min(pledgedMinor, goalMinor)}
        aria-valuetext={t('campaigns.progress.value', amounts)}
      >
        <div className="fill" style={{ width: `${percent(pledgedMinor, goalMinor)}%` }} />
        <div
          className="minimum-mark"
          style={{ insetInlineStart: `${percent(minimumMinor, goalMinor)}%` }}
          title={t('campaigns.progress.minimum', amounts)}
        />
      </div>
      <p className="progress-legend">
        <Trans
          t={t}
          i18nKey="campaigns.progress.legend"
          count={campaign.pledgeCount}
          values={amounts}
          components={{ strong: <strong /> }}
        />
      </p>
    </div>
  );
}

/** The campaign's status in words (open, collected, released). */
function Status({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation('coalition');
  return (
    <p className={`status status-${c.status}`} data-status={c.status}>
      {c.settledAt
        ? t('campaigns.settled', { status: t(`campaigns.status.${c.status}`), date: formatDateTime(c.settledAt) })
        : t(`campaigns.status.${c.status}`)}
    </p>
  );
}

/** Public: every campaign with its progress. */
export function CampaignsPage() {
  const { t } = useTranslation('coalition');
  usePageTitle(t('campaigns.title'));
  const state = useApi(coalitionApi.campaigns);
  return (
    <article>
      <h1>{t('campaigns.title')}</h1>
      <p className="lead">{t('campaigns.lead')}</p>
      <LoadState state={state} what={t('campaigns.what')} />
      {state.status === 'ok' && state.data.campaigns.length === 0 && <p className="notice">{t('campaigns.none')}</p>}
      {state.status === 'ok' && (
        <ul className="campaign-list">
          {state.data.campaigns.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link to={`/coalition/campaigns/${c.id}`}>{c.title}</Link>
              </h2>
              <Status campaign={c} />
              <CampaignProgress campaign={c} />
              <p className="muted">{t('campaigns.deadline', { date: formatDateTime(c.deadline) })}</p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Public: one campaign, its progress, a pledge form while open, and the admin's settle button. */
export function CampaignPage() {
  const { t } = useTranslation('coalition');
  const errorText = useErrorText();
  const id = Number(useParams().id);
  const { user } = useAuth();
  const now = useNow();
  const [version, setVersion] = useState(0);
  const state = useKeptApi(() => coalitionApi.campaign(id), `${id}:${version}`);
  usePageTitle(state.status === 'ok' ? state.data.title : t('campaigns.one'));
  const [message, setMessage] = useState<Message | null>(null);
  const [receipt, setReceipt] = useState<PledgeReceipt | null>(null);

  if (state.status !== 'ok') return <LoadState state={state} what={t('campaigns.whatOne')} />;
  const c = state.data;
  const past = new Date(c.deadline).getTime() <= now;
  const reload = () => setVersion((v) => v + 1);

  async function onSettle() {
    setMessage(null);
    try {
      await coalitionApi.settle(c.id);
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
    reload();
  }

  return (
    <article className="campaign">
      <p>
        <Link to="/coalition/campaigns">{t('campaigns.all')}</Link>
      </p>
      <h1>{c.title}</h1>
      <Status campaign={c} />
      {c.description && <p className="lead">{c.description}</p>}
      <CampaignProgress campaign={c} />
      <p>
        <Trans t={t} i18nKey="campaigns.deadlineStrong" values={{ date: formatDateTime(c.deadline) }} components={{ strong: <strong /> }} />
      </p>
      {message && (
        <p className={message.ok ? 'notice success' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {c.status === 'open' && !past && (
        <PledgeForm
          campaign={c}
          onMessage={setMessage}
          onPledged={(r) => {
            setReceipt(r);
            reload();
          }}
          onFailed={reload}
        />
      )}
      {c.status === 'open' && past && <p className="notice">{t('campaigns.settlesNow')}</p>}
      {user?.role === 'admin' && c.status === 'open' && (
        <p>
          <button type="button" className="button secondary" onClick={() => void onSettle()} disabled={!past}>
            {t('campaigns.settle')}
          </button>{' '}
          {!past && <span className="muted">{t('campaigns.settleLater')}</span>}
        </p>
      )}
      {receipt && <p className="muted">{t('campaigns.keepNumber', { id: receipt.id })}</p>}
    </article>
  );
}

/** A note above the form: a pledge recorded, or what went wrong. */
type Message = { ok: boolean; text: string };

/** Name, e-mail and amount of a pledge; reports the outcome to the page through `onMessage`. */
function PledgeForm({
  campaign: c,
  onMessage,
  onPledged,
  onFailed,
}: {
  campaign: Campaign;
  onMessage: (message: Message | null) => void;
  onPledged: (receipt: PledgeReceipt) => void;
  onFailed: () => void;
}) {
  const { t, i18n } = useTranslation('coalition');
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [amount, setAmount] = useState('');
  const [confirm, confirmDialog] = useConfirm();

  async function onPledge(event: FormEvent) {
    event.preventDefault();
    onMessage(null);
    const amountMinor = parseAmount(amount, c.currency);
    if (amountMinor === null)
      return onMessage({ ok: false, text: t('pledge.badAmount', { currency: c.currency, example: formatMoney(123450, c.currency) }) });
    // The amount as read, in the campaign's currency, before anything is promised.
    const shown = isolated(formatMoney(amountMinor, c.currency), i18n.dir() === 'rtl');
    if (!(await confirm({ question: t('pledge.confirm', { amount: shown, campaign: c.title }), action: t('pledge.submit') }))) return;
    try {
      const r = await coalitionApi.pledge(c.id, { name: name.trim(), email: email.trim(), amountMinor, currency: c.currency });
      onMessage({
        ok: true,
        text: t('pledge.thanks', { amount: isolated(formatMoney(r.amountMinor, r.currency), i18n.dir() === 'rtl'), id: r.id }),
      });
      setAmount('');
      onPledged(r);
    } catch (e) {
      onMessage({ ok: false, text: errorText(e) });
      onFailed();
    }
  }

  return (
    <form className="form pledge-form" onSubmit={(event) => void onPledge(event)} aria-labelledby="pledge-title">
      <h2 id="pledge-title">{t('pledge.title')}</h2>
      <p className="muted">{t('pledge.note')}</p>
      <label htmlFor="pledge-name">{t('form.name')}</label>
      <input id="pledge-name" required value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      <label htmlFor="pledge-email">{t('form.email')}</label>
      <input id="pledge-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
      <label htmlFor="pledge-amount">{t('pledge.amount', { currency: c.currency })}</label>
      <input id="pledge-amount" inputMode="decimal" required value={amount} onChange={(e) => setAmount(e.target.value)} />
      <button type="submit" className="button">
        {t('pledge.submit')}
      </button>
      {confirmDialog}
    </form>
  );
}
