import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse, pathId } from '../../core/http/openapi.ts';
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
  WorkingGroupMembersSchema,
} from './events.dto.ts';
import * as events from './events.service.ts';

const tags = ['coalition: events'];
const MemberParams = IdParamSchema.extend({ personId: pathId('personId') });
const OutputParams = IdParamSchema.extend({ outputId: pathId('outputId') });
/** What eventColumns refuses in an event's times, zone and place, on creation and on change alike. */
const EVENT_INPUT_CODES = ['unknown_time_zone', 'invalid_local_time', 'end_before_start', 'place_or_link_required'];

const list = defineRoute({
  method: 'get',
  path: '/api/coalition/events',
  operationId: 'listCoalitionEvents',
  tags,
  summary: 'Summits, working groups and meetings (public)',
  request: { query: EventListQuerySchema },
  responses: { 200: jsonResponse(z.object({ events: z.array(EventSchema) }), 'Events') },
});
const calendar = defineRoute({
  method: 'get',
  path: '/api/coalition/events.ics',
  operationId: 'getCoalitionEventsCalendar',
  tags,
  summary: 'Every event as an iCalendar feed (RFC 5545) to subscribe to (public)',
  responses: { 200: { content: { 'text/calendar': { schema: z.string() } }, description: 'VCALENDAR' } },
});
const one = defineRoute({
  method: 'get',
  path: '/api/coalition/events/{id}',
  operationId: 'getCoalitionEvent',
  tags,
  summary: 'One event with its agenda, public members and outputs (public)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(EventSchema, 'The event') },
});
const create = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/events',
  operationId: 'createCoalitionEvent',
  tags,
  summary: 'Create an event; times are local wall-clock times in its IANA time zone (admin; logged)',
  request: { body: jsonBody(NewEventSchema) },
  errors: { 400: EVENT_INPUT_CODES },
  responses: { 201: jsonResponse(EventSchema, 'Created') },
});
const update = defineRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/coalition/events/{id}',
  operationId: 'updateCoalitionEvent',
  tags,
  summary: 'Change an event; a larger capacity promotes from the waiting list (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(EventPatchSchema) },
  errors: { 400: EVENT_INPUT_CODES, 404: ['not_found'], 409: ['capacity_below_confirmed'] },
  responses: { 200: jsonResponse(EventSchema, 'Changed') },
});
const remove = defineRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/events/{id}',
  operationId: 'deleteCoalitionEvent',
  tags,
  summary: 'Delete an event and its registrations (admin; logged)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 204: { description: 'Deleted' } },
});
const register = defineRoute({
  method: 'post',
  path: '/api/coalition/events/{id}/registrations',
  operationId: 'createEventRegistration',
  tags,
  summary:
    'Register with a name and e-mail (no account needed): confirmed while places remain, else waiting; returns a cancel token once (public)',
  request: { params: IdParamSchema, body: jsonBody(NewRegistrationSchema) },
  errors: { 404: ['not_found'], 409: ['event_over', 'already_registered'], 429: ['rate_limited'] },
  responses: { 201: jsonResponse(RegistrationReceiptSchema, 'Registered') },
});
const registrations = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/events/{id}/registrations',
  operationId: 'listEventRegistrations',
  tags,
  summary: 'An event’s registrations (admin)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(z.object({ registrations: z.array(RegistrationSchema) }), 'Registrations') },
});
const cancel = defineRoute({
  method: 'post',
  path: '/api/coalition/registrations/{id}/cancel',
  operationId: 'cancelEventRegistration',
  tags,
  summary: 'Cancel a registration with its cancel token (or as admin); the first waiting person is promoted',
  request: { params: IdParamSchema, body: jsonBody(CancelRegistrationSchema) },
  errors: { 403: ['forbidden'], 404: ['not_found'], 409: ['already_cancelled'] },
  responses: { 200: jsonResponse(CancelResultSchema, 'Cancelled') },
});
const members = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/events/{id}/members',
  operationId: 'listWorkingGroupMembers',
  tags,
  summary: 'Every member of a working group, undisclosed people included (admin)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'], 409: ['not_a_working_group'] },
  responses: { 200: jsonResponse(WorkingGroupMembersSchema, 'Members') },
});
const addMember = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/events/{id}/members',
  operationId: 'addWorkingGroupMember',
  tags,
  summary: 'Add a person to a working group (admin)',
  request: { params: IdParamSchema, body: jsonBody(NewMemberSchema) },
  errors: { 400: ['unknown_person'], 404: ['not_found'], 409: ['not_a_working_group', 'already_member'] },
  responses: { 201: jsonResponse(EventSchema, 'Added') },
});
const removeMember = defineRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/events/{id}/members/{personId}',
  operationId: 'removeWorkingGroupMember',
  tags,
  summary: 'Remove a person from a working group (admin)',
  request: { params: MemberParams },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(EventSchema, 'Removed') },
});
const addOutput = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/events/{id}/outputs',
  operationId: 'addWorkingGroupOutput',
  tags,
  summary: 'Link a working group output document by URL (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(NewOutputSchema) },
  errors: { 404: ['not_found'], 409: ['not_a_working_group'] },
  responses: { 201: jsonResponse(EventSchema, 'Linked') },
});
const removeOutput = defineRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/events/{id}/outputs/{outputId}',
  operationId: 'removeWorkingGroupOutput',
  tags,
  summary: 'Unlink a working group output (admin)',
  request: { params: OutputParams },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(EventSchema, 'Unlinked') },
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
  app.openapi(members, async (c) => c.json({ members: await events.listMembers(c.var.db, c.var.actor, c.req.valid('param').id) }, 200));
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
