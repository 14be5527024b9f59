import './events-admin.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import { data, http } from '../../../api/client.ts';
import { ActionResult, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useKeptApi } from '../../../components/use-api.ts';
import { formatDateTime, formatInteger } from '../../../i18n/format.ts';
import { NotFoundPage } from '../../not-found-page.tsx';
import { isolate } from './bidi.ts';
import { EventForm, type CoalitionEvent } from './event-form.tsx';
import { Registrations } from './registrations.tsx';
import { WorkingGroup } from './working-group.tsx';

/** The event errors that name no field, beside the field they are about. */
export const EVENT_CODE_FIELDS = {
  unknown_time_zone: 'timeZone',
  invalid_local_time: 'start',
  end_before_start: 'end',
  place_or_link_required: 'place',
  capacity_below_confirmed: 'capacity',
};

/** Places taken of the capacity, or the confirmed count when there is no limit. */
function Places({ event }: { event: CoalitionEvent }) {
  const { t } = useTranslation('admin/events');
  return (
    <>
      {event.capacity === null
        ? t('list.confirmedNoLimit', { count: event.confirmed, confirmed: formatInteger(event.confirmed) })
        : t('list.confirmedOf', {
            count: event.capacity,
            confirmed: formatInteger(event.confirmed),
            capacity: formatInteger(event.capacity),
          })}
      {event.waiting > 0 && <> · {t('list.waiting', { count: event.waiting, waiting: formatInteger(event.waiting) })}</>}
    </>
  );
}

function EventList() {
  const { t } = useTranslation('admin/events');
  usePageTitle(t('list.title'));
  const events = useKeptApi(() => data(http.GET('/api/coalition/events', { params: { query: { when: 'all' } } })), 'all');
  return (
    <article className="ev-page">
      <h1>{t('list.title')}</h1>
      <p>
        <Link className="button" to="/admin/events/new">
          {t('list.new')}
        </Link>
      </p>
      <LoadState state={events} what={t('list.what')} />
      {events.status === 'ok' &&
        (events.data.events.length === 0 ? (
          <p>{t('list.none')}</p>
        ) : (
          <ScrollRegion label={t('list.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('list.event')}</th>
                  <th scope="col">{t('list.kind')}</th>
                  <th scope="col">{t('list.starts')}</th>
                  <th scope="col">{t('list.places')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.events.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link to={`/admin/events/${e.id}`}>{e.title}</Link>
                    </th>
                    <td>{t(`kind.${e.kind}`)}</td>
                    <td>{formatDateTime(e.startsAt)}</td>
                    <td>
                      <Places event={e} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
    </article>
  );
}

function NewEvent() {
  const { t } = useTranslation('admin/events');
  usePageTitle(t('new.title'));
  const action = useAction(EVENT_CODE_FIELDS);
  const [created, setCreated] = useState<CoalitionEvent | null>(null);
  return (
    <article className="ev-page">
      <p>
        <Link to="/admin/events">{t('back')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <ActionResult
        action={action}
        done={created && <Link to={`/admin/events/${created.id}`}>{t('new.done', { title: isolate(created.title) })}</Link>}
      />
      {!created && (
        <EventForm
          action={action}
          submit={t('new.submit')}
          onSubmit={async (body) => {
            const event = await action.run(() => http.POST('/api/coalition/events', { body }));
            if (event) setCreated(event);
          }}
        />
      )}
    </article>
  );
}

function EventPage() {
  const { t } = useTranslation('admin/events');
  const id = Number(useParams().id);
  const [version, setVersion] = useState(0);
  const event = useKeptApi(() => data(http.GET('/api/coalition/events/{id}', { params: { path: { id } } })), `${id}:${version}`);
  const save = useAction(EVENT_CODE_FIELDS);
  const removal = useAction();
  const [confirm, confirmDialog] = useConfirm();
  usePageTitle(event.status === 'ok' ? event.data.title : t('event.what'));
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFoundPage />;
  if (event.status !== 'ok') return <LoadState state={event} what={t('event.what')} />;
  const e = event.data;
  const remove = async () => {
    const registrations = e.confirmed + e.waiting;
    const question = t('event.deleteQuestion', {
      title: isolate(e.title),
      count: registrations,
      registrations: formatInteger(registrations),
    });
    if (!(await confirm({ question, action: t('event.delete'), danger: true }))) return;
    await removal.run(() => http.DELETE('/api/coalition/events/{id}', { params: { path: { id } } }));
  };
  if (removal.done)
    return (
      <article className="ev-page">
        <h1>{t('event.deleted', { title: isolate(e.title) })}</h1>
        <ActionResult action={removal} done={t('event.deletedDone')} />
        <p>
          <Link to="/admin/events">{t('back')}</Link>
        </p>
      </article>
    );
  return (
    <article className="ev-page">
      <p>
        <Link to="/admin/events">{t('back')}</Link>
      </p>
      <h1>{e.title}</h1>
      <p className="muted">
        {t(`kind.${e.kind}`)} · {formatDateTime(e.startsAt)} · <Places event={e} /> ·{' '}
        <Link to={`/coalition/events?when=all#event-${e.id}`}>{t('event.public')}</Link>
      </p>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t('event.edit')}</h2>
        <ActionResult action={save} done={t('event.saved')} />
        <EventForm
          key={`${e.id}:${version}`}
          event={e}
          action={save}
          submit={t('event.save')}
          onSubmit={async (body) => {
            if (await save.run(() => http.PATCH('/api/coalition/events/{id}', { params: { path: { id } }, body })))
              setVersion((v) => v + 1);
          }}
        />
      </section>
      <Registrations event={e} onChange={() => setVersion((v) => v + 1)} confirm={confirm} />
      {e.kind === 'working_group' && <WorkingGroup event={e} onChange={() => setVersion((v) => v + 1)} confirm={confirm} />}
      <section aria-labelledby="delete-heading" className="ev-danger">
        <h2 id="delete-heading">{t('event.delete')}</h2>
        <ActionResult action={removal} />
        <button type="button" className="button danger" onClick={() => void remove()} disabled={removal.busy}>
          {t('event.deleteButton')}
        </button>
      </section>
      {confirmDialog}
    </article>
  );
}

/** /admin/events: the list, a new event, and one event with its registrations and working group. */
export function EventsAdmin() {
  return (
    <Routes>
      <Route index element={<EventList />} />
      <Route path="new" element={<NewEvent />} />
      <Route path=":id" element={<EventPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
