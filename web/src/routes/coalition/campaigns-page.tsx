import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useAuth } from '../../components/auth-context.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi, useKeptApi } from '../../components/use-api.ts';
import { useNow } from '../../components/use-now.ts';
import { coalitionApi, type Campaign, type PledgeReceipt } from './coalition-api.ts';
import { formatMoney, parseAmount, percent } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';

const STATUS_TEXT = {
  open: 'Open for pledges',
  collected: 'Succeeded: every pledge was collected',
  released: 'Did not reach its minimum: every pledge was released',
} as const;

/** Progress toward the goal, with the minimum goal marked on the bar. */
export function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const { pledgedMinor, minimumMinor, goalMinor, currency } = campaign;
  const money = (v: number) => formatMoney(v, currency);
  return (
    <div className="campaign-progress">
      <div
        className={`progress ${pledgedMinor >= minimumMinor ? 'reached' : ''}`}
        role="progressbar"
        aria-label="Pledged toward the goal"
        aria-valuemin={0}
        aria-valuemax={goalMinor}
        aria-valuenow={Math.min(pledgedMinor, goalMinor)}
        aria-valuetext={`${money(pledgedMinor)} pledged of ${money(goalMinor)}; minimum ${money(minimumMinor)}`}
      >
        <div className="fill" style={{ width: `${percent(pledgedMinor, goalMinor)}%` }} />
        <div className="minimum-mark" style={{ left: `${percent(minimumMinor, goalMinor)}%` }} title={`Minimum ${money(minimumMinor)}`} />
      </div>
      <p className="progress-legend">
        <strong>{money(pledgedMinor)}</strong> pledged by {campaign.pledgeCount} {campaign.pledgeCount === 1 ? 'pledger' : 'pledgers'} ·
        minimum {money(minimumMinor)} · goal {money(goalMinor)}
      </p>
    </div>
  );
}

const deadlineText = (c: Campaign) => new Date(c.deadline).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Public: every campaign with its progress. */
export function CampaignsPage() {
  usePageTitle('Campaigns');
  const state = useApi(coalitionApi.campaigns);
  return (
    <article>
      <h1>Campaigns</h1>
      <p className="lead">
        All-or-nothing pledge campaigns: if the pledges reach the minimum goal by the deadline every pledge is collected; otherwise every
        pledge is released and nobody pays.
      </p>
      <LoadState state={state} what="campaigns" />
      {state.status === 'ok' && state.data.campaigns.length === 0 && <p className="notice">No campaign yet.</p>}
      {state.status === 'ok' && (
        <ul className="campaign-list">
          {state.data.campaigns.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link to={`/coalition/campaigns/${c.id}`}>{c.title}</Link>
              </h2>
              <p className={`status status-${c.status}`}>{STATUS_TEXT[c.status]}</p>
              <CampaignProgress campaign={c} />
              <p className="muted">Deadline {deadlineText(c)}</p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Public: one campaign, its progress, a pledge form while open, and the admin's settle button. */
export function CampaignPage() {
  const id = Number(useParams().id);
  const { user } = useAuth();
  const now = useNow();
  const [version, setVersion] = useState(0);
  const state = useKeptApi(() => coalitionApi.campaign(id), `${id}:${version}`);
  usePageTitle(state.status === 'ok' ? state.data.title : 'Campaign');
  const [message, setMessage] = useState<Message | null>(null);
  const [receipt, setReceipt] = useState<PledgeReceipt | null>(null);

  if (state.status !== 'ok') return <LoadState state={state} what="campaign" />;
  const c = state.data;
  const past = new Date(c.deadline).getTime() <= now;
  const reload = () => setVersion((v) => v + 1);

  async function onSettle() {
    setMessage(null);
    try {
      await coalitionApi.settle(c.id);
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : String(e) });
    }
    reload();
  }

  return (
    <article className="campaign">
      <p>
        <Link to="/coalition/campaigns">← All campaigns</Link>
      </p>
      <h1>{c.title}</h1>
      <p className={`status status-${c.status}`} data-status={c.status}>
        {STATUS_TEXT[c.status]}
        {c.settledAt && ` (settled ${new Date(c.settledAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })})`}
      </p>
      {c.description && <p className="lead">{c.description}</p>}
      <CampaignProgress campaign={c} />
      <p>
        Deadline: <strong>{deadlineText(c)}</strong>
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
      {c.status === 'open' && past && <p className="notice">The deadline has passed; the campaign settles now.</p>}
      {user?.role === 'admin' && c.status === 'open' && (
        <p>
          <button type="button" className="button secondary" onClick={() => void onSettle()} disabled={!past}>
            Settle now
          </button>{' '}
          {!past && <span className="muted">Settling is possible after the deadline.</span>}
        </p>
      )}
      {receipt && <p className="muted">Keep your pledge number: #{receipt.id}.</p>}
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
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [amount, setAmount] = useState('');

  async function onPledge(event: FormEvent) {
    event.preventDefault();
    onMessage(null);
    const amountMinor = parseAmount(amount, c.currency);
    if (amountMinor === null) return onMessage({ ok: false, text: `Enter an amount greater than zero in ${c.currency}.` });
    try {
      const r = await coalitionApi.pledge(c.id, { name: name.trim(), email: email.trim(), amountMinor, currency: c.currency });
      onMessage({ ok: true, text: `Thank you: your pledge of ${formatMoney(r.amountMinor, r.currency)} is recorded (pledge #${r.id}).` });
      setAmount('');
      onPledged(r);
    } catch (e) {
      onMessage({ ok: false, text: e instanceof ApiError ? e.message : String(e) });
      onFailed();
    }
  }

  return (
    <form className="form pledge-form" onSubmit={(event) => void onPledge(event)} aria-labelledby="pledge-title">
      <h2 id="pledge-title">Pledge</h2>
      <p className="muted">You pay only if the campaign reaches its minimum by the deadline.</p>
      <label htmlFor="pledge-name">Name</label>
      <input id="pledge-name" required value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      <label htmlFor="pledge-email">E-mail</label>
      <input id="pledge-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
      <label htmlFor="pledge-amount">Amount ({c.currency})</label>
      <input id="pledge-amount" inputMode="decimal" required value={amount} onChange={(e) => setAmount(e.target.value)} />
      <button type="submit" className="button">
        Pledge
      </button>
    </form>
  );
}
