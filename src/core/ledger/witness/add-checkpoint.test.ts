import { describe, expect, it } from 'vitest';
import { generateCosignerKey, parseCosignerSigner } from '../cosignature.ts';
import { addCheckpoint, parseAddCheckpoint, type CosignedCheckpoint } from './add-checkpoint.ts';
import { addCheckpointBody, testLog } from './test-log.ts';

const signer = parseCosignerSigner(generateCosignerKey('witness.example/pure').signerKey);
const hash = Buffer.alloc(32, 5).toString('base64');

describe('parseAddCheckpoint', () => {
  it('reads the old size, up to 63 proof lines and the note after the empty line', () => {
    const parsed = parseAddCheckpoint(`old 20852014\n${`${hash}\n`.repeat(63)}\nthe note\n`);
    expect(parsed.oldSize).toBe(20852014);
    expect(parsed.proof).toHaveLength(63);
    expect(parsed.note).toBe('the note\n');
    expect(parseAddCheckpoint('old 0\n\nx\n')).toEqual({ oldSize: 0, proof: [], note: 'x\n' });
  });

  it('refuses anything else with malformed_request', () => {
    for (const body of [
      '',
      'old 0\n',
      'old 0\nx\n',
      'old 01\n\nx\n',
      'old 9007199254740993\n\nx\n',
      'Old 1\n\nx\n',
      `old 1\n${hash} \n\nx\n`,
      'old 1\r\n\nx\n',
    ]) {
      expect(() => parseAddCheckpoint(body), JSON.stringify(body)).toThrow(expect.objectContaining({ code: 'malformed_request' }));
    }
  });
});

describe('addCheckpoint', () => {
  const log = testLog();
  log.grow(10);
  const logKeys = new Map([[log.origin, [log.key]]]);
  const at = (cp?: CosignedCheckpoint) => ({ signer, logKeys, latest: () => cp, now: 1 });

  it('checks in the spec order: origin (404), then signature (403), then sizes (400, 409), then consistency', () => {
    const stranger = testLog('stranger.example/log');
    stranger.grow(1);
    // An unknown origin with a body that would also fail every later check is a 404.
    expect(addCheckpoint(addCheckpointBody(99, [], stranger.checkpoint().note), at()).status).toBe(404);
    // A trusted origin under someone else's key, with old > size: the signature is checked first.
    const impostor = testLog(log.origin);
    impostor.grow(1);
    expect(addCheckpoint(addCheckpointBody(99, [], impostor.checkpoint().note), at()).status).toBe(403);
    // Signed, with old > size and old != the stored size: 400 comes before 409.
    expect(addCheckpoint(addCheckpointBody(11, [], log.checkpoint().note), at()).status).toBe(400);
    // Signed, old != stored size and a proof that would fail: 409 with the size comes before 422.
    const answer = addCheckpoint(addCheckpointBody(3, [Buffer.alloc(32)], log.checkpoint().note), at());
    expect(answer).toMatchObject({ status: 409, contentType: 'text/x.tlog.size', body: '0\n' });
    expect(answer.record).toBeUndefined();
  });

  it('returns the new state to persist only when it cosigns, with no evidence', () => {
    const ok = addCheckpoint(log.request(0), at());
    expect(ok.status).toBe(200);
    expect(ok.record).toMatchObject({ origin: log.origin, size: 10, body: log.checkpoint().body });
    expect(ok.evidence).toBeUndefined();
    const again = addCheckpoint(log.request(10), at(ok.record));
    expect(again.status).toBe(200);
    const refused = addCheckpoint(addCheckpointBody(10, [], log.sign(`${log.origin}\n10\n${hash}\n`)), at(ok.record));
    expect(refused).toMatchObject({ status: 409, evidence: { origin: log.origin, code: 'root_mismatch' } });
    expect(refused.record).toBeUndefined();
  });

  it('cosigns the empty tree only with the empty root', () => {
    const empty = testLog();
    expect(addCheckpoint(empty.request(0), { ...at(), logKeys: new Map([[empty.origin, [empty.key]]]) }).status).toBe(200);
    const wrong = addCheckpoint(addCheckpointBody(0, [], empty.sign(`${empty.origin}\n0\n${hash}\n`)), {
      ...at(),
      logKeys: new Map([[empty.origin, [empty.key]]]),
    });
    expect(wrong.status).toBe(409);
  });

  it('accepts a checkpoint signed by any of several keys of its origin (a rotation)', () => {
    const rotated = testLog(log.origin);
    rotated.grow(2);
    const both = new Map([[log.origin, [log.key, rotated.key]]]);
    expect(addCheckpoint(rotated.request(0), { ...at(), logKeys: both }).status).toBe(200);
  });
});

describe("the README's example", () => {
  it('is a real exchange: the log signature and the cosignature verify, with the layout it describes', async () => {
    const { verifyNote } = await import('../checkpoint.ts');
    const { cosignaturesOf, parseCosignerKey } = await import('../cosignature.ts');
    const readme = (await import('node:fs')).readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const blocks = [...readme.matchAll(/```\n(old 12\n[\s\S]*?|— witness[\s\S]*?)```/g)].map((m) => m[1]!);
    const [request, response] = blocks;
    const note = request!.slice(request!.indexOf('\n\n') + 2);
    const checkpoint = verifyNote(note, 'concord.example/log+6410ac25+ARVmDxSVia6RcgsqS2QAYfeFUB/rRRIsilrX6kyGd0Sj');
    expect(checkpoint.size).toBe(20);
    expect(parseAddCheckpoint(request!).proof).toHaveLength(4);
    const witnessKey = parseCosignerKey('witness.example.org/delegation-xy+7c23d91b+BCcX0E9d9YPo8M+7SPpmjGZLv9CMZSknER2FnGaCH88/');
    const body = note.slice(0, note.indexOf('\n\n') + 1);
    expect(cosignaturesOf(body, [response!], [witnessKey])).toMatchObject([{ timestamp: 1796025600 }]);
  });
});
