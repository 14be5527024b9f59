import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { http } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction, type Action } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { formatInteger } from '../../../i18n/format.ts';
import { directionOf, LANGUAGE_CODES } from '../../../i18n/languages.ts';
import { languageName } from '../../assembly/language-names.ts';
import { ArticleEditor, blankArticle, type DraftArticle } from './article-editor.tsx';
import type { EntryIntoForce, Treaty, TreatyLanguage } from './treaties-api.ts';

/** The conditions as typed: shares in percent, blank for "no such condition". */
interface ConditionsInput {
  ratifications: string;
  populationPercent: string;
  gdpPercent: string;
  combine: 'and' | 'or';
  delayDays: string;
}

/** The default conditions of the server (DEFAULT_ENTRY_INTO_FORCE): 55 ratifications, 55 % of world population, 90 days. */
const DEFAULT_CONDITIONS: ConditionsInput = {
  ratifications: '55',
  populationPercent: '55',
  gdpPercent: '',
  combine: 'and',
  delayDays: '90',
};

/** A typed number, or NaN for the server to refuse (it names the field); blank shares are null. */
const share = (percent: string) => (percent.trim() === '' ? null : Number(percent) / 100);
const toConditions = (c: ConditionsInput): EntryIntoForce => ({
  ratifications: Number(c.ratifications),
  populationShare: share(c.populationPercent),
  gdpShare: share(c.gdpPercent),
  combine: c.combine,
  delayDays: Number(c.delayDays),
});

/** A new draft: title, its language, the articles, and the conditions of entry into force. */
export function NewTreatyPage() {
  const { t } = useTranslation('admin/treaties');
  usePageTitle(t('new.title'));
  const action = useAction();
  const [confirm, confirmDialog] = useConfirm();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<TreatyLanguage>('en');
  const [articles, setArticles] = useState<DraftArticle[]>(() => [blankArticle()]);
  const [conditions, setConditions] = useState<ConditionsInput>(DEFAULT_CONDITIONS);
  const [created, setCreated] = useState<Treaty | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const question = t('new.confirm', { title, count: articles.length, n: formatInteger(articles.length) });
    if (!(await confirm({ question, action: t('new.create') }))) return;
    const body = {
      title,
      sourceLanguage: language,
      articles: articles.map(({ heading, body }) => ({ heading, body })),
      entryIntoForce: toConditions(conditions),
    };
    const treaty = await action.run(() => http.POST('/api/treaties', { body }));
    if (treaty) setCreated(treaty);
  }

  return (
    <article className="treaties-admin">
      <p>
        <Link to="/admin/treaties">{t('back')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <form className="form admin-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <label htmlFor={action.field('title').id}>{t('new.treatyTitle')}</label>
        <input
          {...action.field('title')}
          value={title}
          maxLength={500}
          required
          lang={language}
          dir={directionOf(language)}
          onChange={(e) => setTitle(e.target.value)}
        />
        <FieldError action={action} name="title" />
        <label htmlFor={action.field('sourceLanguage').id}>{t('new.sourceLanguage')}</label>
        <select {...action.field('sourceLanguage')} value={language} onChange={(e) => setLanguage(e.target.value as TreatyLanguage)}>
          {LANGUAGE_CODES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        <FieldError action={action} name="sourceLanguage" />
        <ArticleEditor
          articles={articles}
          onChange={setArticles}
          action={action}
          language={language}
          confirmRemove={(_, num) =>
            confirm({ question: t('editor.confirmRemove', { n: formatInteger(num) }), action: t('editor.remove'), danger: true })
          }
        />
        <ConditionsFields value={conditions} onChange={setConditions} action={action} />
        <ActionResult action={action} done={created && <Created treaty={created} />} />
        <button type="submit" className="button" disabled={action.busy}>
          {t('new.create')}
        </button>
      </form>
      {confirmDialog}
    </article>
  );
}

/** The conditions of entry into force: N ratifications AND a share of world population and/or GDP, then D days. */
function ConditionsFields({ value, onChange, action }: { value: ConditionsInput; onChange: (c: ConditionsInput) => void; action: Action }) {
  const { t } = useTranslation('admin/treaties');
  const set = (change: Partial<ConditionsInput>) => onChange({ ...value, ...change });
  const numberField = (key: 'ratifications' | 'delayDays', path: string, label: string, props: { min: number; max: number }) => (
    <div className="field">
      <label htmlFor={action.field(path).id}>{label}</label>
      <input
        {...action.field(path)}
        type="number"
        inputMode="numeric"
        step={1}
        {...props}
        value={value[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      <FieldError action={action} name={path} />
    </div>
  );
  const shareField = (key: 'populationPercent' | 'gdpPercent', path: string, label: string) => (
    <div className="field">
      <label htmlFor={action.field(path).id}>{label}</label>
      <input
        {...action.field(path)}
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step="any"
        value={value[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      <FieldError action={action} name={path} />
    </div>
  );
  return (
    <fieldset className="conditions">
      <legend>{t('conditions.legend')}</legend>
      <p className="muted">{t('conditions.hint')}</p>
      <div className="field-row">
        {numberField('ratifications', 'entryIntoForce.ratifications', t('conditions.ratifications'), { min: 1, max: 1000 })}
        {shareField('populationPercent', 'entryIntoForce.populationShare', t('conditions.population'))}
        {shareField('gdpPercent', 'entryIntoForce.gdpShare', t('conditions.gdp'))}
        {numberField('delayDays', 'entryIntoForce.delayDays', t('conditions.delay'), { min: 0, max: 3650 })}
      </div>
      <fieldset className="inline-choices">
        <legend>{t('conditions.combine')}</legend>
        {(['and', 'or'] as const).map((c) => (
          <label key={c}>
            <input type="radio" name="combine" value={c} checked={value.combine === c} onChange={() => set({ combine: c })} />{' '}
            {t(`conditions.combineChoice.${c}`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}

/** The new draft, with where to go next. */
function Created({ treaty }: { treaty: Treaty }) {
  const { t } = useTranslation('admin/treaties');
  return (
    <>
      {t('new.created', { title: treaty.title, version: formatInteger(treaty.currentVersion) })}{' '}
      <Link to={`/admin/treaties/${treaty.id}`}>{t('new.openDepositary')}</Link>{' '}
      <Link to={`/assembly/treaties/${treaty.id}`}>{t('new.openPublic')}</Link>
    </>
  );
}
