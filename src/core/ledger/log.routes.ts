import { z } from '@hono/zod-openapi';
import type { App } from '../http/context.ts';
import { defineRoute, jsonResponse } from '../http/openapi.ts';
import {
  ConsistencyProofSchema,
  ConsistencyQuerySchema,
  EntriesQuerySchema,
  EntriesSchema,
  InclusionProofSchema,
  InclusionQuerySchema,
} from './log.dto.ts';
import * as log from './log-reader.ts';
import { mountTileRoutes } from './tile.routes.ts';
import { mountWitnessRoutes } from './cosigning/witnesses.routes.ts';
import { servedCheckpoint, type WitnessSettings } from './cosigning/witnesses.service.ts';

const tags = ['log'];
const text = (description: string) => ({ content: { 'text/plain': { schema: z.string() } }, description });
/** Before first start the log has no key to sign or publish with. */
const unsigned = { 503: ['log_not_initialised'] } as const;

const checkpointRoute = defineRoute({
  operationId: 'getLogCheckpoint',
  method: 'get',
  path: '/api/log/checkpoint',
  tags,
  summary:
    'The checkpoint (C2SP tlog-checkpoint): while the log asks witnesses, the newest that reached the quorum, with the log’s signature then the cosignatures; else (or before any did) the current tree signed by the log',
  errors: unsigned,
  responses: { 200: text('origin, size, base64 root hash, blank line, the log’s signature line, then any cosignature lines') },
});
const latestCheckpointRoute = defineRoute({
  operationId: 'getLatestLogCheckpoint',
  method: 'get',
  path: '/api/log/checkpoint/latest',
  tags,
  summary: 'The checkpoint of the current tree, signed by the log only, not yet witnessed',
  errors: unsigned,
  responses: { 200: text('origin, size, base64 root hash, blank line, the log’s signature line') },
});
const keyRoute = defineRoute({
  operationId: 'getLogVerifierKey',
  method: 'get',
  path: '/api/log/key',
  tags,
  summary: 'The verifier key in signed-note form',
  errors: unsigned,
  responses: { 200: text('<name>+<8 hex key hash>+<base64(0x01 ‖ key)>') },
});
const entriesRoute = defineRoute({
  operationId: 'listLogEntries',
  method: 'get',
  path: '/api/log/entries',
  tags,
  summary: 'Entries [start, end), at most 1000 per call; optionally only those of a kind and/or about a subject',
  request: { query: EntriesQuerySchema },
  errors: { 400: ['invalid_range', 'beyond_tree'] },
  responses: { 200: jsonResponse(EntriesSchema, 'Entries with their leaf hashes and exact bytes') },
});
const inclusionRoute = defineRoute({
  operationId: 'getInclusionProof',
  method: 'get',
  path: '/api/log/proof/inclusion',
  tags,
  summary: 'RFC 9162 inclusion proof of entry `index` in the tree of `size` entries',
  request: { query: InclusionQuerySchema },
  errors: { 400: ['invalid_range', 'beyond_tree'] },
  responses: { 200: jsonResponse(InclusionProofSchema, 'The audit path') },
});
const consistencyRoute = defineRoute({
  operationId: 'getConsistencyProof',
  method: 'get',
  path: '/api/log/proof/consistency',
  tags,
  summary: 'RFC 9162 consistency proof between the trees of `from` and `to` entries',
  request: { query: ConsistencyQuerySchema },
  errors: { 400: ['invalid_range', 'beyond_tree'] },
  responses: { 200: jsonResponse(ConsistencyProofSchema, 'The consistency path') },
});

/** The log's public routes; `witnesses` says which witnesses it asks and the quorum (LOG_WITNESSES, LOG_WITNESS_QUORUM). */
export function mountLogRoutes(app: App, witnesses: WitnessSettings) {
  // C2SP tlog-tiles: the checkpoint is mutable, so no cache keeps it beyond a revalidation.
  app.openapi(checkpointRoute, async (c) => c.text(await servedCheckpoint(c.var.db, witnesses), 200, { 'cache-control': 'no-cache' }));
  app.openapi(latestCheckpointRoute, async (c) => c.text((await log.getCheckpoint(c.var.db)).text, 200, { 'cache-control': 'no-cache' }));
  app.openapi(keyRoute, async (c) => c.text(await log.getVerifierKey(c.var.db), 200));
  app.openapi(entriesRoute, async (c) => {
    const { start, end, ...filter } = c.req.valid('query');
    return c.json({ entries: await log.getEntries(c.var.db, start, end, filter) }, 200);
  });
  app.openapi(inclusionRoute, async (c) => {
    const { index, size } = c.req.valid('query');
    return c.json(await log.getInclusionProof(c.var.db, index, size), 200);
  });
  app.openapi(consistencyRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await log.getConsistencyProof(c.var.db, from, to), 200);
  });
  mountTileRoutes(app);
  mountWitnessRoutes(app, witnesses);
}
