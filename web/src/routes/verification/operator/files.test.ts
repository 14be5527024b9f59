import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { batchesOf, instantOf, parseSignedReports, publicKeyPem } from './files.ts';

const signed = { report: { facilityId: 'f', sequence: 1 }, keyId: '0123456789abcdef', signature: 'x' };

describe('an operator’s files', () => {
  it('reads one signed report, an array of them, or a batch body; nothing else', () => {
    expect(parseSignedReports(JSON.stringify(signed))).toEqual({ single: true, reports: [signed] });
    expect(parseSignedReports(JSON.stringify([signed, signed]))?.reports).toHaveLength(2);
    expect(parseSignedReports(JSON.stringify({ reports: [signed] }))).toEqual({ single: false, reports: [signed] });
    expect(parseSignedReports('[]')).toBeNull();
    expect(parseSignedReports('{"report":{}}')).toBeNull();
    expect(parseSignedReports('not json')).toBeNull();
  });

  it('splits a long file into batches of 500', () => {
    expect(batchesOf(Array.from({ length: 1201 }, (_, i) => i)).map((b) => b.length)).toEqual([500, 500, 201]);
  });

  it('takes a public key as PEM, or as bare base64 of its SPKI DER wrapped into a PEM the same key parses from', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(publicKeyPem(`  ${pem}\n\n`)).toBe(pem);
    const der = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const wrapped = publicKeyPem(der);
    expect(createPublicKey(wrapped).export({ format: 'der', type: 'spki' }).toString('base64')).toBe(der);
    expect(publicKeyPem('not a key!')).toBe('not a key!');
  });

  it('spells a datetime-local value as the server’s instant', () => {
    expect(instantOf('')).toBeUndefined();
    expect(instantOf('2026-01-02T03:04')).toBe(new Date('2026-01-02T03:04').toISOString());
  });
});
