import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../core/auth/auth.service.ts';
import type { Actor } from '../../core/auth/permissions.ts';
import { openPreparedDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { modules } from '../../modules/index.ts';
import { registerFacility } from '../../modules/verification/facility.service.ts';
import { submitReports } from '../../modules/verification/report.service.ts';
import { generateFacilityKeyPair, signReport } from '../../modules/verification/report-signing.ts';
import type { ComputeReport } from '../../modules/verification/types.ts';
import { defaultVerificationEnv } from '../../modules/verification/verification-env.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const run = promisify(execFile);
const env = defaultVerificationEnv();
/** The command's environment without DATABASE_URL: it opens the embedded database of --data-dir. */
const { DATABASE_URL: _url, ...embedded } = process.env;

/** Runs `concord verification recompute …` on the test's database; resolves with the exit code and output whatever the code. */
async function recompute(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(ROOT, 'bin/concord.js'), 'verification', 'recompute', '--data-dir', dataDir, ...args],
      { cwd: ROOT, env: embedded },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Opens the embedded database in `dataDir` (as the command does), runs `fn` on it and closes it, so the command can open it next. */
async function withDatabase<T>(dataDir: string, fn: (db: Awaited<ReturnType<typeof openPreparedDatabase>>['db']) => Promise<T>) {
  const database = await openPreparedDatabase(loadConfig({ dataDir }, {}), modules);
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

const DAY = 86_400_000;
const START = Date.parse('2025-03-01T00:00:00.000Z');
const report = (facilityId: string, day: number, runs: string[]): ComputeReport => ({
  facilityId,
  sequence: day + 1,
  periodStart: new Date(START + day * DAY).toISOString(),
  periodEnd: new Date(START + (day + 1) * DAY).toISOString(),
  meteredAcceleratorHours: 9000,
  energyKwh: 100,
  workloads: runs.map((runId, i) => ({
    id: `w${day}-${i}`,
    class: 'training' as const,
    acceleratorHours: 1000 + 37 * i + day,
    utilization: 0.4 + i / 100,
    runId,
    commitment: 'ab'.repeat(32),
  })),
});

/**
 * Two facilities' reports, fac-b's submitted before fac-a's of the same days: fac-a's end before parts
 * already folded, so the run's later parts are summed again through the database.
 */
async function seedWorld(dataDir: string): Promise<void> {
  await withDatabase(dataDir, async (db) => {
    const user = await createAccount(db, null, {
      email: 'op@recompute.test',
      name: 'Op',
      role: 'operator',
      password: 'recompute pass 123',
    });
    const actor: Actor = { id: user.id, email: user.email, name: user.name, role: 'operator', participantId: null };
    const keys = { a: generateFacilityKeyPair(), b: generateFacilityKeyPair() };
    for (const id of ['fac-a', 'fac-b'] as const) {
      const key = id === 'fac-a' ? keys.a : keys.b;
      await registerFacility(
        db,
        actor,
        {
          id,
          name: id,
          operator: 'Test',
          jurisdiction: 'FRA',
          inventory: [{ model: 'H100', count: 500, peakFlops: 989e12 }],
          keys: [{ publicKeyPem: key.publicKeyPem, validFrom: '2025-01-01T00:00:00.000Z' }],
        },
        env,
      );
    }
    const submit = (r: ComputeReport) =>
      submitReports(
        db,
        actor,
        [
          {
            report: r,
            keyId: (r.facilityId === 'fac-a' ? keys.a : keys.b).keyId,
            signature: signReport(r, (r.facilityId === 'fac-a' ? keys.a : keys.b).privateKeyPem),
          },
        ],
        env,
      );
    // fac-b runs ahead, so fac-a's reports end before parts already folded: the run's later parts are summed again.
    for (let d = 0; d < 4; d++) await submit(report('fac-b', d, ['run-x', 'run-y']));
    for (let d = 0; d < 4; d++) await submit(report('fac-a', d, ['run-x', 'undeclared-z']));
  });
}

describe('concord verification recompute', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-recompute-'));

  beforeAll(() => seedWorld(dataDir), 60_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('exits 0 when the maintained figures agree with the stored reports', async () => {
    const { code, stdout, stderr } = await recompute(dataDir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^accounting agrees with the stored reports \(8 reports, 3 runs, 16 run parts\)\n$/);
  }, 60_000);

  it('exits 1 naming each corrupted row on its own line, and --fix rewrites them', async () => {
    await withDatabase(dataDir, async (db) => {
      await db.execute(sql`update verification_run_totals set cumulative_flop = cumulative_flop * 1.0000001 where run_id = 'run-x'`);
      await db.execute(
        sql`update verification_run_parts set hours_after = hours_after + 1 where run_id = 'run-y' and facility_id = 'fac-b' and sequence = 2`,
      );
      await db.execute(sql`update verification_reports set declared_accelerator_hours = 1 where facility_id = 'fac-a' and sequence = 3`);
      await db.execute(sql`delete from verification_run_totals where run_id = 'undeclared-z'`);
    });
    const found = await recompute(dataDir);
    expect(found.code).toBe(1);
    const lines = found.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^run run-x: cumulativeFlop maintained [\d.e+]+, recomputed [\d.e+]+$/);
    expect(lines[1]).toMatch(/^run undeclared-z: missing/);
    expect(lines[2]).toMatch(/^part run-y of report fac-b#2: hoursAfter maintained \d+, recomputed \d+$/);
    expect(lines[3]).toBe('report fac-a#3: declaredAcceleratorHours maintained 1, recomputed 2041');
    expect(lines[4]).toMatch(/^4 maintained rows differ from the stored reports/);

    const fixed = await recompute(dataDir, '--fix');
    expect(fixed.code).toBe(1);
    expect(fixed.stderr).toMatch(/4 maintained rows differ .*; rewritten\n$/);
    const again = await recompute(dataDir);
    expect(again.code).toBe(0);
  }, 120_000);

  it('refuses a database it cannot open with one line and exit 1', async () => {
    const { code, stderr } = await recompute(dataDir, '--database-url', 'not a url');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^concord: /);
  }, 60_000);
});
