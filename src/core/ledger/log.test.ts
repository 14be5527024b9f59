import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../../../test/fixtures/databases.ts';
import { firstRow, queryRows, type Database } from '../db/client.ts';
import { verifyNote } from './checkpoint.ts';
import { appendManyToLog, appendToLog, ensureLogKey } from './log-writer.ts';
import { getCheckpoint, getConsistencyProof, getEntries, getInclusionProof, getTile, getVerifierKey, logSize } from './log-reader.ts';
import { verifyConsistency, verifyInclusion } from './proof.ts';
import { MerkleTree } from './tree.ts';
import { entryBytes, leafHash } from './hasher.ts';

const hex = (h: string) => Buffer.from(h, 'hex');
const entry = (i: number) => ({ kind: 'test.entry', actor: `user:${i % 7}`, subject: `thing:${i % 13}`, body: { i, note: 'é ✓' } });

/** A database's log and the in-memory reference tree it must equal. */
interface StoredLog {
  database: Database;
  reference: MerkleTree;
}

/** Opens a database and fills its log with 66,001 entries, beside a reference tree of the same leaves. */
function storedLog(open: () => Promise<Database>): StoredLog {
  const log = { reference: new MerkleTree() } as StoredLog;
  const { reference } = log;
  beforeAll(async () => {
    const database = (log.database = await open());
    await ensureLogKey(database.db, 'test.example/log');
    const first = firstRow(
      await queryRows<{ canonical: string }>(database.db, sql`select canonical from log_entries where idx = 0`),
      'the first log entry',
    );
    reference.append(leafHash(Buffer.from(first.canonical)));
    // Batches of uneven sizes cross tile boundaries at tile levels 0 and 1.
    let i = 1;
    for (const batch of [1, 2, 5, 250, 1, 300, 3000, 17, 66_000 - 3576]) {
      const inputs = Array.from({ length: batch }, () => entry(i++));
      const at = new Date(0).toISOString();
      await database.db.transaction((tx) =>
        appendManyToLog(
          tx,
          inputs.map((e) => ({ ...e, at })),
        ),
      );
      for (const e of inputs) reference.append(leafHash(entryBytes({ ...e, at })));
    }
  });
  afterAll(() => log.database.close());
  return log;
}

/** The stored tree, its signed checkpoints and its proofs. */
function checkpointsAndProofs(log: StoredLog) {
  const { reference } = log;
  it('keeps the same tree as an in-memory reference', async () => {
    expect(await logSize(log.database.db)).toBe(reference.size);
    const checkpoint = await getCheckpoint(log.database.db);
    expect(checkpoint.size).toBe(66_001);
    expect(checkpoint.rootHash.equals(reference.root())).toBe(true);
  });

  it('signs checkpoints that verify with the published key', async () => {
    const checkpoint = await getCheckpoint(log.database.db);
    const cp = verifyNote(checkpoint.text, await getVerifierKey(log.database.db), { origin: 'test.example/log' });
    expect(cp.size).toBe(reference.size);
    expect(cp.rootHash.equals(reference.root())).toBe(true);
  });

  it('gives inclusion proofs that verify for past and present sizes', async () => {
    for (const [index, size] of [
      [0, 1],
      [0, 66_001],
      [255, 256],
      [256, 257],
      [65_535, 65_536],
      [65_536, 66_001],
      [12_345, 40_000],
      [66_000, 66_001],
    ] as const) {
      const proof = await getInclusionProof(log.database.db, index, size);
      expect(proof.rootHash).toBe(reference.root(size).toString('hex'));
      expect(proof.leafHash).toBe(reference.get(0, index).toString('hex'));
      expect(verifyInclusion(hex(proof.leafHash), index, size, proof.path.map(hex), hex(proof.rootHash))).toBe(true);
    }
  });

  it('gives consistency proofs that verify', async () => {
    for (const [from, to] of [
      [1, 2],
      [3, 7],
      [256, 66_001],
      [255, 65_537],
      [66_001, 66_001],
      [0, 5],
      [1000, 1001],
    ] as const) {
      const proof = await getConsistencyProof(log.database.db, from, to);
      expect(proof.toRoot).toBe(reference.root(to).toString('hex'));
      expect(verifyConsistency(from, to, proof.path.map(hex), hex(proof.fromRoot), hex(proof.toRoot))).toBe(true);
    }
  });

  it('refuses sizes beyond the tree', async () => {
    await expect(getInclusionProof(log.database.db, 0, 66_002)).rejects.toMatchObject({ code: 'beyond_tree' });
    await expect(getConsistencyProof(log.database.db, 5, 70_000)).rejects.toMatchObject({ code: 'beyond_tree' });
    await expect(getConsistencyProof(log.database.db, 6, 5)).rejects.toMatchObject({ code: 'invalid_range' });
    await expect(getInclusionProof(log.database.db, 7, 7)).rejects.toMatchObject({ code: 'invalid_range' });
  });
}

/** Entries and tiles as served, and an append that rolls back with its transaction. */
function entriesTilesAndRollback(log: StoredLog) {
  const { reference } = log;
  it('serves entries with their exact bytes and leaf hashes', async () => {
    const page = await getEntries(log.database.db, 1000, 1003);
    expect(page.map((e) => e.index)).toEqual([1000, 1001, 1002]);
    for (const e of page) {
      expect(leafHash(Buffer.from(e.canonical, 'base64')).toString('hex')).toBe(e.leafHash);
      expect(e.leafHash).toBe(reference.get(0, e.index).toString('hex'));
    }
    expect(page[0]?.entry.body).toEqual({ i: 1000, note: 'é ✓' });
    await expect(getEntries(log.database.db, 0, 1001)).rejects.toMatchObject({ code: 'invalid_range' });
  });

  it('serves full and partial tiles', async () => {
    const full = await getTile(log.database.db, 0, 1, null);
    expect(full.length).toBe(256 * 32);
    expect(full.subarray(0, 32).equals(reference.get(0, 256))).toBe(true);
    const upper = await getTile(log.database.db, 1, 0, 1);
    expect(upper.equals(reference.get(8, 0))).toBe(true);
    // 66,001 leaves: tile 0/257 holds 209 leaves; asking for 210 is beyond the tree.
    await expect(getTile(log.database.db, 0, 257, 210)).rejects.toMatchObject({ code: 'beyond_tree' });
  });

  it('rolls an append back with the transaction that made it, and the next append is right', async () => {
    const before = await logSize(log.database.db);
    await expect(
      log.database.db.transaction(async (tx) => {
        await appendToLog(tx, { kind: 'test.doomed', actor: null, subject: null, body: null });
        throw new Error('caller fails after logging');
      }),
    ).rejects.toThrow('caller fails');
    expect(await logSize(log.database.db)).toBe(before);
    const e = { kind: 'test.after', actor: null, subject: null, body: { ok: true }, at: new Date(0).toISOString() };
    const appended = await log.database.db.transaction((tx) => appendToLog(tx, e));
    reference.append(leafHash(entryBytes(e)));
    expect(appended).toEqual({ index: before, leafHash: reference.get(0, before).toString('hex') });
    const checkpoint = await getCheckpoint(log.database.db);
    expect(checkpoint.rootHash.equals(reference.root())).toBe(true);
  });
}

describeEachDatabase('the stored log', ({ open }) => {
  const log = storedLog(open);
  checkpointsAndProofs(log);
  entriesTilesAndRollback(log);
});
