import { computeFlags, DEFAULT_FLAG_CONFIG, type Flag, type FlagConfig, type FlagKind } from '../flags.ts';
import { simulate, type CheatKind, type Simulation, type SimulateOptions } from './simulator.ts';

/**
 * How well the flags separate cheating from honest jobs on simulated worlds.
 *
 * A flag implicates a job when it names the job's run id, lists one of its workloads, or — for a
 * flag that cites only reports (unaccounted compute) — covers a report of the period the job ran in
 * at that facility. A report-only flag that covers a cheating job's period implicates that job
 * alone; one that covers none is a false alarm and implicates every honest job in its reports.
 */
export interface DetectionResult {
  seed: string | number;
  cheat?: CheatKind;
  cheatingJobs: number;
  detectedCheatingJobs: number;
  /** detected / cheating; null when the world holds no cheat. */
  detectionRate: number | null;
  honestJobs: number;
  flaggedHonestJobs: number;
  falsePositiveRate: number;
  /** Honest jobs holding ≥ 256 accelerators at some point: the ones the pattern rules could mistake. */
  largeHonestJobs: number;
  flaggedLargeHonestJobs: number;
  largeFalsePositiveRate: number;
  flagsByKind: Partial<Record<FlagKind, number>>;
  missedJobIds: string[];
  flaggedHonestJobIds: string[];
}

/** The set of job ids the flags implicate (see {@link DetectionResult}). */
export function implicatedJobs(sim: Simulation, flags: readonly Flag[]): Set<string> {
  const byWorkload = new Map<string, string>();
  const byRun = new Map<string, string[]>();
  const byReport = new Map<string, string[]>();
  const cheating = new Set(sim.truth.cheatingJobIds);
  for (const job of sim.truth.jobs) {
    for (const w of job.workloadIds) byWorkload.set(w, job.id);
    for (const r of job.runIds) byRun.set(r, [...(byRun.get(r) ?? []), job.id]);
    for (const r of job.reportIds) {
      const list = byReport.get(r);
      if (list) list.push(job.id);
      else byReport.set(r, [job.id]);
    }
  }
  const implicated = new Set<string>();
  for (const flag of flags) {
    if (flag.runId !== undefined) for (const id of byRun.get(flag.runId) ?? []) implicated.add(id);
    if (flag.workloadIds !== undefined) {
      for (const w of flag.workloadIds) {
        const id = byWorkload.get(w);
        if (id) implicated.add(id);
      }
      continue;
    }
    if (flag.runId !== undefined) continue;
    const inReports = [...new Set(flag.reportIds.flatMap((r) => byReport.get(r) ?? []))];
    const cheats = inReports.filter((id) => cheating.has(id));
    for (const id of cheats.length > 0 ? cheats : inReports) implicated.add(id);
  }
  return implicated;
}

/** Simulates a world (20 facilities × 5000 accelerators × 90 days unless overridden), flags it, and scores the flags against the truth. */
export function measureDetection(
  seed: string | number,
  cheat?: CheatKind,
  options: Partial<Omit<SimulateOptions, 'seed' | 'cheat'>> & { config?: FlagConfig } = {},
): DetectionResult {
  const { config = DEFAULT_FLAG_CONFIG, ...sizes } = options;
  const sim = simulate({ facilities: 20, accelerators: 5000, days: 90, ...sizes, seed, cheat });
  const flags = computeFlags({ facilities: sim.facilities, runs: sim.runs, reports: sim.reports }, config);
  const implicated = implicatedJobs(sim, flags);
  const jobs = sim.truth.jobs;
  const cheatingJobs = jobs.filter((j) => !j.honest);
  const honestJobs = jobs.filter((j) => j.honest);
  const largeHonest = honestJobs.filter((j) => j.peakConcurrency >= 256);
  const flagsByKind: Partial<Record<FlagKind, number>> = {};
  for (const f of flags) flagsByKind[f.kind] = (flagsByKind[f.kind] ?? 0) + 1;
  const detected = cheatingJobs.filter((j) => implicated.has(j.id));
  const flaggedHonest = honestJobs.filter((j) => implicated.has(j.id));
  const flaggedLarge = largeHonest.filter((j) => implicated.has(j.id));
  return {
    seed,
    cheat,
    cheatingJobs: cheatingJobs.length,
    detectedCheatingJobs: detected.length,
    detectionRate: cheatingJobs.length === 0 ? null : detected.length / cheatingJobs.length,
    honestJobs: honestJobs.length,
    flaggedHonestJobs: flaggedHonest.length,
    falsePositiveRate: honestJobs.length === 0 ? 0 : flaggedHonest.length / honestJobs.length,
    largeHonestJobs: largeHonest.length,
    flaggedLargeHonestJobs: flaggedLarge.length,
    largeFalsePositiveRate: largeHonest.length === 0 ? 0 : flaggedLarge.length / largeHonest.length,
    flagsByKind,
    missedJobIds: cheatingJobs.filter((j) => !implicated.has(j.id)).map((j) => j.id),
    flaggedHonestJobIds: flaggedHonest.map((j) => j.id),
  };
}
