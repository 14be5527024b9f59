/** Schemas (validation and OpenAPI) of the log's witnesses: the public list and the admin's ask/stop. */
import { z } from '@hono/zod-openapi';
import { pathId } from '../../http/openapi.ts';
import { parseWitnessUrl } from './witness-config.ts';

export const WitnessSchema = z
  .object({
    id: z.number().int().nullable().openapi({ description: 'null for a witness of LOG_WITNESSES, which is not stored' }),
    name: z.string(),
    vkey: z.string().openapi({ description: 'C2SP cosignature/v1 verifier key: <name>+<8 hex key ID>+<base64(0x04 ‖ key)>' }),
    url: z.string().openapi({ description: 'The submission prefix; the log POSTs to <url>/add-checkpoint' }),
    asked: z.boolean().openapi({ description: 'Whether the log asks it to cosign (always, for a configured witness)' }),
    source: z.enum(['configured', 'registered']),
    participantId: z.number().int().nullable().openapi({ description: 'The delegation that registered it' }),
    lastSize: z.number().int().nullable().openapi({ description: 'Size of the last checkpoint it cosigned, as far as this log knows' }),
    lastCosignedAt: z.string().nullable().openapi({ description: 'When this log last received its cosignature' }),
    lastError: z.string().nullable().openapi({ description: 'Why the last request to it failed, if it did' }),
  })
  .openapi('Witness');

export const WitnessListSchema = z
  .object({
    quorum: z.number().int().openapi({ description: 'How many distinct asked witnesses must cosign a checkpoint' }),
    witnesses: z.array(WitnessSchema),
  })
  .openapi('WitnessList');

export const WitnessPatchSchema = z.strictObject({ asked: z.boolean() }).openapi('WitnessPatch');

export const WitnessIdParamSchema = z.object({ id: pathId('id') });

/** A delegation's witness as it registers it. The vkey's form is checked by the service (`malformed_key`). */
export const WitnessRegistrationSchema = z
  .strictObject({
    vkey: z.string().min(1).max(200),
    url: z
      .string()
      .max(500)
      .refine((u) => parseWitnessUrl(u) !== null, 'url must be an http(s) URL without query or fragment')
      .transform((u) => parseWitnessUrl(u) ?? u),
  })
  .openapi('WitnessRegistration');

export type Witness = z.infer<typeof WitnessSchema>;
export type WitnessList = z.infer<typeof WitnessListSchema>;
