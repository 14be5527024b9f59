import { createHash } from 'node:crypto';
import { openDatabase } from '../src/core/db/client.ts';
import { entryBytes, leafHash } from '../src/core/ledger/hasher.ts';
import { appendManyToLog, ensureLogKey } from '../src/core/ledger/log-writer.ts';
import { getConsistencyProof, getInclusionProof } from '../src/core/ledger/log-reader.ts';
import { TileEdge } from '../src/core/ledger/tile-rows.ts';
import type { Figure } from './index.ts';
import { medianMs } from './median.ts';

const entry = (i: number) => ({
  kind: 'assembly.ballot',
  at: '2026-11-24T12:00:00.000Z',
  actor: `user:${i % 500}`,
  subject: `motion:${i % 97}`,
  body: { participant: i % 195, choice: ['yes', 'no', 'abstain'][i % 3] },
});

function inMemoryAppendRatio(): Figure {
  const n = 200_000;
  const bytes = Array.from({ length: n }, (_, i) => entryBytes(entry(i)));
  // Bare node:crypto SHA-256 over the same bytes: the floor any log must pay.
  let start = performance.now();
  for (const b of bytes) createHash('sha256').update(b).digest();
  const bare = n / ((performance.now() - start) / 1000);
  const edge = new TileEdge(0, []);
  start = performance.now();
  for (const b of bytes) edge.append(leafHash(b));
  const append = n / ((performance.now() - start) / 1000);
  return {
    name: `in-memory append vs bare SHA-256 (${(append / 1000).toFixed(0)}k vs ${(bare / 1000).toFixed(0)}k/s)`,
    value: append / bare,
    unit: 'ratio',
    goal: '≥ 0.5',
    met: append / bare >= 0.5,
  };
}

export async function run(): Promise<Figure[]> {
  const figures = [inMemoryAppendRatio()];
  const database = await openDatabase({});
  await database.migrate();
  await ensureLogKey(database.db, 'bench.example/log');
  const total = 1_000_000;
  const batch = 1000;
  let i = 1;
  const start = performance.now();
  while (i < total) {
    const inputs = Array.from({ length: Math.min(batch, total - i) }, () => entry(i++));
    await database.db.transaction((tx) => appendManyToLog(tx, inputs));
  }
  const rate = (total - 1) / ((performance.now() - start) / 1000);
  figures.push({
    name: 'persisted append, PGlite, batches of 1000 (to 1,000,000)',
    value: rate,
    unit: 'entries/s',
    goal: '≥ 20,000',
    met: rate >= 20_000,
  });

  let seed = 42;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const inclusion = await medianMs(200, () => getInclusionProof(database.db, random(total), total));
  figures.push({
    name: 'inclusion proof at 1,000,000 entries (median, random index)',
    value: inclusion,
    unit: 'ms',
    goal: '< 1 ms',
    met: inclusion < 1,
  });
  const consistency = await medianMs(200, () => getConsistencyProof(database.db, 1 + random(total - 1), total));
  figures.push({
    name: 'consistency proof at 1,000,000 entries (median, random from)',
    value: consistency,
    unit: 'ms',
    goal: '< 1 ms',
    met: consistency < 1,
  });
  await database.close();
  return figures;
}
