import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { data, http, type components } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import type { Confirmation } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { useApi, useKeptApi, type Loaded } from '../../../components/use-api.ts';
import { formatDate } from '../../../i18n/format.ts';
import { isolate } from './bidi.ts';
import type { CoalitionEvent } from './event-form.tsx';

/** Adds a person, picked from the coalition's people narrowed by a search. */
function AddMember({ event, memberIds, onChange }: { event: CoalitionEvent; memberIds: number[]; onChange: () => void }) {
  const { t } = useTranslation('admin/events');
  const people = useApi(() => data(http.GET('/api/coalition/people')), 'people');
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const add = useAction({ unknown_person: 'personId', already_member: 'personId' });
  const members = new Set(memberIds);
  const needle = search.trim().toLocaleLowerCase();
  const matches =
    people.status === 'ok'
      ? people.data.people.filter(
          (p) => !members.has(p.id) && (!needle || `${p.name} ${p.organizationName ?? ''}`.toLocaleLowerCase().includes(needle)),
        )
      : [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { personId: Number(personId) };
    if (await add.run(() => http.POST('/api/coalition/events/{id}/members', { params: { path: { id: event.id } }, body }))) {
      setPersonId('');
      onChange();
    }
  };
  return (
    <form className="form ev-form" onSubmit={(e) => void submit(e)}>
      <h3>{t('group.addMember')}</h3>
      <LoadState state={people} what={t('group.people')} />
      <label htmlFor="member-search">{t('group.search')}</label>
      <input id="member-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <label htmlFor={add.field('personId').id}>{t('group.person')}</label>
      <select
        size={Math.min(8, Math.max(2, matches.length))}
        value={personId}
        onChange={(e) => setPersonId(e.target.value)}
        required
        {...add.field('personId')}
      >
        {matches.map((p) => (
          <option key={p.id} value={p.id}>
            {p.organizationName ? t('group.personAt', { name: p.name, organization: p.organizationName }) : p.name}
            {p.visibility === 'undisclosed' ? ` — ${t('group.undisclosed')}` : ''}
          </option>
        ))}
      </select>
      {people.status === 'ok' && matches.length === 0 && <span className="muted">{t('group.noMatch')}</span>}
      <FieldError action={add} name="personId" />
      <button type="submit" className="button" disabled={add.busy || !personId}>
        {t('group.add')}
      </button>
      <ActionResult action={add} done={t('group.added')} />
    </form>
  );
}

/** Links an output document by URL. */
function AddOutput({ event, onChange }: { event: CoalitionEvent; onChange: () => void }) {
  const { t } = useTranslation('admin/events');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const link = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { title, url: url.trim(), publishedOn: publishedOn || null };
    if (await link.run(() => http.POST('/api/coalition/events/{id}/outputs', { params: { path: { id: event.id } }, body }))) {
      setTitle('');
      setUrl('');
      setPublishedOn('');
      onChange();
    }
  };
  return (
    <form className="form ev-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('group.linkOutput')}</h3>
      <label htmlFor={link.field('title').id}>{t('group.outputTitle')}</label>
      <input value={title} onChange={(e) => setTitle(e.target.value)} required {...link.field('title')} />
      <FieldError action={link} name="title" />
      <label htmlFor={link.field('url').id}>{t('group.outputUrl')}</label>
      <input type="url" dir="ltr" value={url} onChange={(e) => setUrl(e.target.value)} required {...link.field('url')} />
      <FieldError action={link} name="url" />
      <label htmlFor={link.field('publishedOn').id}>{t('group.publishedOn')}</label>
      <input type="date" value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} {...link.field('publishedOn')} />
      <FieldError action={link} name="publishedOn" />
      <button type="submit" className="button" disabled={link.busy}>
        {t('group.link')}
      </button>
      <ActionResult action={link} done={t('group.linked')} />
    </form>
  );
}

type Member = components['schemas']['WorkingGroupMembers']['members'][number];

/** Every member, undisclosed ones marked (they are never shown publicly), each with a remove button. */
function MemberList({ members, onRemove }: { members: Loaded<{ members: Member[] }>; onRemove: (m: Member) => void }) {
  const { t } = useTranslation('admin/events');
  if (members.status !== 'ok') return <LoadState state={members} what={t('group.members')} />;
  if (members.data.members.length === 0) return <p className="muted">{t('group.noMembers')}</p>;
  return (
    <ul className="ev-items">
      {members.data.members.map((m) => (
        <li key={m.personId}>
          <span>
            <bdi>{m.name}</bdi>
            {m.visibility === 'undisclosed' && <span className="muted"> · {t('group.undisclosed')}</span>}
          </span>
          <button type="button" className="button secondary" onClick={() => onRemove(m)}>
            {t('group.removeMember', { name: m.name })}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A working group's members and outputs. */
export function WorkingGroup({
  event,
  onChange,
  confirm,
}: {
  event: CoalitionEvent;
  onChange: () => void;
  /** The page's one confirm dialog (components/confirm.tsx). */
  confirm: (c: Confirmation) => Promise<boolean>;
}) {
  const { t } = useTranslation('admin/events');
  const removal = useAction();
  const [version, setVersion] = useState(0);
  const members = useKeptApi(
    () => data(http.GET('/api/coalition/events/{id}/members', { params: { path: { id: event.id } } })),
    `${event.id}:${version}`,
  );
  const changed = () => {
    setVersion((v) => v + 1);
    onChange();
  };
  const removeMember = async (personId: number, name: string) => {
    if (!(await confirm({ question: t('group.removeMemberQuestion', { name: isolate(name) }), action: t('group.remove'), danger: true })))
      return;
    const path = { id: event.id, personId };
    if (await removal.run(() => http.DELETE('/api/coalition/events/{id}/members/{personId}', { params: { path } }))) changed();
  };
  const unlink = async (outputId: number, title: string) => {
    if (!(await confirm({ question: t('group.unlinkQuestion', { title: isolate(title) }), action: t('group.unlink'), danger: true })))
      return;
    const path = { id: event.id, outputId };
    if (await removal.run(() => http.DELETE('/api/coalition/events/{id}/outputs/{outputId}', { params: { path } }))) onChange();
  };
  return (
    <section aria-labelledby="group-heading">
      <h2 id="group-heading">{t('group.title')}</h2>
      <ActionResult action={removal} done={t('group.removed')} />
      <div className="ev-columns">
        <div>
          <h3>{t('group.members')}</h3>
          <MemberList members={members} onRemove={(m) => void removeMember(m.personId, m.name)} />
          <p className="muted">{t('group.undisclosedNote')}</p>
          <AddMember
            event={event}
            memberIds={members.status === 'ok' ? members.data.members.map((m) => m.personId) : []}
            onChange={changed}
          />
        </div>
        <div>
          <h3>{t('group.outputs')}</h3>
          {event.outputs.length === 0 ? (
            <p className="muted">{t('group.noOutputs')}</p>
          ) : (
            <ul className="ev-items">
              {event.outputs.map((o) => (
                <li key={o.id}>
                  <span>
                    <a href={o.url} rel="noreferrer noopener" target="_blank">
                      {o.title}
                    </a>
                    {o.publishedOn && <span className="muted"> · {formatDate(o.publishedOn)}</span>}
                  </span>
                  <button type="button" className="button secondary" onClick={() => void unlink(o.id, o.title)}>
                    {t('group.unlinkOne', { title: o.title })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <AddOutput event={event} onChange={onChange} />
        </div>
      </div>
    </section>
  );
}
