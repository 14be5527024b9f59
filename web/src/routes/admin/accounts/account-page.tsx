/**
 * /admin/accounts/:id: one account: its name, role and binding; a password reset (generated here,
 * shown once); disabling and re-enabling; and, for an operator, the facilities it operates.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { http } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { useApi, useKeptApi } from '../../../components/use-api.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { SecretOnce } from '../../account/secret-once.tsx';
import { FacilitiesSection } from './facilities-section.tsx';
import { loadAccount, loadParticipants, type Account, type Participant } from './api.ts';
import { LoadedParticipantPicker } from './participant-picker.tsx';
import { RoleSelect } from './new-account.tsx';
import { generatePassword } from './password.ts';

export function AccountPage() {
  const { t } = useTranslation('admin/accounts');
  const id = Number(useParams().id);
  const [version, setVersion] = useState(0);
  const account = useKeptApi(() => loadAccount(id), `${id}/${version}`);
  const participants = useApi(loadParticipants);
  const reload = () => setVersion((v) => v + 1);
  usePageTitle(account.status === 'ok' ? account.data.name : t('detail.title'));
  return (
    <article className="accounts-admin">
      <p>
        <Link to="..">{t('back')}</Link>
      </p>
      {account.status !== 'ok' ? (
        <>
          <h1>{t('detail.title')}</h1>
          <LoadState state={account} what={t('detail.what')} />
        </>
      ) : (
        <>
          <h1>{account.data.name}</h1>
          <AccountFacts account={account.data} participants={participants.status === 'ok' ? participants.data : []} />
          <RoleForm key={`${account.data.id}`} account={account.data} participants={participants} onSaved={reload} />
          <PasswordReset account={account.data} />
          <AccessSection account={account.data} onChanged={reload} />
          {account.data.role === 'operator' && <FacilitiesSection account={account.data} />}
        </>
      )}
    </article>
  );
}

function AccountFacts({ account, participants }: { account: Account; participants: Participant[] }) {
  const { t } = useTranslation('admin/accounts');
  const participant = participants.find((p) => p.id === account.participantId);
  return (
    <dl className="account-facts">
      <dt>{t('fields.email')}</dt>
      <dd>
        <span dir="ltr">{account.email}</span>
      </dd>
      <dt>{t('fields.role')}</dt>
      <dd>{t(`roles.${account.role}`, { ns: 'common' })}</dd>
      {account.participantId !== null && (
        <>
          <dt>{t('fields.participant')}</dt>
          <dd lang="en">{participant?.name ?? `#${account.participantId}`}</dd>
        </>
      )}
      <dt>{t('fields.status')}</dt>
      <dd data-testid="account-status">{account.disabled ? t('status.disabled') : t('status.active')}</dd>
      <dt>{t('fields.created')}</dt>
      <dd>
        <time dateTime={account.createdAt}>{formatDateTime(account.createdAt)}</time>
      </dd>
    </dl>
  );
}

const ROLE_FIELDS = { participant_required: 'participantId', participant_not_allowed: 'participantId', cannot_demote_self: 'role' };

function RoleForm({
  account,
  participants,
  onSaved,
}: {
  account: Account;
  participants: ReturnType<typeof useApi<Participant[]>>;
  onSaved: () => void;
}) {
  const { t } = useTranslation('admin/accounts');
  const action = useAction(ROLE_FIELDS);
  const [form, setForm] = useState({ name: account.name, role: account.role, participantId: account.participantId });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { ...form, participantId: form.role === 'delegate' ? form.participantId : null };
    if (await action.run(() => http.PATCH('/api/users/{id}', { params: { path: { id: account.id } }, body }))) onSaved();
  };
  return (
    <section aria-labelledby="account-role-title">
      <h2 id="account-role-title">{t('detail.roleTitle')}</h2>
      <form className="form account-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={action.field('name').id}>{t('fields.name')}</label>
        <input
          {...action.field('name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          autoComplete="off"
        />
        <FieldError action={action} name="name" />
        <RoleSelect action={action} value={form.role} onChange={(role) => setForm({ ...form, role })} />
        {form.role === 'delegate' && (
          <LoadedParticipantPicker
            participants={participants}
            value={form.participantId}
            onChange={(participantId) => setForm({ ...form, participantId })}
            action={action}
          />
        )}
        <button type="submit" className="button" disabled={action.busy}>
          {t('detail.save')}
        </button>
        <ActionResult action={action} done={t('detail.saved')} />
      </form>
    </section>
  );
}

function PasswordReset({ account }: { account: Account }) {
  const { t } = useTranslation('admin/accounts');
  const action = useAction();
  const [confirm, confirmDialog] = useConfirm();
  const [revokeTokens, setRevokeTokens] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  const reset = async () => {
    const question = t(revokeTokens ? 'password.questionTokens' : 'password.question', { name: account.name });
    if (!(await confirm({ question, action: t('password.reset'), danger: true }))) return;
    setPassword(null);
    const fresh = generatePassword();
    const body = { password: fresh, ...(revokeTokens ? { revokeTokens: true } : {}) };
    if (await action.run(() => http.PATCH('/api/users/{id}', { params: { path: { id: account.id } }, body }))) setPassword(fresh);
  };
  return (
    <section aria-labelledby="account-password-title" className="account-panel">
      <h2 id="account-password-title">{t('password.title')}</h2>
      <p>{t('password.about')}</p>
      <label className="choice">
        <input type="checkbox" checked={revokeTokens} onChange={(e) => setRevokeTokens(e.target.checked)} /> {t('password.revokeTokens')}
      </label>
      <p>
        <button type="button" className="button danger" disabled={action.busy} onClick={() => void reset()}>
          {t('password.reset')}
        </button>
      </p>
      <ActionResult action={action} done={t('password.done', { name: account.name })} />
      {password && <SecretOnce label={t('password.newOf', { name: account.name })} secret={password} warning={t('password.once')} />}
      {confirmDialog}
    </section>
  );
}

function AccessSection({ account, onChanged }: { account: Account; onChanged: () => void }) {
  const { t } = useTranslation('admin/accounts');
  const action = useAction();
  const [confirm, confirmDialog] = useConfirm();
  const [last, setLast] = useState<'disabled' | 'enabled' | null>(null);
  const change = async (disabled: boolean) => {
    const question = t(disabled ? 'access.disableQuestion' : 'access.enableQuestion', { name: account.name });
    const verb = t(disabled ? 'access.disable' : 'access.enable');
    if (!(await confirm({ question, action: verb, danger: disabled }))) return;
    const done = await action.run(() => http.PATCH('/api/users/{id}', { params: { path: { id: account.id } }, body: { disabled } }));
    if (!done) return;
    setLast(disabled ? 'disabled' : 'enabled');
    onChanged();
  };
  return (
    <section aria-labelledby="account-access-title" className="account-panel">
      <h2 id="account-access-title">{t('access.title')}</h2>
      <p>{account.disabled ? t('access.aboutDisabled') : t('access.aboutActive')}</p>
      <p>
        {account.disabled ? (
          <button type="button" className="button" disabled={action.busy} onClick={() => void change(false)}>
            {t('access.enable')}
          </button>
        ) : (
          <button type="button" className="button danger" disabled={action.busy} onClick={() => void change(true)}>
            {t('access.disable')}
          </button>
        )}
      </p>
      <ActionResult action={action} done={last ? t(`access.done.${last}`, { name: account.name }) : undefined} />
      {confirmDialog}
    </section>
  );
}
