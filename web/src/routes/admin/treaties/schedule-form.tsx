import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { data, http } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction, type Action } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { useApi } from '../../../components/use-api.ts';
import { formatDateTime, formatDateTimeUtc, formatInteger } from '../../../i18n/format.ts';
import { directionOf } from '../../../i18n/languages.ts';
import type { Motion, MotionKind, TreatySummary } from './treaties-api.ts';

const KINDS: readonly MotionKind[] = ['amendment', 'adoption', 'procedural'];

/** Errors that name no field, shown beside the field they are about. */
const CODE_FIELDS = {
  dates_out_of_order: 'closesAt',
  amendment_required: 'amendmentId',
  amendment_not_on_floor: 'amendmentId',
  treaty_required: 'treatyId',
  treaty_not_draft: 'treatyId',
  motion_pending: 'treatyId',
  translations_incomplete: 'treatyId',
  not_found: 'treatyId',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A time as a datetime-local input holds it: the browser's own zone, to the second. */
export function localInputValue(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The instant a datetime-local value names in the browser's zone, or null when it names none. */
export function instantOf(local: string): Date | null {
  if (!local) return null;
  const d = new Date(local); // A date-time without an offset is local time (ECMAScript's Date.parse).
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The browser's time zone, by its IANA name ("Europe/Paris"). */
const zoneName = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Puts a question to the vote: an amendment on the floor, the adoption of a draft, or a procedural question. */
export function ScheduleForm({ onScheduled }: { onScheduled: (m: Motion) => void }) {
  const { t } = useTranslation('admin/treaties');
  const action = useAction(CODE_FIELDS);
  const [confirm, confirmDialog] = useConfirm();
  const [kind, setKind] = useState<MotionKind>('adoption');
  const [title, setTitle] = useState('');
  const [treatyId, setTreatyId] = useState('');
  const [amendmentId, setAmendmentId] = useState('');
  const [opensAt, setOpensAt] = useState(() => localInputValue(Math.ceil(Date.now() / 60_000) * 60_000 + 5 * 60_000));
  const [closesAt, setClosesAt] = useState(() => localInputValue(Math.ceil(Date.now() / 60_000) * 60_000 + 7 * 86_400_000));
  const [scheduled, setScheduled] = useState<Motion | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const opens = instantOf(opensAt);
    const closes = instantOf(closesAt);
    const when = (d: Date | null) => (d ? formatDateTime(d) : '–');
    const question = t('schedule.confirm', { title, opens: when(opens), closes: when(closes), zone: zoneName() });
    if (!(await confirm({ question, action: t('schedule.submit') }))) return;
    const body = {
      kind,
      title,
      ...(kind !== 'procedural' && treatyId ? { treatyId: Number(treatyId) } : {}),
      ...(kind === 'amendment' && amendmentId ? { amendmentId: Number(amendmentId) } : {}),
      // An unreadable time goes as typed, for the server to name the field.
      opensAt: opens?.toISOString() ?? opensAt,
      closesAt: closes?.toISOString() ?? closesAt,
    };
    const motion = await action.run(() => http.POST('/api/motions', { body }));
    if (motion) {
      setScheduled(motion);
      onScheduled(motion);
    }
  }

  return (
    <section className="section" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('schedule.heading')}</h2>
      <form className="form admin-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <fieldset className="inline-choices">
          <legend>{t('schedule.kind')}</legend>
          {KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`motionKind.${k}`)}
            </label>
          ))}
        </fieldset>
        <FieldError action={action} name="kind" />
        {kind !== 'procedural' && (
          <TreatyPicker
            value={treatyId}
            onChange={(v) => {
              setTreatyId(v);
              setAmendmentId('');
            }}
            action={action}
          />
        )}
        {kind === 'amendment' && <AmendmentPicker treatyId={treatyId} value={amendmentId} onChange={setAmendmentId} action={action} />}
        <label htmlFor={action.field('title').id}>{t('schedule.title')}</label>
        <input {...action.field('title')} value={title} maxLength={500} required onChange={(e) => setTitle(e.target.value)} />
        <FieldError action={action} name="title" />
        <TimeField name="opensAt" label={t('schedule.opensAt')} value={opensAt} onChange={setOpensAt} action={action} />
        <TimeField name="closesAt" label={t('schedule.closesAt')} value={closesAt} onChange={setClosesAt} action={action} />
        <ActionResult action={action} done={scheduled ? t('schedule.done', { title: scheduled.title }) : null} />
        <button type="submit" className="button" disabled={action.busy}>
          {t('schedule.submit')}
        </button>
      </form>
      {confirmDialog}
    </section>
  );
}

/** The drafts a motion may be about (an adoption, or an amendment of one). */
function TreatyPicker({ value, onChange, action }: { value: string; onChange: (v: string) => void; action: Action }) {
  const { t } = useTranslation('admin/treaties');
  const treaties = useApi(() => data(http.GET('/api/treaties')), 'treaties');
  const drafts: TreatySummary[] = treaties.status === 'ok' ? treaties.data.treaties.filter((tr) => tr.status === 'draft') : [];
  return (
    <>
      <label htmlFor={action.field('treatyId').id}>{t('schedule.treaty')}</label>
      <LoadState state={treaties} what={t('list.what')} />
      <select {...action.field('treatyId')} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('schedule.chooseTreaty')}</option>
        {drafts.map((tr) => (
          <option key={tr.id} value={tr.id} lang={tr.sourceLanguage} dir={directionOf(tr.sourceLanguage)}>
            {t('schedule.treatyOption', { title: tr.title, version: formatInteger(tr.currentVersion) })}
          </option>
        ))}
      </select>
      <FieldError action={action} name="treatyId" />
    </>
  );
}

/** A time entered in the browser's zone, shown back in that zone (named) and in UTC. */
function TimeField(props: { name: string; label: string; value: string; onChange: (v: string) => void; action: Action }) {
  const { t } = useTranslation('admin/treaties');
  const { name, label, value, onChange, action } = props;
  const field = action.field(name);
  const instant = instantOf(value);
  const hint = `${field.id}-shown`;
  return (
    <>
      <label htmlFor={field.id}>{label}</label>
      <input
        {...field}
        type="datetime-local"
        step={1}
        required
        value={value}
        aria-describedby={[field['aria-describedby'], hint].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={hint} className="muted" data-testid={`${name}-shown`}>
        {instant
          ? t('schedule.shown', { local: formatDateTime(instant), zone: zoneName(), utc: formatDateTimeUtc(instant) })
          : t('schedule.noTime')}
      </span>
      <FieldError action={action} name={name} />
    </>
  );
}

/** The amendments of the chosen treaty that are on the floor. */
function AmendmentPicker(props: { treatyId: string; value: string; onChange: (v: string) => void; action: Action }) {
  const { t } = useTranslation('admin/treaties');
  const { treatyId, value, onChange, action } = props;
  const id = Number(treatyId);
  const amendments = useApi(
    () =>
      id
        ? data(http.GET('/api/treaties/{id}/amendments', { params: { path: { id }, query: { status: 'on_floor' } } }))
        : Promise.resolve({ amendments: [] }),
    treatyId,
  );
  const list = amendments.status === 'ok' ? amendments.data.amendments : [];
  return (
    <>
      <label htmlFor={action.field('amendmentId').id}>{t('schedule.amendment')}</label>
      <LoadState state={amendments} what={t('schedule.amendmentsWhat')} />
      <select {...action.field('amendmentId')} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{id && list.length === 0 ? t('schedule.noAmendments') : t('schedule.chooseAmendment')}</option>
        {list.map((a) => (
          <option key={a.id} value={a.id}>
            {t(`schedule.amendmentOption.${a.op}`, {
              id: formatInteger(a.id),
              article: a.articleKey ?? a.afterKey ?? '',
              by: a.participantName,
            })}
          </option>
        ))}
      </select>
      <FieldError action={action} name="amendmentId" />
    </>
  );
}
