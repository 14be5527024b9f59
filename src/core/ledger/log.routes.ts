import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import type { App } from '../http/context.ts';
import { errorResponses, jsonResponse } from '../http/openapi.ts';
import {
  ConsistencyProofSchema,
  ConsistencyQuerySchema,
  EntriesQuerySchema,
  EntriesSchema,
  InclusionProofSchema,
  InclusionQuerySchema,
} from './log.dto.ts';
import * as log from './log.service.ts';

const tags = ['log'];
const text = (description: string) => ({ content: { 'text/plain': { schema: z.string() } }, description });

const checkpointRoute = createRoute({
  method: 'get',
  path: '/api/log/checkpoint',
  tags,
  summary: 'The signed checkpoint (C2SP tlog-checkpoint) of the current tree',
  responses: { 200: text('origin, size, base64 root hash, blank line, signature line') },
});
const keyRoute = createRoute({
  method: 'get',
  path: '/api/log/key',
  tags,
  summary: 'The verifier key in signed-note form',
  responses: { 200: text('<name>+<8 hex key hash>+<base64(0x01 ‖ key)>') },
});
const entriesRoute = createRoute({
  method: 'get',
  path: '/api/log/entries',
  tags,
  summary: 'Entries [start, end), at most 1000 per call',
  request: { query: EntriesQuerySchema },
  responses: { 200: jsonResponse(EntriesSchema, 'Entries with their leaf hashes and exact bytes'), 400: errorResponses[400] },
});
const inclusionRoute = createRoute({
  method: 'get',
  path: '/api/log/proof/inclusion',
  tags,
  summary: 'RFC 9162 inclusion proof of entry `index` in the tree of `size` entries',
  request: { query: InclusionQuerySchema },
  responses: { 200: jsonResponse(InclusionProofSchema, 'The audit path'), 400: errorResponses[400] },
});
const consistencyRoute = createRoute({
  method: 'get',
  path: '/api/log/proof/consistency',
  tags,
  summary: 'RFC 9162 consistency proof between the trees of `from` and `to` entries',
  request: { query: ConsistencyQuerySchema },
  responses: { 200: jsonResponse(ConsistencyProofSchema, 'The consistency path'), 400: errorResponses[400] },
});

/**
 * Parses a C2SP tlog-tiles tile path after `/tile/<L>/`: the index as plain
 * decimal or in 3-digit groups (`x001/x234/067`), optionally `.p/<W>` for a
 * partial tile.
 */
export function parseTilePath(rest: string): { tileIndex: number; width: number | null } {
  const match = /^((?:x\d{3}\/)*\d{3}|\d{1,15})(?:\.p\/(\d{1,3}))?$/.exec(rest);
  if (!match) throw new AppError('invalid_tile_path', 'a tile path is <L>/<N>[.p/<W>] (N as x001/x234/067)', { status: 400 });
  const tileIndex = Number(match[1].replace(/[x/]/g, ''));
  const width = match[2] === undefined ? null : Number(match[2]);
  if (width !== null && (width < 1 || width > 255)) throw new AppError('invalid_tile_path', 'a partial width is 1–255', { status: 400 });
  return { tileIndex, width };
}

export function mountLogRoutes(app: App) {
  app.openapi(checkpointRoute, async (c) => c.text((await log.getCheckpoint(c.var.db)).text, 200));
  app.openapi(keyRoute, async (c) => c.text(await log.getVerifierKey(c.var.db), 200));
  app.openapi(entriesRoute, async (c) => {
    const { start, end } = c.req.valid('query');
    return c.json({ entries: await log.getEntries(c.var.db, start, end) }, 200);
  });
  app.openapi(inclusionRoute, async (c) => {
    const { index, size } = c.req.valid('query');
    return c.json(await log.getInclusionProof(c.var.db, index, size), 200);
  });
  app.openapi(consistencyRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await log.getConsistencyProof(c.var.db, from, to), 200);
  });

  // Tile paths hold slashes, which OpenAPI path parameters cannot, so the route
  // is plain Hono and documented by hand.
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/api/log/tile/{L}/{N}',
    tags,
    summary: 'Hash tile (C2SP tlog-tiles): 32-byte hashes of level 8L; N may be x001/x234/067, with .p/W for a partial tile',
    responses: { 200: { description: 'application/octet-stream of concatenated hashes' } },
  });
  app.get('/api/log/tile/:level{[0-9]+}/*', async (c) => {
    const tileLevel = Number(c.req.param('level'));
    const { tileIndex, width } = parseTilePath(c.req.path.split('/').slice(5).join('/'));
    const bytes = await log.getTile(c.var.db, tileLevel, tileIndex, width);
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/octet-stream',
      'cache-control': width === null ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
