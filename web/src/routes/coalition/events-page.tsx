import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { useKeptApi } from '../../components/use-api.ts';
import { useNow } from '../../components/use-now.ts';
import { coalitionApi, type CoalitionEvent, type EventsWhen, type RegistrationReceipt } from './coalition-api.ts';
import { formatDate, formatLocal, humanize } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';

const MODE_TEXT = { in_person: 'in person', online: 'online', hybrid: 'hybrid (in person and online)' } as const;

/** Name-and-e-mail registration for one event until it is over (at `now`); keeps the cancel token for this visit. */
function Registration({ event, now, onChange }: { event: CoalitionEvent; now: number; onChange: () => void }) {
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
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }
  async function onCancel() {
    if (!receipt) return;
    try {
      await coalitionApi.cancelRegistration(receipt.id, receipt.cancelToken);
      setReceipt(null);
      setNotice('Your registration is cancelled.');
      onChange();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }

  if (receipt) {
    return (
      <div className="registration-receipt" role="status">
        <p>
          {receipt.status === 'confirmed'
            ? 'You are registered: your place is confirmed.'
            : `The event is full: you are number ${receipt.waitingPosition} on the waiting list, and will be moved up if someone cancels.`}
        </p>
        <button type="button" className="button secondary" onClick={() => void onCancel()}>
          Cancel my registration
        </button>
      </div>
    );
  }
  const id = `reg-${event.id}`;
  return (
    <form className="form registration-form" onSubmit={(e) => void onSubmit(e)} aria-label={`Register for ${event.title}`}>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} required value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      <label htmlFor={`${id}-email`}>E-mail</label>
      <input id={`${id}-email`} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
      <button type="submit" className="button">
        {event.spotsLeft === 0 ? 'Join the waiting list' : 'Register'}
      </button>
    </form>
  );
}

function EventCard({ event, now, onChange }: { event: CoalitionEvent; now: number; onChange: () => void }) {
  const yourTime = new Date(event.startsAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className="card event-card" id={`event-${event.id}`}>
      <p className="event-kind">
        {humanize(event.kind)} · {MODE_TEXT[event.mode]}
      </p>
      <h2>{event.title}</h2>
      <p>
        <strong>{formatLocal(event.start)}</strong> – {formatLocal(event.end)}{' '}
        <span className="muted">
          ({event.timeZone}; your time {yourTime})
        </span>
      </p>
      {event.place && <p>Place: {event.place}</p>}
      {event.onlineUrl && (
        <p>
          Online: <a href={event.onlineUrl}>{event.onlineUrl}</a>
        </p>
      )}
      {event.description && <p>{event.description}</p>}
      {event.agenda.length > 0 && (
        <details>
          <summary>Agenda</summary>
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
      {event.members.length > 0 && <p>Members: {event.members.map((m) => m.name).join(', ')}</p>}
      {event.outputs.length > 0 && (
        <div>
          Outputs:
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
        {event.capacity === null
          ? `${event.confirmed} registered`
          : `${event.confirmed} of ${event.capacity} places taken${event.waiting ? `, ${event.waiting} waiting` : ''}`}
      </p>
      <Registration event={event} now={now} onChange={onChange} />
    </li>
  );
}

type When = EventsWhen;
const WHEN_LABEL: Record<When, string> = { upcoming: 'Upcoming', past: 'Past', all: 'All' };
const NONE_TEXT: Record<When, string> = { upcoming: 'No upcoming events.', past: 'No past events.', all: 'No events yet.' };
// WHEN_LABEL is a Record over the server's values, so its keys are exactly the valid ones.
const isWhen = (v: string | null): v is When => v !== null && Object.hasOwn(WHEN_LABEL, v);

/**
 * Public: events, upcoming, past or all (`?when=`, so a link can ask for a
 * past event: the roadmap links to `?when=all#event-{id}`), with registration
 * and the calendar feed.
 */
export function EventsPage() {
  usePageTitle('Events');
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
      <h1>Events</h1>
      <p className="lead">Summits, working groups and meetings. Registration needs only a name and an e-mail address.</p>
      <p className="toolbar">
        <span role="group" aria-label="Which events">
          {(['upcoming', 'past', 'all'] as const).map((w) => (
            <span key={w}>
              <button
                type="button"
                className={`button ${when === w ? '' : 'secondary'}`}
                aria-pressed={when === w}
                onClick={() => setWhen(w)}
              >
                {WHEN_LABEL[w]}
              </button>{' '}
            </span>
          ))}
        </span>{' '}
        <a href="/api/coalition/events.ics">Subscribe in your calendar (iCalendar)</a>
      </p>
      <LoadState state={state} what="events" />
      {state.status === 'ok' && state.data.events.length === 0 && <p className="notice">{NONE_TEXT[when]}</p>}
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
