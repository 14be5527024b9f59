/**
 * Schemas (validation and OpenAPI) of treaty translations: the `lang` query of the reading routes,
 * each article's translation state, a translation sent by a translator and the per-language
 * completeness (translation.routes.ts, and the text views of treaties.dto.ts).
 */
import { z } from '@hono/zod-openapi';
import { MAX_INT4, pathId } from '../../core/http/openapi.ts';
import { text } from '../../core/http/text.ts';
import { queryInt } from './common.dto.ts';
import { LANGUAGES } from './languages.ts';
import { TRANSLATION_STATES } from './translation.ts';

/** `?lang=`: one of the six languages (ISO 639-1); without it, the treaty's source language. */
export const langQuery = z
  .enum(LANGUAGES)
  .optional()
  .openapi({ param: { name: 'lang', in: 'query' }, example: 'fr' });
export const LangQuerySchema = z.object({ lang: langQuery });

/** Where an article's shown text comes from in the language asked for. */
export const ArticleTranslationSchema = z
  .object({
    state: z.enum(TRANSLATION_STATES).openapi({
      description:
        'source: the article as written; current: its translation of this text; outdated: a translation of an earlier text exists (the source text is shown, the translation is in `outdated`); missing: no translation (the source text is shown)',
    }),
    translator: z.string().nullable(),
    translatedAt: z.string().nullable(),
    /** The version whose text the translation translates. */
    sourceVersion: z.number().int().nullable(),
    /** The outdated translation, kept to be shown marked; null unless the state is outdated. */
    outdated: z.object({ heading: z.string(), body: z.string() }).nullable(),
  })
  .openapi('ArticleTranslation');

export const TranslationParamSchema = z.object({
  id: pathId('id'),
  lang: z.enum(LANGUAGES).openapi({ param: { name: 'lang', in: 'path' }, example: 'fr' }),
  key: z
    .string()
    .regex(/^(art-\d{1,9}|title)$/, 'an article key is art-<n>, or title for the treaty title')
    .openapi({ param: { name: 'key', in: 'path' }, example: 'art-1' }),
});

export const NewTranslationSchema = z
  .strictObject({
    /** The version the translator read: refused (409 source_changed) if the article has changed since. */
    sourceVersion: z.number().int().positive().max(MAX_INT4),
    heading: text(500, { min: 0, trim: false }),
    body: text(100_000, { min: 0, trim: false, multiline: true }),
  })
  .openapi('NewTranslation');

export const TranslationSchema = z
  .object({
    treatyId: z.number().int(),
    articleKey: z.string(),
    language: z.enum(LANGUAGES),
    heading: z.string(),
    body: z.string(),
    sourceVersion: z.number().int(),
    /** SHA-256 of the RFC 8785 JSON of the source article's {body, heading}. */
    sourceHash: z.string(),
    /** The same hash of this translation's {body, heading}, as logged. */
    textHash: z.string(),
    translator: z.string(),
    translatedAt: z.string(),
    /** False when the same text was already the article's current translation: nothing stored, nothing logged. */
    changed: z.boolean(),
  })
  .openapi('Translation');

export const TranslationsQuerySchema = z.object({ version: queryInt('version', 1).optional() });

export const TranslationStatusSchema = z
  .object({
    treatyId: z.number().int(),
    version: z.number().int(),
    sourceLanguage: z.enum(LANGUAGES),
    articles: z.number().int(),
    languages: z.array(
      z.object({
        language: z.enum(LANGUAGES),
        source: z.boolean(),
        /** The state of the title's translation (key `title`). */
        title: z.enum(TRANSLATION_STATES),
        /** Articles (the title apart) current, outdated, missing. */
        current: z.number().int(),
        outdated: z.number().int(),
        missing: z.number().int(),
        /** The title and every article current (always, for the source language). */
        complete: z.boolean(),
        outdatedArticles: z.array(z.string()),
        missingArticles: z.array(z.string()),
      }),
    ),
  })
  .openapi('TreatyTranslations');

export type ArticleTranslation = z.infer<typeof ArticleTranslationSchema>;
export type NewTranslation = z.infer<typeof NewTranslationSchema>;
export type Translation = z.infer<typeof TranslationSchema>;
export type TranslationStatus = z.infer<typeof TranslationStatusSchema>;
