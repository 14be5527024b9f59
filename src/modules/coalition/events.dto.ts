/** Events, their registrations and working groups: request and response schemas. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { optionalText, text } from '../../core/http/text.ts';
import { httpUrl, instant, isoDate } from './coalition.dto-parts.ts';
import { EVENT_KINDS, REGISTRATION_STATUSES } from './coalition.table.ts';

const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'a local date-time is YYYY-MM-DDTHH:MM')
  .openapi({ example: '2025-05-20T09:00', description: 'wall-clock time in the event time zone' });

export const AgendaItemSchema = z
  .strictObject({
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM')
      .nullable()
      .optional(),
    title: text(500),
    speaker: optionalText(200),
  })
  .openapi('EventAgendaItem');

export const EventSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    kind: z.enum(EVENT_KINDS),
    description: z.string(),
    startsAt: instant,
    endsAt: instant,
    start: z.string().openapi({ description: 'local wall-clock time in timeZone' }),
    end: z.string(),
    timeZone: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    mode: z.enum(['in_person', 'online', 'hybrid']),
    capacity: z.number().int().nullable(),
    confirmed: z.number().int(),
    waiting: z.number().int(),
    spotsLeft: z.number().int().nullable(),
    agenda: z.array(z.object({ time: z.string().nullable(), title: z.string(), speaker: z.string().nullable() })),
    members: z.array(z.object({ personId: z.number().int(), name: z.string() })),
    outputs: z.array(z.object({ id: z.number().int(), title: z.string(), url: z.string(), publishedOn: z.string().nullable() })),
  })
  .openapi('CoalitionEvent');

export const NewEventSchema = z
  .strictObject({
    title: text(300),
    kind: z.enum(EVENT_KINDS),
    description: text(20_000, { min: 0, multiline: true }).optional(),
    start: localDateTime,
    end: localDateTime,
    timeZone: z.string().min(1).max(64).openapi({ example: 'Europe/Rome' }),
    place: optionalText(500),
    onlineUrl: httpUrl.nullable().optional(),
    capacity: z.number().int().positive().max(1_000_000).nullable().optional(),
    agenda: z.array(AgendaItemSchema).max(200).optional(),
  })
  .openapi('NewCoalitionEvent');
export const EventPatchSchema = NewEventSchema.partial().openapi('CoalitionEventPatch');

export const EventListQuerySchema = z.object({
  when: z
    .enum(['upcoming', 'past', 'all'])
    .default('all')
    .openapi({ param: { name: 'when', in: 'query' } }),
});

export const NewRegistrationSchema = z.strictObject({ name: text(200), email: z.email().max(320) }).openapi('NewEventRegistration');

export const RegistrationReceiptSchema = z
  .object({
    id: z.number().int(),
    eventId: z.number().int(),
    status: z.enum(REGISTRATION_STATUSES),
    /** 1-based place on the waiting list, or null when confirmed. */
    waitingPosition: z.number().int().nullable(),
    /** Shown once: cancels this registration without logging in. */
    cancelToken: z.string(),
  })
  .openapi('EventRegistrationReceipt');

export const RegistrationSchema = z
  .object({
    id: z.number().int(),
    eventId: z.number().int(),
    name: z.string(),
    email: z.string(),
    status: z.enum(REGISTRATION_STATUSES),
    createdAt: z.string(),
    promotedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
  })
  .openapi('EventRegistration');

export const CancelRegistrationSchema = z
  .strictObject({ token: z.string().max(200).optional().openapi({ description: 'the cancel token; not needed by an admin' }) })
  .openapi('EventRegistrationCancel');

export const CancelResultSchema = z
  .object({ registration: RegistrationSchema.pick({ id: true, eventId: true, status: true }), promotedId: z.number().int().nullable() })
  .openapi('EventRegistrationCancelled');

export const NewMemberSchema = z.strictObject({ personId: z.number().int().positive().max(MAX_INT4) }).openapi('NewWorkingGroupMember');
export const WorkingGroupMembersSchema = z
  .object({
    members: z.array(z.object({ personId: z.number().int(), name: z.string(), visibility: z.enum(['public', 'undisclosed']) })),
  })
  .openapi('WorkingGroupMembers');
export const NewOutputSchema = z
  .strictObject({ title: text(500), url: httpUrl, publishedOn: isoDate.nullable().optional() })
  .openapi('NewWorkingGroupOutput');

// The types services take and return: each shape is declared once, here.
export type CoalitionEvent = z.infer<typeof EventSchema>;
export type NewEvent = z.infer<typeof NewEventSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type RegistrationReceipt = z.infer<typeof RegistrationReceiptSchema>;
export type Registration = z.infer<typeof RegistrationSchema>;
export type CancelResult = z.infer<typeof CancelResultSchema>;
export type NewOutput = z.infer<typeof NewOutputSchema>;
export type WorkingGroupMember = z.infer<typeof WorkingGroupMembersSchema>['members'][number];
