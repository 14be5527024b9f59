import { describe, expect, it } from 'vitest';
import type { Challenge, Flag } from './api.ts';
import { challengesCovering } from './flag-coverage.ts';

const flag = (over: Partial<Flag>): Flag => ({ kind: 'training-like-undeclared', facilityId: 'fac-a', reportIds: [], ...over }) as Flag;

const challenge = (id: number, over: Partial<Challenge> & { named?: { workloadId: string; sequence: number }[] }): Challenge =>
  ({
    id,
    facilityId: 'fac-a',
    status: 'open',
    sample: null,
    workloads: (over.named ?? []).map((w) => ({ ...w, reportId: `fac-a#${w.sequence}` })),
    ...over,
  }) as Challenge;

describe('challengesCovering', () => {
  it('finds a challenge naming one of the flag’s workloads, at its facility only', () => {
    const named = challenge(1, { named: [{ workloadId: 'w-2', sequence: 4 }] });
    const elsewhere = challenge(2, { facilityId: 'fac-b', named: [{ workloadId: 'w-2', sequence: 4 }] });
    const unrelated = challenge(3, { named: [{ workloadId: 'w-9', sequence: 9 }] });
    expect(challengesCovering(flag({ workloadIds: ['w-1', 'w-2'] }), [named, elsewhere, unrelated]).map((c) => c.id)).toEqual([1]);
  });

  it('counts a sample drawn from the flag’s workloads even when the draw missed them', () => {
    const sampled = challenge(4, {
      named: [{ workloadId: 'w-7', sequence: 7 }],
      sample: { size: 1, seedHex: '00', treeSize: 9, sequenceFrom: null, sequenceTo: null, candidates: ['w-1', 'w-7'] },
    });
    expect(challengesCovering(flag({ workloadIds: ['w-1'] }), [sampled]).map((c) => c.id)).toEqual([4]);
  });

  it('finds a sample over a report range that meets the flag’s reports', () => {
    const range = (id: number, from: number, to: number) =>
      challenge(id, { sample: { size: 5, seedHex: '00', treeSize: 9, sequenceFrom: from, sequenceTo: to, candidates: null } });
    const unaccounted = flag({ kind: 'unaccounted-compute', reportIds: ['fac-a#10', 'fac-a#12'] });
    expect(challengesCovering(unaccounted, [range(5, 1, 9), range(6, 11, 20), range(7, 13, 20)]).map((c) => c.id)).toEqual([6]);
  });

  it('finds none for a flag without a facility', () => {
    expect(challengesCovering(flag({ facilityId: undefined }), [challenge(1, { named: [{ workloadId: 'w-1', sequence: 1 }] })])).toEqual(
      [],
    );
  });
});
