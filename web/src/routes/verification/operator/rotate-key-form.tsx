import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { operatorWrites, type FacilityDetail } from '../api.ts';
import { formatTime } from '../format.ts';
import { instantOf, publicKeyPem } from './files.ts';
import { KeyField, withHint } from './key-field.tsx';

const CODE_FIELDS = {
  invalid_key: 'publicKeyPem',
  key_in_use: 'publicKeyPem',
  rotation_in_future: 'at',
  rotation_before_last_report: 'at',
  rotation_before_key_valid: 'at',
};

/** Rotates the facility's signing key (its operators, the admin): the new key signs from now or `at`, the active ones retire. */
export function RotateKeyForm({ facility, onRotated }: { facility: FacilityDetail; onRotated: () => void }) {
  const { t } = useTranslation('verification');
  const action = useAction(CODE_FIELDS);
  const [confirm, confirmDialog] = useConfirm();
  const [key, setKey] = useState('');
  const [at, setAt] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const instant = instantOf(at);
    const when = instant ? formatTime(instant) : t('operator.rotate.now');
    const question = t('operator.rotate.confirm', { name: facility.name, at: when });
    if (!(await confirm({ question, action: t('operator.rotate.submit'), danger: true }))) return;
    const rotated = await action.run(() =>
      operatorWrites.rotateKey(facility.id, { publicKeyPem: publicKeyPem(key), ...(instant ? { at: instant } : {}) }),
    );
    if (rotated) {
      setKey('');
      setAt('');
      onRotated();
    }
  };

  const atField = action.field('at');
  return (
    <form className="form operator-form" onSubmit={(e) => void submit(e)} aria-labelledby="rotate-heading">
      <h3 id="rotate-heading">{t('operator.rotate.heading')}</h3>
      <p className="muted">{t('operator.rotate.lead')}</p>
      <KeyField action={action} name="publicKeyPem" value={key} onChange={setKey} />
      <label htmlFor={atField.id}>{t('operator.rotate.at')}</label>
      <input type="datetime-local" {...withHint(atField, `${atField.id}-hint`)} value={at} onChange={(e) => setAt(e.target.value)} />
      <span className="muted" id={`${atField.id}-hint`}>
        {t('operator.rotate.atHint')}
      </span>
      <FieldError action={action} name="at" />
      <ActionResult action={action} done={t('operator.rotate.done')} />
      <button type="submit" className="button" disabled={action.busy}>
        {t('operator.rotate.submit')}
      </button>
      {confirmDialog}
    </form>
  );
}
