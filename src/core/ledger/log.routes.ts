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
import * as log from './log-reader.ts';

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

const MAX_TILE_LEVEL = 63;
const badTilePath = (message: string) => new AppError('invalid_tile_path', message, { status: 400 });

/** The C2SP tlog-tiles spelling of a tile index: 3-digit groups, all but the last prefixed `x`. */
export function encodeTileIndex(index: number): string {
  const groups: string[] = [];
  do {
    groups.unshift(String(index % 1000).padStart(3, '0'));
    index = Math.floor(index / 1000);
  } while (index > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

/**
 * Parses a C2SP tlog-tiles tile path `<L>/<N>[.p/<W>]`. Only the canonical
 * spelling is accepted: L in 0–63 and W in 1–255 without leading zeroes, N in
 * 3-digit groups (`x001/x234/067`). Tiles are served as immutable, so a second
 * spelling of one tile would be a second cache key for the same bytes, and a
 * client that builds paths differently from the spec must learn so at once.
 */
export function parseTilePath(path: string): { tileLevel: number; tileIndex: number; width: number | null } {
  const [, level, index, partial] = /^(0|[1-9]\d?)\/((?:x\d{3}\/){0,4}\d{3})(?:\.p\/([1-9]\d{0,2}))?$/.exec(path) ?? [];
  if (level === undefined || index === undefined) {
    throw badTilePath('a tile path is <L>/<N>[.p/<W>]: L in 0–63, N in 3-digit groups (x001/x234/067), W in 1–255');
  }
  const tileLevel = Number(level);
  if (tileLevel > MAX_TILE_LEVEL) throw badTilePath(`a tile level is 0–${MAX_TILE_LEVEL}`);
  const tileIndex = Number(index.replace(/[x/]/g, ''));
  if (encodeTileIndex(tileIndex) !== index)
    throw badTilePath(`the canonical path of this tile is ${tileLevel}/${encodeTileIndex(tileIndex)}`);
  const width = partial === undefined ? null : Number(partial);
  if (width !== null && width > 255) throw badTilePath('a partial width is 1–255');
  return { tileLevel, tileIndex, width };
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
  app.get('/api/log/tile/*', async (c) => {
    const { tileLevel, tileIndex, width } = parseTilePath(c.req.path.slice('/api/log/tile/'.length));
    const bytes = await log.getTile(c.var.db, tileLevel, tileIndex, width);
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/octet-stream',
      'cache-control': width === null ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
