import { useTranslation } from 'react-i18next';
import { FieldError, type Action } from '../../../components/action.tsx';

/** One accelerator row as typed: text, turned into numbers when sent. */
export interface InventoryRow {
  key: number;
  model: string;
  count: string;
  peakFlops: string;
}

let rows = 0;
export const newRow = (): InventoryRow => ({ key: ++rows, model: '', count: '', peakFlops: '' });

/** A number as typed ("989e12", "1 000"); NaN reaches the server as null, which names the field. */
export const numberOf = (text: string) => Number(text.replace(/[\s_]/g, ''));

/** The accelerator inventory: a model, a count and a peak per row; rows added and removed. */
export function InventoryEditor({
  action,
  value,
  onChange,
}: {
  action: Action;
  value: InventoryRow[];
  onChange: (rows: InventoryRow[]) => void;
}) {
  const { t } = useTranslation('verification');
  const set = (key: number, patch: Partial<InventoryRow>) => onChange(value.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="inventory-editor">
      <legend>{t('operator.register.inventory')}</legend>
      <p className="muted">{t('operator.register.inventoryHint')}</p>
      <FieldError action={action} name="inventory" />
      {value.map((row, i) => {
        const at = (field: string) => `inventory.${i}.${field}`;
        return (
          <div className="inventory-row" key={row.key} data-testid="inventory-row">
            <div>
              <label htmlFor={action.field(at('model')).id}>{t('operator.register.model', { n: i + 1 })}</label>
              <input {...action.field(at('model'))} value={row.model} onChange={(e) => set(row.key, { model: e.target.value })} required />
              <FieldError action={action} name={at('model')} />
            </div>
            <div>
              <label htmlFor={action.field(at('count')).id}>{t('operator.register.count', { n: i + 1 })}</label>
              <input
                {...action.field(at('count'))}
                inputMode="numeric"
                dir="ltr"
                value={row.count}
                onChange={(e) => set(row.key, { count: e.target.value })}
                required
              />
              <FieldError action={action} name={at('count')} />
            </div>
            <div>
              <label htmlFor={action.field(at('peakFlops')).id}>{t('operator.register.peakFlops', { n: i + 1 })}</label>
              <input
                {...action.field(at('peakFlops'))}
                inputMode="decimal"
                dir="ltr"
                placeholder="989e12"
                value={row.peakFlops}
                onChange={(e) => set(row.key, { peakFlops: e.target.value })}
                required
              />
              <FieldError action={action} name={at('peakFlops')} />
            </div>
            <button
              type="button"
              className="button secondary"
              disabled={value.length === 1}
              onClick={() => onChange(value.filter((r) => r.key !== row.key))}
            >
              {t('operator.register.removeRow', { n: i + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" className="button secondary" disabled={value.length >= 50} onClick={() => onChange([...value, newRow()])}>
        {t('operator.register.addRow')}
      </button>
    </fieldset>
  );
}
