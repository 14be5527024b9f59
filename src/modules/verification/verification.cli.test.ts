import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../../test/e2e/harness.ts';
import { checkCommitment } from './commitment.ts';
import { canonicalBytes, keyIdOf, verifyReportSignature } from './report-signing.ts';

const BIN = path.resolve('bin/concord.js');
let dir: string;
let server: TestServer;
let operatorToken: string;
let inspectorToken: string;

function concord(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, CONCORD_TOKEN: '', CONCORD_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function api(method: string, p: string, body?: unknown, token?: string) {
  const res = await fetch(`${server.url}${p}`, {
    method,
    headers: { 'content-type': 'application/json', origin: server.url, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** The session cookie a login answered with. */
function sessionCookie(login: Response): string {
  const [cookie] = login.headers.get('set-cookie')?.split(';') ?? [];
  if (!cookie) throw new Error(`login answered ${login.status} without a session cookie`);
  return cookie;
}

async function accountToken(adminCookie: string, role: string) {
  const email = `${role}@cli.test`;
  const password = 'cli test password 1';
  await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie: adminCookie },
    body: JSON.stringify({ email, name: role, role, password }),
  });
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email, password }),
  });
  const cookie = sessionCookie(login);
  const res = await fetch(`${server.url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie },
    body: JSON.stringify({ name: 'cli' }),
  });
  return ((await res.json()) as { token: string }).token;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-verification-cli-'));
  server = await startServer();
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(server.admin),
  });
  const adminCookie = sessionCookie(login);
  operatorToken = await accountToken(adminCookie, 'operator');
  inspectorToken = await accountToken(adminCookie, 'inspector');
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const record = { workloadId: 'w-cli-1', class: 'training', acceleratorHours: 2400, utilization: 0.41, job: 'pretraining shard 7' };

// Set by the keygen and commit tests, read by the report tests after them.
let publicKeyPem: string;
let keyId: string;
let commitment: string;

/** A report of fac-cli with one workload, committed to by the commit test. */
const reportOf = (sequence: number, workloadId = record.workloadId) => ({
  facilityId: 'fac-cli',
  sequence,
  periodStart: new Date(Date.UTC(2026, 0, sequence)).toISOString(),
  periodEnd: new Date(Date.UTC(2026, 0, sequence + 1)).toISOString(),
  meteredAcceleratorHours: 2400,
  energyKwh: 1000,
  workloads: [{ id: workloadId, class: 'training', acceleratorHours: 2400, utilization: 0.41, commitment }],
});

describe('concord facility', () => {
  it('keygen writes the private key readable by its owner only and prints the public key and key id', async () => {
    const r = await concord(['facility', 'keygen', '--out', 'key.pem']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.statSync(path.join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
    const [, printedKeyId] = /^keyId: ([0-9a-f]{16})\n/.exec(r.stdout) ?? [];
    if (printedKeyId === undefined) throw new Error(`keygen printed no key id: ${r.stdout}`);
    keyId = printedKeyId;
    publicKeyPem = r.stdout.slice(r.stdout.indexOf('-----BEGIN'));
    expect(keyIdOf(publicKeyPem)).toBe(keyId);
    const again = await concord(['facility', 'keygen', '--out', 'key.pem']);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('keygen --force replaces the file itself: never writes the key through a link or into a file readable by others', async () => {
    fs.writeFileSync(path.join(dir, 'shared.txt'), 'public\n', { mode: 0o644 });
    fs.symlinkSync('shared.txt', path.join(dir, 'linked.pem'));
    const r = await concord(['facility', 'keygen', '--out', 'linked.pem', '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'shared.txt'), 'utf8')).toBe('public\n');
    expect(fs.statSync(path.join(dir, 'shared.txt')).mode & 0o777).toBe(0o644);
    expect(fs.lstatSync(path.join(dir, 'linked.pem')).isFile()).toBe(true);
    expect(fs.statSync(path.join(dir, 'linked.pem')).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(dir, 'linked.pem'), 'utf8')).toMatch(/PRIVATE KEY/);
    expect(r.stdout).not.toMatch(/PRIVATE/);
  });

  it('commit prints the commitment and writes the salt beside the record, once', async () => {
    fs.writeFileSync(path.join(dir, 'rec.json'), JSON.stringify(record));
    const r = await concord(['facility', 'commit', '--record', 'rec.json']);
    expect(r.code, r.stderr).toBe(0);
    commitment = r.stdout.trim();
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    const salt = fs.readFileSync(path.join(dir, 'rec.json.salt'), 'utf8').trim();
    expect(fs.statSync(path.join(dir, 'rec.json.salt')).mode & 0o777).toBe(0o600);
    expect(checkCommitment(record, salt, commitment)).toBe(true);
    const again = await concord(['facility', 'commit', '--record', 'rec.json']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/committed already/);
  });

  it('report --dry-run prints the canonical bytes and a signature that verifies', async () => {
    fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify(reportOf(1)));
    const r = await concord(['facility', 'report', '--key', 'key.pem', '--file', 'report.json', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    const [canonical, keyLine, signatureLine] = r.stdout.trim().split('\n');
    expect(canonical).toBe(canonicalBytes(reportOf(1)).toString('utf8'));
    expect(keyLine).toBe(`keyId: ${keyId}`);
    expect(verifyReportSignature(reportOf(1) as never, (signatureLine ?? '').replace('signature: ', ''), publicKeyPem)).toBe(true);
  });
});

describe('concord facility report and reveal', () => {
  it('report signs and submits with an operator token; the server’s refusal comes back in one line', async () => {
    await api(
      'POST',
      '/api/facilities',
      {
        id: 'fac-cli',
        name: 'CLI Facility',
        operator: 'CLI Compute',
        jurisdiction: 'DEU',
        inventory: [{ model: 'NVIDIA H100 SXM', count: 200, peakFlops: 989e12 }],
        keys: [{ publicKeyPem, validFrom: '2026-01-01T00:00:00.000Z' }],
      },
      operatorToken,
    );
    const ok = await concord([
      'facility',
      'report',
      '--key',
      'key.pem',
      '--file',
      'report.json',
      '--url',
      server.url,
      '--token',
      operatorToken,
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^accepted fac-cli#1 at log index \d+/);
    fs.writeFileSync(path.join(dir, 'gap.json'), JSON.stringify(reportOf(3, 'w-cli-3')));
    const gap = await concord([
      'facility',
      'report',
      '--key',
      'key.pem',
      '--file',
      'gap.json',
      '--url',
      server.url,
      '--token',
      operatorToken,
    ]);
    expect(gap.code).toBe(1);
    expect(gap.stderr.trim().split('\n')).toHaveLength(1);
    expect(gap.stderr).toMatch(/sequence_gap/);
    const noToken = await concord(['facility', 'report', '--key', 'key.pem', '--file', 'gap.json', '--url', server.url]);
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/--token/);
  });

  it('reveal answers a challenge with the record and its salt', async () => {
    const challenge = await api('POST', '/api/challenges', { facilityId: 'fac-cli', workloadIds: [record.workloadId] }, inspectorToken);
    const r = await concord([
      'facility',
      'reveal',
      '--challenge',
      String(challenge.id),
      '--workload',
      record.workloadId,
      '--record',
      'rec.json',
      '--url',
      server.url,
      '--token',
      operatorToken,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`workload ${record.workloadId}: passed; challenge ${challenge.id}: passed`);
  });
});

describe('concord facility report with an array', () => {
  it('signs every report and submits them as a batch', async () => {
    const commitment = 'ab'.repeat(32);
    const reports = [2, 3].map((sequence) => ({
      facilityId: 'fac-cli',
      sequence,
      periodStart: new Date(Date.UTC(2026, 0, sequence)).toISOString(),
      periodEnd: new Date(Date.UTC(2026, 0, sequence + 1)).toISOString(),
      meteredAcceleratorHours: 100,
      energyKwh: 50,
      workloads: [
        { id: `w-cli-batch-${sequence}`, class: 'inference', acceleratorHours: 100, utilization: 0.1, runId: 'run-unknown', commitment },
      ],
    }));
    fs.writeFileSync(path.join(dir, 'batch.json'), JSON.stringify(reports));
    const r = await concord([
      'facility',
      'report',
      '--key',
      'key.pem',
      '--file',
      'batch.json',
      '--url',
      server.url,
      '--token',
      operatorToken,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/accepted fac-cli#2 .*\n.*run-unknown, which nobody declared\naccepted fac-cli#3/);
  });
});

describe('concord simulate', () => {
  it('writes signed report streams, keys (0600) and private records per facility, and submits them', async () => {
    const r = await concord([
      'simulate',
      '--facilities',
      '2',
      '--accelerators',
      '600',
      '--days',
      '6',
      '--seed',
      'cli',
      '--cheat',
      'underreport',
      '--out',
      'world',
      '--url',
      server.url,
      '--token',
      operatorToken,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/simulated 2 facilities, \d+ declared runs, 12 reports/);
    expect(r.stdout).toMatch(/submitted 2 facilities, \d+ runs and 12 reports/);
    const base = path.join(dir, 'world', 'facilities', 'fac-01');
    const facility = JSON.parse(fs.readFileSync(path.join(base, 'facility.json'), 'utf8'));
    expect(facility.keys).toHaveLength(2);
    expect(JSON.stringify(facility)).not.toContain('PRIVATE');
    for (const k of facility.keys) expect(fs.statSync(path.join(base, 'keys', `${k.keyId}.pem`)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(base, 'records.json')).mode & 0o777).toBe(0o600);
    const reports = JSON.parse(fs.readFileSync(path.join(base, 'reports.json'), 'utf8'));
    expect(reports).toHaveLength(6);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(base, 'records.json'), 'utf8'))).length).toBe(
      reports.reduce((s: number, x: { report: { workloads: unknown[] } }) => s + x.report.workloads.length, 0),
    );
    const detail = await api('GET', '/api/facilities/fac-01');
    expect(detail.reportCount).toBe(6);
    expect(detail.keys.map((k: { keyId: string }) => k.keyId)).toEqual(facility.keys.map((k: { keyId: string }) => k.keyId));
  });

  it('writes the private records 0600 over an existing file readable by others', async () => {
    const base = path.join(dir, 'world-again', 'facilities', 'fac-01');
    fs.mkdirSync(base, { recursive: true });
    fs.writeFileSync(path.join(base, 'records.json'), '{}\n', { mode: 0o644 });
    const r = await concord([
      'simulate',
      '--facilities',
      '1',
      '--accelerators',
      '300',
      '--days',
      '2',
      '--seed',
      'again',
      '--out',
      'world-again',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.statSync(path.join(base, 'records.json')).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(base, 'records.json'), 'utf8'))).length).toBeGreaterThan(0);
  });

  it('refuses bad options in one line', async () => {
    const r = await concord(['simulate', '--cheat', 'bribery', '--out', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--cheat must be one of/);
    const none = await concord(['simulate']);
    expect(none.code).toBe(1);
  });

  it('has --help on every verification command', async () => {
    for (const sub of [['facility', 'keygen'], ['facility', 'report'], ['facility', 'commit'], ['facility', 'reveal'], ['simulate']]) {
      const h = await concord([...sub, '--help']);
      expect(h.code, sub.join(' ')).toBe(0);
      expect(h.stdout).toMatch(/^Usage: concord /);
    }
  });
});
