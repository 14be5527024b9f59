import { describe, expect, it } from 'vitest';
import { commitmentOf as serverCommitmentOf, makeCommitment } from '../../../../../src/modules/verification/commitment.ts';
import { checkChallengeAnswer } from '../../../../../src/modules/verification/challenge-answer.ts';
import { checkOpening, commitmentOf, figureMismatches, saltBytes } from './commitment.ts';

const records: unknown[] = [
  { workloadId: 'w-1', acceleratorHours: 1234.5, utilization: 0.42, class: 'training', runId: 'run-7' },
  { z: 1, a: [3, 2, { y: 'é', b: null }], n: 1e21, small: 1e-7, neg: -0, unicode: '日本語 🚀', esc: '"\\\n\u0001' },
  { nested: { deeper: { list: [] as unknown[], flag: true } }, big: 9007199254740991, frac: 0.1 + 0.2 },
  {},
];

describe('the browser’s commitment', () => {
  it('is byte for byte the server’s SHA-256(canonical record ‖ salt) on the same inputs', async () => {
    for (const record of records)
      for (const seed of [0, 7, 255]) {
        const salt = new Uint8Array(32).map((_, i) => (i * 31 + seed) % 256);
        expect(await commitmentOf(record, salt)).toBe(serverCommitmentOf(record, salt).toString('hex'));
      }
  });

  it('opens what the CLI’s makeCommitment committed to, from the files’ texts, and nothing else', async () => {
    const record = records[0] as Record<string, unknown>;
    const { commitment, salt } = makeCommitment(record);
    // The CLI writes the salt with a final newline; the record file may be pretty-printed.
    const opened = await checkOpening(JSON.stringify(record, null, 2), `${salt}\n`, commitment);
    expect(opened).toEqual({ kind: 'opens', record, salt });
    const wrongSalt = makeCommitment(record).salt;
    expect((await checkOpening(JSON.stringify(record), wrongSalt, commitment)).kind).toBe('does-not-open');
    expect((await checkOpening(JSON.stringify({ ...record, utilization: 0.43 }), salt, commitment)).kind).toBe('does-not-open');
    expect((await checkOpening('{not json', salt, commitment)).kind).toBe('bad-record');
    expect((await checkOpening('[1,2]', salt, commitment)).kind).toBe('bad-record');
    expect((await checkOpening(JSON.stringify(record), 'abc', commitment)).kind).toBe('bad-salt');
  });

  it('reads a salt file’s hex, and refuses anything not 32 bytes', () => {
    expect(saltBytes(`${'ab'.repeat(32)}\n`)).toEqual(new Uint8Array(32).fill(0xab));
    expect(saltBytes('ab'.repeat(31))).toBeNull();
    expect(saltBytes('zz'.repeat(32))).toBeNull();
  });
});

describe('the browser’s check of the figures', () => {
  it('finds the mismatches the server’s checkChallengeAnswer finds, for a record that opens', () => {
    const declared = { acceleratorHours: 5, utilization: 0.25, class: 'inference' as const, runId: null };
    const cases: Record<string, unknown>[] = [
      { acceleratorHours: 5, utilization: 0.25, class: 'inference' },
      { acceleratorHours: 5.5, utilization: 0.25, class: 'training', runId: 'r-1' },
      { acceleratorHours: 5 + 1e-12, utilization: 0.3, class: 'inference', runId: null },
      {},
    ];
    for (const record of cases) {
      const { commitment, salt } = makeCommitment(record);
      const server = checkChallengeAnswer({ ...declared, runId: undefined, commitment }, { record, salt }).problems;
      expect(figureMismatches(record, declared)).toEqual(server);
    }
  });
});
