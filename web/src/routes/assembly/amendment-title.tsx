import { useTranslation } from 'react-i18next';
import { useApi } from '../../components/use-api.ts';
import { formatInteger } from '../../i18n/format.ts';
import { assemblyApi, type Amendment, type TreatyLanguage } from './api.ts';

/** The articles of one version by key: their number and heading, to name what an amendment touches. */
export type ArticleIndex = ReadonlyMap<string, { num: number; heading: string }>;

const LANGUAGES: readonly string[] = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

/**
 * The articles of each base version among `versions`, in the reader's language where translated,
 * fetched once per version; empty until they arrive (titles then fall back to "Amendment N").
 */
export function useBaseArticles(treatyId: number, versions: readonly number[]): ReadonlyMap<number, ArticleIndex> {
  const { i18n } = useTranslation();
  const lang = (LANGUAGES.includes(i18n.resolvedLanguage ?? '') ? i18n.resolvedLanguage : 'en') as TreatyLanguage;
  const distinct = [...new Set(versions)].sort((a, b) => a - b);
  const loaded = useApi(
    () =>
      Promise.all(
        distinct.map(async (n) => {
          const text = await assemblyApi.version(treatyId, n, lang);
          return [n, new Map(text.articles.map((x) => [x.key, { num: x.num, heading: x.heading }]))] as const;
        }),
      ),
    `${treatyId}:${lang}:${distinct.join(',')}`,
  );
  return loaded.status === 'ok' ? new Map(loaded.data) : new Map();
}

/**
 * An amendment named by the article it touches, as its base version numbers and heads it:
 * "Amend Article 3 — Thresholds", "New article after Article 2 — Scope"; "Amendment 7" while the
 * articles are not known.
 */
export function AmendmentTitle({
  a,
  articles,
}: {
  a: Pick<Amendment, 'id' | 'op' | 'articleKey' | 'afterKey'>;
  articles: ArticleIndex | undefined;
}) {
  const { t } = useTranslation('assembly');
  if (a.op === 'insert' && !a.afterKey) return t('amendmentTitle.insertAtStart');
  const article = articles?.get((a.op === 'insert' ? a.afterKey : a.articleKey) ?? '');
  if (!article) return t('amendmentTitle.fallback', { id: formatInteger(a.id) });
  return t(`amendmentTitle.${a.op}`, { num: formatInteger(article.num), heading: article.heading });
}

/** The title of an amendment known only by its id (a motion's): fetched, with its base version's articles. */
export function AmendmentTitleById({ treatyId, amendmentId }: { treatyId: number; amendmentId: number }) {
  const { t } = useTranslation('assembly');
  const amendment = useApi(() => assemblyApi.amendment(treatyId, amendmentId), `${treatyId}:${amendmentId}`);
  const articles = useBaseArticles(treatyId, amendment.status === 'ok' ? [amendment.data.baseVersion] : []);
  if (amendment.status !== 'ok') return t('amendmentTitle.fallback', { id: formatInteger(amendmentId) });
  return <AmendmentTitle a={amendment.data} articles={articles.get(amendment.data.baseVersion)} />;
}
