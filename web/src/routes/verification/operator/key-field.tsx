import { useTranslation } from 'react-i18next';
import { FieldError, type Action } from '../../../components/action.tsx';

/** An input's props from `action.field`, also described by a hint's id (and still by its error when it has one). */
export function withHint(field: ReturnType<Action['field']>, hint: string) {
  return { ...field, 'aria-describedby': [hint, field['aria-describedby']].filter(Boolean).join(' ') };
}

/** A pasted Ed25519 public key (SPKI PEM, or its base64), with the server's word on it (`invalid_key`, `key_in_use`) beside it. */
export function KeyField({
  action,
  name,
  value,
  onChange,
}: {
  action: Action;
  name: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('verification');
  const field = action.field(name);
  const hint = `${field.id}-hint`;
  return (
    <>
      <label htmlFor={field.id}>{t('operator.key.label')}</label>
      <textarea
        {...withHint(field, hint)}
        className="key-input"
        dir="ltr"
        rows={4}
        spellCheck={false}
        placeholder={'-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
      />
      <span className="muted" id={hint}>
        {t('operator.key.hint')}
      </span>
      <FieldError action={action} name={name} />
    </>
  );
}
