import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse, type ErrorCodes } from '../../core/http/openapi.ts';
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
  TreatyQuerySchema,
  TreatySchema,
  TreatyStatusSchema,
  TreatySummarySchema,
  TreatyVersionSchema,
  VersionListSchema,
} from './treaties.dto.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import type { TreatyActKind } from './assembly.table.ts';
import { recordTreatyAct, treatyStatus } from './ratification.service.ts';
import * as treaties from './treaty.service.ts';

const tags = ['treaties'];
const text = (type: string, description: string) => ({ content: { [type]: { schema: z.string() } }, description });

// Each route's `errors` lists the codes its service can answer with (treaty.service.ts,
// ratification.service.ts, delegation.ts, amendment-text.ts); defineRoute adds the shared ones.
const treatyNotFound = { 404: ['not_found'] } as const satisfies ErrorCodes;
const versionNotFound = { 404: ['not_found', 'version_not_found'] } as const satisfies ErrorCodes;
/** An export in a language: refused while an article's translation is missing or outdated (translation.ts). */
const exportErrors = { ...versionNotFound, 409: ['translations_incomplete'] } as const satisfies ErrorCodes;
/** requireDelegation's codes for a delegate bound to a participant that does not exist, or is not a member. */
const memberDelegation = { 403: ['not_a_member'], 404: ['participant_not_found'] } as const;

const listRoute = defineRoute({
  method: 'get',
  path: '/api/treaties',
  operationId: 'listTreaties',
  tags,
  summary: 'Treaties (public)',
  responses: { 200: jsonResponse(z.object({ treaties: z.array(TreatySummarySchema) }), 'Treaties') },
});
const createTreatyRoute = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/treaties',
  operationId: 'createTreaty',
  tags,
  summary: 'Create a draft from a title and ordered articles (admin)',
  request: { body: jsonBody(NewTreatySchema) },
  responses: { 201: jsonResponse(TreatySchema, 'Created: version 1') },
});
const getRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}',
  operationId: 'getTreaty',
  tags,
  summary:
    'The treaty and its current consolidated text, in ?lang= (default its source language) with each article’s translation state (public)',
  request: { params: IdParamSchema, query: TreatyQuerySchema },
  responses: { 200: jsonResponse(TreatySchema, 'The treaty') },
  errors: treatyNotFound,
});
const versionsRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/versions',
  operationId: 'listTreatyVersions',
  tags,
  summary: 'Every version, oldest first (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(VersionListSchema, 'Versions') },
  errors: treatyNotFound,
});
const versionRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/versions/{n}',
  operationId: 'getTreatyVersion',
  tags,
  summary: 'One immutable version, in ?lang= with each article’s translation state (public)',
  request: { params: VersionParamSchema, query: TreatyQuerySchema },
  responses: { 200: jsonResponse(TreatyVersionSchema, 'The version') },
  errors: versionNotFound,
});
const diffRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/diff',
  operationId: 'diffTreatyVersions',
  tags,
  summary: 'Word-level diff per article (matched by stable key) between two versions, of the texts shown in ?lang= (public)',
  request: { params: IdParamSchema, query: DiffQuerySchema },
  responses: { 200: jsonResponse(DiffSchema, 'The diff') },
  errors: versionNotFound,
});
const markdownRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/export.md',
  operationId: 'exportTreatyMarkdown',
  tags,
  summary: 'The current (or ?version=) text as Markdown, in ?lang= when every article’s translation is current (public)',
  request: { params: IdParamSchema, query: ExportQuerySchema },
  responses: { 200: text('text/markdown', 'CommonMark') },
  errors: exportErrors,
});
const aknRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/export.akn.xml',
  operationId: 'exportTreatyAkomaNtoso',
  tags,
  summary:
    'The current (or ?version=) text as Akoma Ntoso 3.0 XML, one Expression per ?lang= (every article’s translation current) (public)',
  request: { params: IdParamSchema, query: ExportQuerySchema },
  responses: { 200: text('application/akn+xml', 'Akoma Ntoso 3.0') },
  errors: exportErrors,
});
const listAmendmentsRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/amendments',
  operationId: 'listTreatyAmendments',
  tags: ['amendments'],
  summary: 'Amendments of a treaty (public)',
  request: { params: IdParamSchema, query: AmendmentsQuerySchema },
  responses: { 200: jsonResponse(z.object({ amendments: z.array(AmendmentSchema) }), 'Amendments') },
  errors: treatyNotFound,
});
const proposeRoute = defineRoute({
  ...roles('delegate'),
  method: 'post',
  path: '/api/treaties/{id}/amendments',
  operationId: 'proposeAmendment',
  tags: ['amendments'],
  summary: "Propose an amendment against a base version (a member's delegate)",
  request: { params: IdParamSchema, body: jsonBody(NewAmendmentSchema) },
  responses: { 201: jsonResponse(AmendmentDetailSchema, 'Proposed') },
  errors: {
    400: ['amendment_invalid'],
    403: memberDelegation[403],
    404: ['not_found', 'version_not_found', 'article_not_found', ...memberDelegation[404]],
    409: ['treaty_not_draft', 'stale_base_version'],
  },
});
const getAmendmentRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/amendments/{aid}',
  operationId: 'getTreatyAmendment',
  tags: ['amendments'],
  summary: 'One amendment with its seconds, comments and motions (public)',
  request: { params: AmendmentParamSchema },
  responses: { 200: jsonResponse(AmendmentDetailSchema, 'The amendment') },
  errors: { 404: ['not_found'] },
});
const secondRoute = defineRoute({
  ...roles('delegate'),
  method: 'post',
  path: '/api/treaties/{id}/amendments/{aid}/seconds',
  operationId: 'secondAmendment',
  tags: ['amendments'],
  summary: "Second an amendment (another member's delegate; once per participant)",
  request: { params: AmendmentParamSchema, body: jsonBody(SecondSchema) },
  responses: { 201: jsonResponse(AmendmentDetailSchema, 'Seconded') },
  errors: {
    403: [...memberDelegation[403], 'cannot_second_own'],
    404: ['not_found', ...memberDelegation[404]],
    409: ['treaty_not_draft', 'amendment_closed', 'already_seconded'],
  },
});
const commentRoute = defineRoute({
  ...roles('delegate', 'staff'),
  method: 'post',
  path: '/api/treaties/{id}/amendments/{aid}/comments',
  operationId: 'commentOnAmendment',
  tags: ['amendments'],
  summary: 'Comment on an amendment (delegates, staff, admin)',
  request: { params: AmendmentParamSchema, body: jsonBody(NewCommentSchema) },
  responses: { 201: jsonResponse(AmendmentDetailSchema, 'Commented') },
  errors: { 403: memberDelegation[403], 404: ['not_found', ...memberDelegation[404]] },
});
/** The 409 codes of each act: once each, in order, nothing after a withdrawal (ratification.service.ts). */
const ACT_CONFLICTS: Record<TreatyActKind, readonly string[]> = {
  signature: ['already_signed'],
  ratification: ['already_ratified', 'ratification_before_signature'],
  withdrawal: ['not_signed'],
};
const actRoute = (kind: TreatyActKind, path: string, operationId: string, summary: string) =>
  defineRoute({
    ...roles('delegate'),
    method: 'post',
    path: `/api/treaties/{id}/${path}`,
    operationId,
    tags: ['ratification'],
    summary,
    request: { params: IdParamSchema, body: jsonBody(TreatyActSchema) },
    responses: { 201: jsonResponse(TreatyActViewSchema, 'Recorded') },
    errors: {
      400: ['participant_required', 'date_in_future', 'dates_out_of_order'],
      403: ['not_your_participant', 'not_a_state'],
      404: ['not_found', 'participant_not_found'],
      409: ['treaty_not_open_for_signature', 'already_withdrawn', ...ACT_CONFLICTS[kind]],
    },
  });
const signRoute = actRoute(
  'signature',
  'signatures',
  'signTreaty',
  "Record a state's signature (its delegate, or the admin as depositary)",
);
const ratifyRoute = actRoute(
  'ratification',
  'ratifications',
  'ratifyTreaty',
  "Record a state's deposit of ratification (after its signature)",
);
const withdrawRoute = actRoute('withdrawal', 'withdrawals', 'withdrawFromTreaty', "Record a state's withdrawal");
const statusRoute = defineRoute({
  method: 'get',
  path: '/api/treaties/{id}/status',
  operationId: 'getTreatyStatus',
  tags: ['ratification'],
  summary: 'Signatures, ratifications, shares of world population and GDP, entry into force (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(TreatyStatusSchema, 'Status') },
  errors: treatyNotFound,
});

/** The treaties' routes: texts, amendments, signature and ratification; `env` gives the services their clock. */
export function mountTreatyRoutes(app: App, env: AssemblyEnv) {
  app.openapi(listRoute, async (c) => c.json({ treaties: await treaties.listTreaties(c.var.db) }, 200));
  app.openapi(createTreatyRoute, async (c) => c.json(await treaties.createTreaty(c.var.db, c.var.actor, c.req.valid('json')), 201));
  app.openapi(getRoute, async (c) => c.json(await treaties.getTreaty(c.var.db, c.req.valid('param').id, c.req.valid('query').lang), 200));
  app.openapi(versionsRoute, async (c) => c.json({ versions: await treaties.listVersions(c.var.db, c.req.valid('param').id) }, 200));
  app.openapi(versionRoute, async (c) => {
    const { id, n } = c.req.valid('param');
    return c.json(await treaties.getVersion(c.var.db, id, n, c.req.valid('query').lang), 200);
  });
  app.openapi(diffRoute, async (c) => {
    const { from, to, lang } = c.req.valid('query');
    return c.json(await treaties.diffVersions(c.var.db, c.req.valid('param').id, from, to, lang), 200);
  });
  app.openapi(markdownRoute, async (c) => {
    const { version, lang } = c.req.valid('query');
    return c.body(await treaties.exportMarkdown(c.var.db, c.req.valid('param').id, version, lang), 200, {
      'content-type': 'text/markdown; charset=utf-8',
    });
  });
  app.openapi(aknRoute, async (c) => {
    const { version, lang } = c.req.valid('query');
    return c.body(await treaties.exportAkomaNtoso(c.var.db, c.req.valid('param').id, version, lang), 200, {
      'content-type': 'application/akn+xml; charset=utf-8',
    });
  });
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
