import { checkCommitment } from './commitment.ts';
import type { Workload } from './types.ts';

/** The figures of a private record that must match the declared workload. */
export const CHECKED_FIELDS = ['acceleratorHours', 'utilization', 'class', 'runId'] as const;

export type AnswerProblem = 'commitment-mismatch' | `${(typeof CHECKED_FIELDS)[number]}-mismatch`;

export interface AnswerCheck {
  ok: boolean;
  problems: AnswerProblem[];
}

/** Numbers match when they differ by at most 1e-9 relative (JSON round trips keep them exact; this only forgives printing). */
function sameNumber(a: unknown, b: unknown): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Checks a facility's answer to a challenge on one workload: the revealed record and salt must
 * open the workload's commitment (SHA-256(canonical(record) ‖ salt), see commitment.ts), and the
 * record's acceleratorHours, utilization, class and runId must equal the declared ones (a record
 * without runId matches a workload without runId). Lists every problem found.
 */
export function checkChallengeAnswer(
  workload: Pick<Workload, 'acceleratorHours' | 'utilization' | 'class' | 'runId' | 'commitment'>,
  answer: { record: unknown; salt: string },
): AnswerCheck {
  const problems: AnswerProblem[] = [];
  if (!checkCommitment(answer.record, answer.salt, workload.commitment)) problems.push('commitment-mismatch');
  const record = (typeof answer.record === 'object' && answer.record !== null ? answer.record : {}) as Record<string, unknown>;
  if (!sameNumber(record.acceleratorHours, workload.acceleratorHours)) problems.push('acceleratorHours-mismatch');
  if (!sameNumber(record.utilization, workload.utilization)) problems.push('utilization-mismatch');
  if (record.class !== workload.class) problems.push('class-mismatch');
  if ((record.runId ?? undefined) !== (workload.runId ?? undefined)) problems.push('runId-mismatch');
  return { ok: problems.length === 0, problems };
}
