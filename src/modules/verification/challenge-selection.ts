import { invalid } from '../../core/errors.ts';
import type { NewChallenge } from './challenges.dto.ts';

/** What a challenge takes, as the HTTP body gives it: named workloads, a sample, or both (a sample of the named workloads). */
export type { NewChallenge };

/** The workloads a sample is drawn from: named candidates, or every workload of a range of reports. */
export type SamplePool =
  | { kind: 'candidates'; workloadIds: string[] }
  /** Reports with sequence in [sequenceFrom, sequenceTo]; default 1 and the latest. */
  | { kind: 'reports'; sequenceFrom?: number; sequenceTo?: number };

/**
 * Which workloads a challenge names: the ones given, in their order, or `size` of them drawn
 * weighted by accelerator-hours from a pool (challenge-sampling.ts).
 */
export type ChallengeSelection = { kind: 'named'; workloadIds: string[] } | { kind: 'sample'; size: number; pool: SamplePool };

/**
 * The selection the body asks for. The schema already refuses a body with neither workloadIds
 * nor sample, and a report range beside workloadIds; a caller that bypasses it gets 400 too.
 */
export function selectionOf(input: Pick<NewChallenge, 'workloadIds' | 'sample' | 'sequenceFrom' | 'sequenceTo'>): ChallengeSelection {
  const { workloadIds, sample, sequenceFrom, sequenceTo } = input;
  if (sample === undefined) {
    if (workloadIds === undefined)
      throw invalid('validation_failed', 'give workloadIds, sample, or both (a sample of the named workloads)');
    return { kind: 'named', workloadIds };
  }
  if (workloadIds !== undefined) return { kind: 'sample', size: sample, pool: { kind: 'candidates', workloadIds } };
  return { kind: 'sample', size: sample, pool: { kind: 'reports', sequenceFrom, sequenceTo } };
}
