/** The pieces the coalition console's forms and tables share. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, type Action } from '../../../components/action.tsx';

/**
 * One labelled field and the server's error about it: `name` is the field's path in the request
 * body, and the input inside spreads `action.field(name)` (its id, name and error description).
 */
export function Field({
  action,
  name,
  label,
  wide,
  help,
  children,
}: {
  action: Action;
  name: string;
  label: string;
  wide?: boolean;
  help?: string;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={action.field(name).id}>{label}</label>
      {children}
      {help && <span className="muted small">{help}</span>}
      <FieldError action={action} name={name} />
    </div>
  );
}

/** A form's submit button and, while an existing record is edited, the button that leaves editing. */
export function FormButtons({ busy, label, onCancel }: { busy: boolean; label: string; onCancel?: () => void }) {
  const { t } = useTranslation('admin/coalition');
  return (
    <div className="form-buttons">
      <button type="submit" className="button" disabled={busy}>
        {label}
      </button>
      {onCancel && (
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('actions.cancelEdit')}
        </button>
      )}
    </div>
  );
}

/** A row's Edit and Delete buttons, each naming the row for a screen reader. */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation('admin/coalition');
  return (
    <td>
      <div className="row-actions">
        <button type="button" className="button secondary" onClick={onEdit}>
          {t('actions.edit')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button danger" onClick={onDelete}>
          {t('actions.delete')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </td>
  );
}

/** A form's field values and a setter per field for `onChange`. */
export function fieldSetter<T extends object>(form: T, setForm: (next: T) => void) {
  return (name: keyof T) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
}

/** A group of checkboxes (several may be chosen) or radio buttons (one), with the server's error about the group. */
export function Choices<V extends string>({
  action,
  name,
  legend,
  type,
  options,
  labelOf,
  isChecked,
  onPick,
  help,
}: {
  action: Action;
  name: string;
  legend: string;
  type: 'checkbox' | 'radio';
  options: readonly V[];
  labelOf: (option: V) => string;
  isChecked: (option: V) => boolean;
  onPick: (option: V) => void;
  help?: string;
}) {
  const { id } = action.field(name);
  return (
    <fieldset className="field choices" aria-describedby={action.fieldError(name) ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input type={type} name={id} value={option} checked={isChecked(option)} onChange={() => onPick(option)} /> {labelOf(option)}
        </label>
      ))}
      {help && <span className="muted small">{help}</span>}
      <FieldError action={action} name={name} />
    </fieldset>
  );
}

/** An ISO 4217 code, typed left to right in any language. */
export function CurrencyInput({
  action,
  value,
  onChange,
}: {
  action: Action;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
}) {
  return (
    <input
      {...action.field('currency')}
      value={value}
      onChange={onChange}
      required
      minLength={3}
      maxLength={3}
      dir="ltr"
      autoCapitalize="characters"
      autoComplete="off"
      spellCheck={false}
      className="currency"
    />
  );
}
