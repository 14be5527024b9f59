import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
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

const partners = defineRoute({
  method: 'get',
  path: '/api/coalition/partners',
  operationId: 'listCoalitionPartners',
  tags,
  summary: 'Organizations and the people who chose to be public (public)',
  responses: { 200: jsonResponse(PartnersSchema, 'Partners') },
});
const listOrganizations = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/organizations',
  operationId: 'listCoalitionOrganizations',
  tags,
  summary: 'All organizations (admin)',
  responses: { 200: jsonResponse(z.object({ organizations: z.array(OrganizationSchema) }), 'Organizations') },
});
const createOrganization = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/organizations',
  operationId: 'createCoalitionOrganization',
  tags,
  summary: 'Add an organization (admin; logged)',
  request: { body: jsonBody(NewOrganizationSchema) },
  errors: { 400: ['unknown_country'], 409: ['already_exists'] },
  responses: { 201: jsonResponse(OrganizationSchema, 'Added') },
});
const getOrganization = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/organizations/{id}',
  operationId: 'getCoalitionOrganization',
  tags,
  summary: 'One organization (admin)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(OrganizationSchema, 'The organization') },
});
const updateOrganization = defineRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/coalition/organizations/{id}',
  operationId: 'updateCoalitionOrganization',
  tags,
  summary: 'Change an organization (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(OrganizationPatchSchema) },
  errors: { 400: ['unknown_country'], 404: ['not_found'], 409: ['already_exists'] },
  responses: { 200: jsonResponse(OrganizationSchema, 'Changed') },
});
const deleteOrganization = defineRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/organizations/{id}',
  operationId: 'deleteCoalitionOrganization',
  tags,
  summary: 'Remove an organization; its people stay (admin; logged)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: removed,
});
const listPeople = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/people',
  operationId: 'listCoalitionPeople',
  tags,
  summary: 'All people, undisclosed ones included (admin)',
  responses: { 200: jsonResponse(z.object({ people: z.array(PersonSchema) }), 'People') },
});
const createPerson = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/people',
  operationId: 'createCoalitionPerson',
  tags,
  summary: 'Add a person (admin)',
  request: { body: jsonBody(NewPersonSchema) },
  errors: { 400: ['unknown_organization'] },
  responses: { 201: jsonResponse(PersonSchema, 'Added') },
});
const getPerson = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/people/{id}',
  operationId: 'getCoalitionPerson',
  tags,
  summary: 'One person (admin)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(PersonSchema, 'The person') },
});
const updatePerson = defineRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/coalition/people/{id}',
  operationId: 'updateCoalitionPerson',
  tags,
  summary: 'Change a person, e.g. make them undisclosed (admin)',
  request: { params: IdParamSchema, body: jsonBody(PersonPatchSchema) },
  errors: { 400: ['unknown_organization'], 404: ['not_found'] },
  responses: { 200: jsonResponse(PersonSchema, 'Changed') },
});
const deletePerson = defineRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/people/{id}',
  operationId: 'deleteCoalitionPerson',
  tags,
  summary: 'Remove a person without contributions or pledges (admin)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'], 409: ['person_has_records'] },
  responses: removed,
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
