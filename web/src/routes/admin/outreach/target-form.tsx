import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data, http, type components } from '../../../api/client.ts';
import { FieldError, type Action } from '../../../components/action.tsx';
import { useAuth } from '../../../components/auth-context.tsx';
import { useApi } from '../../../components/use-api.ts';

export type Target = components['schemas']['OutreachTarget'];
export type NewTarget = components['schemas']['NewOutreachTarget'];
type Category = NewTarget['category'];
type Priority = NonNullable<NewTarget['priority']>;
export const CATEGORIES: Category[] = ['head_of_state', 'advisor', 'security_agency', 'ai_lab', 'state_delegation', 'ngo', 'expert'];
export const PRIORITIES: Priority[] = ['high', 'medium', 'low'];

/** The accounts a target may be given to: anyone for an admin (who may list accounts), else the user alone. */
function useOwners(current: Target | undefined) {
  const { user } = useAuth();
  const isAdmin = user?.role === 'admin';
  const accounts = useApi(() => (isAdmin ? data(http.GET('/api/users')).then((r) => r.users) : Promise.resolve([])), isAdmin);
  const owners = new Map<number, string>();
  if (user) owners.set(user.id, user.name);
  if (accounts.status === 'ok')
    for (const a of accounts.data) if (!a.disabled && (a.role === 'admin' || a.role === 'staff')) owners.set(a.id, a.name);
  if (current?.ownerId != null && current.ownerName) owners.set(current.ownerId, current.ownerName);
  return [...owners];
}

type Draft = {
  name: string;
  type: 'person' | 'institution';
  category: Category;
  country: string;
  priority: Priority;
  owner: string;
  notes: string;
};

const draftOf = (target: Target | undefined): Draft =>
  target
    ? {
        name: target.name,
        type: target.type,
        category: target.category,
        country: target.countryIso3 ?? '',
        priority: target.priority,
        owner: target.ownerId == null ? '' : String(target.ownerId),
        notes: target.notes,
      }
    : { name: '', type: 'person', category: 'head_of_state', country: '', priority: 'medium', owner: '', notes: '' };

/** The country (of the reference states), the priority and the owner. */
function CountryPriorityOwner({
  d,
  set,
  action,
  target,
}: {
  d: Draft;
  set: (patch: Partial<Draft>) => void;
  action: Action;
  target: Target | undefined;
}) {
  const { t } = useTranslation('admin/outreach');
  const states = useApi(api.states, 'states');
  const owners = useOwners(target);
  return (
    <>
      <label htmlFor={action.field('countryIso3').id}>{t('form.country')}</label>
      <select value={d.country} onChange={(e) => set({ country: e.target.value })} {...action.field('countryIso3')}>
        <option value="">{t('form.noCountry')}</option>
        {states.status === 'ok' &&
          states.data.states.map((s) => (
            <option key={s.iso3} value={s.iso3}>
              {s.name}
            </option>
          ))}
      </select>
      <FieldError action={action} name="countryIso3" />
      <label htmlFor={action.field('priority').id}>{t('form.priority')}</label>
      <select value={d.priority} onChange={(e) => set({ priority: e.target.value as Priority })} {...action.field('priority')}>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(`priority.${p}`)}
          </option>
        ))}
      </select>
      <FieldError action={action} name="priority" />
      <label htmlFor={action.field('ownerId').id}>{t('form.owner')}</label>
      <select value={d.owner} onChange={(e) => set({ owner: e.target.value })} {...action.field('ownerId')}>
        <option value="">{t('form.noOwner')}</option>
        {owners.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <FieldError action={action} name="ownerId" />
    </>
  );
}

/** A target's fields, for adding one or changing it. */
export function TargetForm({
  target,
  action,
  submit,
  onSubmit,
}: {
  target?: Target;
  action: Action;
  submit: string;
  onSubmit: (body: NewTarget) => Promise<boolean>;
}) {
  const { t } = useTranslation('admin/outreach');
  const [d, setD] = useState<Draft>(() => draftOf(target));
  const set = (patch: Partial<Draft>) => setD((old) => ({ ...old, ...patch }));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body: NewTarget = {
      name: d.name,
      type: d.type,
      category: d.category,
      countryIso3: d.country || null,
      priority: d.priority,
      ownerId: d.owner ? Number(d.owner) : null,
      notes: d.notes,
    };
    if ((await onSubmit(body)) && !target) setD(draftOf(undefined));
  };
  return (
    <form className="form ev-form" onSubmit={(e) => void send(e)} noValidate>
      <label htmlFor={action.field('name').id}>{t('form.name')}</label>
      <input required value={d.name} onChange={(e) => set({ name: e.target.value })} {...action.field('name')} />
      <FieldError action={action} name="name" />
      <fieldset className="ev-choices">
        <legend>{t('form.type')}</legend>
        {(['person', 'institution'] as const).map((type) => (
          <label key={type} className="ev-check">
            <input type="radio" name="target-type" checked={d.type === type} onChange={() => set({ type })} />
            {t(`type.${type}`)}
          </label>
        ))}
      </fieldset>
      <FieldError action={action} name="type" />
      <label htmlFor={action.field('category').id}>{t('form.category')}</label>
      <select value={d.category} onChange={(e) => set({ category: e.target.value as Category })} {...action.field('category')}>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`category.${c}`)}
          </option>
        ))}
      </select>
      <FieldError action={action} name="category" />
      <CountryPriorityOwner d={d} set={set} action={action} target={target} />
      <label htmlFor={action.field('notes').id}>{t('form.notes')}</label>
      <textarea rows={3} value={d.notes} onChange={(e) => set({ notes: e.target.value })} {...action.field('notes')} />
      <FieldError action={action} name="notes" />
      <button type="submit" className="button" disabled={action.busy}>
        {submit}
      </button>
    </form>
  );
}
