import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { generateCosignerKey } from '../cosignature.ts';
import { parseWitnessList, parseWitnessUrl } from './witness-config.ts';

const a = generateCosignerKey('witness.example/a').vkey;
const b = generateCosignerKey('witness.example/b').vkey;
const load = (env: Record<string, string>) => loadConfig({}, env);

describe('parseWitnessList', () => {
  it('reads VKEY=URL entries separated by any spaces, without trailing slashes', () => {
    expect(parseWitnessList(` ${a}=https://a.example/w/  \n${b}=http://127.0.0.1:7001 `)).toEqual([
      { vkey: a, name: 'witness.example/a', url: 'https://a.example/w' },
      { vkey: b, name: 'witness.example/b', url: 'http://127.0.0.1:7001' },
    ]);
    expect(parseWitnessList('')).toEqual([]);
  });

  it('refuses an entry without an http(s) URL, a key that is not cosignature/v1, a URL with a query, a key twice', () => {
    expect(() => parseWitnessList(a)).toThrow(/is not VKEY=URL/);
    expect(() => parseWitnessList(`${a}=ftp://a.example`)).toThrow(/is not VKEY=URL/);
    expect(() => parseWitnessList(`${a}=https://a.example?x=1`)).toThrow(/is not an http\(s\) URL/);
    // A log's Ed25519 verifier key (type 0x01) is not a witness key.
    const logKey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
    expect(() => parseWitnessList(`${logKey}=https://a.example`)).toThrow(/cosignature\/v1 key/);
    expect(() => parseWitnessList(`${a.replace(/\+[0-9a-f]{8}\+/, '+00000000+')}=https://a.example`)).toThrow(/key ID does not match/);
    expect(() => parseWitnessList(`${a}=https://a.example ${a}=https://b.example`)).toThrow(/listed twice/);
  });
});

describe('parseWitnessUrl', () => {
  it('takes http(s) URLs with a host, nothing else', () => {
    expect(parseWitnessUrl('https://w.example/prefix/')).toBe('https://w.example/prefix');
    for (const bad of ['w.example', 'javascript:alert(1)', 'https://', 'https://u:p@w.example', 'https://w.example/#x', 'file:///etc'])
      expect(parseWitnessUrl(bad)).toBeNull();
  });
});

describe('LOG_WITNESSES and LOG_WITNESS_QUORUM in the configuration', () => {
  it('default to no witness and no quorum (the log as before)', () => {
    const config = load({});
    expect(config.logWitnesses).toEqual([]);
    expect(config.logWitnessQuorum).toBeUndefined();
  });

  it('read the witnesses and a quorum up to their number', () => {
    const config = load({ LOG_WITNESSES: `${a}=https://a.example ${b}=https://b.example`, LOG_WITNESS_QUORUM: '2' });
    expect(config.logWitnesses.map((w) => w.name)).toEqual(['witness.example/a', 'witness.example/b']);
    expect(config.logWitnessQuorum).toBe(2);
  });

  it('stop start-up with one line naming the setting', () => {
    const message = (env: Record<string, string>) => {
      try {
        load(env);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(message({ LOG_WITNESSES: 'nonsense' })).toMatch(/^invalid setting LOG_WITNESSES: "nonsense" is not VKEY=URL/);
    expect(message({ LOG_WITNESSES: `${a}=https://a.example`, LOG_WITNESS_QUORUM: '2' })).toBe(
      'invalid setting LOG_WITNESS_QUORUM: it must be at most the number of witnesses in LOG_WITNESSES (1)',
    );
    expect(message({ LOG_WITNESS_QUORUM: '0' })).toMatch(/^invalid setting LOG_WITNESS_QUORUM/);
    expect(message({ LOG_WITNESS_QUORUM: '1.5' })).toMatch(
      /^invalid setting LOG_WITNESS_QUORUM: LOG_WITNESS_QUORUM must be a whole number/,
    );
    expect(message({ LOG_WITNESS_QUORUM: 'all' })).toMatch(/^invalid setting LOG_WITNESS_QUORUM/);
    expect(message({ LOG_WITNESS_QUORUM: '0' })).not.toContain('\n');
  });
});
