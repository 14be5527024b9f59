/**
 * The fields of the rules form: the weighting mix (four sliders that always add up to 100 %: moving
 * one rescales the others in proportion), quorum, each kind of motion's threshold and double
 * majority, the organizations' chamber, seconds and required languages. Each slider has a visible
 * label and value, keyboard steps of 1 %, and its value as text for screen readers.
 */
import { useTranslation } from 'react-i18next';
import { FieldError, type Action } from '../../../components/action.tsx';
import { formatPercent } from '../../../i18n/format.ts';
import { LANGUAGE_CODES } from '../../../i18n/languages.ts';
import { languageName } from '../../assembly/language-names.ts';
import type { MotionKind, Rules } from './rules-types.ts';

const MIX_KEYS = ['equal', 'population', 'gdp', 'sqrtPopulation'] as const;
type MixKey = (typeof MIX_KEYS)[number];
const KINDS: readonly MotionKind[] = ['procedural', 'amendment', 'adoption'];

/** Sets one coefficient and rescales the others so the four still sum to 1 (equally when they were all 0). */
export function rebalance(mix: Rules['weighting'], key: MixKey, value: number): Rules['weighting'] {
  const others = MIX_KEYS.filter((k) => k !== key);
  const rest = others.reduce((sum, k) => sum + mix[k], 0);
  const remaining = Math.max(0, 1 - value);
  const next = { ...mix, [key]: value };
  for (const k of others) next[k] = rest > 0 ? (mix[k] * remaining) / rest : remaining / others.length;
  return next;
}

interface SliderProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  action: Action;
  /** The body path of the value, so the server's error about it shows beside it. */
  name: string;
  min?: number;
  max?: number;
  disabled?: boolean;
}

/** A share from 0 to 100 %, with its label, its value shown beside it, and steps of 1 %. */
function ShareSlider({ label, value, onChange, action, name, min = 0, max = 1, disabled }: SliderProps) {
  const field = action.field(name);
  const shown = formatPercent(value, 1);
  return (
    <div className="slider-row">
      <label htmlFor={field.id}>{label}</label>
      <input
        {...field}
        type="range"
        min={min}
        max={max}
        step={0.01}
        value={value}
        disabled={disabled}
        aria-valuetext={shown}
        onChange={(e) => onChange(e.target.valueAsNumber)}
      />
      <output htmlFor={field.id} data-value={value}>
        {shown}
      </output>
      <FieldError action={action} name={name} />
    </div>
  );
}

interface FieldsProps {
  rules: Rules;
  onChange: (rules: Rules) => void;
  action: Action;
}

export function RulesFields({ rules, onChange, action }: FieldsProps) {
  const { t } = useTranslation('admin/assembly');
  const set = (patch: Partial<Rules>) => onChange({ ...rules, ...patch });
  return (
    <>
      <fieldset>
        <legend>{t('rules.weighting')}</legend>
        <p className="muted">{t('rules.weightingHelp')}</p>
        {MIX_KEYS.map((k) => (
          <ShareSlider
            key={k}
            label={t(`mix.${k}`)}
            value={rules.weighting[k]}
            name={`weighting.${k}`}
            action={action}
            onChange={(v) => set({ weighting: rebalance(rules.weighting, k, v) })}
          />
        ))}
        <FieldError action={action} name="weighting" />
      </fieldset>
      <fieldset>
        <legend>{t('rules.quorumHeading')}</legend>
        <ShareSlider label={t('rules.quorum')} value={rules.quorum} name="quorum" action={action} onChange={(quorum) => set({ quorum })} />
      </fieldset>
      {KINDS.map((kind) => (
        <ThresholdFields key={kind} kind={kind} rules={rules} onChange={onChange} action={action} />
      ))}
      <OrgChamberFields rules={rules} onChange={onChange} action={action} />
      <ProcedureFields rules={rules} onChange={onChange} action={action} />
    </>
  );
}

/** What one kind of motion needs: its threshold by weight, and the double majority by head if any. */
function ThresholdFields({ kind, rules, onChange, action }: FieldsProps & { kind: MotionKind }) {
  const { t } = useTranslation('admin/assembly');
  const rule = rules.thresholds[kind];
  const setThreshold = (patch: Partial<Rules['thresholds'][MotionKind]>) =>
    onChange({ ...rules, thresholds: { ...rules.thresholds, [kind]: { ...rule, ...patch } } });
  const boxId = `double-majority-${kind}`;
  return (
    <fieldset>
      <legend>{t(`motionKind.${kind}`)}</legend>
      <ShareSlider
        label={t('rules.threshold')}
        value={rule.threshold}
        min={0.01}
        name={`thresholds.${kind}.threshold`}
        action={action}
        onChange={(threshold) => setThreshold({ threshold })}
      />
      <div className="check-row">
        <input
          type="checkbox"
          id={boxId}
          checked={rule.doubleMajority !== null}
          onChange={(e) => setThreshold({ doubleMajority: e.target.checked ? 0.5 : null })}
        />
        <label htmlFor={boxId}>{t('rules.doubleMajority')}</label>
      </div>
      {rule.doubleMajority !== null && (
        <ShareSlider
          label={t('rules.doubleMajorityShare')}
          value={rule.doubleMajority}
          min={0.01}
          name={`thresholds.${kind}.doubleMajority`}
          action={action}
          onChange={(doubleMajority) => setThreshold({ doubleMajority })}
        />
      )}
    </fieldset>
  );
}

/** Advisory, or weighted with a fixed share of the total. */
function OrgChamberFields({ rules, onChange, action }: FieldsProps) {
  const { t } = useTranslation('admin/assembly');
  const org = rules.orgChamber;
  const set = (orgChamber: Rules['orgChamber']) => onChange({ ...rules, orgChamber });
  return (
    <fieldset>
      <legend>{t('rules.orgChamber')}</legend>
      {(['advisory', 'weighted'] as const).map((mode) => (
        <div className="check-row" key={mode}>
          <input
            type="radio"
            name="orgChamberMode"
            id={`org-${mode}`}
            checked={org.mode === mode}
            onChange={() => set(mode === 'advisory' ? { mode } : { mode, share: 0.1 })}
          />
          <label htmlFor={`org-${mode}`}>{t(`orgMode.${mode}`)}</label>
        </div>
      ))}
      {org.mode === 'weighted' && (
        <ShareSlider
          label={t('rules.orgShare')}
          value={org.share}
          max={0.99}
          name="orgChamber.share"
          action={action}
          onChange={(share) => set({ mode: 'weighted', share })}
        />
      )}
    </fieldset>
  );
}

/** Seconds an amendment needs, and the languages an adoption vote waits for. */
function ProcedureFields({ rules, onChange, action }: FieldsProps) {
  const { t } = useTranslation('admin/assembly');
  const set = (patch: Partial<Rules>) => onChange({ ...rules, ...patch });
  const toggle = (code: Rules['requiredLanguages'][number]) =>
    set({
      requiredLanguages: rules.requiredLanguages.includes(code)
        ? rules.requiredLanguages.filter((l) => l !== code)
        : LANGUAGE_CODES.filter((l) => l === code || rules.requiredLanguages.includes(l)),
    });
  return (
    <fieldset>
      <legend>{t('rules.procedure')}</legend>
      <label htmlFor={action.field('secondsRequired').id}>{t('rules.secondsRequired')}</label>
      <input
        {...action.field('secondsRequired')}
        type="number"
        min={0}
        max={1000}
        step={1}
        value={rules.secondsRequired}
        onChange={(e) => set({ secondsRequired: Number.isNaN(e.target.valueAsNumber) ? 0 : e.target.valueAsNumber })}
      />
      <FieldError action={action} name="secondsRequired" />
      <p className="field-legend" id="required-languages-legend">
        {t('rules.requiredLanguages')}
      </p>
      <div className="language-checks" role="group" aria-labelledby="required-languages-legend">
        {LANGUAGE_CODES.map((code) => (
          <div className="check-row" key={code}>
            <input type="checkbox" id={`language-${code}`} checked={rules.requiredLanguages.includes(code)} onChange={() => toggle(code)} />
            <label htmlFor={`language-${code}`}>{languageName(code)}</label>
          </div>
        ))}
      </div>
      <FieldError action={action} name="requiredLanguages" />
    </fieldset>
  );
}
