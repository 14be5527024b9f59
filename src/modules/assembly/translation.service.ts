/**
 * Treaty translations: a translator (or staff, or the admin) adds or updates the translation of
 * one article of a draft into one of the other five languages; each is logged with the hash of
 * its text. States (current, outdated, missing) are computed, never stored (translation.ts).
 */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import type { StoredArticle } from './assembly-types.ts';
import type { Language } from './languages.ts';
import { completeness, textHash, textsOf, TITLE_KEY, type LanguageCompleteness } from './translation.ts';
import type { NewTranslation, Translation, TranslationStatus } from './translations.dto.ts';
import * as translationsRepo from './translations.repository.ts';
import type { TreatyRow, VersionRow } from './treaties.repository.ts';
import { requireTreaty, requireVersion } from './treaty.service.ts';

const articleNotFound = (key: string, version: number) =>
  new AppError('article_not_found', `version ${version} has no article ${key}`, { status: 404, details: { articleKey: key, version } });

/**
 * Adds or updates the translation of article `key` into `language`, translating the article's
 * current text. `sourceVersion` is the version the translator read: if the article changed since,
 * the translation would be recorded against a text its author never saw (409 source_changed).
 * The same text as the current translation changes nothing (200, `changed: false`, no log entry).
 */
export async function putTranslation(
  db: Db,
  actor: Actor | null,
  treatyId: number,
  language: Language,
  key: string,
  input: NewTranslation,
): Promise<Translation> {
  const who = requireRole(actor, 'translator', 'staff');
  return db.transaction(async (tx) => {
    // The lock orders this against an amendment's new version: the source checked is the one stored.
    const treaty = await requireTreaty(tx, treatyId, true);
    if (treaty.status !== 'draft')
      throw new AppError('treaty_not_draft', 'the treaty is adopted; its texts in every language are closed', { status: 409 });
    if (language === treaty.sourceLanguage)
      throw new AppError('source_language', `${language} is the treaty's source language; its text is the articles themselves`, {
        status: 400,
        details: { language, sourceLanguage: treaty.sourceLanguage },
      });
    const current = await requireVersion(tx, treatyId, treaty.currentVersion);
    const article = textsOf(current.title, current.articles).find((a) => a.key === key);
    if (!article) throw articleNotFound(key, current.number);
    if (key === TITLE_KEY && input.body !== '')
      throw new AppError('validation_failed', 'a title has no body: send body ""', { status: 400, details: { field: 'body' } });
    const read = await requireVersion(tx, treatyId, input.sourceVersion);
    const readArticle = textsOf(read.title, read.articles).find((a) => a.key === key);
    const sourceHash = textHash(article);
    if (!readArticle || textHash(readArticle) !== sourceHash) {
      throw new AppError(
        'source_changed',
        `article ${key} is different in the current version ${current.number} from version ${read.number}; translate version ${current.number}`,
        { status: 409, details: { articleKey: key, sourceVersion: read.number, currentVersion: current.number } },
      );
    }
    checkNotEmpty(article, input);
    const translated = { heading: input.heading, body: input.body };
    const existing = (await translationsRepo.listTranslations(tx, treatyId, language)).findLast(
      (r) => r.articleKey === key && r.sourceHash === sourceHash,
    );
    const hash = textHash(translated);
    if (existing && textHash(existing) === hash) {
      return view(treatyId, key, language, existing, hash, false);
    }
    const row = await translationsRepo.insertTranslation(tx, {
      treatyId,
      articleKey: key,
      language,
      ...translated,
      sourceVersion: current.number,
      sourceHash,
      translatorId: who.id,
    });
    await appendToLog(tx, {
      kind: 'treaty.translation',
      actor: actorLabel(who),
      subject: `treaty:${treatyId}`,
      body: { treatyId, articleKey: key, language, sourceVersion: current.number, sourceHash, textHash: hash },
    });
    return view(treatyId, key, language, { ...row, translator: who.name }, hash, true);
  });
}

/** A translation cannot leave out what the source has: an empty heading or body for a non-empty one. */
function checkNotEmpty(source: StoredArticle, input: NewTranslation): void {
  for (const field of ['heading', 'body'] as const) {
    if (source[field].trim() !== '' && input[field].trim() === '')
      throw new AppError('translation_empty', `the source article has a ${field}; its translation must too`, {
        status: 400,
        details: { field },
      });
  }
}

function view(
  treatyId: number,
  articleKey: string,
  language: Language,
  r: { heading: string; body: string; sourceVersion: number; sourceHash: string; translator: string; createdAt: Date },
  hash: string,
  changed: boolean,
): Translation {
  return {
    treatyId,
    articleKey,
    language,
    heading: r.heading,
    body: r.body,
    sourceVersion: r.sourceVersion,
    sourceHash: r.sourceHash,
    textHash: hash,
    translator: r.translator,
    translatedAt: r.createdAt.toISOString(),
    changed,
  };
}

/** Which texts of a version (its title, key `title`, and its articles) are current, outdated and missing in each language. */
export async function languagesOf(db: Db, treaty: TreatyRow, version: VersionRow): Promise<LanguageCompleteness[]> {
  return completeness(
    textsOf(version.title, version.articles),
    await translationsRepo.listTranslations(db, treaty.id),
    treaty.sourceLanguage,
  );
}

/** Per language, how many articles of the current (or `version`) text are current, outdated, missing. */
export async function translationStatus(db: Db, treatyId: number, version?: number): Promise<TranslationStatus> {
  const treaty = await requireTreaty(db, treatyId);
  const row = await requireVersion(db, treatyId, version ?? treaty.currentVersion);
  const languages = await languagesOf(db, treaty, row);
  const articlesOnly = (keys: string[]) => keys.filter((k) => k !== TITLE_KEY);
  const titleState = (l: LanguageCompleteness) =>
    l.source ? 'source' : l.missing.includes(TITLE_KEY) ? 'missing' : l.outdated.includes(TITLE_KEY) ? 'outdated' : 'current';
  return {
    treatyId,
    version: row.number,
    sourceLanguage: treaty.sourceLanguage,
    articles: row.articles.length,
    languages: languages.map((l) => ({
      language: l.language,
      source: l.source,
      title: titleState(l),
      current: articlesOnly(l.current).length,
      outdated: articlesOnly(l.outdated).length,
      missing: articlesOnly(l.missing).length,
      complete: l.complete,
      outdatedArticles: articlesOnly(l.outdated),
      missingArticles: articlesOnly(l.missing),
    })),
  };
}
