import './coalition-admin.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult, useAction } from '../../../components/action.tsx';
import { Choices, Field, fieldSetter, FormButtons, RowActions } from './form-parts.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useApi, useKeptApi, type Loaded } from '../../../components/use-api.ts';
import { data, http, type components } from '../../../api/client.ts';
import { formatDate, formatInteger } from '../../../i18n/format.ts';
import { matches, SearchBox } from './search-box.tsx';

type Organization = components['schemas']['CoalitionOrganization'];
type Person = components['schemas']['CoalitionPerson'];
type NewOrganization = components['schemas']['NewCoalitionOrganization'];
type NewPerson = components['schemas']['NewCoalitionPerson'];

const KINDS: Organization['kind'][] = ['partner', 'member', 'observer'];
const PERSON_ROLES: Person['roles'][number][] = ['executive_director', 'team', 'advisor', 'volunteer'];
const VISIBILITIES: Person['visibility'][] = ['public', 'undisclosed'];

const loadOrganizations = async () => (await data(http.GET('/api/coalition/organizations'))).organizations;
const loadPeople = async () => (await data(http.GET('/api/coalition/people'))).people;
const loadStates = async () => (await data(http.GET('/api/states'))).states;

/** The console's members: organizations (logged) and people (personal data, not logged), each with a search. */
export function MembersAdmin() {
  const { t } = useTranslation('admin/coalition');
  usePageTitle(t('members.title'));
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const organizations = useKeptApi(loadOrganizations, version);
  return (
    <article className="coalition-admin">
      <h1>{t('members.title')}</h1>
      <p className="lead">{t('members.lead')}</p>
      <Organizations state={organizations} onChanged={reload} />
      <People organizations={organizations.status === 'ok' ? organizations.data : []} onChanged={reload} />
    </article>
  );
}

function Organizations({ state, onChanged }: { state: Loaded<Organization[]>; onChanged: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Organization | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const removal = useAction();
  const states = useApi(loadStates);
  const countries = states.status === 'ok' ? states.data : [];
  const countryName = (iso3: string | null) => (iso3 ? (countries.find((s) => s.iso3 === iso3)?.name ?? iso3) : '');

  async function remove(o: Organization) {
    if (!(await confirm({ question: t('organizations.deleteQuestion', { name: o.name }), action: t('actions.delete'), danger: true })))
      return;
    if (editing?.id === o.id) setEditing(null);
    await removal.run(() => http.DELETE('/api/coalition/organizations/{id}', { params: { path: { id: o.id } } }));
    onChanged();
  }

  const shown =
    state.status === 'ok' ? state.data.filter((o) => matches(query, o.name, o.kind, o.countryIso3, countryName(o.countryIso3))) : [];
  return (
    <section aria-labelledby="organizations-heading">
      <h2 id="organizations-heading">{t('organizations.heading')}</h2>
      <OrganizationForm
        key={editing?.id ?? 'new'}
        editing={editing}
        countries={countries}
        onSaved={onChanged}
        onCancel={() => setEditing(null)}
      />
      <LoadState state={state} what={t('organizations.what')} />
      {state.status === 'ok' && (
        <>
          <SearchBox label={t('organizations.search')} value={query} onChange={setQuery} />
          <p className="muted" aria-live="polite">
            {t('organizations.count', {
              count: state.data.length,
              shown: formatInteger(shown.length),
              total: formatInteger(state.data.length),
            })}
          </p>
          <ActionResult action={removal} done={t('organizations.deleted')} />
          <ScrollRegion label={t('organizations.heading')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('organizations.name')}</th>
                  <th scope="col">{t('organizations.kind')}</th>
                  <th scope="col">{t('organizations.country')}</th>
                  <th scope="col">{t('organizations.joinedOn')}</th>
                  <th scope="col">{t('organizations.website')}</th>
                  <th scope="col">{t('actions.heading')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((o) => (
                  <tr key={o.id} data-organization-id={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{t(`kinds.${o.kind}`)}</td>
                    <td lang="en">{countryName(o.countryIso3)}</td>
                    <td>{o.joinedOn ? formatDate(o.joinedOn) : ''}</td>
                    <td>{o.website && <a href={o.website}>{new URL(o.website).host}</a>}</td>
                    <RowActions name={o.name} onEdit={() => setEditing(o)} onDelete={() => void remove(o)} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      {confirmDialog}
    </section>
  );
}

/** A form that adds a record, or changes `editing`. */
interface EditProps<T> {
  editing: T | null;
  onSaved: () => void;
  onCancel: () => void;
}

interface Country {
  iso3: string;
  name: string;
}

const emptyOrganization = { name: '', kind: 'member', countryIso3: '', joinedOn: '', website: '', description: '' };

/** The form's values for an organization, or for a new one. */
const organizationDraft = (o: Organization | null): typeof emptyOrganization =>
  o
    ? {
        name: o.name,
        kind: o.kind,
        countryIso3: o.countryIso3 ?? '',
        joinedOn: o.joinedOn ?? '',
        website: o.website ?? '',
        description: o.description ?? '',
      }
    : emptyOrganization;

/** The request body of the form's values: an empty optional field clears it. */
const organizationBody = (form: typeof emptyOrganization): NewOrganization => ({
  name: form.name,
  kind: form.kind as Organization['kind'],
  countryIso3: form.countryIso3 || null,
  joinedOn: form.joinedOn || null,
  website: form.website.trim() || null,
  description: form.description || null,
});

/** Adds an organization, or changes the one being edited. */
function OrganizationForm({ editing, countries, onSaved, onCancel }: EditProps<Organization> & { countries: Country[] }) {
  const { t } = useTranslation('admin/coalition');
  const action = useAction({ already_exists: 'name', unknown_country: 'countryIso3' });
  const [form, setForm] = useState(() => organizationDraft(editing));
  const set = fieldSetter(form, setForm);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = organizationBody(form);
    const saved = await action.run(() =>
      editing
        ? http.PATCH('/api/coalition/organizations/{id}', { params: { path: { id: editing.id } }, body })
        : http.POST('/api/coalition/organizations', { body }),
    );
    if (!saved) return;
    if (!editing) setForm(emptyOrganization);
    onSaved();
  }

  const titleId = `${action.field('organization').id}-title`;
  return (
    <form className="form admin-form" onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
      <h3 id={titleId}>{editing ? t('organizations.editTitle', { name: editing.name }) : t('organizations.addTitle')}</h3>
      <div className="form-grid">
        <Field action={action} name="name" label={t('organizations.name')}>
          <input {...action.field('name')} value={form.name} onChange={set('name')} required maxLength={200} autoComplete="organization" />
        </Field>
        <Field action={action} name="kind" label={t('organizations.kind')}>
          <select {...action.field('kind')} value={form.kind} onChange={set('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field action={action} name="countryIso3" label={t('organizations.country')}>
          <select {...action.field('countryIso3')} value={form.countryIso3} onChange={set('countryIso3')}>
            <option value="">{t('organizations.noCountry')}</option>
            {countries.map((c) => (
              <option key={c.iso3} value={c.iso3} lang="en">
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field action={action} name="joinedOn" label={t('organizations.joinedOn')}>
          <input {...action.field('joinedOn')} type="date" value={form.joinedOn} onChange={set('joinedOn')} />
        </Field>
        <Field action={action} name="website" label={t('organizations.website')}>
          <input {...action.field('website')} type="url" dir="ltr" value={form.website} onChange={set('website')} placeholder="https://" />
        </Field>
        <Field action={action} name="description" label={t('organizations.description')} wide>
          <textarea {...action.field('description')} rows={3} value={form.description} onChange={set('description')} maxLength={5000} />
        </Field>
      </div>
      <FormButtons
        busy={action.busy}
        label={editing ? t('actions.save') : t('organizations.add')}
        onCancel={editing ? onCancel : undefined}
      />
      <ActionResult action={action} done={editing ? t('organizations.saved') : t('organizations.added')} />
    </form>
  );
}

function People({ organizations, onChanged }: { organizations: Organization[]; onChanged: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const [version, setVersion] = useState(0);
  const state = useKeptApi(loadPeople, version);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Person | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const removal = useAction();
  const changed = () => {
    setVersion((v) => v + 1);
    onChanged();
  };

  async function remove(p: Person) {
    if (!(await confirm({ question: t('people.deleteQuestion', { name: p.name }), action: t('actions.delete'), danger: true }))) return;
    if (editing?.id === p.id) setEditing(null);
    await removal.run(() => http.DELETE('/api/coalition/people/{id}', { params: { path: { id: p.id } } }));
    changed();
  }

  const roleList = (p: Person) => p.roles.map((r) => t(`roles.${r}`)).join(', ');
  const shown =
    state.status === 'ok'
      ? state.data.filter((p) => matches(query, p.name, p.organizationName, roleList(p), t(`visibility.${p.visibility}`)))
      : [];
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('people.heading')}</h2>
      <p className="muted">{t('people.privacy')}</p>
      <PersonForm
        key={editing?.id ?? 'new'}
        editing={editing}
        organizations={organizations}
        onSaved={changed}
        onCancel={() => setEditing(null)}
      />
      <LoadState state={state} what={t('people.what')} />
      {state.status === 'ok' && (
        <>
          <SearchBox label={t('people.search')} value={query} onChange={setQuery} />
          <p className="muted" aria-live="polite">
            {t('people.count', { count: state.data.length, shown: formatInteger(shown.length), total: formatInteger(state.data.length) })}
          </p>
          <ActionResult action={removal} done={t('people.deleted')} />
          <ScrollRegion label={t('people.heading')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('people.roles')}</th>
                  <th scope="col">{t('people.organization')}</th>
                  <th scope="col">{t('people.visibility')}</th>
                  <th scope="col">{t('actions.heading')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <tr key={p.id} data-person-id={p.id}>
                    <th scope="row">{p.name}</th>
                    <td>{roleList(p)}</td>
                    <td>{p.organizationName ?? ''}</td>
                    <td>{t(`visibility.${p.visibility}`)}</td>
                    <RowActions name={p.name} onEdit={() => setEditing(p)} onDelete={() => void remove(p)} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      {confirmDialog}
    </section>
  );
}

/** The form's values for a person, or for a new one. */
const personDraft = (p: Person | null): Pick<Person, 'name' | 'roles' | 'visibility'> & { organizationId: string } => ({
  name: p?.name ?? '',
  roles: p?.roles ?? [],
  organizationId: String(p?.organizationId ?? ''),
  visibility: p?.visibility ?? 'public',
});

/** Adds a person, or changes the one being edited: roles, organization, and whether they are named publicly. */
function PersonForm({ editing, organizations, onSaved, onCancel }: EditProps<Person> & { organizations: Organization[] }) {
  const { t } = useTranslation('admin/coalition');
  const action = useAction({ unknown_organization: 'organizationId' });
  const [form, setForm] = useState(() => personDraft(editing));
  const set = fieldSetter(form, setForm);
  const toggleRole = (role: Person['roles'][number]) =>
    setForm({ ...form, roles: form.roles.includes(role) ? form.roles.filter((r) => r !== role) : [...form.roles, role] });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: NewPerson = { ...form, organizationId: form.organizationId ? Number(form.organizationId) : null };
    const saved = await action.run(() =>
      editing
        ? http.PATCH('/api/coalition/people/{id}', { params: { path: { id: editing.id } }, body })
        : http.POST('/api/coalition/people', { body }),
    );
    if (!saved) return;
    if (!editing) setForm(personDraft(null));
    onSaved();
  }

  const titleId = `${action.field('person').id}-title`;
  return (
    <form className="form admin-form" onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
      <h3 id={titleId}>{editing ? t('people.editTitle', { name: editing.name }) : t('people.addTitle')}</h3>
      <div className="form-grid">
        <Field action={action} name="name" label={t('people.name')}>
          <input {...action.field('name')} value={form.name} onChange={set('name')} required maxLength={200} autoComplete="off" />
        </Field>
        <Field action={action} name="organizationId" label={t('people.organization')}>
          <select {...action.field('organizationId')} value={form.organizationId} onChange={set('organizationId')}>
            <option value="">{t('people.noOrganization')}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Choices
          action={action}
          name="roles"
          legend={t('people.roles')}
          type="checkbox"
          options={PERSON_ROLES}
          labelOf={(r) => t(`roles.${r}`)}
          isChecked={(r) => form.roles.includes(r)}
          onPick={toggleRole}
        />
        <Choices
          action={action}
          name="visibility"
          legend={t('people.visibility')}
          type="radio"
          options={VISIBILITIES}
          labelOf={(v) => t(`visibility.${v}`)}
          isChecked={(v) => form.visibility === v}
          onPick={(visibility) => setForm({ ...form, visibility })}
          help={t('people.visibilityHelp')}
        />
      </div>
      <FormButtons busy={action.busy} label={editing ? t('actions.save') : t('people.add')} onCancel={editing ? onCancel : undefined} />
      <ActionResult action={action} done={editing ? t('people.saved') : t('people.added')} />
    </form>
  );
}
