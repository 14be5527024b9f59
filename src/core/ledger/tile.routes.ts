/**
 * The log's C2SP tlog-tiles resources (https://c2sp.org/tlog-tiles): hash tiles
 * `/api/log/tile/<L>/<N>[.p/<W>]` and entry bundles `/api/log/tile/entries/<N>[.p/<W>]`.
 *
 * A tile index N is spelt in 1 to 5 path segments (`067`, `x234/067`, `x001/x234/067`), and an
 * OpenAPI path parameter cannot hold a slash, so the document lists one path template per depth of
 * N, with and without `.p/<W>`, each segment a parameter with its pattern: a client generated from
 * the document can fetch every tile. One Hono handler serves them all with one strict parser
 * (tile-path.ts), which also refuses what no template can say (a top group of `x000`).
 */
import { z } from '@hono/zod-openapi';
import type { App } from '../http/context.ts';
import { defineRoute } from '../http/openapi.ts';
import { getEntryBundle, getTile } from './log-reader.ts';
import { MAX_INDEX_GROUPS, parseEntryBundlePath, parseTilePath } from './tile-path.ts';

const PREFIX = '/api/log/tile/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
// A partial tile or bundle is superseded by the full one once the log grows past it.
const PARTIAL = 'no-cache';

export interface TileResource {
  kind: 'hash' | 'entries';
  /** How many 3-digit groups spell the tile index. */
  depth: number;
  partial: boolean;
  template: string;
}

/** `x{N2}/x{N1}/{N0}` for depth 3: the groups of a tile index, most significant first. */
const indexTemplate = (depth: number) =>
  Array.from({ length: depth }, (_, i) => depth - 1 - i)
    .map((g) => (g === 0 ? '{N0}' : `x{N${g}}`))
    .join('/');

/** Every documented tile path template: hash tiles and entry bundles, per depth, full and partial. */
export const tileResources: TileResource[] = (['hash', 'entries'] as const).flatMap((kind) =>
  Array.from({ length: MAX_INDEX_GROUPS }, (_, i) => i + 1).flatMap((depth) =>
    [false, true].map((partial) => ({
      kind,
      depth,
      partial,
      template: `${PREFIX}${kind === 'hash' ? '{L}' : 'entries'}/${indexTemplate(depth)}${partial ? '.p/{W}' : ''}`,
    })),
  ),
);

const pathParam = (name: string, pattern: RegExp, description: string, example: string) =>
  z
    .string()
    .regex(pattern)
    .openapi({ param: { name, in: 'path', description }, example });

function paramsOf({ kind, depth, partial }: TileResource) {
  const shape: Record<string, z.ZodType> = {};
  if (kind === 'hash') shape.L = pathParam('L', /^(?:[0-9]|[1-5][0-9]|6[0-3])$/, 'Tile level, 0–63, no leading zeroes', '0');
  for (let g = depth - 1; g >= 0; g--) {
    const top = g === depth - 1 && depth > 1;
    // The most significant group of a multi-group index is never 000 (the index would have fewer groups).
    shape[`N${g}`] = top
      ? pathParam(`N${g}`, /^(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})$/, `Group ${g} of the tile index (×1000^${g}), 001–999`, '001')
      : pathParam(`N${g}`, /^[0-9]{3}$/, `Group ${g} of the tile index${g > 0 ? ` (×1000^${g})` : ''}, 000–999`, '000');
  }
  if (partial) shape.W = pathParam('W', /^(?:[1-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$/, 'Width of the partial tile, 1–255', '1');
  return z.object(shape);
}

const ID_NOUN = { hash: 'LogTile', entries: 'LogEntryBundle' } as const;

function routeOf(resource: TileResource) {
  const { kind, depth, partial } = resource;
  const what =
    kind === 'hash'
      ? 'Hash tile (C2SP tlog-tiles): the 32-byte Merkle tree hashes of tree level 8·L, indices N·256 …'
      : 'Entry bundle (C2SP tlog-tiles): entries N·256 …, each as a big-endian uint16 length and the leaf bytes (RFC 8785 JSON)';
  const route = defineRoute({
    operationId: `get${partial ? 'Partial' : ''}${ID_NOUN[kind]}${depth > 1 ? `AtDepth${depth}` : ''}`,
    method: 'get',
    path: resource.template,
    tags: ['log'],
    summary: `${partial ? 'Partial' : 'Full'} ${kind === 'hash' ? 'hash tile' : 'entry bundle'}, tile index of ${depth} group${depth > 1 ? 's' : ''}`,
    description: `${what}, ${partial ? 'W of them (a partial tile, served no-cache)' : '256 of them (a full tile, immutable)'}. Canonical paths only: anything else is 400 invalid_tile_path naming the canonical path; a tile past the tree is 400 beyond_tree.`,
    errors: { 400: ['invalid_tile_path', 'beyond_tree'] },
    responses: {
      200: {
        description: partial ? 'The partial tile' : 'The full tile',
        headers: { 'Cache-Control': { description: partial ? PARTIAL : IMMUTABLE, schema: { type: 'string' } } },
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
    },
  });
  // The parameters are added after defineRoute: the shared parser, not zod, checks them, so this
  // route answers none of the shared validation codes.
  return { ...route, request: { params: paramsOf(resource) } };
}

export function mountTileRoutes(app: App) {
  for (const resource of tileResources) app.openAPIRegistry.registerPath(routeOf(resource));
  app.get(`${PREFIX}*`, async (c) => {
    const path = c.req.path.slice(PREFIX.length);
    let bytes: Buffer;
    let width: number | null;
    if (path.startsWith('entries/')) {
      const bundle = parseEntryBundlePath(path.slice('entries/'.length));
      width = bundle.width;
      bytes = await getEntryBundle(c.var.db, bundle.tileIndex, width);
    } else {
      const tile = parseTilePath(path);
      width = tile.width;
      bytes = await getTile(c.var.db, tile.tileLevel, tile.tileIndex, width);
    }
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/octet-stream',
      'cache-control': width === null ? IMMUTABLE : PARTIAL,
    });
  });
}
