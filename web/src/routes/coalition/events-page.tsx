import type { TFunction } from 'i18next';
import { useEffect, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { useKeptApi } from '../../components/use-api.ts';
import { useNow } from '../../components/use-now.ts';
import { coalitionApi, type CoalitionEvent, type EventsWhen, type RegistrationReceipt } from './coalition-api.ts';
import { formatList } from '../../i18n/format.ts';
import { formatLocal } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';
import { useErrorText } from '../../i18n/errors.ts';
import { formatDate, formatDateTime, formatInteger } from '../../i18n/format.ts';

/** Name-and-e-mail registration for one event until it is over (at `now`); keeps the cancel token for this visit. */
function Registration({ event, now, onChange }: { event: CoalitionEvent; now: number; onChange: () => void }) {
  const { t } = useTranslation('coalition');
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [receipt, setReceipt] = useState<RegistrationReceipt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const over = new Date(event.endsAt).getTime() < now;
  if (over) return null;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      const r = await coalitionApi.register(event.id, { name: name.trim(), email: email.trim() });
      setReceipt(r);
      onChange();
    } catch (caught) {
      setError(errorText(caught));
    }
  }
  async function onCancel() {
    if (!receipt) return;
    try {
      await coalitionApi.cancelRegistration(receipt.id, receipt.cancelToken);
      setReceipt(null);
      setNotice(t('registration.cancelled'));
      onChange();
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  if (receipt) {
    return (
      <div className="registration-receipt" role="status">
        <p>
          {receipt.status === 'confirmed'
            ? t('registration.confirmed')
            : t('registration.waiting', { position: formatInteger(receipt.waitingPosition) })}
        </p>
        <button type="button" className="button secondary" onClick={() => void onCancel()}>
          {t('registration.cancel')}
        </button>
      </div>
    );
  }
  const id = `reg-${event.id}`;
  return (
    <form
      className="form registration-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('registration.label', { title: event.title })}
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      <label htmlFor={`${id}-name`}>{t('form.name')}</label>
      <input id={`${id}-name`} required value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      <label htmlFor={`${id}-email`}>{t('form.email')}</label>
      <input id={`${id}-email`} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
      <button type="submit" className="button">
        {event.spotsLeft === 0 ? t('registration.joinWaitingList') : t('registration.register')}
      </button>
    </form>
  );
}

/** What the capacity line says: registered, places taken, people waiting. */
function capacityText(t: TFunction<'coalition'>, event: CoalitionEvent): string {
  if (event.capacity === null) return t('events.registered', { count: event.confirmed });
  const values = { count: event.capacity, confirmed: formatInteger(event.confirmed), waiting: formatInteger(event.waiting) };
  return event.waiting ? t('events.takenWaiting', values) : t('events.taken', values);
}

function EventCard({ event, now, onChange }: { event: CoalitionEvent; now: number; onChange: () => void }) {
  const { t } = useTranslation('coalition');
  return (
    <li className="card event-card" id={`event-${event.id}`}>
      <p className="event-kind">{t('events.kindMode', { kind: t(`events.kind.${event.kind}`), mode: t(`events.mode.${event.mode}`) })}</p>
      <h2>{event.title}</h2>
      <p>
        <Trans
          t={t}
          i18nKey="events.time"
          values={{
            start: formatLocal(event.start),
            end: formatLocal(event.end),
            zone: event.timeZone,
            yours: formatDateTime(event.startsAt),
          }}
          components={{ strong: <strong />, muted: <span className="muted" /> }}
        />
      </p>
      {event.place && <p>{t('events.place', { place: event.place })}</p>}
      {event.onlineUrl && (
        <p>
          <Trans t={t} i18nKey="events.online" values={{ url: event.onlineUrl }} components={{ link: <a href={event.onlineUrl} /> }} />
        </p>
      )}
      {event.description && <p>{event.description}</p>}
      {event.agenda.length > 0 && (
        <details>
          <summary>{t('events.agenda')}</summary>
          <ol className="agenda">
            {event.agenda.map((a, i) => (
              <li key={i}>
                {a.time && <span className="agenda-time">{a.time}</span>} {a.title}
                {a.speaker && <span className="muted"> — {a.speaker}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      {event.members.length > 0 && <p>{t('events.members', { names: formatList(event.members.map((m) => m.name)) })}</p>}
      {event.outputs.length > 0 && (
        <div>
          {t('events.outputs')}
          <ul>
            {event.outputs.map((o) => (
              <li key={o.id}>
                <a href={o.url}>{o.title}</a>
                {o.publishedOn && <span className="muted"> ({formatDate(o.publishedOn)})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="capacity" data-testid="capacity">
        {capacityText(t, event)}
      </p>
      <Registration event={event} now={now} onChange={onChange} />
    </li>
  );
}

type When = EventsWhen;
/** The server's values of `when`, as a Record so tsc requires exactly them. */
const WHEN: Record<When, true> = { upcoming: true, past: true, all: true };
const isWhen = (v: string | null): v is When => v !== null && Object.hasOwn(WHEN, v);

/**
 * Public: events, upcoming, past or all (`?when=`, so a link can ask for a
 * past event: the roadmap links to `?when=all#event-{id}`), with registration
 * and the calendar feed.
 */
export function EventsPage() {
  const { t } = useTranslation('coalition');
  usePageTitle(t('events.title'));
  const [params, setParams] = useSearchParams();
  const { hash } = useLocation();
  const asked = params.get('when');
  const when: When = isWhen(asked) ? asked : 'upcoming';
  const setWhen = (w: When) => setParams(w === 'upcoming' ? {} : { when: w });
  const [version, setVersion] = useState(0);
  const now = useNow();
  const state = useKeptApi(() => coalitionApi.events(when), `${when}:${version}`);
  const loaded = state.status === 'ok';
  // The list arrives after the browser looked for the #event-… anchor: look again once it is there.
  useEffect(() => {
    if (loaded && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash, when]);
  return (
    <article>
      <h1>{t('events.title')}</h1>
      <p className="lead">{t('events.lead')}</p>
      <p className="toolbar">
        <span role="group" aria-label={t('events.which')}>
          {(['upcoming', 'past', 'all'] as const).map((w) => (
            <span key={w}>
              <button
                type="button"
                className={`button ${when === w ? '' : 'secondary'}`}
                aria-pressed={when === w}
                onClick={() => setWhen(w)}
              >
                {t(`events.when.${w}`)}
              </button>{' '}
            </span>
          ))}
        </span>{' '}
        <a href="/api/coalition/events.ics">{t('events.subscribe')}</a>
      </p>
      <LoadState state={state} what={t('events.what')} />
      {state.status === 'ok' && state.data.events.length === 0 && <p className="notice">{t(`events.none.${when}`)}</p>}
      {state.status === 'ok' && (
        <ul className="event-list">
          {state.data.events.map((e) => (
            <EventCard key={e.id} event={e} now={now} onChange={() => setVersion((v) => v + 1)} />
          ))}
        </ul>
      )}
    </article>
  );
}
