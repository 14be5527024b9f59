import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/languages.ts';
import type { Segment, TreatyDiff } from './api.ts';

function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'insert' ? (
          <ins key={i} className="diff">
            {s.text}
          </ins>
        ) : (
          <del key={i} className="diff">
            {s.text}
          </del>
        ),
      )}
    </>
  );
}

/** The word diff between two versions of the text in one language; an article shown in the source text for want of a current translation says so. */
export function DiffView({ diff }: { diff: TreatyDiff }) {
  const { t, i18n } = useTranslation('assembly');
  const { from, to, articles, language } = diff;
  const changed = articles.filter((a) => a.status !== 'unchanged').length;
  return (
    <div className="treaty-text diff-view">
      <p className="muted">
        {t('diff.summary', { count: changed, n: formatInteger(changed), from: formatInteger(from), to: formatInteger(to) })}{' '}
        {t('diff.legend')}
      </p>
      {articles.map((a) => {
        const state = a.afterTranslation ?? a.beforeTranslation;
        const flagged = state === 'outdated' || state === 'missing';
        return (
          <article key={a.key} data-article={a.key} data-status={a.status} lang={language} dir={directionOf(language)}>
            <h3>
              {a.status === 'changed' && a.heading ? <Segments segments={a.heading} /> : (a.after ?? a.before)?.heading}{' '}
              <span className="article-key" lang={i18n.resolvedLanguage} dir={i18n.dir()}>
                {a.key} · {t(`diffStatus.${a.status}`)}
                {flagged && <> · {t(`translationState.${state}`)}</>}
              </span>
            </h3>
            {a.status === 'changed' && a.body ? (
              <p>
                <Segments segments={a.body} />
              </p>
            ) : a.status === 'added' ? (
              <p>
                <ins className="diff">{a.after?.body}</ins>
              </p>
            ) : a.status === 'removed' ? (
              <p>
                <del className="diff">{a.before?.body}</del>
              </p>
            ) : (
              <p className="muted">{a.after?.body}</p>
            )}
          </article>
        );
      })}
    </div>
  );
}
