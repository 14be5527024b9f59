import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import { canonicalBytes, signReport, verifySignedReport } from './report-signing.ts';
import type { SignedReport } from './types.ts';
import {
  dayIso,
  facilityBody,
  keyPair,
  logEntries,
  report,
  modulesWithVerification,
  setUpVerification,
  sign,
  storedCounts,
  verificationTestClock,
  workload,
  type VerificationFixture,
} from './verification.fixture.ts';

let t: TestApp;
let f: VerificationFixture;
const clock = verificationTestClock();
const key = keyPair(1);
const FAC = 'fac-a';
let nextSequence = 1;

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithVerification(clock) });
  f = await setUpVerification(t);
  await expectJson(t.request('POST', '/api/facilities', { token: f.operator.token, body: facilityBody(FAC, key) }), 201);
});
afterAll(() => t.close());
afterEach(() => clock.reset());

/** A valid next report of fac-a with `n` workloads. */
function nextReport(n = 3, prefix = `s${nextSequence}`) {
  const ws = Array.from({ length: n }, (_, i) => workload(`${prefix}-w${i}`).workload);
  return report(FAC, nextSequence, ws);
}

async function accept(signed: SignedReport) {
  const body = await expectJson(t.request('POST', '/api/reports', { token: f.operator.token, body: signed }), 201);
  nextSequence = signed.report.sequence + 1;
  return body;
}

/** Sends a request that must be refused with `status` and `code`, and checks that nothing was stored or logged. */
async function refused(path: string, body: unknown, status: number, code: string, token = f.operator.token) {
  const before = await storedCounts(t);
  const res = await t.request('POST', path, { token, body });
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(JSON.parse(text).error.code, text).toBe(code);
  expect(await storedCounts(t)).toEqual(before);
  return JSON.parse(text).error;
}

describe('POST /api/reports', () => {
  it('stores a signed report with its workloads and logs its hash and signature', async () => {
    const signed = sign(nextReport(3), key);
    const accepted = await accept(signed);
    const sha = createHash('sha256').update(canonicalBytes(signed.report)).digest('hex');
    expect(accepted).toMatchObject({ reportId: `${FAC}#1`, reportSha256: sha, warnings: [] });
    const entry = (await logEntries(t)).at(-1)!;
    expect(entry).toMatchObject({
      kind: 'verification.report',
      subject: `facility:${FAC}`,
      actor: `user:${f.operator.actor.id}`,
      body: {
        reportId: `${FAC}#1`,
        sequence: 1,
        periodStart: dayIso(0),
        periodEnd: dayIso(1),
        reportSha256: sha,
        signature: signed.signature,
        keyId: key.keyId,
        workloadCount: 3,
      },
    });
    expect(entry.body.meteredAcceleratorHours).toBe(signed.report.meteredAcceleratorHours);
    expect(accepted.logIndex).toBe((await logEntries(t)).length - 1);
  });

  it('gives back the stored report in its signed form, bytes and signature intact (inspector), not to the public', async () => {
    const stored = await expectJson(t.request('GET', `/api/facilities/${FAC}/reports/1`, { token: f.inspector.token }));
    expect(createHash('sha256').update(canonicalBytes(stored.report)).digest('hex')).toBe(stored.reportSha256);
    const detail = await expectJson(t.request('GET', `/api/facilities/${FAC}`));
    expect(verifySignedReport(stored, detail.keys).ok).toBe(true);
    expect((await t.request('GET', `/api/facilities/${FAC}/reports/1`)).status).toBe(401);
    expect((await t.request('GET', `/api/facilities/${FAC}/reports/1`, { token: f.otherOperator.token })).status).toBe(403);
    expect((await t.request('GET', `/api/facilities/${FAC}/reports/99`, { token: f.operator.token })).status).toBe(404);
  });

  it('answers a sequence beyond a 32-bit integer with 400, and an unknown one with 404', async () => {
    const huge = await t.request('GET', `/api/facilities/${FAC}/reports/${2 ** 40}`, { token: f.inspector.token });
    expect(huge.status, await huge.text()).toBe(400);
    const missing = await t.request('GET', `/api/facilities/${FAC}/reports/99999`, { token: f.inspector.token });
    expect(missing.status, await missing.text()).toBe(404);
  });

  it('accepts a session cookie of the operator too (same origin)', async () => {
    const res = await t.request('POST', '/api/reports', { cookie: f.operator.cookie, body: sign(nextReport(1), key) });
    expect(res.status).toBe(201);
    nextSequence++;
  });

  it('accepts a run id nobody declared, with a warning', async () => {
    const w = workload(`s${nextSequence}-undeclared`, { runId: 'run-nobody' }).workload;
    const accepted = await accept(sign(report(FAC, nextSequence, [w]), key));
    expect(accepted.warnings).toEqual([{ code: 'undeclared-run', workloadId: w.id, runId: 'run-nobody' }]);
  });
});

describe('POST /api/reports refusals by signature, sequence and report rules', () => {
  it('refuses a tampered report (bad signature)', async () => {
    const signed = sign(nextReport(), key);
    const tampered = { ...signed, report: { ...signed.report, meteredAcceleratorHours: signed.report.meteredAcceleratorHours - 1 } };
    await refused('/api/reports', tampered, 422, 'bad_signature');
    const otherKey = keyPair(99);
    await refused('/api/reports', { ...signed, signature: signReport(signed.report, otherKey.privateKeyPem) }, 422, 'bad_signature');
  });

  it('refuses a key the facility never registered', async () => {
    const other = keyPair(2);
    await refused('/api/reports', sign(nextReport(), other), 422, 'unknown_key');
  });

  it('refuses a replay of an accepted report, and a lower sequence', async () => {
    const signed = sign(nextReport(2), key);
    await accept(signed);
    const error = await refused('/api/reports', signed, 409, 'report_replay');
    expect(error.details).toMatchObject({
      index: 0,
      reportId: signed.report.facilityId + '#' + signed.report.sequence,
      lastSequence: signed.report.sequence,
    });
    await refused(
      '/api/reports',
      sign(report(FAC, 1, [workload('replay-low').workload], { periodStart: dayIso(40), periodEnd: dayIso(41) }), key),
      409,
      'report_replay',
    );
  });

  it('refuses a gap in the sequence', async () => {
    const r = nextReport();
    await refused(
      '/api/reports',
      sign({ ...r, sequence: r.sequence + 1, periodStart: dayIso(r.sequence), periodEnd: dayIso(r.sequence + 1) }, key),
      409,
      'sequence_gap',
    );
  });

  it('refuses a period that overlaps the previous report', async () => {
    const r = nextReport();
    await refused('/api/reports', sign({ ...r, periodStart: dayIso(r.sequence - 1.5) }, key), 409, 'period_overlap');
  });

  it('refuses more accelerator-hours than the facility can have (capacity), declared or metered', async () => {
    // 1000 H100 + 200 B200 × 24 h = 28,800 accelerator-hours a day.
    const big = workload(`s${nextSequence}-big`, { acceleratorHours: 30_000 }).workload;
    await refused('/api/reports', sign(report(FAC, nextSequence, [big]), key), 422, 'capacity_exceeded');
    await refused('/api/reports', sign({ ...nextReport(1), meteredAcceleratorHours: 28_801 }, key), 422, 'capacity_exceeded');
    const onB200 = workload(`s${nextSequence}-b200`, { acceleratorHours: 4801, accelerator: 'NVIDIA B200' }).workload;
    await refused('/api/reports', sign(report(FAC, nextSequence, [onB200]), key), 422, 'capacity_exceeded');
  });

  it('refuses an accelerator the inventory lacks, and a workload id reported before or twice', async () => {
    const tpu = workload(`s${nextSequence}-tpu`, { accelerator: 'Google TPU v5p' }).workload;
    await refused('/api/reports', sign(report(FAC, nextSequence, [tpu]), key), 422, 'unknown_accelerator');
    const reused = workload('s1-w0').workload;
    const before = await refused(
      '/api/reports',
      sign(report(FAC, nextSequence, [workload(`s${nextSequence}-fresh`).workload, reused]), key),
      409,
      'duplicate_workload',
    );
    expect(before.details).toMatchObject({ index: 0, workloadId: 's1-w0' });
    const twice = workload(`s${nextSequence}-twice`).workload;
    await refused('/api/reports', sign(report(FAC, nextSequence, [twice, twice]), key), 409, 'duplicate_workload');
  });
});

describe('POST /api/reports refusals by time, schema and account', () => {
  it('refuses a period that has not ended yet', async () => {
    const r = nextReport();
    clock.set(new Date(Date.parse(r.periodEnd) - 1));
    await refused('/api/reports', sign(r, key), 422, 'period_in_future');
  });

  it('refuses malformed reports by schema: unknown fields, times in another spelling, bad figures', async () => {
    const r = nextReport(1);
    const [w] = r.workloads;
    if (w === undefined) throw new Error('nextReport(1) made no workload');
    await refused('/api/reports', { ...sign(r, key), extra: 1 }, 400, 'unknown_field');
    await refused('/api/reports', sign({ ...r, workloads: [{ ...w, secret: 'x' } as never] }, key), 400, 'unknown_field');
    await refused('/api/reports', sign({ ...r, periodEnd: r.periodEnd.replace('.000Z', 'Z') }, key), 400, 'validation_failed');
    await refused('/api/reports', sign({ ...r, workloads: [{ ...w, utilization: 0 }] }, key), 400, 'validation_failed');
    await refused('/api/reports', sign({ ...r, workloads: [{ ...w, commitment: 'AB'.repeat(32) }] }, key), 400, 'validation_failed');
    await refused('/api/reports', sign({ ...r, energyKwh: -1 }, key), 400, 'validation_failed');
    await refused('/api/reports', { ...sign(r, key), signature: 'not base64' }, 400, 'validation_failed');
    await refused('/api/reports', sign({ ...r, periodEnd: r.periodStart }, key), 400, 'invalid_report');
  });

  it('refuses accounts that may not submit for the facility, and an unknown facility', async () => {
    const signed = sign(nextReport(), key);
    await refused('/api/reports', signed, 403, 'forbidden', f.otherOperator.token);
    await refused('/api/reports', signed, 403, 'forbidden', f.inspector.token);
    const before = await storedCounts(t);
    expect((await t.request('POST', '/api/reports', { body: signed })).status).toBe(401);
    expect(await storedCounts(t)).toEqual(before);
    await refused('/api/reports', sign({ ...signed.report, facilityId: 'fac-nowhere' }, key), 404, 'unknown_facility');
  });

  it('lets an admin submit for any facility', async () => {
    const res = await t.request('POST', '/api/reports', { token: f.admin.token, body: sign(nextReport(1), key) });
    expect(res.status).toBe(201);
    nextSequence++;
  });
});

describe('POST /api/reports/batch', () => {
  it('is all-or-nothing: one bad report refuses the whole batch, naming it', async () => {
    const good = [0, 1, 2].map((i) => sign(report(FAC, nextSequence + i, [workload(`b${nextSequence + i}`).workload]), key));
    const bad = sign(report(FAC, nextSequence + 3, [workload(`b${nextSequence + 3}`).workload]), keyPair(3));
    const error = await refused('/api/reports/batch', { reports: [...good, bad] }, 422, 'unknown_key');
    expect(error.details).toMatchObject({ index: 3 });
    const gap = await refused('/api/reports/batch', { reports: [good[0], good[2]] }, 409, 'sequence_gap');
    expect(gap.details).toMatchObject({ index: 1 });
    const { accepted } = await expectJson(
      t.request('POST', '/api/reports/batch', { token: f.operator.token, body: { reports: good } }),
      201,
    );
    expect(accepted.map((a: { reportId: string }) => a.reportId)).toEqual(good.map((g) => `${FAC}#${g.report.sequence}`));
    nextSequence += 3;
  });

  it('refuses a workload id repeated across the reports of one batch', async () => {
    const w = workload(`b-repeat-${nextSequence}`).workload;
    const reports = [sign(report(FAC, nextSequence, [w]), key), sign(report(FAC, nextSequence + 1, [w]), key)];
    const error = await refused('/api/reports/batch', { reports }, 409, 'duplicate_workload');
    expect(error.details).toMatchObject({ index: 1, workloadId: w.id });
  });

  it('refuses more than 500 reports and an empty batch by schema', async () => {
    const one = sign(nextReport(0), key);
    await refused('/api/reports/batch', { reports: [] }, 400, 'validation_failed');
    await refused('/api/reports/batch', { reports: Array.from({ length: 501 }, () => one) }, 400, 'validation_failed');
  });
});

describe('key rotation and reports', () => {
  it('verifies old reports with the retired key, refuses it for later periods, and takes the new key', async () => {
    const newKey = keyPair(4);
    const at = dayIso(nextSequence - 1); // the end of the last accepted report
    const rotated = await expectJson(
      t.request('POST', `/api/facilities/${FAC}/keys`, { token: f.operator.token, body: { publicKeyPem: newKey.publicKeyPem, at } }),
      201,
    );
    expect(rotated.keys.map((k: { keyId: string; retiredAt: string | null }) => [k.keyId, k.retiredAt])).toEqual([
      [key.keyId, at],
      [newKey.keyId, null],
    ]);
    const old = await expectJson(t.request('GET', `/api/facilities/${FAC}/reports/1`, { token: f.operator.token }));
    expect(verifySignedReport(old, rotated.keys).ok).toBe(true);
    await refused('/api/reports', sign(nextReport(), key), 422, 'key_retired');
    await accept(sign(nextReport(), newKey));
  });

  it('refuses a key that was not yet valid at the period end', async () => {
    const later = keyPair(5);
    clock.set(dayIso(300));
    await expectJson(
      t.request('POST', `/api/facilities/${FAC}/keys`, {
        token: f.operator.token,
        body: { publicKeyPem: later.publicKeyPem, at: dayIso(200) },
      }),
      201,
    );
    await refused('/api/reports', sign(nextReport(), later), 422, 'key_not_yet_valid');
  });
});
