import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../components/markdown.tsx';
import { useErrorText } from '../../i18n/errors.ts';
import { formatInteger } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/languages.ts';
import { assemblyApi, type Article, type Treaty, type TreatyVersion } from './api.ts';
import { languageName } from './language-names.ts';

/** What the reader gives an article a translator may translate. */
export interface TranslateProps {
  treaty: Treaty;
  /** The article in the source language, shown beside the translation being written. */
  source: Pick<Article, 'heading' | 'body'> | null;
  onSaved: (message: string) => void;
}

/**
 * A translator writes (or updates) the article's translation of the current version, reading the
 * source text beside it. It starts from the translation there is: the current one, else the
 * outdated one (usually most of it still holds), else nothing.
 */
export function TranslationForm({
  treaty,
  source,
  onSaved,
  article,
  text,
  onClose,
}: TranslateProps & { article: Article; text: TreatyVersion; onClose: () => void }) {
  const { t } = useTranslation('assembly');
  const errorText = useErrorText();
  const start =
    article.translation.state === 'current'
      ? { heading: article.heading, body: article.body }
      : (article.translation.outdated ?? { heading: '', body: '' });
  const [heading, setHeading] = useState(start.heading);
  const [body, setBody] = useState(start.body);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const language = text.language;
  const values = { article: formatInteger(article.num), language: languageName(language) };
  // The title is a heading without a body (the server refuses a title with one).
  const isTitle = article.key === 'title';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await assemblyApi.translate(treaty.id, language, article.key, { sourceVersion: text.version, heading, body: isTitle ? '' : body });
      onSaved(isTitle ? t('translation.titleSaved', values) : t('translation.saved', values));
      onClose();
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  }

  return (
    <form
      className="form translation-form"
      onSubmit={(event) => void onSubmit(event)}
      aria-label={isTitle ? t('translation.titleFormLabel', values) : t('translation.formLabel', values)}
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="translation-columns">
        <SourceText treaty={treaty} source={source} />
        <TranslationFields language={language} isTitle={isTitle} heading={[heading, setHeading]} body={[body, setBody]} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('translation.saving') : t('translation.save')}
        </button>
        <button type="button" className="button secondary" onClick={onClose} disabled={busy}>
          {t('translation.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The article in the source language, beside the fields (the form's labels stay in the reader's language). */
function SourceText({ treaty, source }: Pick<TranslateProps, 'treaty' | 'source'>) {
  const { t } = useTranslation('assembly');
  return (
    <div className="translation-source">
      <h4>{t('translation.source', { language: languageName(treaty.sourceLanguage) })}</h4>
      {source ? (
        <div lang={treaty.sourceLanguage} dir={directionOf(treaty.sourceLanguage)}>
          <p>
            <strong>{source.heading}</strong>
          </p>
          <Markdown source={source.body} />
        </div>
      ) : (
        <p className="muted">{t('load.loading')}</p>
      )}
    </div>
  );
}

/** The translated heading and (but for the title) text, written in the translation's language and direction. */
function TranslationFields({
  language,
  isTitle,
  heading: [heading, setHeading],
  body: [body, setBody],
}: {
  language: string;
  isTitle: boolean;
  heading: [string, (value: string) => void];
  body: [string, (value: string) => void];
}) {
  const { t } = useTranslation('assembly');
  const id = useId();
  return (
    <div className="translation-fields">
      <label htmlFor={`${id}-heading`}>{t('translation.heading')}</label>
      <input
        id={`${id}-heading`}
        lang={language}
        dir={directionOf(language)}
        value={heading}
        onChange={(e) => setHeading(e.target.value)}
      />
      {!isTitle && (
        <>
          <label htmlFor={`${id}-body`}>{t('translation.body')}</label>
          <textarea
            id={`${id}-body`}
            lang={language}
            dir={directionOf(language)}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
            rows={6}
          />
        </>
      )}
    </div>
  );
}
