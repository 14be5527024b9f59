/**
 * The C2SP tlog-tiles resource paths (https://c2sp.org/tlog-tiles): hash tiles `<L>/<N>[.p/<W>]`
 * and entry bundles `entries/<N>[.p/<W>]`, below `/api/log/tile/`. Only the canonical spelling is
 * accepted: full tiles and bundles are served as immutable, so a second spelling of one resource
 * would be a second cache key for the same bytes, and a client that builds paths differently from
 * the spec must learn so at once.
 */
import { AppError } from '../errors.ts';

export const MAX_TILE_LEVEL = 63;
/** Most 3-digit groups of a tile index: 5 cover every level-0 tile of a tree of up to 2^53 entries. */
export const MAX_INDEX_GROUPS = 5;

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

export interface TileIndexPath {
  tileIndex: number;
  /** The width of a partial tile or bundle (1–255), null for a full one. */
  width: number | null;
}

/** `<N>[.p/<W>]`: N in 3-digit groups (`x001/x234/067`), W in 1–255 without leading zeroes. */
function parseIndexPath(path: string, canonicalPrefix: string): TileIndexPath {
  const groups = `(?:x\\d{3}/){0,${MAX_INDEX_GROUPS - 1}}\\d{3}`;
  const [, index, partial] = new RegExp(`^(${groups})(?:\\.p/([1-9]\\d{0,2}))?$`).exec(path) ?? [];
  if (index === undefined) throw badTilePath('a tile index is <N>[.p/<W>]: N in 3-digit groups (x001/x234/067), W in 1–255');
  const tileIndex = Number(index.replace(/[x/]/g, ''));
  if (encodeTileIndex(tileIndex) !== index)
    throw badTilePath(`the canonical path of this tile is ${canonicalPrefix}${encodeTileIndex(tileIndex)}`);
  const width = partial === undefined ? null : Number(partial);
  if (width !== null && width > 255) throw badTilePath('a partial width is 1–255');
  return { tileIndex, width };
}

/** Parses a hash tile path `<L>/<N>[.p/<W>]`, L in 0–63 without leading zeroes. */
export function parseTilePath(path: string): TileIndexPath & { tileLevel: number } {
  const [, level, rest] = /^(0|[1-9]\d?)\/(.*)$/s.exec(path) ?? [];
  if (level === undefined || rest === undefined) {
    throw badTilePath('a tile path is <L>/<N>[.p/<W>]: L in 0–63, N in 3-digit groups (x001/x234/067), W in 1–255');
  }
  const tileLevel = Number(level);
  if (tileLevel > MAX_TILE_LEVEL) throw badTilePath(`a tile level is 0–${MAX_TILE_LEVEL}`);
  return { tileLevel, ...parseIndexPath(rest, `${tileLevel}/`) };
}

/** Parses an entry bundle path `entries/<N>[.p/<W>]`; `path` is what follows `entries/`. */
export function parseEntryBundlePath(path: string): TileIndexPath {
  return parseIndexPath(path, 'entries/');
}
