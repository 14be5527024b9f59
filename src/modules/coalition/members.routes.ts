import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import { IdParamSchema } from './coalition.dto-parts.ts';
import {
  NewOrganizationSchema,
  NewPersonSchema,
  OrganizationPatchSchema,
  OrganizationSchema,
  PartnersSchema,
  PersonPatchSchema,
  PersonSchema,
} from './members.dto.ts';
import * as members from './members.service.ts';

const tags = ['coalition: members'];
const removed = { 204: { description: 'Removed' } };

const partners = createRoute({
  method: 'get',
  path: '/api/coalition/partners',
  tags,
  summary: 'Organizations and the people who chose to be public (public)',
  responses: { 200: jsonResponse(PartnersSchema, 'Partners') },
});
const listOrganizations = createRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/organizations',
  tags,
  summary: 'All organizations (admin)',
  responses: { 200: jsonResponse(z.object({ organizations: z.array(OrganizationSchema) }), 'Organizations'), ...errorResponses },
});
const createOrganization = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/organizations',
  tags,
  summary: 'Add an organization (admin; logged)',
  request: { body: jsonBody(NewOrganizationSchema) },
  responses: { 201: jsonResponse(OrganizationSchema, 'Added'), ...errorResponses },
});
const getOrganization = createRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/organizations/{id}',
  tags,
  summary: 'One organization (admin)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(OrganizationSchema, 'The organization'), ...errorResponses },
});
const updateOrganization = createRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/coalition/organizations/{id}',
  tags,
  summary: 'Change an organization (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(OrganizationPatchSchema) },
  responses: { 200: jsonResponse(OrganizationSchema, 'Changed'), ...errorResponses },
});
const deleteOrganization = createRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/organizations/{id}',
  tags,
  summary: 'Remove an organization; its people stay (admin; logged)',
  request: { params: IdParamSchema },
  responses: { ...removed, ...errorResponses },
});
const listPeople = createRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/people',
  tags,
  summary: 'All people, undisclosed ones included (admin)',
  responses: { 200: jsonResponse(z.object({ people: z.array(PersonSchema) }), 'People'), ...errorResponses },
});
const createPerson = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/people',
  tags,
  summary: 'Add a person (admin)',
  request: { body: jsonBody(NewPersonSchema) },
  responses: { 201: jsonResponse(PersonSchema, 'Added'), ...errorResponses },
});
const getPerson = createRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/people/{id}',
  tags,
  summary: 'One person (admin)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(PersonSchema, 'The person'), ...errorResponses },
});
const updatePerson = createRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/coalition/people/{id}',
  tags,
  summary: 'Change a person, e.g. make them undisclosed (admin)',
  request: { params: IdParamSchema, body: jsonBody(PersonPatchSchema) },
  responses: { 200: jsonResponse(PersonSchema, 'Changed'), ...errorResponses },
});
const deletePerson = createRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/people/{id}',
  tags,
  summary: 'Remove a person without contributions or pledges (admin)',
  request: { params: IdParamSchema },
  responses: { ...removed, ...errorResponses },
});

export function mountMembersRoutes(app: App) {
  app.openapi(partners, async (c) => c.json(await members.listPartners(c.var.db), 200));
  app.openapi(listOrganizations, async (c) => c.json({ organizations: await members.listOrganizations(c.var.db, c.var.actor) }, 200));
  app.openapi(createOrganization, async (c) => c.json(await members.createOrganization(c.var.db, c.var.actor, c.req.valid('json')), 201));
  app.openapi(getOrganization, async (c) => c.json(await members.getOrganization(c.var.db, c.var.actor, c.req.valid('param').id), 200));
  app.openapi(updateOrganization, async (c) =>
    c.json(await members.updateOrganization(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(deleteOrganization, async (c) => {
    await members.deleteOrganization(c.var.db, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(listPeople, async (c) => c.json({ people: await members.listPeople(c.var.db, c.var.actor) }, 200));
  app.openapi(createPerson, async (c) => c.json(await members.createPerson(c.var.db, c.var.actor, c.req.valid('json')), 201));
  app.openapi(getPerson, async (c) => c.json(await members.getPerson(c.var.db, c.var.actor, c.req.valid('param').id), 200));
  app.openapi(updatePerson, async (c) =>
    c.json(await members.updatePerson(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(deletePerson, async (c) => {
    await members.deletePerson(c.var.db, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
