import type { Challenge, Flag } from './api.ts';
import { parseReportId } from './format.ts';

/**
 * The challenges that already cover a flag's evidence: of the flag's facility, naming (or drawing
 * from) one of its workloads, or drawing from a report range that meets its reports. The board
 * shows them instead of offering a duplicate, permanent and logged, at one click.
 */
export function challengesCovering(flag: Flag, challenges: readonly Challenge[]): Challenge[] {
  if (flag.facilityId === undefined) return [];
  const workloads = new Set(flag.workloadIds ?? []);
  const sequences = flag.reportIds
    .map(parseReportId)
    .filter((r) => r.facilityId === flag.facilityId)
    .map((r) => r.sequence);
  return challenges.filter((c) => {
    if (c.facilityId !== flag.facilityId) return false;
    const drawnFrom = [...c.workloads.map((w) => w.workloadId), ...(c.sample?.candidates ?? [])];
    if (drawnFrom.some((w) => workloads.has(w))) return true;
    const from = c.sample?.sequenceFrom;
    const to = c.sample?.sequenceTo;
    if (from == null || to == null) return c.workloads.some((w) => sequences.includes(w.sequence));
    return sequences.some((s) => s >= from && s <= to);
  });
}
