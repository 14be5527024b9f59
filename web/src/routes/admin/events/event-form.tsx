import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, type Action } from '../../../components/action.tsx';
import type { components } from '../../../api/client.ts';
import { formatDateTime, formatDateTimeUtc } from '../../../i18n/format.ts';
import { browserTimeZone, timeZones, zonedToUtc } from './wall-clock.ts';

export type CoalitionEvent = components['schemas']['CoalitionEvent'];
export type NewEvent = components['schemas']['NewCoalitionEvent'];
type Kind = NewEvent['kind'];
export const EVENT_KINDS: Kind[] = ['summit', 'working_group', 'meeting'];

interface AgendaRow {
  time: string;
  title: string;
  speaker: string;
}

/** The form's values, as typed. */
interface Draft {
  title: string;
  kind: Kind;
  description: string;
  start: string;
  end: string;
  timeZone: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  agenda: AgendaRow[];
}

const draftOf = (event: CoalitionEvent | undefined): Draft => ({
  title: event?.title ?? '',
  kind: event?.kind ?? 'summit',
  description: event?.description ?? '',
  start: event?.start.slice(0, 16) ?? '',
  end: event?.end.slice(0, 16) ?? '',
  timeZone: event?.timeZone ?? browserTimeZone(),
  place: event?.place ?? '',
  onlineUrl: event?.onlineUrl ?? '',
  capacity: event?.capacity == null ? '' : String(event.capacity),
  agenda: (event?.agenda ?? []).map((a) => ({ time: a.time ?? '', title: a.title, speaker: a.speaker ?? '' })),
});

/** The request body: empty optional fields are sent as null, so an edit can clear them. */
function bodyOf(d: Draft): NewEvent {
  return {
    title: d.title,
    kind: d.kind,
    description: d.description,
    start: d.start,
    end: d.end,
    timeZone: d.timeZone.trim(),
    place: d.place.trim() || null,
    onlineUrl: d.onlineUrl.trim() || null,
    capacity: d.capacity.trim() === '' ? null : Number(d.capacity),
    agenda: d.agenda.map((a) => ({ time: a.time || null, title: a.title, speaker: a.speaker.trim() || null })),
  };
}

/** What a wall-clock time in the chosen zone is in UTC and in the reader's zone. */
function TimePreview({ local, timeZone }: { local: string; timeZone: string }) {
  const { t } = useTranslation('admin/events');
  if (!local) return null;
  const at = zonedToUtc(local, timeZone);
  if (!at) return <span className="muted">{t('form.noSuchTime')}</span>;
  return (
    <span className="muted ev-time-preview">
      {t('form.inUtc', { time: formatDateTimeUtc(at) })}
      <br />
      {t('form.inYours', { time: formatDateTime(at), zone: browserTimeZone() })}
    </span>
  );
}

function AgendaEditor({ rows, set, action }: { rows: AgendaRow[]; set: (rows: AgendaRow[]) => void; action: Action }) {
  const { t } = useTranslation('admin/events');
  const change = (i: number, patch: Partial<AgendaRow>) => set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="ev-agenda">
      <legend>{t('form.agenda')}</legend>
      {rows.length === 0 && <p className="muted">{t('form.noAgenda')}</p>}
      <ol>
        {rows.map((row, i) => (
          <li key={i} className="ev-agenda-row">
            <label>
              {t('form.agendaTime')}
              <input
                type="time"
                value={row.time}
                onChange={(e) => change(i, { time: e.target.value })}
                {...action.field(`agenda.${i}.time`)}
              />
              <FieldError action={action} name={`agenda.${i}.time`} />
            </label>
            <label>
              {t('form.agendaTitle')}
              <input
                required
                value={row.title}
                onChange={(e) => change(i, { title: e.target.value })}
                {...action.field(`agenda.${i}.title`)}
              />
              <FieldError action={action} name={`agenda.${i}.title`} />
            </label>
            <label>
              {t('form.agendaSpeaker')}
              <input
                value={row.speaker}
                onChange={(e) => change(i, { speaker: e.target.value })}
                {...action.field(`agenda.${i}.speaker`)}
              />
              <FieldError action={action} name={`agenda.${i}.speaker`} />
            </label>
            <button type="button" className="button secondary" onClick={() => set(rows.filter((_, j) => j !== i))}>
              {t('form.removeItem', { number: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button secondary" onClick={() => set([...rows, { time: '', title: '', speaker: '' }])}>
        {t('form.addItem')}
      </button>
    </fieldset>
  );
}

/** The time zone (searchable, the reader's own by default) and the start and end in it, each shown in UTC and in the reader's zone. */
function WhenFields({ d, set, action }: { d: Draft; set: (patch: Partial<Draft>) => void; action: Action }) {
  const { t } = useTranslation('admin/events');
  const zones = timeZones();
  return (
    <>
      <label htmlFor={action.field('timeZone').id}>{t('form.timeZone')}</label>
      <input
        list="time-zones"
        autoComplete="off"
        spellCheck={false}
        value={d.timeZone}
        onChange={(e) => set({ timeZone: e.target.value })}
        {...action.field('timeZone')}
        aria-describedby={[action.field('timeZone')['aria-describedby'], 'time-zone-hint'].filter(Boolean).join(' ')}
      />
      <datalist id="time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <span className="muted" id="time-zone-hint">
        {t('form.timeZoneHint', { zone: browserTimeZone() })}
      </span>
      <FieldError action={action} name="timeZone" />

      <div className="ev-time-pair">
        <div>
          <label htmlFor={action.field('start').id}>{t('form.start')}</label>
          <input
            type="datetime-local"
            required
            value={d.start}
            onChange={(e) => set({ start: e.target.value })}
            {...action.field('start')}
          />
          <FieldError action={action} name="start" />
          <TimePreview local={d.start} timeZone={d.timeZone} />
        </div>
        <div>
          <label htmlFor={action.field('end').id}>{t('form.end')}</label>
          <input type="datetime-local" required value={d.end} onChange={(e) => set({ end: e.target.value })} {...action.field('end')} />
          <FieldError action={action} name="end" />
          <TimePreview local={d.end} timeZone={d.timeZone} />
        </div>
      </div>
    </>
  );
}

/** The fields of an event, for creating one or changing it; `onSubmit` gets the request body. */
export function EventForm({
  event,
  action,
  submit,
  onSubmit,
}: {
  event?: CoalitionEvent;
  action: Action;
  submit: string;
  onSubmit: (body: NewEvent) => Promise<unknown>;
}) {
  const { t } = useTranslation('admin/events');
  const [d, setD] = useState<Draft>(() => draftOf(event));
  const set = (patch: Partial<Draft>) => setD((old) => ({ ...old, ...patch }));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    await onSubmit(bodyOf(d));
  };
  return (
    <form className="form ev-form" onSubmit={(e) => void send(e)} noValidate>
      <label htmlFor={action.field('title').id}>{t('form.title')}</label>
      <input required value={d.title} onChange={(e) => set({ title: e.target.value })} {...action.field('title')} />
      <FieldError action={action} name="title" />

      <label htmlFor={action.field('kind').id}>{t('form.kind')}</label>
      <select value={d.kind} onChange={(e) => set({ kind: e.target.value as Kind })} {...action.field('kind')}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>
      <FieldError action={action} name="kind" />

      <label htmlFor={action.field('description').id}>{t('form.description')}</label>
      <textarea rows={4} value={d.description} onChange={(e) => set({ description: e.target.value })} {...action.field('description')} />
      <FieldError action={action} name="description" />

      <WhenFields d={d} set={set} action={action} />

      <label htmlFor={action.field('place').id}>{t('form.place')}</label>
      <input value={d.place} onChange={(e) => set({ place: e.target.value })} {...action.field('place')} />
      <FieldError action={action} name="place" />

      <label htmlFor={action.field('onlineUrl').id}>{t('form.onlineUrl')}</label>
      <input type="url" dir="ltr" value={d.onlineUrl} onChange={(e) => set({ onlineUrl: e.target.value })} {...action.field('onlineUrl')} />
      <FieldError action={action} name="onlineUrl" />

      <label htmlFor={action.field('capacity').id}>{t('form.capacity')}</label>
      <input
        type="number"
        min={1}
        inputMode="numeric"
        value={d.capacity}
        onChange={(e) => set({ capacity: e.target.value })}
        {...action.field('capacity')}
        aria-describedby={[action.field('capacity')['aria-describedby'], 'capacity-hint'].filter(Boolean).join(' ')}
      />
      <span className="muted" id="capacity-hint">
        {t('form.capacityHint')}
      </span>
      <FieldError action={action} name="capacity" />

      <AgendaEditor rows={d.agenda} set={(agenda) => set({ agenda })} action={action} />

      <button type="submit" className="button" disabled={action.busy}>
        {submit}
      </button>
    </form>
  );
}
