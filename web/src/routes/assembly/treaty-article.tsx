import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../components/markdown.tsx';
import { formatDate, formatInteger } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/languages.ts';
import type { Article, TreatyVersion } from './api.ts';
import { languageName } from './language-names.ts';
import { TranslationForm, type TranslateProps } from './translation-form.tsx';

/**
 * One article as the chosen language shows it. A translation that is outdated or missing is never
 * passed off as current: the article is flagged and shows the source text (in the source's own
 * language and direction), the outdated translation kept apart for reference.
 */
export function ArticleView({ article, text, translate }: { article: Article; text: TreatyVersion; translate: TranslateProps | null }) {
  const { t, i18n } = useTranslation('assembly');
  const state = article.translation.state;
  const fallback = state === 'outdated' || state === 'missing';
  const language = fallback ? text.sourceLanguage : text.language;
  const [editing, setEditing] = useState(false);
  return (
    <article
      data-article={article.key}
      data-translation={state}
      className={`article translation-${state}`}
      lang={language}
      dir={directionOf(language)}
    >
      {/* The flag speaks the reader's language, whatever the text's. */}
      {state !== 'source' && (
        <div className="translation-flag" lang={i18n.resolvedLanguage} dir={i18n.dir()}>
          <span className={`status-badge translation-${state}`}>{t(`translationState.${state}`)}</span>{' '}
          {state === 'current' && article.translation.translator && (
            <span className="muted">
              {t('translation.by', { translator: article.translation.translator, date: formatDate(article.translation.translatedAt) })}
            </span>
          )}
          {fallback && (
            <span>
              {state === 'outdated'
                ? t('translation.outdatedNote', { language: languageName(text.sourceLanguage) })
                : t('translation.missingNote', { language: languageName(text.sourceLanguage) })}
            </span>
          )}
        </div>
      )}
      <ArticleBody num={article.num} heading={article.heading} body={article.body} articleKey={article.key} language={language} />
      {state === 'outdated' && article.translation.outdated && (
        <details className="outdated-translation">
          <summary lang={i18n.resolvedLanguage} dir={i18n.dir()}>
            {t('translation.showOutdated', { language: languageName(text.language) })}
          </summary>
          <div lang={text.language} dir={directionOf(text.language)}>
            <p>
              <strong>{article.translation.outdated.heading}</strong>
            </p>
            <Markdown source={article.translation.outdated.body} />
          </div>
        </details>
      )}
      {translate && (
        <div lang={i18n.resolvedLanguage} dir={i18n.dir()}>
          {editing ? (
            <TranslationForm {...translate} article={article} text={text} onClose={() => setEditing(false)} />
          ) : (
            <button type="button" className="button secondary" onClick={() => setEditing(true)}>
              {article.key === 'title' ? t('translation.editTitle') : t('translation.edit', { article: formatInteger(article.num) })}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

/** The heading ("Article 2 — Thresholds", worded in the text's language) and the body, rendered from Markdown. */
function ArticleBody(props: { num: number; heading: string; body: string; articleKey: string; language: string }) {
  const { t } = useTranslation('assembly', { lng: props.language });
  // The number in the text's own digits, as the heading is in the text's own words.
  const num = new Intl.NumberFormat(props.language).format(props.num);
  if (props.articleKey === 'title') return <h3 className="treaty-title">{props.heading}</h3>;
  return (
    <>
      <h3>
        {props.heading ? t('text.articleHeading', { num, heading: props.heading }) : t('text.articleNumber', { num })}{' '}
        <span className="article-key" dir="ltr">
          {props.articleKey}
        </span>
      </h3>
      <Markdown source={props.body} />
    </>
  );
}
