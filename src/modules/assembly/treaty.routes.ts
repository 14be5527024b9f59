import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import { AmendmentParamSchema, IdParamSchema, VersionParamSchema } from './common.dto.ts';
import {
  AmendmentDetailSchema,
  AmendmentSchema,
  AmendmentsQuerySchema,
  DiffQuerySchema,
  DiffSchema,
  ExportQuerySchema,
  NewAmendmentSchema,
  NewCommentSchema,
  NewTreatySchema,
  SecondSchema,
  TreatyActSchema,
  TreatyActViewSchema,
  TreatySchema,
  TreatyStatusSchema,
  TreatySummarySchema,
  TreatyVersionSchema,
  VersionListSchema,
} from './treaties.dto.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import { recordTreatyAct, treatyStatus } from './ratification.service.ts';
import * as treaties from './treaty.service.ts';

const tags = ['treaties'];
const text = (type: string, description: string) => ({ content: { [type]: { schema: z.string() } }, description });

const listRoute = createRoute({
  method: 'get',
  path: '/api/treaties',
  tags,
  summary: 'Treaties (public)',
  responses: { 200: jsonResponse(z.object({ treaties: z.array(TreatySummarySchema) }), 'Treaties') },
});
const createRoute_ = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/treaties',
  tags,
  summary: 'Create a draft from a title and ordered articles (admin)',
  request: { body: jsonBody(NewTreatySchema) },
  responses: { 201: jsonResponse(TreatySchema, 'Created: version 1'), ...errorResponses },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}',
  tags,
  summary: 'The treaty and its current consolidated text (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(TreatySchema, 'The treaty'), ...errorResponses },
});
const versionsRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}/versions',
  tags,
  summary: 'Every version, oldest first (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(VersionListSchema, 'Versions'), ...errorResponses },
});
const versionRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}/versions/{n}',
  tags,
  summary: 'One immutable version (public)',
  request: { params: VersionParamSchema },
  responses: { 200: jsonResponse(TreatyVersionSchema, 'The version'), ...errorResponses },
});
const diffRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}/diff',
  tags,
  summary: 'Word-level diff per article (matched by stable key) between two versions (public)',
  request: { params: IdParamSchema, query: DiffQuerySchema },
  responses: { 200: jsonResponse(DiffSchema, 'The diff'), ...errorResponses },
});
const markdownRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}/export.md',
  tags,
  summary: 'The current (or ?version=) text as Markdown (public)',
  request: { params: IdParamSchema, query: ExportQuerySchema },
  responses: { 200: text('text/markdown', 'CommonMark'), ...errorResponses },
});
const aknRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}/export.akn.xml',
  tags,
  summary: 'The current (or ?version=) text as Akoma Ntoso 3.0 XML (public)',
  request: { params: IdParamSchema, query: ExportQuerySchema },
  responses: { 200: text('application/akn+xml', 'Akoma Ntoso 3.0'), ...errorResponses },
});
const listAmendmentsRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}/amendments',
  tags: ['amendments'],
  summary: 'Amendments of a treaty (public)',
  request: { params: IdParamSchema, query: AmendmentsQuerySchema },
  responses: { 200: jsonResponse(z.object({ amendments: z.array(AmendmentSchema) }), 'Amendments'), ...errorResponses },
});
const proposeRoute = createRoute({
  ...roles('delegate'),
  method: 'post',
  path: '/api/treaties/{id}/amendments',
  tags: ['amendments'],
  summary: "Propose an amendment against a base version (a member's delegate)",
  request: { params: IdParamSchema, body: jsonBody(NewAmendmentSchema) },
  responses: { 201: jsonResponse(AmendmentDetailSchema, 'Proposed'), ...errorResponses },
});
const getAmendmentRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}/amendments/{aid}',
  tags: ['amendments'],
  summary: 'One amendment with its seconds, comments and motions (public)',
  request: { params: AmendmentParamSchema },
  responses: { 200: jsonResponse(AmendmentDetailSchema, 'The amendment'), ...errorResponses },
});
const secondRoute = createRoute({
  ...roles('delegate'),
  method: 'post',
  path: '/api/treaties/{id}/amendments/{aid}/seconds',
  tags: ['amendments'],
  summary: "Second an amendment (another member's delegate; once per participant)",
  request: { params: AmendmentParamSchema, body: jsonBody(SecondSchema) },
  responses: { 201: jsonResponse(AmendmentDetailSchema, 'Seconded'), ...errorResponses },
});
const commentRoute = createRoute({
  ...roles('delegate', 'staff'),
  method: 'post',
  path: '/api/treaties/{id}/amendments/{aid}/comments',
  tags: ['amendments'],
  summary: 'Comment on an amendment (delegates, staff, admin)',
  request: { params: AmendmentParamSchema, body: jsonBody(NewCommentSchema) },
  responses: { 201: jsonResponse(AmendmentDetailSchema, 'Commented'), ...errorResponses },
});
const actRoute = (path: string, summary: string) =>
  createRoute({
    ...roles('delegate'),
    method: 'post',
    path: `/api/treaties/{id}/${path}`,
    tags: ['ratification'],
    summary,
    request: { params: IdParamSchema, body: jsonBody(TreatyActSchema) },
    responses: { 201: jsonResponse(TreatyActViewSchema, 'Recorded'), ...errorResponses },
  });
const signRoute = actRoute('signatures', "Record a state's signature (its delegate, or the admin as depositary)");
const ratifyRoute = actRoute('ratifications', "Record a state's deposit of ratification (after its signature)");
const withdrawRoute = actRoute('withdrawals', "Record a state's withdrawal");
const statusRoute = createRoute({
  method: 'get',
  path: '/api/treaties/{id}/status',
  tags: ['ratification'],
  summary: 'Signatures, ratifications, shares of world population and GDP, entry into force (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(TreatyStatusSchema, 'Status'), ...errorResponses },
});

/** The treaties' routes: texts, amendments, signature and ratification; `env` gives the services their clock. */
export function mountTreatyRoutes(app: App, env: AssemblyEnv) {
  app.openapi(listRoute, async (c) => c.json({ treaties: await treaties.listTreaties(c.var.db) }, 200));
  app.openapi(createRoute_, async (c) => c.json(await treaties.createTreaty(c.var.db, c.var.actor, c.req.valid('json')), 201));
  app.openapi(getRoute, async (c) => c.json(await treaties.getTreaty(c.var.db, c.req.valid('param').id), 200));
  app.openapi(versionsRoute, async (c) => c.json({ versions: await treaties.listVersions(c.var.db, c.req.valid('param').id) }, 200));
  app.openapi(versionRoute, async (c) => {
    const { id, n } = c.req.valid('param');
    return c.json(await treaties.getVersion(c.var.db, id, n), 200);
  });
  app.openapi(diffRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await treaties.diffVersions(c.var.db, c.req.valid('param').id, from, to), 200);
  });
  app.openapi(markdownRoute, async (c) =>
    c.body(await treaties.exportMarkdown(c.var.db, c.req.valid('param').id, c.req.valid('query').version), 200, {
      'content-type': 'text/markdown; charset=utf-8',
    }),
  );
  app.openapi(aknRoute, async (c) =>
    c.body(await treaties.exportAkomaNtoso(c.var.db, c.req.valid('param').id, c.req.valid('query').version), 200, {
      'content-type': 'application/akn+xml; charset=utf-8',
    }),
  );
  app.openapi(listAmendmentsRoute, async (c) =>
    c.json({ amendments: await treaties.listAmendments(c.var.db, c.req.valid('param').id, c.req.valid('query').status) }, 200),
  );
  app.openapi(proposeRoute, async (c) =>
    c.json(await treaties.proposeAmendment(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(getAmendmentRoute, async (c) => {
    const { id, aid } = c.req.valid('param');
    return c.json(await treaties.getAmendment(c.var.db, id, aid), 200);
  });
  app.openapi(secondRoute, async (c) => {
    const { id, aid } = c.req.valid('param');
    return c.json(await treaties.secondAmendment(c.var.db, c.var.actor, id, aid), 201);
  });
  app.openapi(commentRoute, async (c) => {
    const { id, aid } = c.req.valid('param');
    return c.json(await treaties.commentAmendment(c.var.db, c.var.actor, id, aid, c.req.valid('json').body), 201);
  });
  app.openapi(signRoute, async (c) =>
    c.json(await recordTreatyAct(c.var.db, c.var.actor, c.req.valid('param').id, 'signature', c.req.valid('json'), env), 201),
  );
  app.openapi(ratifyRoute, async (c) =>
    c.json(await recordTreatyAct(c.var.db, c.var.actor, c.req.valid('param').id, 'ratification', c.req.valid('json'), env), 201),
  );
  app.openapi(withdrawRoute, async (c) =>
    c.json(await recordTreatyAct(c.var.db, c.var.actor, c.req.valid('param').id, 'withdrawal', c.req.valid('json'), env), 201),
  );
  app.openapi(statusRoute, async (c) => c.json(await treatyStatus(c.var.db, c.req.valid('param').id, env), 200));
}
