/**
 * The writer caches the tree's right edge between appends. Two server processes over one
 * PostgreSQL database each have their own cache, and a caller's transaction may roll back after
 * its append: the cache must then be reloaded, even when another process's append has since
 * brought the stored size back to the cached one (sizes alone cannot tell the two histories apart).
 * Two module instances stand for the two processes.
 */
import { expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../test/fixtures/databases.ts';
import { leafHash } from './hasher.ts';
import { getCheckpoint } from './log-reader.ts';
import { logSize, readEntries } from './log.repository.ts';
import { MerkleTree } from './tree.ts';
import * as first from './log-writer.ts';

const entry = (note: string) => ({ kind: 'test.entry', actor: null, subject: 'thing:1', body: { note } });

describeEachDatabase('the log writer’s cached right edge', ({ open }) => {
  it('is reloaded after a rolled-back append, though another writer has since made the size the same', async () => {
    const database = await open();
    try {
      const { db } = database;
      await first.ensureLogKey(db, 'test.example/log');
      vi.resetModules();
      const second: typeof first = await import('./log-writer.ts');
      expect(second.appendToLog).not.toBe(first.appendToLog);

      await db.transaction((tx) => first.appendToLog(tx, entry('one')));
      await expect(
        db.transaction(async (tx) => {
          await first.appendToLog(tx, entry('never committed'));
          throw new Error('refused after its append');
        }),
      ).rejects.toThrow('refused after its append');
      await db.transaction((tx) => second.appendToLog(tx, entry('by the other process')));
      await db.transaction((tx) => first.appendToLog(tx, entry('three')));

      const size = await logSize(db);
      const stored = await readEntries(db, 0, size);
      expect(stored.map((e) => JSON.parse(e.canonical).body?.note)).toEqual([undefined, 'one', 'by the other process', 'three']);
      const recomputed = new MerkleTree();
      for (const e of stored) recomputed.append(leafHash(Buffer.from(e.canonical)));
      const checkpoint = await getCheckpoint(db);
      expect(checkpoint.size).toBe(4);
      expect(checkpoint.rootHash.toString('hex')).toBe(recomputed.root().toString('hex'));
    } finally {
      await database.close();
    }
  });
});
