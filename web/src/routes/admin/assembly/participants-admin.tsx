/**
 * The assembly's participants, for the admin: every state and organization with its status,
 * filtered and searched; one row's status changed, or many at once (all or nothing, each change
 * logged); and a new organization added. Each act is confirmed first and shows its log entries.
 */
import './assembly-admin.css';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { http, type components } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction, type Action } from '../../../components/action.tsx';
import { useConfirm, type Confirmation } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useKeptApi } from '../../../components/use-api.ts';
import { data } from '../../../api/client.ts';
import { formatInteger, formatList } from '../../../i18n/format.ts';

type Participant = components['schemas']['Participant'];
type Status = Participant['status'];
type Kind = Participant['kind'];
type Category = NonNullable<Participant['category']>;

const STATUSES: readonly Status[] = ['invited', 'observer', 'member', 'withdrawn'];
const KINDS: readonly Kind[] = ['state', 'organization'];
const CATEGORIES: readonly Category[] = ['ngo', 'citizens', 'other'];

interface Filter {
  kind: Kind | '';
  status: Status | '';
  region: string;
  search: string;
}

const matches = (p: Participant, f: Filter) => {
  const q = f.search.trim().toLocaleLowerCase();
  return (
    (!f.kind || p.kind === f.kind) &&
    (!f.status || p.status === f.status) &&
    (!f.region || p.region === f.region) &&
    (!q || p.name.toLocaleLowerCase().includes(q) || (p.iso3 ?? '').toLocaleLowerCase() === q)
  );
};

export function ParticipantsAdmin() {
  const { t } = useTranslation('admin/assembly');
  usePageTitle(t('participants.title'));
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const state = useKeptApi(() => data(http.GET('/api/assembly/participants')), version);
  return (
    <article className="assembly-admin">
      <h1>{t('participants.title')}</h1>
      <p className="lead">{t('participants.lead')}</p>
      <AddOrganization onAdded={reload} />
      <LoadState state={state} what={t('participants.what')} />
      {state.status === 'ok' && <ParticipantsTable participants={state.data.participants} onChanged={reload} />}
    </article>
  );
}

/** A name list of the participants an error names by id (`details.ids`), for the refusal. */
function namedIds(action: Action, participants: Participant[]): string | null {
  const ids = (action.error?.details as { ids?: unknown } | undefined)?.ids;
  if (!Array.isArray(ids) || ids.length === 0) return null;
  const byId = new Map(participants.map((p) => [p.id, p.name]));
  return formatList(ids.map((id: number) => byId.get(id) ?? `#${formatInteger(id)}`));
}

/** Kind, status and region, and a search by name or ISO code. */
function Filters({ filter, regions, onChange: set }: { filter: Filter; regions: string[]; onChange: (patch: Partial<Filter>) => void }) {
  const { t } = useTranslation('admin/assembly');
  return (
    <div className="admin-filters" role="search" aria-label={t('participants.filters')}>
      <label>
        {t('participants.search')}
        <input type="search" value={filter.search} onChange={(e) => set({ search: e.target.value })} />
      </label>
      <label>
        {t('participants.kindLabel')}
        <select value={filter.kind} onChange={(e) => set({ kind: e.target.value as Kind | '' })}>
          <option value="">{t('participants.any')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('participants.statusLabel')}
        <select value={filter.status} onChange={(e) => set({ status: e.target.value as Status | '' })}>
          <option value="">{t('participants.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('participants.regionLabel')}
        <select value={filter.region} onChange={(e) => set({ region: e.target.value })}>
          <option value="">{t('participants.any')}</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {t(`states.regions.${r}`, { ns: 'common', defaultValue: r })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function ParticipantsTable({ participants, onChanged }: { participants: Participant[]; onChanged: () => void }) {
  const { t } = useTranslation('admin/assembly');
  const [filter, setFilter] = useState<Filter>({ kind: '', status: '', region: '', search: '' });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  // One dialog for the page (its question has a fixed id), shared by the bulk form and every row.
  const [confirm, confirmDialog] = useConfirm();
  const regions = useMemo(
    () => [...new Set(participants.flatMap((p) => (p.region ? [p.region] : [])))].sort((a, b) => a.localeCompare(b)),
    [participants],
  );
  // A row just changed stays shown until the filter changes, though it may no longer match it, so
  // that its log receipt stays in view.
  const [pinned, setPinned] = useState<number | null>(null);
  const shown = useMemo(
    () => participants.filter((p) => p.id === pinned || matches(p, filter)).sort((a, b) => a.name.localeCompare(b.name)),
    [participants, filter, pinned],
  );
  const shownSelected = shown.filter((p) => selected.has(p.id)).length;
  const allShown = shown.length > 0 && shownSelected === shown.length;
  const toggleAll = () => {
    const next = new Set(selected);
    for (const p of shown)
      if (allShown) next.delete(p.id);
      else next.add(p.id);
    setSelected(next);
  };
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const set = (patch: Partial<Filter>) => {
    setPinned(null);
    setFilter((f) => ({ ...f, ...patch }));
  };
  return (
    <section aria-labelledby="participants-table-heading">
      <h2 id="participants-table-heading">
        {t('participants.shown', { count: shown.length, n: formatInteger(shown.length), total: formatInteger(participants.length) })}
      </h2>
      <Filters filter={filter} regions={regions} onChange={set} />
      <BulkChange
        participants={participants}
        selected={participants.filter((p) => selected.has(p.id))}
        confirm={confirm}
        onDone={() => {
          setSelected(new Set());
          onChanged();
        }}
      />
      <ScrollRegion label={t('participants.tableLabel')}>
        <table className="participants-admin-table">
          <TableHead allShown={allShown} someShown={shownSelected > 0} none={shown.length === 0} onToggleAll={toggleAll} />
          <tbody>
            {shown.map((p) => (
              <ParticipantRow
                key={p.id}
                p={p}
                checked={selected.has(p.id)}
                onToggle={() => toggle(p.id)}
                onChanged={() => {
                  setPinned(p.id);
                  onChanged();
                }}
                confirm={confirm}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {shown.length === 0 && <p className="muted">{t('participants.noneShown')}</p>}
      {confirmDialog}
    </section>
  );
}

interface HeadProps {
  allShown: boolean;
  someShown: boolean;
  none: boolean;
  onToggleAll: () => void;
}

/** The columns, and the box that selects (or clears) every participant shown. */
function TableHead({ allShown, someShown, none, onToggleAll }: HeadProps) {
  const { t } = useTranslation('admin/assembly');
  return (
    <thead>
      <tr>
        <th scope="col" className="select-cell">
          <input
            type="checkbox"
            id="select-all-shown"
            checked={allShown}
            ref={(box) => {
              if (box) box.indeterminate = someShown && !allShown;
            }}
            onChange={onToggleAll}
            disabled={none}
          />
          <label htmlFor="select-all-shown" className="select-all-label">
            {t('participants.selectAllShown')}
          </label>
        </th>
        <th scope="col">{t('participants.columns.name')}</th>
        <th scope="col">{t('participants.columns.kind')}</th>
        <th scope="col">{t('participants.columns.region')}</th>
        <th scope="col">{t('participants.columns.status')}</th>
      </tr>
    </thead>
  );
}

function kindText(t: (key: string) => string, p: Participant) {
  return p.kind === 'state' ? t('kind.state') : t(`category.${p.category ?? 'other'}`);
}

type Confirm = (confirmation: Confirmation) => Promise<boolean>;

interface RowProps {
  p: Participant;
  checked: boolean;
  onToggle: () => void;
  onChanged: () => void;
  confirm: Confirm;
}

function ParticipantRow({ p, checked, onToggle, onChanged, confirm }: RowProps) {
  const { t } = useTranslation('admin/assembly');
  const [status, setStatus] = useState<Status>(p.status);
  // When the stored status changes (this row's change, or a bulk one), the choice follows it.
  const [stored, setStored] = useState<Status>(p.status);
  if (stored !== p.status) {
    setStored(p.status);
    setStatus(p.status);
  }
  const action = useAction();
  const change = async () => {
    const question = t('participants.confirmOne', { name: p.name, status: t(`status.${status}`) });
    if (!(await confirm({ question, action: t('participants.change') }))) return;
    if (await action.run(() => http.PATCH('/api/assembly/participants/{id}', { params: { path: { id: p.id } }, body: { status } })))
      onChanged();
  };
  const boxId = `select-${p.id}`;
  return (
    <tr data-participant={p.id} data-status={p.status}>
      <td className="select-cell">
        <input type="checkbox" id={boxId} checked={checked} onChange={onToggle} aria-label={t('participants.select', { name: p.name })} />
      </td>
      <th scope="row">
        <span lang={p.kind === 'state' ? 'en' : undefined}>{p.name}</span>
        {p.iso3 && <span className="muted"> {p.iso3}</span>}
      </th>
      <td>{kindText(t, p)}</td>
      <td>{p.region ? t(`states.regions.${p.region}`, { ns: 'common', defaultValue: p.region }) : ''}</td>
      <td>
        <div className="row-status">
          <select
            {...action.field('status')}
            value={status}
            onChange={(e) => setStatus(e.target.value as Status)}
            aria-label={t('participants.statusOf', { name: p.name })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button secondary" disabled={status === p.status || action.busy} onClick={() => void change()}>
            {t('participants.change')}
          </button>
        </div>
        <FieldError action={action} name="status" />
        <ActionResult action={action} done={t('participants.changed')} />
      </td>
    </tr>
  );
}

interface BulkProps {
  participants: Participant[];
  selected: Participant[];
  onDone: () => void;
  confirm: Confirm;
}

/** One status for every selected participant, all or nothing; a refusal names the participants at fault. */
function BulkChange({ participants, selected, onDone, confirm }: BulkProps) {
  const { t } = useTranslation('admin/assembly');
  const [status, setStatus] = useState<Status>('member');
  const action = useAction();
  const [done, setDone] = useState<string>('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = selected.length;
    const words = { count: n, n: formatInteger(n), status: t(`status.${status}`) };
    if (!(await confirm({ question: t('participants.confirmMany', words), action: t('participants.apply') }))) return;
    const answer = await action.run(() => http.PATCH('/api/assembly/participants', { body: { ids: selected.map((p) => p.id), status } }));
    if (answer) {
      setDone(t('participants.appliedMany', words));
      onDone();
    }
  };
  const refused = namedIds(action, participants);
  return (
    <form className="bulk-change" onSubmit={(e) => void submit(e)} aria-labelledby="bulk-heading">
      <h3 id="bulk-heading">{t('participants.bulkHeading')}</h3>
      <p className="muted" aria-live="polite">
        {t('participants.selected', { count: selected.length, n: formatInteger(selected.length) })}
      </p>
      <div className="bulk-controls">
        <label htmlFor={action.field('status').id}>{t('participants.bulkStatus')}</label>
        <select {...action.field('status')} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={selected.length === 0 || action.busy}>
          {t('participants.apply')}
        </button>
      </div>
      <FieldError action={action} name="status" />
      {refused && (
        <p className="form-error" data-testid="refused-ids">
          {t('participants.refusedFor', { names: refused })}
        </p>
      )}
      <ActionResult action={action} done={done} />
    </form>
  );
}

function AddOrganization({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('admin/assembly');
  const [name, setName] = useState('');
  const [category, setCategory] = useState<Category>('ngo');
  const [status, setStatus] = useState<Status>('invited');
  const action = useAction({ already_exists: 'name' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await action.run(() => http.POST('/api/assembly/participants', { body: { name, category, status } }))) {
      setName('');
      onAdded();
    }
  };
  return (
    <section aria-labelledby="add-org-heading" className="add-organization">
      <h2 id="add-org-heading">{t('participants.addHeading')}</h2>
      <form className="form add-organization-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={action.field('name').id}>{t('participants.orgName')}</label>
        <input {...action.field('name')} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        <FieldError action={action} name="name" />
        <label htmlFor={action.field('category').id}>{t('participants.orgCategory')}</label>
        <select {...action.field('category')} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
        <FieldError action={action} name="category" />
        <label htmlFor={action.field('status').id}>{t('participants.orgStatus')}</label>
        <select {...action.field('status')} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <FieldError action={action} name="status" />
        <button type="submit" className="button" disabled={action.busy}>
          {t('participants.add')}
        </button>
        <ActionResult action={action} done={t('participants.added')} />
      </form>
    </section>
  );
}
