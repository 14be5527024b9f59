import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { httpTarget, submitSimulation } from '../../modules/verification/simulation/simulation-submit.ts';
import { CHEAT_KINDS, signAll, simulate, type CheatKind, type Simulation } from '../../modules/verification/simulation/simulator.ts';
import type { SignedReport } from '../../modules/verification/types.ts';
import { action, CliError } from '../run.ts';
import { server, serverOptions, writeSecret, type ServerOptions } from './server-client.ts';

interface SimulateFlags extends ServerOptions {
  facilities: string;
  accelerators: string;
  days: string;
  seed: string;
  cheat?: string;
  start?: string;
  out?: string;
  submit?: boolean;
}

const positiveInt = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name} must be a positive integer`);
  return n;
};

/**
 * Writes a simulated world as its facilities would hold it: per facility the public registration,
 * the private keys (0600), the signed report stream and the private records with their salts
 * (0600); beside them the declared runs and the truth (which jobs cheat) for scoring.
 */
export function writeSimulation(dir: string, sim: Simulation, signed: readonly SignedReport[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const json = (file: string, value: unknown) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o644 });
  // Secrets replace what is there: a file written over keeps its old mode, which may be 0644.
  const secret = (file: string, text: string) => writeSecret(file, text, true);
  for (const f of sim.facilities) {
    const base = path.join(dir, 'facilities', f.id);
    fs.mkdirSync(path.join(base, 'keys'), { recursive: true });
    json(path.join(base, 'facility.json'), {
      id: f.id,
      name: f.name,
      operator: f.operator,
      jurisdiction: f.jurisdiction,
      inventory: f.inventory,
      keys: f.keys.map(({ privateKeyPem: _p, ...k }) => k),
    });
    for (const k of f.keys) secret(path.join(base, 'keys', `${k.keyId}.pem`), k.privateKeyPem);
    json(
      path.join(base, 'reports.json'),
      signed.filter((s) => s.report.facilityId === f.id),
    );
    const records: Record<string, unknown> = {};
    for (const r of sim.reports) if (r.facilityId === f.id) for (const w of r.workloads) records[w.id] = sim.privateRecords.get(w.id);
    secret(path.join(base, 'records.json'), `${JSON.stringify(records, null, 2)}\n`);
  }
  json(path.join(dir, 'runs.json'), sim.runs);
  json(path.join(dir, 'truth.json'), sim.truth);
}

/** `concord simulate`: a deterministic world of facilities and signed daily reports, written out and/or submitted. */
export function simulateCommand(program: Command) {
  serverOptions(
    program
      .command('simulate')
      .description(
        'simulate facilities and their signed daily compute reports (honest, or with one kind of cheat); write them and/or submit them',
      )
      .option('--facilities <n>', 'number of facilities', '20')
      .option('--accelerators <n>', 'mean accelerators per facility', '5000')
      .option('--days <n>', 'days of daily reports', '90')
      .option('--seed <seed>', 'seed: the same seed gives the same world', '1')
      .option('--cheat <kind>', `one kind of cheat: ${CHEAT_KINDS.join(', ')}`)
      .option('--start <time>', 'start of the first day, UTC (default 2026-01-01T00:00:00.000Z)')
      .option('--out <dir>', 'write facilities, keys, signed reports, private records, runs and truth here')
      .option('--submit', 'register the facilities and runs and submit the reports to --url as the --token account (implied by --token)'),
  ).action(
    action(async (opts: SimulateFlags) => {
      if (opts.cheat !== undefined && !CHEAT_KINDS.includes(opts.cheat as CheatKind))
        throw new CliError(`--cheat must be one of ${CHEAT_KINDS.join(', ')}`);
      if (opts.start !== undefined && !Number.isFinite(Date.parse(opts.start))) throw new CliError('--start must be an ISO time');
      const submit = opts.submit || Boolean(opts.token); // an empty CONCORD_TOKEN is no token
      if (!opts.out && !submit) throw new CliError('pass --out DIR, or --url and --token to submit (or both)');
      const options = {
        facilities: positiveInt('facilities', opts.facilities),
        accelerators: positiveInt('accelerators', opts.accelerators),
        days: positiveInt('days', opts.days),
        seed: opts.seed,
        cheat: opts.cheat as CheatKind | undefined,
        start: opts.start ? new Date(opts.start).toISOString() : undefined,
      };
      let sim: Simulation;
      try {
        sim = simulate(options);
      } catch (err) {
        // A size out of range, or a cheat this world cannot hold (the message names the smallest worlds that can).
        if (err instanceof RangeError) throw new CliError(err.message);
        throw err;
      }
      const workloads = sim.reports.reduce((s, r) => s + r.workloads.length, 0);
      process.stdout.write(
        `simulated ${sim.facilities.length} facilities, ${sim.runs.length} declared runs, ${sim.reports.length} reports, ${workloads} workloads\n`,
      );
      if (opts.out) {
        writeSimulation(opts.out, sim, signAll(sim.reports, sim.facilities));
        process.stdout.write(`wrote ${opts.out}\n`);
      }
      if (submit) {
        const last = sim.reports.reduce((m, r) => Math.max(m, Date.parse(r.periodEnd)), 0);
        if (last > Date.now())
          throw new CliError(`the simulated reports run to ${new Date(last).toISOString()}, in the future: pass an earlier --start`);
        const { url, token } = server(opts);
        const done = await submitSimulation(httpTarget(url, token), sim, {
          onProgress: (n, total) => process.stderr.write(`\rsubmitted ${n}/${total} reports`),
        });
        process.stderr.write('\n');
        process.stdout.write(`submitted ${done.facilities} facilities, ${done.runs} runs and ${done.reports} reports to ${url}\n`);
      }
    }),
  );
}
