import { createHash, createPublicKey, verify } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCheckpoint } from '../checkpoint.ts';
import { cosignaturesOf, generateCosignerKey, parseCosignerKey, parseCosignerSigner, type CosignerSigner } from '../cosignature.ts';
import { EVIDENCE_FILE, STATE_FILE } from './witness-state.ts';
import { MAX_BODY_BYTES, startWitness, type RunningWitness } from './witness-server.ts';
import { addCheckpointBody, testLog, type TestLog } from './test-log.ts';

const NOW = 1_790_000_000;
let dir: string;
let signer: CosignerSigner;
let log: TestLog;
let witness: RunningWitness;

async function post(body: string | Blob, route = '/add-checkpoint', method = 'POST') {
  const res = await fetch(`${witness.url}${route}`, { method, body: method === 'POST' ? body : undefined });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

const errorCode = (text: string) => (JSON.parse(text) as { error: { code: string; message: string } }).error;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-witness-'));
  signer = parseCosignerSigner(generateCosignerKey('witness.example/w1').signerKey);
  log = testLog();
  witness = await startWitness({ signer, logKeys: [log.key], dataDir: dir, now: () => NOW });
});
afterEach(async () => {
  await witness.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('POST /add-checkpoint', () => {
  it('cosigns a chain of consistent checkpoints, each cosignature as C2SP tlog-cosignature lays it out', async () => {
    const witnessKey = parseCosignerKey(signer.vkey);
    let old = 0;
    for (const size of [1, 3, 8, 8, 21, 64, 65]) {
      log.grow(size - log.tree.size);
      const answer = await post(log.request(old));
      expect(answer.status, `size ${size}`).toBe(200);
      expect(answer.type).toBe('text/plain; charset=utf-8');
      const { body } = log.checkpoint();
      const [found] = cosignaturesOf(body, [answer.text], [witnessKey]);
      expect(found).toMatchObject({ name: 'witness.example/w1', timestamp: NOW, line: answer.text });
      old = size;
    }
    // The last line decoded by hand: — name base64(keyID[4] || u64 BE timestamp || Ed25519 sig[64]).
    const answer = await post(log.request(old));
    const [, name, encoded] = /^\u2014 (\S+) (\S+)\n$/.exec(answer.text) ?? [];
    expect(name).toBe('witness.example/w1');
    const sig = Buffer.from(encoded!, 'base64');
    expect(sig).toHaveLength(4 + 8 + 64);
    const rawKey = witnessKey.rawPublicKey;
    const keyId = createHash('sha256')
      .update('witness.example/w1\n')
      .update(Buffer.from([0x04]))
      .update(rawKey)
      .digest()
      .subarray(0, 4);
    expect(sig.subarray(0, 4).equals(keyId)).toBe(true);
    expect(sig.readBigUInt64BE(4)).toBe(BigInt(NOW));
    const message = `cosignature/v1\ntime ${NOW}\n${log.checkpoint().body}`;
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: rawKey.toString('base64url') }, format: 'jwk' });
    expect(verify(null, Buffer.from(message), publicKey, sig.subarray(12))).toBe(true);
    expect(witness.state.latest(log.origin)?.size).toBe(65);
  });
});

describe('POST /add-checkpoint refusals', () => {
  it('answers 404 for an origin it does not witness', async () => {
    const other = testLog('other.example/log');
    other.grow(2);
    const answer = await post(other.request(0));
    expect(answer.status).toBe(404);
    expect(errorCode(answer.text).code).toBe('unknown_origin');
    expect(witness.state.origins()).toEqual([]);
  });

  it('answers 403 when no trusted signature verifies, ignoring signatures by unknown keys', async () => {
    log.grow(4);
    // Same origin, another key (an impostor's): its signature is ignored, so none is trusted.
    const impostor = testLog(log.origin);
    impostor.grow(4);
    expect((await post(impostor.request(0))).status).toBe(403);
    // The trusted key ID with a signature over other text: it does not verify.
    const { note } = log.checkpoint();
    const forged = note.replace(log.tree.root().toString('base64'), Buffer.alloc(32, 7).toString('base64'));
    const refused = await post(addCheckpointBody(0, [], forged));
    expect(refused.status).toBe(403);
    expect(errorCode(refused.text).code).toBe('unverified_checkpoint');
    // An unknown key's signature beside the trusted one's does not matter.
    const cosigned = `${note}\u2014 someone.example/k ${Buffer.alloc(76, 1).toString('base64')}\n`;
    expect((await post(addCheckpointBody(0, [], cosigned))).status).toBe(200);
  });

  it('answers 400 when the old size is above the checkpoint size, and for malformed bodies, changing nothing', async () => {
    log.grow(5);
    expect((await post(log.request(0))).status).toBe(200);
    const { note } = log.checkpoint();
    const tooOld = await post(addCheckpointBody(6, [], note));
    expect(tooOld.status).toBe(400);
    expect(errorCode(tooOld.text).code).toBe('old_size_too_large');
    const hash = Buffer.alloc(32, 1).toString('base64');
    for (const [body, status] of [
      [`old 05\n\n${note}`, 400], // leading zero
      [`old  5\n\n${note}`, 400],
      [`old -0\n\n${note}`, 400],
      [`old 5\n${note}`, 400], // no empty line before the checkpoint
      [`old 5\n${hash.slice(0, -4)}\n\n${note}`, 400], // a proof line that is not 32 bytes
      [`old 5\n${hash.replace('=', '')}\n\n${note}`, 400], // not padded base64
      [`old 5\n${`${hash}\n`.repeat(64)}\n${note}`, 400], // 64 proof lines
      [`old 5\n\n`, 400], // no checkpoint
      [`old 5\n\n${note.replace(/\n\n.*$/s, '\n')}`, 400], // a checkpoint without its signature block
      [`old 5\n\n${note.replace('\n5\n', '\n05\n')}`, 403], // changed text: the log's signature no longer verifies
    ] as const) {
      const answer = await post(body);
      expect(answer.status, JSON.stringify(body.slice(0, 24))).toBe(status);
      expect(errorCode(answer.text).message).not.toBe('');
    }
    expect(await post(new Blob([Uint8Array.of(0x6f, 0x6c, 0x64, 0x20, 0xff, 0x0a, 0x0a)])).then((a) => a.status)).toBe(400);
    expect(witness.state.latest(log.origin)?.size).toBe(5);
  });
});

describe('POST /add-checkpoint conflicts', () => {
  it('answers 409 text/x.tlog.size with its latest size when the old size is not it', async () => {
    log.grow(7);
    expect((await post(log.request(0))).status).toBe(200);
    log.grow(3);
    for (const old of [0, 3, 9]) {
      const answer = await post(log.request(old));
      expect(answer.status).toBe(409);
      expect(answer.type).toBe('text/x.tlog.size');
      expect(answer.text).toBe('7\n');
    }
    expect((await post(log.request(7))).status).toBe(200);
  });

  it('answers 409 when the size is the same but the root differs, and 422 when the proof fails, changing nothing', async () => {
    log.grow(6);
    expect((await post(log.request(0))).status).toBe(200);
    // Same size, another root, signed by the trusted key: a second history.
    const otherRoot = log.sign(formatCheckpoint({ origin: log.origin, size: 6, rootHash: Buffer.alloc(32, 9) }));
    const differs = await post(addCheckpointBody(6, [], otherRoot));
    expect(differs.status).toBe(409);
    expect(differs.type).toMatch(/^application\/json/);
    expect(errorCode(differs.text).code).toBe('root_mismatch');
    // The same checkpoint again is cosigned again (its roots are identical).
    expect((await post(log.request(6))).status).toBe(200);
    log.grow(4);
    const good = log.request(6);
    const firstProofLine = good.split('\n')[1]!;
    const tampered = await post(good.replace(firstProofLine, Buffer.alloc(32, 3).toString('base64')));
    expect(tampered.status).toBe(422);
    expect(errorCode(tampered.text).code).toBe('inconsistent_checkpoint');
    // A proof with a line left out, and one with a line too many: 422 too.
    expect((await post(good.replace(`${firstProofLine}\n`, ''))).status).toBe(422);
    expect((await post(good.replace(`${firstProofLine}\n`, `${firstProofLine}\n${firstProofLine}\n`))).status).toBe(422);
    // From size 6 to itself a proof must be empty.
    expect((await post(addCheckpointBody(6, [Buffer.alloc(32)], log.checkpoint(6).note))).status).toBe(422);
    expect(witness.state.latest(log.origin)?.size).toBe(6);
    expect((await post(good)).status).toBe(200);
  });

  it('requires an empty proof from size 0', async () => {
    log.grow(2);
    const answer = await post(addCheckpointBody(0, [log.tree.get(0, 0)], log.checkpoint().note));
    expect(answer.status).toBe(422);
  });

  it('serves nothing but POST /add-checkpoint, and refuses bodies over the limit with 413', async () => {
    expect((await post('', '/')).status).toBe(404);
    expect((await post('', '/add-checkpoint/x')).status).toBe(404);
    const get = await post('', '/add-checkpoint', 'GET');
    expect(get.status).toBe(405);
    expect(errorCode(get.text).code).toBe('method_not_allowed');
    const big = await post(`old 0\n\n${'x'.repeat(MAX_BODY_BYTES)}`);
    expect(big.status).toBe(413);
    log.grow(1);
    expect((await post(log.request(0))).status).toBe(200);
  });
});

describe('the witness state', () => {
  it('survives a restart with the same data directory', async () => {
    log.grow(10);
    expect((await post(log.request(0))).status).toBe(200);
    await witness.close();
    expect(JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), 'utf8')).logs[log.origin].size).toBe(10);
    witness = await startWitness({ signer, logKeys: [log.key], dataDir: dir, now: () => NOW });
    log.grow(2);
    const stale = await post(log.request(0));
    expect(stale.status).toBe(409);
    expect(stale.text).toBe('10\n');
    expect((await post(log.request(10))).status).toBe(200);
  });

  it('never rolls back: of concurrent requests from one old size exactly one succeeds', async () => {
    log.grow(16);
    expect((await post(log.request(0))).status).toBe(200);
    log.grow(48);
    const sizes = [17, 20, 32, 33, 40, 50, 63, 64];
    const answers = await Promise.all(sizes.map((size) => post(log.request(16, size))));
    const won = answers.map((a, i) => (a.status === 200 ? sizes[i] : null)).filter((s) => s !== null);
    expect(won).toHaveLength(1);
    for (const a of answers) if (a.status !== 200) expect(a).toMatchObject({ status: 409, text: `${won[0]}\n` });
    expect(witness.state.latest(log.origin)?.size).toBe(won[0]);
    // Then the reverse order of sizes, each from the size the witness holds: it only ever grows.
    let held = won[0]!;
    for (const size of [64, 40]) {
      const a = await post(log.request(held, Math.max(size, held)));
      expect(a.status).toBe(200);
      held = Math.max(size, held);
      expect(witness.state.latest(log.origin)?.size).toBe(held);
    }
  });
});

describe('a split view', () => {
  it('is refused: a witness that cosigned one branch of a forked log never cosigns the other', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey } = generateKeyPairSync('ed25519');
    // One origin, one key, two trees: a common prefix of 12 entries, then each its own.
    const branch1 = testLog('fork.example/log', privateKey);
    const branch2 = testLog('fork.example/log', privateKey);
    branch1.grow(12, 'common');
    branch2.grow(12, 'common');
    await witness.close();
    witness = await startWitness({ signer, logKeys: [branch1.key], dataDir: dir, now: () => NOW });
    expect((await post(branch1.request(0))).status).toBe(200);
    branch1.grow(8, 'one');
    branch2.grow(8, 'two');
    expect((await post(branch1.request(12))).status).toBe(200);

    const witnessKey = parseCosignerKey(signer.vkey);
    // The fork at size 20, from the common 12: the witness answers that it holds 20.
    const stale = await post(branch2.request(12));
    expect(stale).toMatchObject({ status: 409, type: 'text/x.tlog.size', text: '20\n' });
    // The fork's checkpoint at the size the witness holds: another root, 409.
    const atTwenty = await post(addCheckpointBody(20, [], branch2.checkpoint(20).note));
    expect(atTwenty.status).toBe(409);
    expect(errorCode(atTwenty.text).code).toBe('root_mismatch');
    // Grown further, with a proof from 20 in its own tree: it does not prove branch 1's root at 20.
    branch2.grow(5, 'two');
    const beyond = await post(branch2.request(20));
    expect(beyond.status).toBe(422);

    // None of the answers carries this witness's cosignature of the fork's checkpoints.
    for (const size of [20, 25]) {
      const lines = [stale.text, atTwenty.text, beyond.text].filter((t) => t.startsWith('\u2014'));
      expect(cosignaturesOf(branch2.checkpoint(size).body, lines, [witnessKey])).toEqual([]);
    }
    expect(witness.state.latest('fork.example/log')?.rootHash.equals(branch1.tree.root(20))).toBe(true);
    // The refused, log-signed checkpoints are kept as evidence of the fork.
    const evidence = fs
      .readFileSync(path.join(dir, EVIDENCE_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(evidence.map((e) => e.code)).toEqual(['root_mismatch', 'inconsistent_checkpoint']);
    expect(evidence[0].body).toContain(branch2.tree.root(20).toString('base64'));
  });
});
