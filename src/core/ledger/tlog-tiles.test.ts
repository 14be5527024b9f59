import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafHash } from './hasher.ts';
import { consistencyProof, inclusionProof, neededForConsistency, neededForInclusion } from './proof.ts';
import {
  TILE_WIDTH,
  changedTiles,
  formatTileIndex,
  formatTilePath,
  parseTilePath,
  tileData,
  tileForHash,
  tileReader,
  tileWidth,
  tilesFor,
  type TileId,
} from './tlog-tiles.ts';
import { MerkleTree, neededForRoot, rootHash } from './tree.ts';

function treeOf(n: number): MerkleTree {
  const t = new MerkleTree();
  const b = Buffer.alloc(4);
  for (let i = 0; i < n; i++) {
    b.writeUInt32BE(i);
    t.append(leafHash(b));
  }
  return t;
}

/** All tiles of a tree of `size`, as the storage layer would hold them after appending. */
function allTiles(tree: MerkleTree, size: number): Map<string, Buffer> {
  return new Map(changedTiles(0, size).map((t) => [`${t.tileLevel}/${t.tileIndex}`, tileData(t.tileLevel, t.tileIndex, size, tree)]));
}

/** A reader over just the given tiles of `tiles`. */
function readerOver(tiles: Map<string, Buffer>, only: TileId[]) {
  const allowed = new Set(only.map((t) => `${t.tileLevel}/${t.tileIndex}`));
  return tileReader((l, k) => (allowed.has(`${l}/${k}`) ? tiles.get(`${l}/${k}`) : undefined));
}

const big = treeOf(70_001);
const bigTiles = allTiles(big, 70_000);

describe('tileForHash', () => {
  it('maps stored levels directly and in-between levels to spans of their tile', () => {
    expect(tileForHash(0, 0)).toEqual({ tileLevel: 0, tileIndex: 0, offset: 0, count: 1 });
    expect(tileForHash(0, 300)).toEqual({ tileLevel: 0, tileIndex: 1, offset: 44, count: 1 });
    expect(tileForHash(8, 5)).toEqual({ tileLevel: 1, tileIndex: 0, offset: 5, count: 1 });
    expect(tileForHash(3, 5)).toEqual({ tileLevel: 0, tileIndex: 0, offset: 40, count: 8 });
    expect(tileForHash(7, 3)).toEqual({ tileLevel: 0, tileIndex: 1, offset: 128, count: 128 });
    expect(tileForHash(9, 200)).toEqual({ tileLevel: 1, tileIndex: 1, offset: 144, count: 2 });
    expect(tileForHash(16, 2 ** 36)).toEqual({ tileLevel: 2, tileIndex: 2 ** 28, offset: 0, count: 1 });
  });
});

describe('tilesFor', () => {
  it('lists each tile once, sorted', () => {
    expect(tilesFor([{ level: 0, index: 300 }, { level: 3, index: 1 }, { level: 0, index: 2 }, { level: 8, index: 0 }])).toEqual([
      { tileLevel: 0, tileIndex: 0 },
      { tileLevel: 0, tileIndex: 1 },
      { tileLevel: 1, tileIndex: 0 },
    ]);
  });
});

describe('tileWidth', () => {
  it('matches the tlog-tiles example of a 70,000-leaf tree', () => {
    expect(tileWidth(0, 272, 70_000)).toBe(256);
    expect(tileWidth(0, 273, 70_000)).toBe(112);
    expect(tileWidth(0, 274, 70_000)).toBe(0);
    expect(tileWidth(1, 0, 70_000)).toBe(256);
    expect(tileWidth(1, 1, 70_000)).toBe(17);
    expect(tileWidth(2, 0, 70_000)).toBe(1);
    expect(tileWidth(3, 0, 70_000)).toBe(0);
    expect(tileWidth(1, 0, 256)).toBe(1);
  });
});

describe('changedTiles', () => {
  it('lists every tile of a new tree', () => {
    const all = changedTiles(0, 70_000);
    expect(all.filter((t) => t.tileLevel === 0)).toHaveLength(274);
    expect(all.filter((t) => t.tileLevel === 1)).toEqual([
      { tileLevel: 1, tileIndex: 0, width: 256 },
      { tileLevel: 1, tileIndex: 1, width: 17 },
    ]);
    expect(all.filter((t) => t.tileLevel === 2)).toEqual([{ tileLevel: 2, tileIndex: 0, width: 1 }]);
    expect(changedTiles(0, 0)).toEqual([]);
  });

  it('lists only what an append batch touches', () => {
    expect(changedTiles(70_000, 70_001)).toEqual([{ tileLevel: 0, tileIndex: 273, width: 113 }]);
    expect(changedTiles(65_535, 65_536)).toEqual([
      { tileLevel: 0, tileIndex: 255, width: 256 },
      { tileLevel: 1, tileIndex: 0, width: 256 },
      { tileLevel: 2, tileIndex: 0, width: 1 },
    ]);
    expect(changedTiles(5, 5)).toEqual([]);
    expect(() => changedTiles(6, 5)).toThrow(RangeError);
  });

  it('rewriting the changed tiles after each batch gives the same tiles as writing all at once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 8 }), (batches) => {
        const stored = new Map<string, Buffer>();
        let size = 0;
        for (const b of batches) {
          const next = Math.min(size + b, 70_001);
          for (const t of changedTiles(size, next)) stored.set(`${t.tileLevel}/${t.tileIndex}`, tileData(t.tileLevel, t.tileIndex, next, big));
          size = next;
        }
        const expected = allTiles(big, size);
        expect([...stored.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [k, v] of expected) expect(stored.get(k)?.equals(v)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('tileData', () => {
  it('concatenates the level-8T hashes of the tile', () => {
    const t = bigTiles.get('1/1')!;
    expect(t.length).toBe(17 * 32);
    expect(t.subarray(32, 64).equals(big.get(8, 257))).toBe(true);
    expect(bigTiles.get('0/273')!.length).toBe(112 * 32);
    expect(bigTiles.get('2/0')!.equals(big.get(16, 0))).toBe(true);
  });
});

describe('tileReader', () => {
  it('serves every stored hash of the tree, recomputing the in-between levels', () => {
    const reader = tileReader((l, k) => bigTiles.get(`${l}/${k}`));
    for (let level = 0; level <= 16; level++) {
      const count = Math.floor(70_000 / 2 ** level);
      for (const i of [0, 1, count >> 1, count - 2, count - 1].filter((i) => i >= 0 && i < count)) {
        expect(reader.get(level, i).equals(big.get(level, i)), `${level}/${i}`).toBe(true);
      }
    }
  });

  it('throws for hashes beyond the tiles it has', () => {
    const reader = tileReader((l, k) => bigTiles.get(`${l}/${k}`));
    expect(() => reader.get(0, 70_000)).toThrow(RangeError); // beyond the partial tile's width
    expect(reader.get(4, 4374).equals(big.get(4, 4374))).toBe(true); // leaves 69,984..69,999: complete
    expect(() => reader.get(5, 2187)).toThrow(RangeError); // leaves 69,984..70,015: past the width
    expect(() => reader.get(24, 0)).toThrow(RangeError); // tile 3/0 does not exist
  });

  it('computes proofs and roots from just the tiles tilesFor names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70_000 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n })),
        ),
        ([n, index, old]) => {
          const tiles = bigTiles; // tiles of size 70,000 serve every smaller size too
          const needInc = neededForInclusion(index, n);
          expect(inclusionProof(index, n, readerOver(tiles, tilesFor(needInc)))).toEqual(inclusionProof(index, n, big));
          const needCons = neededForConsistency(old, n);
          expect(consistencyProof(old, n, readerOver(tiles, tilesFor(needCons)))).toEqual(consistencyProof(old, n, big));
          expect(rootHash(n, readerOver(tiles, tilesFor(neededForRoot(n)))).equals(big.root(n))).toBe(true);
        },
      ),
      { numRuns: 200, examples: [[[70_000, 69_999, 65_536]], [[256, 255, 255]], [[65_537, 0, 1]]] },
    );
  });

  it('reads at most two tiles per tile level for an inclusion proof', () => {
    for (const [i, n] of [[12_345, 70_000], [0, 70_000], [69_999, 70_000], [300, 513]]) {
      const perLevel = new Map<number, number>();
      for (const t of tilesFor([...neededForInclusion(i, n), ...neededForRoot(n)])) perLevel.set(t.tileLevel, (perLevel.get(t.tileLevel) ?? 0) + 1);
      for (const c of perLevel.values()) expect(c).toBeLessThanOrEqual(2);
    }
  });
});

describe('formatTilePath / parseTilePath', () => {
  it('encodes indices in 3-digit groups with x prefixes', () => {
    expect(formatTileIndex(1_234_067)).toBe('x001/x234/067');
    expect(formatTileIndex(0)).toBe('000');
    expect(formatTileIndex(1000)).toBe('x001/000');
    expect(formatTilePath(0, 1_234_067)).toBe('0/x001/x234/067');
    expect(formatTilePath(2, 5, 17)).toBe('2/005.p/17');
    expect(formatTilePath(1, 5, TILE_WIDTH)).toBe('1/005');
    expect(() => formatTilePath(64, 0)).toThrow(RangeError);
    expect(() => formatTilePath(0, 0, 0)).toThrow(RangeError);
  });

  it('parses what it formats and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 63 }), fc.maxSafeNat(), fc.integer({ min: 1, max: 256 }), (l, n, w) => {
        expect(parseTilePath(formatTilePath(l, n, w))).toEqual({ tileLevel: l, tileIndex: n, width: w });
      }),
    );
    for (const bad of ['0/1', '0/x000/001', '00/001', '64/001', '0/001.p/256', '0/001.p/0', '0/001.p/007', '0/x001', '0/001/', '-1/001', '0/0001']) {
      expect(parseTilePath(bad), bad).toBeNull();
    }
  });
});
