import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, type Action } from '../../../components/action.tsx';
import { Markdown } from '../../../components/markdown.tsx';
import { formatInteger } from '../../../i18n/format.ts';
import { directionOf } from '../../../i18n/languages.ts';

/** An article being written: `id` is the editor's own, so React keeps each article's inputs as it moves. */
export interface DraftArticle {
  id: number;
  heading: string;
  body: string;
}

let nextId = 0;
export const blankArticle = (): DraftArticle => ({ id: ++nextId, heading: '', body: '' });

/** Moves the item at `from` to `to` (both within the array). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

interface Props {
  articles: DraftArticle[];
  onChange: (articles: DraftArticle[]) => void;
  action: Action;
  /** The language the articles are written in: the preview is marked with it. */
  language: string;
  confirmRemove: (article: DraftArticle, num: number) => Promise<boolean>;
}

/**
 * The articles of a new treaty: each a heading and a Markdown body with its preview (beside it on
 * a wide screen, behind a toggle on a phone); added, removed and moved with buttons. After a move
 * the focus stays on the button pressed, now at the article's new place, and the move is announced.
 */
export function ArticleEditor({ articles, onChange, action, language, confirmRemove }: Props) {
  const { t } = useTranslation('admin/treaties');
  const [announce, setAnnounce] = useState('');
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const move = (index: number, to: number, button: 'up' | 'down') => {
    const article = articles[index];
    if (!article || to < 0 || to >= articles.length) return;
    // Keep the focus on the pressed button, or on the other one when this one is now disabled.
    const stays = (button === 'up' && to > 0) || (button === 'down' && to < articles.length - 1);
    focusAfter.current = `article-${article.id}-${stays ? button : button === 'up' ? 'down' : 'up'}`;
    onChange(moved(articles, index, to));
    setAnnounce(t('editor.movedTo', { from: formatInteger(index + 1), to: formatInteger(to + 1) }));
  };
  const remove = async (index: number) => {
    const article = articles[index];
    if (!article || articles.length === 1) return;
    if ((article.heading || article.body) && !(await confirmRemove(article, index + 1))) return;
    const next = articles.filter((_, i) => i !== index);
    focusAfter.current = `article-${(next[index] ?? next[index - 1])?.id}-heading`;
    onChange(next);
    setAnnounce(t('editor.removed', { n: formatInteger(index + 1) }));
  };
  const add = () => {
    const article = blankArticle();
    focusAfter.current = `article-${article.id}-heading`;
    onChange([...articles, article]);
  };
  const update = (index: number, change: Partial<DraftArticle>) =>
    onChange(articles.map((a, i) => (i === index ? { ...a, ...change } : a)));

  return (
    <fieldset className="article-editor">
      <legend>{t('editor.articles')}</legend>
      <p className="muted">{t('editor.markdownHint')}</p>
      <FieldError action={action} name="articles" />
      <ol className="draft-articles">
        {articles.map((article, index) => (
          <ArticleFields
            key={article.id}
            article={article}
            index={index}
            count={articles.length}
            action={action}
            language={language}
            onChange={(change) => update(index, change)}
            onMove={(to, button) => move(index, to, button)}
            onRemove={() => void remove(index)}
          />
        ))}
      </ol>
      <button type="button" className="button secondary" onClick={add}>
        {t('editor.add')}
      </button>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </fieldset>
  );
}

interface ArticleProps {
  article: DraftArticle;
  index: number;
  count: number;
  action: Action;
  language: string;
  onChange: (change: Partial<DraftArticle>) => void;
  onMove: (to: number, button: 'up' | 'down') => void;
  onRemove: () => void;
}

/** One article: heading, body, its preview and its buttons. */
function ArticleFields({ article, index, count, action, language, onChange, onMove, onRemove }: ArticleProps) {
  const { t } = useTranslation('admin/treaties');
  const [preview, setPreview] = useState(false);
  const num = formatInteger(index + 1);
  const heading = action.field(`articles.${index}.heading`);
  const body = action.field(`articles.${index}.body`);
  const previewId = `article-${article.id}-preview`;
  return (
    <li className="draft-article" data-article-index={index}>
      <h3 className="draft-article-title">{t('editor.article', { n: num })}</h3>
      <div className="draft-article-grid">
        <div className="draft-article-fields">
          <label htmlFor={`article-${article.id}-heading`}>{t('editor.heading', { n: num })}</label>
          <input
            {...heading}
            id={`article-${article.id}-heading`}
            value={article.heading}
            maxLength={500}
            lang={language}
            dir={directionOf(language)}
            onChange={(e) => onChange({ heading: e.target.value })}
          />
          <FieldError action={action} name={`articles.${index}.heading`} />
          <label htmlFor={`article-${article.id}-body`}>{t('editor.body', { n: num })}</label>
          <textarea
            {...body}
            id={`article-${article.id}-body`}
            value={article.body}
            rows={6}
            lang={language}
            dir={directionOf(language)}
            onChange={(e) => onChange({ body: e.target.value })}
          />
          <FieldError action={action} name={`articles.${index}.body`} />
        </div>
        <section
          id={previewId}
          className={preview ? 'article-preview shown' : 'article-preview'}
          aria-label={t('editor.previewOf', { n: num })}
          data-testid="article-preview"
        >
          <h4 className="article-preview-title">{t('editor.preview')}</h4>
          {article.body.trim() ? (
            <Markdown source={article.body} lang={language} dir={directionOf(language)} />
          ) : (
            <p className="muted">{t('editor.previewEmpty')}</p>
          )}
        </section>
      </div>
      <ArticleButtons
        articleId={article.id}
        index={index}
        count={count}
        preview={preview}
        previewId={previewId}
        onPreview={() => setPreview((p) => !p)}
        onMove={onMove}
        onRemove={onRemove}
      />
    </li>
  );
}

interface ButtonsProps {
  articleId: number;
  index: number;
  count: number;
  preview: boolean;
  previewId: string;
  onPreview: () => void;
  onMove: (to: number, button: 'up' | 'down') => void;
  onRemove: () => void;
}

/** An article's buttons: the preview's toggle (on a phone), move up and down, remove. */
function ArticleButtons({ articleId, index, count, preview, previewId, onPreview, onMove, onRemove }: ButtonsProps) {
  const { t } = useTranslation('admin/treaties');
  const num = formatInteger(index + 1);
  return (
    <div className="draft-article-buttons">
      <button
        type="button"
        className="button secondary preview-toggle"
        aria-expanded={preview}
        aria-controls={previewId}
        onClick={onPreview}
      >
        {preview ? t('editor.hidePreview') : t('editor.showPreview')}
      </button>
      <button
        type="button"
        id={`article-${articleId}-up`}
        className="button secondary"
        disabled={index === 0}
        aria-label={t('editor.moveUpLabel', { n: num })}
        onClick={() => onMove(index - 1, 'up')}
      >
        {t('editor.moveUp')}
      </button>
      <button
        type="button"
        id={`article-${articleId}-down`}
        className="button secondary"
        disabled={index === count - 1}
        aria-label={t('editor.moveDownLabel', { n: num })}
        onClick={() => onMove(index + 1, 'down')}
      >
        {t('editor.moveDown')}
      </button>
      <button
        type="button"
        className="button secondary danger-text"
        disabled={count === 1}
        aria-label={t('editor.removeLabel', { n: num })}
        onClick={onRemove}
      >
        {t('editor.remove')}
      </button>
    </div>
  );
}
