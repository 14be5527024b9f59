/**
 * /admin/accounts/new: an account with its e-mail, name, role (a delegate bound to the participant
 * it speaks for) and a password, generated in this browser and shown once, or typed.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { http, type Role } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { useApi } from '../../../components/use-api.ts';
import { SecretOnce } from '../../account/secret-once.tsx';
import { loadParticipants, ROLES, type Account } from './api.ts';
import { LoadedParticipantPicker } from './participant-picker.tsx';
import { generatePassword } from './password.ts';

const CODE_FIELDS = { already_exists: 'email', participant_required: 'participantId', participant_not_allowed: 'participantId' };

export function NewAccountPage() {
  const { t } = useTranslation('admin/accounts');
  usePageTitle(t('create.title'));
  const action = useAction(CODE_FIELDS);
  const [created, setCreated] = useState<{ account: Account; password: string | null } | null>(null);
  return (
    <article className="accounts-admin">
      <p>
        <Link to="..">{t('back')}</Link>
      </p>
      <h1>{t('create.title')}</h1>
      {created ? (
        <div className="account-created">
          <ActionResult action={action} done={t('create.done', { name: created.account.name })} />
          {created.password && (
            <SecretOnce
              label={t('create.passwordOf', { name: created.account.name })}
              secret={created.password}
              warning={t('create.passwordOnce')}
            />
          )}
          <p className="account-created-links">
            <Link to={`../${created.account.id}`}>{t('create.open', { name: created.account.name })}</Link>
            <button type="button" className="button secondary" onClick={() => (action.reset(), setCreated(null))}>
              {t('create.another')}
            </button>
          </p>
        </div>
      ) : (
        <NewAccountForm action={action} onCreated={(account, password) => setCreated({ account, password })} />
      )}
    </article>
  );
}

function NewAccountForm({
  action,
  onCreated,
}: {
  action: ReturnType<typeof useAction>;
  onCreated: (account: Account, password: string | null) => void;
}) {
  const { t } = useTranslation('admin/accounts');
  const participants = useApi(loadParticipants);
  const [form, setForm] = useState({ email: '', name: '', role: 'staff' as Role, participantId: null as number | null });
  const [generate, setGenerate] = useState(true);
  const [generated, setGenerated] = useState(() => generatePassword());
  const [typed, setTyped] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const password = generate ? generated : typed;
    const body = { ...form, password, participantId: form.role === 'delegate' ? form.participantId : null };
    const account = await action.run(() => http.POST('/api/users', { body }));
    if (account) onCreated(account, generate ? generated : null);
  };
  return (
    <form className="form account-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={action.field('email').id}>{t('fields.email')}</label>
      <input
        {...action.field('email')}
        type="email"
        dir="ltr"
        value={form.email}
        onChange={(e) => setForm({ ...form, email: e.target.value })}
        required
        autoComplete="off"
      />
      <FieldError action={action} name="email" />
      <label htmlFor={action.field('name').id}>{t('fields.name')}</label>
      <input
        {...action.field('name')}
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        required
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
      <PasswordChoice
        action={action}
        generate={generate}
        setGenerate={setGenerate}
        generated={generated}
        regenerate={() => setGenerated(generatePassword())}
        typed={typed}
        setTyped={setTyped}
      />
      <button type="submit" className="button" disabled={action.busy}>
        {t('create.submit')}
      </button>
      <ActionResult action={action} />
    </form>
  );
}

/** The role of an account, in the reader's language. */
export function RoleSelect({
  action,
  value,
  onChange,
}: {
  action: ReturnType<typeof useAction>;
  value: Role;
  onChange: (role: Role) => void;
}) {
  const { t } = useTranslation('admin/accounts');
  return (
    <>
      <label htmlFor={action.field('role').id}>{t('fields.role')}</label>
      <select {...action.field('role')} value={value} onChange={(e) => onChange(e.target.value as Role)}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`, { ns: 'common' })}
          </option>
        ))}
      </select>
      <span className="muted">{t(`roleAbout.${value}`)}</span>
      <FieldError action={action} name="role" />
    </>
  );
}

/** The password of a new account: generated here (shown with a Copy button), or typed. */
function PasswordChoice({
  action,
  generate,
  setGenerate,
  generated,
  regenerate,
  typed,
  setTyped,
}: {
  action: ReturnType<typeof useAction>;
  generate: boolean;
  setGenerate: (generate: boolean) => void;
  generated: string;
  regenerate: () => void;
  typed: string;
  setTyped: (typed: string) => void;
}) {
  const { t } = useTranslation('admin/accounts');
  return (
    <fieldset className="password-choice">
      <legend>{t('fields.password')}</legend>
      <label className="choice">
        <input type="radio" name="password-mode" checked={generate} onChange={() => setGenerate(true)} /> {t('create.generate')}
      </label>
      <label className="choice">
        <input type="radio" name="password-mode" checked={!generate} onChange={() => setGenerate(false)} /> {t('create.type')}
      </label>
      {generate ? (
        <>
          <SecretOnce label={t('create.generated')} secret={generated} warning={t('create.generatedOnce')} />
          <button type="button" className="button secondary" onClick={regenerate}>
            {t('create.regenerate')}
          </button>
        </>
      ) : (
        <>
          <label htmlFor={action.field('password').id}>{t('create.typed')}</label>
          <input
            {...action.field('password')}
            type="password"
            dir="ltr"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="new-password"
            minLength={12}
          />
          <span className="muted">{t('create.typedHint')}</span>
        </>
      )}
      <FieldError action={action} name="password" />
    </fieldset>
  );
}
