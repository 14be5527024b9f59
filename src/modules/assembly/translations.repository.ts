/**
 * Queries of treaty translations (append-only rows, one per translation or update). Functions
 * take a `Db`, which may be a transaction handed down by a service; none of them checks access.
 */
import { and, asc, eq } from 'drizzle-orm';
import { users } from '../../core/auth/auth.table.ts';
import { firstRow, type Db } from '../../core/db/client.ts';
import { translations } from './assembly.table.ts';
import type { Language } from './languages.ts';
import type { TranslationRecord } from './translation.ts';

export type TranslationRow = typeof translations.$inferSelect;

const recordColumns = {
  articleKey: translations.articleKey,
  language: translations.language,
  heading: translations.heading,
  body: translations.body,
  sourceVersion: translations.sourceVersion,
  sourceHash: translations.sourceHash,
  translator: users.name,
  createdAt: translations.createdAt,
};

/** Every translation of a treaty (into `language` only, when given), oldest first, with its translator's name. */
export function listTranslations(db: Db, treatyId: number, language?: Language): Promise<TranslationRecord[]> {
  return db
    .select(recordColumns)
    .from(translations)
    .innerJoin(users, eq(users.id, translations.translatorId))
    .where(and(eq(translations.treatyId, treatyId), language ? eq(translations.language, language) : undefined))
    .orderBy(asc(translations.id));
}

export async function insertTranslation(db: Db, values: typeof translations.$inferInsert): Promise<TranslationRow> {
  return firstRow(await db.insert(translations).values(values).returning(), 'insert into assembly_translations');
}
