/**
 * Translation states (pure). A translation records the SHA-256 of the article text it translates;
 * against a version it is `current` when that hash is the hash of the version's article, else
 * `outdated`; an article with no translation into a language is `missing` there. The source
 * language's text is the article itself (`source`). Nothing is carried over: an amendment that
 * changes an article changes its hash, so every translation of it becomes outdated until updated.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { AppError } from '../../core/errors.ts';
import type { StoredArticle } from './assembly-types.ts';
import { LANGUAGES, type Language } from './languages.ts';

/**
 * The treaty's title is translated like an article whose key is `title`, heading the title and body
 * empty; it counts toward a language's completeness, so no export or adoption is in a language whose
 * title is English.
 */
export const TITLE_KEY = 'title';

/** What is translated in a version: its title (key `title`), then its articles. */
export const textsOf = (title: string, articles: readonly StoredArticle[]): StoredArticle[] => [
  { key: TITLE_KEY, heading: title, body: '' },
  ...articles,
];

export const TRANSLATION_STATES = ['source', 'current', 'outdated', 'missing'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** What the states need of a stored translation. */
export interface TranslationRecord {
  articleKey: string;
  language: Language;
  heading: string;
  body: string;
  sourceVersion: number;
  sourceHash: string;
  translator: string;
  createdAt: Date;
}

/** SHA-256 (hex) of the RFC 8785 JSON of {body, heading}: the identity of an article's text, or a translation's. */
export function textHash(text: { heading: string; body: string }): string {
  return createHash('sha256')
    .update(canonicalize({ body: text.body, heading: text.heading }) as string, 'utf8')
    .digest('hex');
}

export interface ArticleInLanguage {
  key: string;
  /** The translation when current, else the source text (flagged by `state`). */
  heading: string;
  body: string;
  state: TranslationState;
  /** The translation shown (current) or kept aside (outdated); null for source and missing. */
  record: TranslationRecord | null;
}

/**
 * Each article of a version in `language`. `records` are that language's translations of the
 * treaty, oldest first; the newest one that translates the version's text wins, else the newest
 * one of the article, which is then outdated.
 */
export function articlesIn(
  articles: readonly StoredArticle[],
  records: readonly TranslationRecord[],
  language: Language,
  sourceLanguage: Language,
): ArticleInLanguage[] {
  if (language === sourceLanguage) return articles.map((a) => ({ ...a, state: 'source', record: null }));
  const byKey = new Map<string, TranslationRecord[]>();
  for (const r of records) if (r.language === language) byKey.set(r.articleKey, [...(byKey.get(r.articleKey) ?? []), r]);
  return articles.map((a) => {
    const rows = byKey.get(a.key) ?? [];
    const hash = textHash(a);
    const current = rows.findLast((r) => r.sourceHash === hash);
    if (current) return { key: a.key, heading: current.heading, body: current.body, state: 'current', record: current };
    const last = rows.at(-1);
    return { ...a, state: last ? 'outdated' : 'missing', record: last ?? null };
  });
}

export interface LanguageCompleteness {
  language: Language;
  source: boolean;
  current: string[];
  outdated: string[];
  missing: string[];
  /** Every article is current (or this is the source language). */
  complete: boolean;
}

/** Which of `shown` (a version's articles in `language`) are current, outdated, missing. */
export function completenessOf(shown: readonly ArticleInLanguage[], language: Language, sourceLanguage: Language): LanguageCompleteness {
  const keys = (state: TranslationState) => shown.filter((a) => a.state === state).map((a) => a.key);
  const outdated = keys('outdated');
  const missing = keys('missing');
  return {
    language,
    source: language === sourceLanguage,
    current: [...keys('source'), ...keys('current')],
    outdated,
    missing,
    complete: outdated.length === 0 && missing.length === 0,
  };
}

/** For each of the six languages, which articles of the version are current, outdated, missing. */
export function completeness(
  articles: readonly StoredArticle[],
  records: readonly TranslationRecord[],
  sourceLanguage: Language,
): LanguageCompleteness[] {
  return LANGUAGES.map((language) => completenessOf(articlesIn(articles, records, language, sourceLanguage), language, sourceLanguage));
}

/**
 * 409 translations_incomplete unless every language of `required` is complete and current;
 * `details.languages` maps each failing language to its missing and outdated article keys.
 */
export function assertComplete(languages: readonly LanguageCompleteness[], required: readonly Language[], what: string): void {
  const failing = languages.filter((l) => required.includes(l.language) && !l.complete);
  if (failing.length === 0) return;
  throw new AppError(
    'translations_incomplete',
    `${what}: not every article is translated and current in ${failing.map((l) => l.language).join(', ')}`,
    {
      status: 409,
      details: { languages: Object.fromEntries(failing.map((l) => [l.language, { missing: l.missing, outdated: l.outdated }])) },
    },
  );
}
