import '../events/events-admin.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import { data, http, type components } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useKeptApi } from '../../../components/use-api.ts';
import { formatDate, formatInteger } from '../../../i18n/format.ts';
import { NotFoundPage } from '../../not-found-page.tsx';
import { isolate } from '../events/bidi.ts';
import { TargetForm } from './target-form.tsx';

type Stage = components['schemas']['OutreachTarget']['stage'];
type Channel = components['schemas']['NewOutreachInteraction']['channel'];
const STAGES: Stage[] = ['identified', 'contacted', 'engaged', 'supportive', 'committed', 'declined'];
const CHANNELS: Channel[] = ['email', 'call', 'video', 'meeting', 'letter', 'event', 'other'];
const TARGET_CODES = { unknown_country: 'countryIso3', owner_not_staff: 'ownerId' };

/** The reader's own calendar date, as YYYY-MM-DD. */
const today = () => {
  const at = new Date();
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
};

/** Next actions past their date, most overdue first. */
function Overdue({ version }: { version: number }) {
  const { t } = useTranslation('admin/outreach');
  const overdue = useKeptApi(() => data(http.GET('/api/coalition/outreach/overdue')), version);
  return (
    <section aria-labelledby="overdue-heading" className="ev-overdue">
      <h2 id="overdue-heading">{t('overdue.title')}</h2>
      <LoadState state={overdue} what={t('overdue.what')} />
      {overdue.status === 'ok' &&
        (overdue.data.overdue.length === 0 ? (
          <p className="muted">{t('overdue.none')}</p>
        ) : (
          <ul className="ev-overdue-list">
            {overdue.data.overdue.map((o) => (
              <li key={o.targetId}>
                <Link to={`/admin/outreach/${o.targetId}`}>{o.targetName}</Link>: <bdi>{o.nextAction}</bdi>{' '}
                <span className="ev-overdue-days">
                  {t('overdue.days', { count: o.daysOverdue, days: formatInteger(o.daysOverdue), date: formatDate(o.nextActionDue) })}
                </span>
                {o.ownerName && <span className="muted"> · {t('overdue.owner', { name: o.ownerName })}</span>}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function TargetList() {
  const { t } = useTranslation('admin/outreach');
  usePageTitle(t('title'));
  const [version, setVersion] = useState(0);
  const targets = useKeptApi(() => data(http.GET('/api/coalition/outreach/targets')), version);
  const add = useAction(TARGET_CODES);
  const [added, setAdded] = useState<{ id: number; name: string } | null>(null);
  return (
    <article className="ev-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('private')}</p>
      <Overdue version={version} />
      <section aria-labelledby="targets-heading">
        <h2 id="targets-heading">{t('targets.title')}</h2>
        <LoadState state={targets} what={t('targets.what')} />
        {targets.status === 'ok' &&
          (targets.data.targets.length === 0 ? (
            <p>{t('targets.none')}</p>
          ) : (
            <ScrollRegion label={t('targets.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('form.name')}</th>
                    <th scope="col">{t('form.category')}</th>
                    <th scope="col">{t('form.country')}</th>
                    <th scope="col">{t('form.priority')}</th>
                    <th scope="col">{t('targets.stage')}</th>
                    <th scope="col">{t('targets.next')}</th>
                  </tr>
                </thead>
                <tbody>
                  {targets.data.targets.map((x) => (
                    <tr key={x.id}>
                      <th scope="row">
                        <Link to={`/admin/outreach/${x.id}`}>{x.name}</Link>
                      </th>
                      <td>{t(`category.${x.category}`)}</td>
                      <td>{x.countryIso3 ?? '–'}</td>
                      <td>{t(`priority.${x.priority}`)}</td>
                      <td>{t(`stage.${x.stage}`)}</td>
                      <td className="ev-wrap">
                        {x.nextAction
                          ? x.nextActionDue
                            ? t('targets.nextDue', { action: isolate(x.nextAction), date: formatDate(x.nextActionDue) })
                            : x.nextAction
                          : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ))}
      </section>
      <section aria-labelledby="new-target">
        <h2 id="new-target">{t('targets.new')}</h2>
        <ActionResult
          action={add}
          done={added && <Link to={`/admin/outreach/${added.id}`}>{t('targets.added', { name: isolate(added.name) })}</Link>}
        />
        <TargetForm
          action={add}
          submit={t('targets.add')}
          onSubmit={async (body) => {
            const made = await add.run(() => http.POST('/api/coalition/outreach/targets', { body }));
            if (made) {
              setAdded({ id: made.id, name: made.name });
              setVersion((v) => v + 1);
            }
            return made !== undefined;
          }}
        />
      </section>
    </article>
  );
}

/** Records a contact with the target, with what comes next and by when. */
function InteractionForm({ targetId, onDone }: { targetId: number; onDone: () => void }) {
  const { t } = useTranslation('admin/outreach');
  const action = useAction({ next_action_required: 'nextAction', date_in_future: 'occurredOn' });
  const blank = { occurredOn: today(), channel: 'email' as Channel, summary: '', nextAction: '', nextActionDue: '' };
  const [d, setD] = useState(blank);
  const set = (patch: Partial<typeof d>) => setD((old) => ({ ...old, ...patch }));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = { ...d, nextAction: d.nextAction.trim() || null, nextActionDue: d.nextActionDue || null };
    if (
      await action.run(() => http.POST('/api/coalition/outreach/targets/{id}/interactions', { params: { path: { id: targetId } }, body }))
    ) {
      setD(blank);
      onDone();
    }
  };
  return (
    <section aria-labelledby="interaction-heading">
      <h2 id="interaction-heading">{t('interaction.title')}</h2>
      <ActionResult action={action} done={t('interaction.done')} />
      <form className="form ev-form" onSubmit={(e) => void send(e)} noValidate>
        <label htmlFor={action.field('occurredOn').id}>{t('interaction.occurredOn')}</label>
        <input
          type="date"
          required
          value={d.occurredOn}
          onChange={(e) => set({ occurredOn: e.target.value })}
          {...action.field('occurredOn')}
        />
        <FieldError action={action} name="occurredOn" />
        <label htmlFor={action.field('channel').id}>{t('interaction.channel')}</label>
        <select value={d.channel} onChange={(e) => set({ channel: e.target.value as Channel })} {...action.field('channel')}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
        <FieldError action={action} name="channel" />
        <label htmlFor={action.field('summary').id}>{t('interaction.summary')}</label>
        <textarea rows={3} required value={d.summary} onChange={(e) => set({ summary: e.target.value })} {...action.field('summary')} />
        <FieldError action={action} name="summary" />
        <label htmlFor={action.field('nextAction').id}>{t('interaction.nextAction')}</label>
        <input value={d.nextAction} onChange={(e) => set({ nextAction: e.target.value })} {...action.field('nextAction')} />
        <FieldError action={action} name="nextAction" />
        <label htmlFor={action.field('nextActionDue').id}>{t('interaction.nextActionDue')}</label>
        <input
          type="date"
          value={d.nextActionDue}
          onChange={(e) => set({ nextActionDue: e.target.value })}
          {...action.field('nextActionDue')}
        />
        <FieldError action={action} name="nextActionDue" />
        <button type="submit" className="button" disabled={action.busy}>
          {t('interaction.submit')}
        </button>
      </form>
    </section>
  );
}

type TargetDetail = components['schemas']['OutreachTargetDetail'];

/** The interactions recorded, newest first as the server gives them. */
function InteractionHistory({ target: x }: { target: TargetDetail }) {
  const { t } = useTranslation('admin/outreach');
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('target.interactions')}</h2>
      {x.interactions.length === 0 ? (
        <p className="muted">{t('target.noInteractions')}</p>
      ) : (
        <ul className="ev-interactions">
          {x.interactions.map((i) => (
            <li key={i.id}>
              <strong>
                {formatDate(i.occurredOn)} · {t(`channel.${i.channel}`)}
              </strong>
              <p dir="auto">{i.summary}</p>
              {i.nextAction && (
                <p className="muted">
                  {i.nextActionDue
                    ? t('targets.nextDue', { action: isolate(i.nextAction), date: formatDate(i.nextActionDue) })
                    : i.nextAction}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Moves the target along the pipeline, with every move so far. */
function StageSection({ target: x, onMoved }: { target: TargetDetail; onMoved: () => void }) {
  const { t } = useTranslation('admin/outreach');
  const move = useAction({ same_stage: 'stage' });
  const [stage, setStage] = useState<Stage | ''>('');
  const id = x.id;
  const chosen = stage || x.stage;
  const moveStage = async (e: FormEvent) => {
    e.preventDefault();
    if (
      await move.run(() => http.POST('/api/coalition/outreach/targets/{id}/stage', { params: { path: { id } }, body: { stage: chosen } }))
    )
      onMoved();
  };
  return (
    <section aria-labelledby="stage-heading">
      <h2 id="stage-heading">{t('target.stage')}</h2>
      <ActionResult action={move} done={t('target.moved')} />
      <form className="form ev-form ev-inline-form" onSubmit={(e) => void moveStage(e)}>
        <label htmlFor={move.field('stage').id}>{t('target.stageLabel')}</label>
        <select value={chosen} onChange={(e) => setStage(e.target.value as Stage)} {...move.field('stage')}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </select>
        <FieldError action={move} name="stage" />
        <button type="submit" className="button" disabled={move.busy}>
          {t('target.move')}
        </button>
      </form>
      {x.stageHistory.length > 0 && (
        <ol className="ev-stage-history">
          {x.stageHistory.map((h, i) => (
            <li key={i}>{t('target.changed', { stage: t(`stage.${h.toStage}`), date: formatDate(h.changedAt) })}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TargetPage() {
  const { t } = useTranslation('admin/outreach');
  const id = Number(useParams().id);
  const [version, setVersion] = useState(0);
  const target = useKeptApi(() => data(http.GET('/api/coalition/outreach/targets/{id}', { params: { path: { id } } })), `${id}:${version}`);
  const save = useAction(TARGET_CODES);
  const removal = useAction();
  const [confirm, confirmDialog] = useConfirm();
  usePageTitle(target.status === 'ok' ? target.data.name : t('targets.what'));
  const reload = () => setVersion((v) => v + 1);
  if (removal.done)
    return (
      <article className="ev-page">
        <h1>{t('target.deleted')}</h1>
        <ActionResult action={removal} done={t('target.deletedDone')} />
        <p>
          <Link to="/admin/outreach">{t('back')}</Link>
        </p>
      </article>
    );
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFoundPage />;
  if (target.status !== 'ok') return <LoadState state={target} what={t('targets.what')} />;
  const x = target.data;
  const remove = async () => {
    const count = x.interactions.length;
    const question = t('target.deleteQuestion', { name: isolate(x.name), count, interactions: formatInteger(count) });
    if (!(await confirm({ question, action: t('target.delete'), danger: true }))) return;
    await removal.run(() => http.DELETE('/api/coalition/outreach/targets/{id}', { params: { path: { id } } }));
  };
  return (
    <article className="ev-page">
      <p>
        <Link to="/admin/outreach">{t('back')}</Link>
      </p>
      <h1>{x.name}</h1>
      <p className="muted">
        {t(`category.${x.category}`)} · {t(`stage.${x.stage}`)} · {t(`priority.${x.priority}`)}
        {x.nextAction && (
          <>
            {' '}
            · {x.nextActionDue ? t('targets.nextDue', { action: isolate(x.nextAction), date: formatDate(x.nextActionDue) }) : x.nextAction}
          </>
        )}
      </p>
      <StageSection target={x} onMoved={reload} />
      <InteractionForm targetId={id} onDone={reload} />
      <InteractionHistory target={x} />
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t('target.edit')}</h2>
        <ActionResult action={save} done={t('target.saved')} />
        <TargetForm
          key={version}
          target={x}
          action={save}
          submit={t('target.save')}
          onSubmit={async (body) => {
            const saved = await save.run(() => http.PATCH('/api/coalition/outreach/targets/{id}', { params: { path: { id } }, body }));
            if (saved) reload();
            return saved !== undefined;
          }}
        />
      </section>
      <section aria-labelledby="delete-heading" className="ev-danger">
        <h2 id="delete-heading">{t('target.delete')}</h2>
        <ActionResult action={removal} />
        <button type="button" className="button danger" onClick={() => void remove()} disabled={removal.busy}>
          {t('target.deleteButton')}
        </button>
      </section>
      {confirmDialog}
    </article>
  );
}

/** /admin/outreach (admin and staff): overdue next actions, the targets, and one target's page. */
export function OutreachAdmin() {
  return (
    <Routes>
      <Route index element={<TargetList />} />
      <Route path=":id" element={<TargetPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
