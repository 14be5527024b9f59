/**
 * Test set-up shared by the verification module's HTTP tests: a clock the tests move and the
 * app's modules with verification on it, accounts (two operators, an inspector, a staff member),
 * facility keys, report builders, row counts for "nothing stored" checks. Not imported by the app.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/permissions.ts';
import { queryRows } from '../../core/db/client.ts';
import { logSize } from '../../core/ledger/log-reader.ts';
import type { ModuleManifest } from '../../core/module.ts';
import type { TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import { modules } from '../index.ts';
import { makeCommitment } from './commitment.ts';
import { verificationModule } from './index.ts';
import { keyPairFromSeed, signReport, type FacilityKeyPair } from './report-signing.ts';
import type { ComputeReport, SignedReport, Workload } from './types.ts';
import type { VerificationEnv } from './verification-env.ts';

export const PASSWORD = 'verification password 1';

/**
 * A clock for the verification module that runs with real time until a test stops it at an
 * instant (`set`) or hands it a function to read (`follow`), and runs with real time again after
 * `reset`. Real time by default, because the tests date their reports and deadlines from it.
 */
export function verificationTestClock() {
  let read = (): Date => new Date();
  return {
    now: (): Date => read(),
    /** Stops the clock at `at`. */
    set(at: Date | string): void {
      const when = new Date(at).getTime();
      read = () => new Date(when);
    },
    /** Reads the time from `now` (e.g. one instant for the first reading and another after). */
    follow(now: () => Date): void {
      read = now;
    },
    /** Lets the clock run with real time again. */
    reset(): void {
      read = () => new Date();
    },
  };
}

export type VerificationTestClock = ReturnType<typeof verificationTestClock>;

/**
 * The modules the app boots, in its order, with verification built on `env`: pass the result as
 * `testApp(undefined, {}, { modules })` or `startServer({ modules })`. (Taken from the app's list,
 * so the module's tests import no other module.)
 */
export function modulesWithVerification(env: VerificationEnv): ModuleManifest[] {
  return modules.map((m) => (m.name === 'verification' ? verificationModule(env) : m));
}

/** A deterministic facility key pair from a small number. */
export const keyPair = (n: number): FacilityKeyPair => keyPairFromSeed(createHash('sha256').update(`facility key ${n}`).digest());

export interface Account {
  actor: Actor;
  cookie: string;
  token: string;
}

export interface VerificationFixture {
  admin: Account;
  operator: Account;
  otherOperator: Account;
  inspector: Account;
  staff: Account;
  /** Creates, logs in and gives a token to an account with `role`. */
  account(role: Actor['role'], label: string): Promise<Account>;
}

export async function setUpVerification(t: TestApp): Promise<VerificationFixture> {
  const adminCookie = await t.login();
  const session = async (cookie: string): Promise<Account> => {
    const { user } = await expectJson<{ user: Actor }>(t.request('GET', '/api/auth/me', { cookie }));
    const { token } = await expectJson<{ token: string }>(t.request('POST', '/api/tokens', { cookie, body: { name: 'tests' } }), 201);
    return { actor: user, cookie, token };
  };
  const account = async (role: Actor['role'], label: string) => {
    const email = `${label}@verification.test`;
    await expectJson(t.request('POST', '/api/users', { cookie: adminCookie, body: { email, name: label, role, password: PASSWORD } }), 201);
    return session(await t.login(email, PASSWORD));
  };
  return {
    admin: await session(adminCookie),
    operator: await account('operator', 'operator'),
    otherOperator: await account('operator', 'other-operator'),
    inspector: await account('inspector', 'inspector'),
    staff: await account('staff', 'staff'),
    account,
  };
}

export const DAY_MS = 86_400_000;
export const START = Date.parse('2026-01-01T00:00:00.000Z');
export const dayIso = (d: number) => new Date(START + d * DAY_MS).toISOString();

/** A facility registration body: 1000 H100 and 200 B200, the given key valid from START. */
export function facilityBody(id: string, key: FacilityKeyPair, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `Facility ${id}`,
    operator: 'Helios Compute',
    jurisdiction: 'FRA',
    inventory: [
      { model: 'NVIDIA H100 SXM', count: 1000, peakFlops: 989e12 },
      { model: 'NVIDIA B200', count: 200, peakFlops: 2.25e15 },
    ],
    keys: [{ publicKeyPem: key.publicKeyPem, validFrom: dayIso(0) }],
    ...extra,
  };
}

/** A workload with a real commitment to a record; the record and salt are returned beside it. */
export function workload(id: string, fields: Partial<Omit<Workload, 'id' | 'commitment'>> = {}) {
  const body = { class: 'training' as const, acceleratorHours: 4800, utilization: 0.4, ...fields };
  const record = { workloadId: id, ...body, job: `job of ${id}` };
  const { commitment, salt } = makeCommitment(record);
  return { workload: { id, ...body, commitment }, record, salt };
}

/** Report `sequence` covering day sequence−1 of `facilityId`, metered = Σ workloads. */
export function report(facilityId: string, sequence: number, workloads: Workload[], extra: Partial<ComputeReport> = {}): ComputeReport {
  return {
    facilityId,
    sequence,
    periodStart: dayIso(sequence - 1),
    periodEnd: dayIso(sequence),
    meteredAcceleratorHours: workloads.reduce((s, w) => s + w.acceleratorHours, 0),
    energyKwh: 12_345.5,
    workloads,
    ...extra,
  };
}

export const sign = (r: ComputeReport, key: FacilityKeyPair): SignedReport => ({
  report: r,
  keyId: key.keyId,
  signature: signReport(r, key.privateKeyPem),
});

/** Row counts and log size, to show a refused request stored nothing. */
export async function storedCounts(t: TestApp) {
  const [row] = await queryRows<Record<string, number>>(
    t.database.db,
    sql`select (select count(*)::int from verification_facilities) as facilities,
               (select count(*)::int from verification_facility_keys) as keys,
               (select count(*)::int from verification_facility_operators) as operators,
               (select count(*)::int from verification_runs) as runs,
               (select count(*)::int from verification_reports) as reports,
               (select count(*)::int from verification_workloads) as workloads,
               (select count(*)::int from verification_challenges) as challenges,
               (select count(*)::int from verification_challenge_workloads where status <> 'pending') as answers`,
  );
  return { ...row, log: await logSize(t.database.db) };
}

/** The log entries (parsed) from `start` on. */
export async function logEntries(t: TestApp, start = 0) {
  const size = await logSize(t.database.db);
  const out: { kind: string; subject: string; actor: string | null; body: any }[] = [];
  for (let s = start; s < size; s += 1000) {
    const { entries } = await expectJson<{ entries: { entry: any }[] }>(
      t.request('GET', `/api/log/entries?start=${s}&end=${Math.min(size, s + 1000)}`),
    );
    out.push(...entries.map((e) => e.entry));
  }
  return out;
}
