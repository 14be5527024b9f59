import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { data, http } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction, type Action } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { useKeptApi } from '../../../components/use-api.ts';
import { formatDate, formatInteger } from '../../../i18n/format.ts';
import { directionOf } from '../../../i18n/languages.ts';
import { RatificationStatus, SignatoriesTable } from '../../assembly/treaty-parts.tsx';
import { ACT_KINDS, ACT_PATHS, todayUtc, type ActKind, type Participant, type Treaty, type TreatyStatus } from './treaties-api.ts';

/** Errors of an act that name no field, shown beside the field they are about. */
const ACT_CODE_FIELDS = {
  date_in_future: 'date',
  dates_out_of_order: 'date',
  participant_required: 'participantId',
  participant_not_found: 'participantId',
  not_a_state: 'participantId',
  already_signed: 'participantId',
  already_ratified: 'participantId',
  already_withdrawn: 'participantId',
  ratification_before_signature: 'participantId',
  not_signed: 'participantId',
};

/**
 * The depositary's page of one treaty: records a state's signature, deposit of ratification or
 * withdrawal with its date (the admin may act for any state), and shows who has signed and
 * ratified and what entry into force still needs.
 */
export function DepositaryPage() {
  const { t } = useTranslation('admin/treaties');
  const id = Number(useParams().id);
  const [revision, setRevision] = useState(0);
  const state = useKeptApi(
    () =>
      Promise.all([
        data(http.GET('/api/treaties/{id}', { params: { path: { id }, query: {} } })),
        data(http.GET('/api/treaties/{id}/status', { params: { path: { id } } })),
        data(http.GET('/api/assembly/participants', { params: { query: { kind: 'state' } } })),
      ]),
    `${id}:${revision}`,
  );
  usePageTitle(state.status === 'ok' ? t('depositary.title', { title: state.data[0].title }) : t('depositary.heading'));
  return (
    <article className="treaties-admin">
      <p>
        <Link to="/admin/treaties">{t('back')}</Link>
      </p>
      {state.status !== 'ok' && <h1>{t('depositary.heading')}</h1>}
      <LoadState state={state} what={t('depositary.what')} />
      {state.status === 'ok' && (
        <Depositary
          treaty={state.data[0]}
          status={state.data[1]}
          states={state.data[2].participants}
          onRecorded={() => setRevision((r) => r + 1)}
        />
      )}
    </article>
  );
}

function Depositary({
  treaty,
  status,
  states,
  onRecorded,
}: {
  treaty: Treaty;
  status: TreatyStatus;
  states: Participant[];
  onRecorded: () => void;
}) {
  const { t } = useTranslation('admin/treaties');
  return (
    <>
      <h1>
        {t('depositary.titleBefore')}{' '}
        <span lang={treaty.sourceLanguage} dir={directionOf(treaty.sourceLanguage)}>
          {treaty.title}
        </span>
      </h1>
      <p>
        <span className={`status-badge ${status.stage}`} data-testid="treaty-stage">
          {t(`stage.${status.stage}`)}
        </span>{' '}
        {!status.adoptedOn && t('depositary.draft', { version: formatInteger(treaty.currentVersion) })}{' '}
        <Link to={`/assembly/treaties/${treaty.id}`}>{t('depositary.publicPage')}</Link>
      </p>
      {treaty.status === 'adopted' ? (
        <>
          {/* The public treaty page's own parts: the depositary sees what everyone sees. */}
          <RatificationStatus status={status} />
          <ActForm treaty={treaty} states={states} onRecorded={onRecorded} />
          <SignatoriesTable status={status} />
        </>
      ) : (
        <p className="notice">{t('depositary.notOpen')}</p>
      )}
    </>
  );
}

/** Signature, ratification or withdrawal of one state, dated; asked for confirmation, then logged. */
function ActForm({ treaty, states, onRecorded }: { treaty: Treaty; states: Participant[]; onRecorded: () => void }) {
  const { t } = useTranslation('admin/treaties');
  const action = useAction(ACT_CODE_FIELDS);
  const [confirm, confirmDialog] = useConfirm();
  const [kind, setKind] = useState<ActKind>('signature');
  const [participantId, setParticipantId] = useState<number | null>(null);
  const [date, setDate] = useState(todayUtc);
  const [recorded, setRecorded] = useState('');
  const sorted = useMemo(() => [...states].sort((a, b) => a.name.localeCompare(b.name)), [states]);
  const chosen = sorted.find((s) => s.id === participantId) ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    const values = { state: chosen.name, title: treaty.title, date: formatDate(date) };
    if (!(await confirm({ question: t(`act.confirm.${kind}`, values), action: t(`act.record.${kind}`), danger: kind === 'withdrawal' })))
      return;
    const body = { participantId: chosen.id, date };
    const done = await action.run(() => http.POST(ACT_PATHS[kind], { params: { path: { id: treaty.id } }, body }));
    if (done) {
      setRecorded(t(`act.recorded.${kind}`, values));
      onRecorded();
    }
  }

  return (
    <section className="section" aria-labelledby="act-heading">
      <h2 id="act-heading">{t('act.heading')}</h2>
      <form className="form admin-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <fieldset className="inline-choices">
          <legend>{t('act.kind')}</legend>
          {ACT_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`act.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <StatePicker states={sorted} value={participantId} onChange={setParticipantId} action={action} />
        <label htmlFor={action.field('date').id}>{t('act.date')}</label>
        <input
          {...action.field('date')}
          type="date"
          required
          value={date}
          min={treaty.adoptedOn ?? undefined}
          max={todayUtc()}
          aria-describedby={[action.field('date')['aria-describedby'], 'date-hint'].filter(Boolean).join(' ')}
          onChange={(e) => setDate(e.target.value)}
        />
        <span id="date-hint" className="muted">
          {t('act.dateHint', { adopted: formatDate(treaty.adoptedOn) })}
        </span>
        <FieldError action={action} name="date" />
        <ActionResult action={action} done={recorded} />
        <button type="submit" className="button" disabled={action.busy || !chosen || !date}>
          {t(`act.record.${kind}`)}
        </button>
      </form>
      {confirmDialog}
    </section>
  );
}

/**
 * The states that match a search, best first: the one whose ISO code it is, then those whose name
 * starts with it, then those whose name holds it ("gha" is Ghana before Afghanistan).
 */
export function matchStates(states: readonly Participant[], search: string): Participant[] {
  const query = search.trim().toLocaleLowerCase();
  if (!query) return [...states];
  const rank = (s: Participant) => {
    const name = s.name.toLocaleLowerCase();
    return s.iso3?.toLocaleLowerCase() === query ? 0 : name.startsWith(query) ? 1 : name.includes(query) ? 2 : 3;
  };
  return states
    .map((s) => ({ s, r: rank(s) }))
    .filter(({ r }) => r < 3)
    .sort((a, b) => a.r - b.r)
    .map(({ s }) => s);
}

/** A searchable list of the states: typing narrows the list and picks its first match; the list itself works with the arrow keys. */
function StatePicker(props: { states: Participant[]; value: number | null; onChange: (id: number) => void; action: Action }) {
  const { t } = useTranslation('admin/treaties');
  const { states, value, onChange, action } = props;
  const [search, setSearch] = useState('');
  const matches = matchStates(states, search);
  const stateField = action.field('participantId');
  return (
    <>
      <label htmlFor="state-search">{t('act.search')}</label>
      <input
        id="state-search"
        type="search"
        value={search}
        aria-controls={stateField.id}
        onChange={(e) => {
          setSearch(e.target.value);
          const [first] = e.target.value.trim() ? matchStates(states, e.target.value) : [];
          if (first) onChange(first.id);
        }}
      />
      <label htmlFor={stateField.id}>{t('act.state')}</label>
      <select
        {...stateField}
        size={6}
        required
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {matches.map((s) => (
          <option key={s.id} value={s.id} lang="en">
            {s.name} ({s.iso3})
          </option>
        ))}
      </select>
      <span className="muted" aria-live="polite">
        {t('act.matches', { count: matches.length, n: formatInteger(matches.length) })}
      </span>
      <FieldError action={action} name="participantId" />
    </>
  );
}
