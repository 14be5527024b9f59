import { describe, expect, it } from 'vitest';
import { checkChallengeAnswer } from './challenge-answer.ts';
import { makeCommitment } from './commitment.ts';
import type { Workload } from './types.ts';

const record = { workloadId: 'w1', class: 'inference', acceleratorHours: 4800, utilization: 0.21, customer: 'acme', job: 'serve-1' };
const { commitment, salt } = makeCommitment(record);
const workload: Workload = { id: 'w1', class: 'inference', acceleratorHours: 4800, utilization: 0.21, commitment };

describe('checkChallengeAnswer', () => {
  it('passes a true answer', () => {
    expect(checkChallengeAnswer(workload, { record, salt })).toEqual({ ok: true, problems: [] });
  });

  it('fails a wrong salt or a record that does not open the commitment', () => {
    expect(checkChallengeAnswer(workload, { record, salt: '00'.repeat(32) }).problems).toEqual(['commitment-mismatch']);
    expect(checkChallengeAnswer(workload, { record: { ...record, customer: 'other' }, salt }).problems).toEqual(['commitment-mismatch']);
  });

  it('fails a record whose figures differ from the declared workload, even if it opens the commitment', () => {
    const truth = { ...record, class: 'training', utilization: 0.45, runId: 'run-x' };
    const c = makeCommitment(truth);
    const declared: Workload = { ...workload, commitment: c.commitment };
    expect(checkChallengeAnswer(declared, { record: truth, salt: c.salt })).toEqual({
      ok: false,
      problems: ['utilization-mismatch', 'class-mismatch', 'runId-mismatch'],
    });
  });

  it('forgives only printing differences in numbers', () => {
    const c = makeCommitment({ ...record, acceleratorHours: 4800.0000000001 });
    expect(
      checkChallengeAnswer(
        { ...workload, commitment: c.commitment },
        { record: { ...record, acceleratorHours: 4800.0000000001 }, salt: c.salt },
      ).ok,
    ).toBe(true);
    expect(checkChallengeAnswer({ ...workload, acceleratorHours: 4801 }, { record, salt }).problems).toEqual(['acceleratorHours-mismatch']);
  });

  it('treats a non-object record as carrying no figures', () => {
    expect(checkChallengeAnswer(workload, { record: 'nope', salt }).problems).toEqual([
      'commitment-mismatch',
      'acceleratorHours-mismatch',
      'utilization-mismatch',
      'class-mismatch',
    ]);
  });
});
