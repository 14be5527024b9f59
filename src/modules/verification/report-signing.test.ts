import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalBytes,
  generateFacilityKeyPair,
  keyIdOf,
  keyPairFromSeed,
  rawPublicKey,
  signReport,
  verifyReportSignature,
  verifySignedReport,
} from './report-signing.ts';
import type { ComputeReport, FacilityKey } from './types.ts';

const vector = JSON.parse(readFileSync(new URL('./testdata/report-signing.json', import.meta.url), 'utf8')) as {
  privateSeedHex: string;
  publicKeyPem: string;
  keyId: string;
  report: ComputeReport;
  canonical: string;
  signature: string;
  tampered: Array<{ what: string; report: ComputeReport }>;
};

const report: ComputeReport = {
  facilityId: 'fac-01',
  sequence: 1,
  periodStart: '2026-01-01T00:00:00.000Z',
  periodEnd: '2026-01-02T00:00:00.000Z',
  meteredAcceleratorHours: 1000,
  energyKwh: 900,
  workloads: [{ id: 'w1', class: 'training', acceleratorHours: 990, utilization: 0.4, commitment: 'ab'.repeat(32) }],
};

describe('canonicalBytes', () => {
  it('matches the RFC 8785 §3.2.2 example', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalBytes(input).toString('utf8')).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('ignores key order and undefined properties', () => {
    expect(canonicalBytes({ b: 1, a: { d: 2, c: undefined } }).toString()).toBe('{"a":{"d":2},"b":1}');
  });

  it('rejects values with no JSON form', () => {
    expect(() => canonicalBytes(undefined)).toThrow(TypeError);
    expect(() => canonicalBytes({ x: Number.NaN })).toThrow();
  });

  it('reproduces the golden canonical form', () => {
    expect(canonicalBytes(vector.report).toString('utf8')).toBe(vector.canonical);
  });
});

describe('keyIdOf / keyPairFromSeed', () => {
  it('derives the RFC 8032 §7.1 TEST 1 public key and signature', () => {
    const pair = keyPairFromSeed(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'));
    expect(rawPublicKey(pair.publicKeyPem).toString('hex')).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    expect(sign(null, Buffer.alloc(0), createPrivateKey(pair.privateKeyPem)).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
  });

  it('is the first 8 bytes of SHA-256 of the raw public key, for PEM, public and private KeyObjects', () => {
    const pair = keyPairFromSeed(Buffer.from(vector.privateSeedHex, 'hex'));
    expect(pair.keyId).toBe(vector.keyId);
    expect(pair.publicKeyPem).toBe(vector.publicKeyPem);
    expect(keyIdOf(createPublicKey(pair.publicKeyPem))).toBe(vector.keyId);
    expect(keyIdOf(createPrivateKey(pair.privateKeyPem))).toBe(vector.keyId);
    expect(vector.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('rejects a seed of the wrong length and non-Ed25519 keys', () => {
    expect(() => keyPairFromSeed(Buffer.alloc(31))).toThrow(RangeError);
  });
});

describe('generateFacilityKeyPair', () => {
  it('makes distinct PEM pairs that sign and verify', () => {
    const a = generateFacilityKeyPair();
    const b = generateFacilityKeyPair();
    expect(a.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(a.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(a.keyId).not.toBe(b.keyId);
    expect(verifyReportSignature(report, signReport(report, createPrivateKey(a.privateKeyPem)), a.publicKeyPem)).toBe(true);
  });
});

describe('signReport', () => {
  it('reproduces the golden signature (Ed25519 is deterministic)', () => {
    const { privateKeyPem } = keyPairFromSeed(Buffer.from(vector.privateSeedHex, 'hex'));
    expect(signReport(vector.report, privateKeyPem)).toBe(vector.signature);
    expect(signReport(vector.report, createPrivateKey(privateKeyPem))).toBe(vector.signature);
  });
});

describe('verifyReportSignature', () => {
  it('accepts the golden vector and rejects each tampered report', () => {
    expect(verifyReportSignature(vector.report, vector.signature, vector.publicKeyPem)).toBe(true);
    for (const t of vector.tampered) expect(verifyReportSignature(t.report, vector.signature, vector.publicKeyPem), t.what).toBe(false);
  });

  it('rejects another key, a malformed signature, and does not care about key order', () => {
    const other = generateFacilityKeyPair();
    expect(verifyReportSignature(vector.report, vector.signature, other.publicKeyPem)).toBe(false);
    expect(verifyReportSignature(vector.report, 'AAAA', vector.publicKeyPem)).toBe(false);
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(vector.report) as ComputeReport;
    expect(Object.keys(reordered)[0]).toBe('workloads');
    expect(verifyReportSignature(reordered, vector.signature, createPublicKey(vector.publicKeyPem))).toBe(true);
  });

  it('round-trips any report and catches any change of metered hours (property)', () => {
    const key = keyPairFromSeed(Buffer.alloc(32, 7));
    const privateKey = createPrivateKey(key.privateKeyPem);
    const arbReport = fc.record({
      facilityId: fc.string({ minLength: 1, maxLength: 8 }),
      sequence: fc.integer({ min: 1, max: 1e6 }),
      periodStart: fc.constant('2026-01-01T00:00:00.000Z'),
      periodEnd: fc.constant('2026-01-02T00:00:00.000Z'),
      meteredAcceleratorHours: fc.double({ min: 0, max: 1e7, noNaN: true }),
      energyKwh: fc.double({ min: 0, max: 1e7, noNaN: true }),
      workloads: fc.array(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 6 }),
          class: fc.constantFrom('training', 'fine-tuning', 'inference', 'other' as const),
          acceleratorHours: fc.double({ min: 0, max: 1e6, noNaN: true }),
          utilization: fc.double({ min: 0.001, max: 1, noNaN: true }),
          commitment: fc.constant('00'.repeat(32)),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(arbReport, (r) => {
        const signature = signReport(r, privateKey);
        expect(verifyReportSignature(r as ComputeReport, signature, key.publicKeyPem)).toBe(true);
        const changed = { ...r, meteredAcceleratorHours: r.meteredAcceleratorHours + 1 };
        expect(verifyReportSignature(changed as ComputeReport, signature, key.publicKeyPem)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});

describe('verifySignedReport', () => {
  const oldKey = keyPairFromSeed(Buffer.alloc(32, 1));
  const newKey = keyPairFromSeed(Buffer.alloc(32, 2));
  const keys: FacilityKey[] = [
    { keyId: oldKey.keyId, publicKeyPem: oldKey.publicKeyPem, validFrom: '2025-01-01T00:00:00Z', retiredAt: '2026-01-15T00:00:00Z' },
    { keyId: newKey.keyId, publicKeyPem: newKey.publicKeyPem, validFrom: '2026-01-15T00:00:00Z' },
  ];
  const later: ComputeReport = { ...report, sequence: 20, periodStart: '2026-01-20T00:00:00.000Z', periodEnd: '2026-01-21T00:00:00.000Z' };

  it('lets a retired key still verify the reports it signed before retirement', () => {
    const signed = { report, keyId: oldKey.keyId, signature: signReport(report, oldKey.privateKeyPem) };
    expect(verifySignedReport(signed, keys)).toMatchObject({ ok: true });
  });

  it('refuses a retired key for later reports, a not-yet-valid key, unknown keys and bad signatures', () => {
    expect(verifySignedReport({ report: later, keyId: oldKey.keyId, signature: signReport(later, oldKey.privateKeyPem) }, keys)).toEqual({
      ok: false,
      reason: 'key-retired',
    });
    expect(verifySignedReport({ report, keyId: newKey.keyId, signature: signReport(report, newKey.privateKeyPem) }, keys)).toEqual({
      ok: false,
      reason: 'key-not-yet-valid',
    });
    expect(verifySignedReport({ report, keyId: 'ffffffffffffffff', signature: '' }, keys)).toEqual({ ok: false, reason: 'unknown-key' });
    expect(verifySignedReport({ report: later, keyId: newKey.keyId, signature: signReport(later, oldKey.privateKeyPem) }, keys)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(
      verifySignedReport({ report: later, keyId: newKey.keyId, signature: signReport(later, newKey.privateKeyPem) }, keys),
    ).toMatchObject({ ok: true });
  });
});
