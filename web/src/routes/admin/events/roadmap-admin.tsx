import './events-admin.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import { data, http, type components } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction, type Action } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useApi, useKeptApi } from '../../../components/use-api.ts';
import { formatDate, formatDateTime } from '../../../i18n/format.ts';
import { NotFoundPage } from '../../not-found-page.tsx';
import { isolate } from './bidi.ts';

type Milestone = components['schemas']['RoadmapMilestone'];
type NewMilestone = components['schemas']['NewRoadmapMilestone'];
type Status = Milestone['status'];
const STATUSES: Status[] = ['planned', 'in_progress', 'done', 'missed'];

const roadmap = () => data(http.GET('/api/coalition/roadmap'));

/** A milestone's fields, for adding one or changing it. */
function MilestoneForm({
  milestone,
  action,
  submit,
  onSubmit,
}: {
  milestone?: Milestone;
  action: Action;
  submit: string;
  onSubmit: (body: NewMilestone) => Promise<boolean>;
}) {
  const { t } = useTranslation('admin/events');
  const events = useApi(() => data(http.GET('/api/coalition/events', { params: { query: { when: 'all' } } })), 'events');
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [description, setDescription] = useState(milestone?.description ?? '');
  const [targetDate, setTargetDate] = useState(milestone?.targetDate ?? '');
  const [status, setStatus] = useState<Status>(milestone?.status ?? 'planned');
  const [eventIds, setEventIds] = useState<number[]>(milestone?.events.map((e) => e.id) ?? []);
  const toggle = (id: number, on: boolean) => setEventIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if ((await onSubmit({ title, description, targetDate, status, eventIds })) && !milestone) {
      setTitle('');
      setDescription('');
      setTargetDate('');
      setStatus('planned');
      setEventIds([]);
    }
  };
  return (
    <form className="form ev-form" onSubmit={(e) => void send(e)} noValidate>
      <label htmlFor={action.field('title').id}>{t('roadmap.milestoneTitle')}</label>
      <input required value={title} onChange={(e) => setTitle(e.target.value)} {...action.field('title')} />
      <FieldError action={action} name="title" />
      <label htmlFor={action.field('targetDate').id}>{t('roadmap.targetDate')}</label>
      <input type="date" required value={targetDate} onChange={(e) => setTargetDate(e.target.value)} {...action.field('targetDate')} />
      <FieldError action={action} name="targetDate" />
      <label htmlFor={action.field('status').id}>{t('roadmap.status')}</label>
      <select value={status} onChange={(e) => setStatus(e.target.value as Status)} {...action.field('status')}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`milestoneStatus.${s}`)}
          </option>
        ))}
      </select>
      <FieldError action={action} name="status" />
      <label htmlFor={action.field('description').id}>{t('roadmap.description')}</label>
      <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} {...action.field('description')} />
      <FieldError action={action} name="description" />
      <fieldset
        className="ev-event-choices"
        {...(action.fieldError('eventIds') ? { 'aria-describedby': `${action.field('eventIds').id}-error` } : {})}
      >
        <legend>{t('roadmap.events')}</legend>
        <LoadState state={events} what={t('list.what')} />
        {events.status === 'ok' && events.data.events.length === 0 && <p className="muted">{t('list.none')}</p>}
        {events.status === 'ok' &&
          events.data.events.map((ev) => (
            <label key={ev.id} className="ev-check">
              <input type="checkbox" checked={eventIds.includes(ev.id)} onChange={(e) => toggle(ev.id, e.target.checked)} />
              {ev.title} <span className="muted">({formatDateTime(ev.startsAt)})</span>
            </label>
          ))}
      </fieldset>
      <FieldError action={action} name="eventIds" />
      <button type="submit" className="button" disabled={action.busy}>
        {submit}
      </button>
    </form>
  );
}

function MilestoneList() {
  const { t } = useTranslation('admin/events');
  usePageTitle(t('roadmap.title'));
  const [version, setVersion] = useState(0);
  const milestones = useKeptApi(roadmap, version);
  const add = useAction({ unknown_event: 'eventIds' });
  return (
    <article className="ev-page">
      <h1>{t('roadmap.title')}</h1>
      <LoadState state={milestones} what={t('roadmap.what')} />
      {milestones.status === 'ok' &&
        (milestones.data.milestones.length === 0 ? (
          <p>{t('roadmap.none')}</p>
        ) : (
          <ScrollRegion label={t('roadmap.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('roadmap.milestoneTitle')}</th>
                  <th scope="col">{t('roadmap.targetDate')}</th>
                  <th scope="col">{t('roadmap.status')}</th>
                  <th scope="col">{t('roadmap.events')}</th>
                </tr>
              </thead>
              <tbody>
                {milestones.data.milestones.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <Link to={`/admin/roadmap/${m.id}`}>{m.title}</Link>
                    </th>
                    <td>{formatDate(m.targetDate)}</td>
                    <td>{t(`milestoneStatus.${m.status}`)}</td>
                    <td className="ev-wrap">{m.events.map((e) => e.title).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
      <section aria-labelledby="new-milestone">
        <h2 id="new-milestone">{t('roadmap.new')}</h2>
        <ActionResult action={add} done={t('roadmap.added')} />
        <MilestoneForm
          action={add}
          submit={t('roadmap.add')}
          onSubmit={async (body) => {
            const made = await add.run(() => http.POST('/api/coalition/milestones', { body }));
            if (made) setVersion((v) => v + 1);
            return made !== undefined;
          }}
        />
      </section>
    </article>
  );
}

function MilestonePage() {
  const { t } = useTranslation('admin/events');
  const id = Number(useParams().id);
  const [version, setVersion] = useState(0);
  const milestones = useKeptApi(roadmap, version);
  const save = useAction({ unknown_event: 'eventIds' });
  const removal = useAction();
  const [confirm, confirmDialog] = useConfirm();
  const milestone = milestones.status === 'ok' ? milestones.data.milestones.find((m) => m.id === id) : undefined;
  usePageTitle(milestone?.title ?? t('roadmap.what'));
  if (removal.done)
    return (
      <article className="ev-page">
        <h1>{t('roadmap.deleted')}</h1>
        <ActionResult action={removal} done={t('roadmap.deletedDone')} />
        <p>
          <Link to="/admin/roadmap">{t('roadmap.back')}</Link>
        </p>
      </article>
    );
  if (milestones.status !== 'ok') return <LoadState state={milestones} what={t('roadmap.what')} />;
  if (!milestone) return <NotFoundPage />;
  const remove = async () => {
    if (
      !(await confirm({
        question: t('roadmap.deleteQuestion', { title: isolate(milestone.title) }),
        action: t('roadmap.delete'),
        danger: true,
      }))
    )
      return;
    await removal.run(() => http.DELETE('/api/coalition/milestones/{id}', { params: { path: { id } } }));
  };
  return (
    <article className="ev-page">
      <p>
        <Link to="/admin/roadmap">{t('roadmap.back')}</Link>
      </p>
      <h1>{milestone.title}</h1>
      <ActionResult action={save} done={t('roadmap.saved')} />
      <MilestoneForm
        key={version}
        milestone={milestone}
        action={save}
        submit={t('roadmap.save')}
        onSubmit={async (body) => {
          const saved = await save.run(() => http.PATCH('/api/coalition/milestones/{id}', { params: { path: { id } }, body }));
          if (saved) setVersion((v) => v + 1);
          return saved !== undefined;
        }}
      />
      <section aria-labelledby="delete-heading" className="ev-danger">
        <h2 id="delete-heading">{t('roadmap.delete')}</h2>
        <ActionResult action={removal} />
        <button type="button" className="button danger" onClick={() => void remove()} disabled={removal.busy}>
          {t('roadmap.deleteButton')}
        </button>
      </section>
      {confirmDialog}
    </article>
  );
}

/** /admin/roadmap: the milestones, a new one, and one to change or delete. */
export function RoadmapAdmin() {
  return (
    <Routes>
      <Route index element={<MilestoneList />} />
      <Route path=":id" element={<MilestonePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
