import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse, pathId } from '../../core/http/openapi.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { IdParamSchema } from './coalition.dto-parts.ts';
import {
  CancelRegistrationSchema,
  CancelResultSchema,
  EventListQuerySchema,
  EventPatchSchema,
  EventSchema,
  NewEventSchema,
  NewMemberSchema,
  NewOutputSchema,
  NewRegistrationSchema,
  RegistrationReceiptSchema,
  RegistrationSchema,
} from './events.dto.ts';
import * as events from './events.service.ts';

const tags = ['coalition: events'];
const MemberParams = IdParamSchema.extend({ personId: pathId('personId') });
const OutputParams = IdParamSchema.extend({ outputId: pathId('outputId') });

const list = createRoute({
  method: 'get',
  path: '/api/coalition/events',
  tags,
  summary: 'Summits, working groups and meetings (public)',
  request: { query: EventListQuerySchema },
  responses: { 200: jsonResponse(z.object({ events: z.array(EventSchema) }), 'Events'), ...errorResponses },
});
const calendar = createRoute({
  method: 'get',
  path: '/api/coalition/events.ics',
  tags,
  summary: 'Every event as an iCalendar feed (RFC 5545) to subscribe to (public)',
  responses: { 200: { content: { 'text/calendar': { schema: z.string() } }, description: 'VCALENDAR' } },
});
const one = createRoute({
  method: 'get',
  path: '/api/coalition/events/{id}',
  tags,
  summary: 'One event with its agenda, public members and outputs (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(EventSchema, 'The event'), ...errorResponses },
});
const create = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/events',
  tags,
  summary: 'Create an event; times are local wall-clock times in its IANA time zone (admin; logged)',
  request: { body: jsonBody(NewEventSchema) },
  responses: { 201: jsonResponse(EventSchema, 'Created'), ...errorResponses },
});
const update = createRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/coalition/events/{id}',
  tags,
  summary: 'Change an event; a larger capacity promotes from the waiting list (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(EventPatchSchema) },
  responses: { 200: jsonResponse(EventSchema, 'Changed'), ...errorResponses },
});
const remove = createRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/events/{id}',
  tags,
  summary: 'Delete an event and its registrations (admin; logged)',
  request: { params: IdParamSchema },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});
const register = createRoute({
  method: 'post',
  path: '/api/coalition/events/{id}/registrations',
  tags,
  summary:
    'Register with a name and e-mail (no account needed): confirmed while places remain, else waiting; returns a cancel token once (public)',
  request: { params: IdParamSchema, body: jsonBody(NewRegistrationSchema) },
  responses: { 201: jsonResponse(RegistrationReceiptSchema, 'Registered'), ...errorResponses },
});
const registrations = createRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/events/{id}/registrations',
  tags,
  summary: 'An event’s registrations (admin)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(z.object({ registrations: z.array(RegistrationSchema) }), 'Registrations'), ...errorResponses },
});
const cancel = createRoute({
  method: 'post',
  path: '/api/coalition/registrations/{id}/cancel',
  tags,
  summary: 'Cancel a registration with its cancel token (or as admin); the first waiting person is promoted',
  request: { params: IdParamSchema, body: jsonBody(CancelRegistrationSchema) },
  responses: { 200: jsonResponse(CancelResultSchema, 'Cancelled'), ...errorResponses },
});
const addMember = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/events/{id}/members',
  tags,
  summary: 'Add a person to a working group (admin)',
  request: { params: IdParamSchema, body: jsonBody(NewMemberSchema) },
  responses: { 201: jsonResponse(EventSchema, 'Added'), ...errorResponses },
});
const removeMember = createRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/events/{id}/members/{personId}',
  tags,
  summary: 'Remove a person from a working group (admin)',
  request: { params: MemberParams },
  responses: { 200: jsonResponse(EventSchema, 'Removed'), ...errorResponses },
});
const addOutput = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/events/{id}/outputs',
  tags,
  summary: 'Link a working group output document by URL (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(NewOutputSchema) },
  responses: { 201: jsonResponse(EventSchema, 'Linked'), ...errorResponses },
});
const removeOutput = createRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/events/{id}/outputs/{outputId}',
  tags,
  summary: 'Unlink a working group output (admin)',
  request: { params: OutputParams },
  responses: { 200: jsonResponse(EventSchema, 'Unlinked'), ...errorResponses },
});

export function mountEventsRoutes(app: App, env: CoalitionEnv, publicUrl: string) {
  app.openapi(calendar, async (c) =>
    c.body(await events.eventsCalendar(c.var.db, publicUrl), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="coalition-events.ics"',
    }),
  );
  app.openapi(list, async (c) => c.json({ events: await events.listEvents(c.var.db, c.req.valid('query').when, env) }, 200));
  app.openapi(one, async (c) => c.json(await events.getEvent(c.var.db, c.req.valid('param').id), 200));
  app.openapi(create, async (c) => c.json(await events.createEvent(c.var.db, c.var.actor, c.req.valid('json')), 201));
  app.openapi(update, async (c) =>
    c.json(await events.updateEvent(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json'), env), 200),
  );
  app.openapi(remove, async (c) => {
    await events.deleteEvent(c.var.db, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(register, async (c) => c.json(await events.register(c.var.db, c.req.valid('param').id, c.req.valid('json'), env), 201));
  app.openapi(registrations, async (c) =>
    c.json({ registrations: await events.listRegistrations(c.var.db, c.var.actor, c.req.valid('param').id) }, 200),
  );
  app.openapi(cancel, async (c) =>
    c.json(await events.cancelRegistration(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json').token, env), 200),
  );
  app.openapi(addMember, async (c) =>
    c.json(await events.addMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json').personId), 201),
  );
  app.openapi(removeMember, async (c) => {
    const { id, personId } = c.req.valid('param');
    return c.json(await events.removeMember(c.var.db, c.var.actor, id, personId), 200);
  });
  app.openapi(addOutput, async (c) =>
    c.json(await events.addOutput(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(removeOutput, async (c) => {
    const { id, outputId } = c.req.valid('param');
    return c.json(await events.removeOutput(c.var.db, c.var.actor, id, outputId), 200);
  });
}
