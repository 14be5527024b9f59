import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { data, http, type components } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction, type Action } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { useKeptApi } from '../../../components/use-api.ts';
import { formatInteger, formatNumber, formatPercent } from '../../../i18n/format.ts';
import { formatFlop } from '../../verification/format.ts';
import {
  inputText,
  inputTexts,
  parseInput,
  SETTING_GROUPS,
  settingsBody,
  valueAt,
  type SettingField,
  type SettingUnit,
} from './settings-fields.ts';

type SettingsView = components['schemas']['VerificationSettingsView'];

/** A setting's value as a reader reads it: 2 × 10²⁵, 2 %, 168. */
function formatSetting(value: number, unit: SettingUnit): string {
  if (unit === 'flop') return formatFlop(value);
  if (unit === 'percent') return formatPercent(value, 2);
  return formatNumber(value, 2);
}

interface FieldProps {
  field: SettingField;
  text: string;
  defaultValue: number;
  action: Action;
  onChange: (text: string) => void;
}

/** One setting: its label and unit, its input, the value read from it, the default and why. */
function SettingInput({ field, text, defaultValue, action, onChange }: FieldProps) {
  const { t } = useTranslation('admin/verification');
  const props = action.field(field.path);
  const hint = `${props.id}-hint`;
  const describedBy = [props['aria-describedby'], hint].filter(Boolean).join(' ');
  const parsed = parseInput(text, field.unit);
  const isDefault = parsed === defaultValue;
  return (
    <div className="setting" data-setting={field.path}>
      <label htmlFor={props.id}>{t('settings.labelWithUnit', { label: t(`labels.${field.key}`), unit: t(`units.${field.unit}`) })}</label>
      <div className="setting-input">
        <input
          {...props}
          aria-describedby={describedBy}
          type="text"
          inputMode={field.unit === 'flop' ? 'text' : 'decimal'}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
        <output htmlFor={props.id} className="setting-read">
          {parsed === null ? t('settings.notANumber') : t('settings.reads', { value: formatSetting(parsed, field.unit) })}
        </output>
        <button
          type="button"
          className="button secondary"
          disabled={isDefault}
          aria-label={t('settings.resetField', { label: t(`labels.${field.key}`) })}
          onClick={() => onChange(inputText(defaultValue, field.unit))}
        >
          {t('settings.reset')}
        </button>
      </div>
      <FieldError action={action} name={field.path} />
      <p className="setting-hint" id={hint}>
        <span className="setting-default">{t('settings.defaultIs', { value: formatSetting(defaultValue, field.unit) })}</span>{' '}
        {t(`reasons.${field.key}`)}
      </p>
    </div>
  );
}

/** The editor, once the settings and their defaults are loaded. */
function SettingsForm({ view, onSaved }: { view: SettingsView; onSaved: (saved: SettingsView) => void }) {
  const { t } = useTranslation('admin/verification');
  const action = useAction();
  const [confirm, confirmDialog] = useConfirm();
  const [texts, setTexts] = useState(() => inputTexts(view.settings));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await confirm({ question: t('settings.confirm', { version: formatInteger(view.version + 1) }), action: t('settings.save') })))
      return;
    const saved = await action.run(() => http.PUT('/api/verification/settings', { body: settingsBody(texts) }));
    if (saved) {
      setTexts(inputTexts(saved.settings));
      onSaved(saved);
    }
  };

  return (
    <form className="form settings-form" onSubmit={(e) => void submit(e)} noValidate>
      {SETTING_GROUPS.map((group) => (
        <fieldset key={group.key} className="settings-group">
          <legend>{t(`groups.${group.key}`)}</legend>
          {group.path && <FieldError action={action} name={group.path} />}
          {group.fields.map((field) => (
            <SettingInput
              key={field.path}
              field={field}
              text={texts[field.path] ?? ''}
              defaultValue={valueAt(view.defaults, field.path)}
              action={action}
              onChange={(text) => setTexts((old) => ({ ...old, [field.path]: text }))}
            />
          ))}
        </fieldset>
      ))}
      <ActionResult action={action} done={t('settings.saved')} />
      <button type="submit" className="button" disabled={action.busy}>
        {t('settings.save')}
      </button>
      {confirmDialog}
    </form>
  );
}

/** /admin/verification: the agency's thresholds, tolerance, pattern rules and challenge deadline. */
export function SettingsPage() {
  const { t } = useTranslation('admin/verification');
  usePageTitle(t('settings.title'));
  const [saved, setSaved] = useState<SettingsView | null>(null);
  const loaded = useKeptApi(() => data(http.GET('/api/verification/settings')), 'settings');
  const view = saved ?? (loaded.status === 'ok' ? loaded.data : null);
  return (
    <article className="verification-admin">
      <h1>{t('settings.title')}</h1>
      <p>{t('settings.lead')}</p>
      <LoadState state={loaded} what={t('settings.what')} />
      {view && (
        <>
          <p className="muted" data-testid="settings-version">
            {t('settings.version', { version: formatInteger(view.version) })}
          </p>
          <SettingsForm view={view} onSaved={setSaved} />
        </>
      )}
    </article>
  );
}
