import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import { IdParamSchema } from './common.dto.ts';
import { putTranslation, translationStatus } from './translation.service.ts';
import {
  NewTranslationSchema,
  TranslationParamSchema,
  TranslationSchema,
  TranslationStatusSchema,
  TranslationsQuerySchema,
} from './translations.dto.ts';

const tags = ['translations'];

const statusRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/translations',
  operationId: 'getTreatyTranslations',
  tags,
  summary: 'Per language, how many articles of the current (or ?version=) text are current, outdated and missing (public)',
  request: { params: IdParamSchema, query: TranslationsQuerySchema },
  responses: { 200: jsonResponse(TranslationStatusSchema, 'Translation states') },
  errors: { 404: ['not_found', 'version_not_found'] },
});

const putRoute = defineRoute({
  ...roles('translator', 'staff'),
  method: 'put',
  path: '/api/treaties/{id}/translations/{lang}/{key}',
  operationId: 'translateArticle',
  tags,
  summary: "Add or update the translation of an article's current text into a language (translators, staff, admin; drafts only)",
  request: { params: TranslationParamSchema, body: jsonBody(NewTranslationSchema) },
  responses: { 200: jsonResponse(TranslationSchema, 'The translation, current') },
  errors: {
    400: ['source_language', 'translation_empty'],
    404: ['not_found', 'version_not_found', 'article_not_found'],
    409: ['treaty_not_draft', 'source_changed'],
  },
});

/** The translations' routes: per-language states, and a translator's translation of one article. */
export function mountTranslationRoutes(app: App) {
  app.openapi(statusRoute, async (c) =>
    c.json(await translationStatus(c.var.db, c.req.valid('param').id, c.req.valid('query').version), 200),
  );
  app.openapi(putRoute, async (c) => {
    const { id, lang, key } = c.req.valid('param');
    return c.json(await putTranslation(c.var.db, c.var.actor, id, lang, key, c.req.valid('json')), 200);
  });
}
