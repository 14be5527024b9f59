import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoginLink } from '../../../components/login-link.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { useApi } from '../../../components/use-api.ts';
import { api } from '../../../api/client.ts';
import { operatorWrites, type NewFacility } from '../api.ts';
import { VerificationNav } from '../verification-nav.tsx';
import { useMayRegister } from './access.ts';
import { instantOf, publicKeyPem } from './files.ts';
import { InventoryEditor, newRow, numberOf, type InventoryRow } from './inventory-editor.tsx';
import { KeyField, withHint } from './key-field.tsx';

/** Where the server's codes that name no field are shown. */
const CODE_FIELDS = {
  invalid_key: 'keys.0.publicKeyPem',
  key_in_use: 'keys.0.publicKeyPem',
  duplicate_key: 'keys.0.publicKeyPem',
  key_not_yet_valid: 'keys.0.validFrom',
  unknown_jurisdiction: 'jurisdiction',
  already_exists: 'id',
};

interface Draft {
  id: string;
  name: string;
  operator: string;
  jurisdiction: string;
  key: string;
  validFrom: string;
}

function bodyOf(draft: Draft, inventory: InventoryRow[]): NewFacility {
  const validFrom = instantOf(draft.validFrom);
  return {
    ...(draft.id.trim() ? { id: draft.id.trim() } : {}),
    name: draft.name.trim(),
    operator: draft.operator.trim(),
    jurisdiction: draft.jurisdiction,
    inventory: inventory.map((r) => ({ model: r.model.trim(), count: numberOf(r.count), peakFlops: numberOf(r.peakFlops) })),
    keys: [{ publicKeyPem: publicKeyPem(draft.key), ...(validFrom ? { validFrom } : {}) }],
  };
}

/** /verification/facilities/new: an operator registers a facility with its inventory and first signing key. */
export function RegisterFacilityPage() {
  const { t } = useTranslation('verification');
  usePageTitle(t('operator.register.title'));
  const mayRegister = useMayRegister();
  return (
    <article>
      <h1>{t('operator.register.title')}</h1>
      <VerificationNav />
      <p className="lead">{t('operator.register.lead')}</p>
      {mayRegister ? (
        <RegisterForm />
      ) : (
        <p className="notice">
          {t('operator.operatorsOnly')} <LoginLink />
        </p>
      )}
    </article>
  );
}

function RegisterForm() {
  const { t } = useTranslation('verification');
  const states = useApi(api.states);
  const action = useAction(CODE_FIELDS);
  const [confirm, confirmDialog] = useConfirm();
  const [draft, setDraft] = useState<Draft>({ id: '', name: '', operator: '', jurisdiction: '', key: '', validFrom: '' });
  const [inventory, setInventory] = useState<InventoryRow[]>(() => [newRow()]);
  const [registered, setRegistered] = useState<{ id: string; name: string } | null>(null);
  const input = (name: keyof Draft) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf(draft, inventory);
    const question = t('operator.register.confirm', { name: body.name, id: body.id ?? t('operator.register.generatedId') });
    if (!(await confirm({ question, action: t('operator.register.submit') }))) return;
    const facility = await action.run(() => operatorWrites.registerFacility(body));
    if (facility) setRegistered({ id: facility.id, name: facility.name });
  };

  const done = registered && (
    <>
      {t('operator.register.done')}{' '}
      <Link to={`/verification/facilities/${encodeURIComponent(registered.id)}`}>
        {t('operator.register.open', { name: registered.name })}
      </Link>
    </>
  );
  return (
    <form className="form operator-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={action.field('name').id}>{t('operator.register.name')}</label>
      <input {...action.field('name')} {...input('name')} required maxLength={200} />
      <FieldError action={action} name="name" />
      <label htmlFor={action.field('id').id}>{t('operator.register.id')}</label>
      <input {...withHint(action.field('id'), `${action.field('id').id}-hint`)} {...input('id')} dir="ltr" maxLength={64} />
      <span className="muted" id={`${action.field('id').id}-hint`}>
        {t('operator.register.idHint')}
      </span>
      <FieldError action={action} name="id" />
      <label htmlFor={action.field('operator').id}>{t('operator.register.organization')}</label>
      <input {...action.field('operator')} {...input('operator')} required maxLength={200} />
      <FieldError action={action} name="operator" />
      <label htmlFor={action.field('jurisdiction').id}>{t('operator.register.jurisdiction')}</label>
      <select {...action.field('jurisdiction')} {...input('jurisdiction')} required>
        <option value="">{t('operator.register.chooseJurisdiction')}</option>
        {states.status === 'ok' &&
          states.data.states.map((s) => (
            <option key={s.iso3} value={s.iso3}>
              {s.name} ({s.iso3})
            </option>
          ))}
      </select>
      <FieldError action={action} name="jurisdiction" />
      <InventoryEditor action={action} value={inventory} onChange={setInventory} />
      <KeyField action={action} name="keys.0.publicKeyPem" value={draft.key} onChange={(key) => setDraft({ ...draft, key })} />
      <label htmlFor={action.field('keys.0.validFrom').id}>{t('operator.register.validFrom')}</label>
      <input
        type="datetime-local"
        {...withHint(action.field('keys.0.validFrom'), `${action.field('keys.0.validFrom').id}-hint`)}
        {...input('validFrom')}
      />
      <span className="muted" id={`${action.field('keys.0.validFrom').id}-hint`}>
        {t('operator.register.validFromHint')}
      </span>
      <FieldError action={action} name="keys.0.validFrom" />
      <ActionResult action={action} done={done} />
      <button type="submit" className="button" disabled={action.busy}>
        {t('operator.register.submit')}
      </button>
      {confirmDialog}
    </form>
  );
}
