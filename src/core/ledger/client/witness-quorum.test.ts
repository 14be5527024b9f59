import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchSource, forkedLog, type ForkedLog } from '../../../../test/fixtures/forked-log.ts';
import { cosign, generateCosignerKey, parseCosignerSigner, type CosignerSigner } from '../cosignature.ts';
import { verifyLog } from './verify-log.ts';
import { checkQuorum, witnessQuorum } from './witness-quorum.ts';

const ORIGIN = 'quorum.test/log';
const NOW = 1_780_000_000;
/** Three witnesses, the way their delegations would create them. */
const witnesses: { signer: CosignerSigner; vkey: string }[] = ['geneva', 'nairobi', 'brasilia'].map((name) => {
  const { signerKey, vkey } = generateCosignerKey(name);
  return { signer: parseCosignerSigner(signerKey), vkey };
});
const vkeys = witnesses.map((w) => w.vkey);
const [geneva, nairobi, brasilia] = witnesses.map((w) => w.signer) as [CosignerSigner, CosignerSigner, CosignerSigner];

/** The cosignature line with the last byte of its Ed25519 signature changed. */
function flipLastByte(line: string): string {
  const [dash, name, encoded] = line.trim().split(' ') as [string, string, string];
  const bytes = Buffer.from(encoded, 'base64');
  bytes[bytes.length - 1]! ^= 1;
  return `${dash} ${name} ${bytes.toString('base64')}\n`;
}

let log: ForkedLog;
let dir: string;
const stateFile = () => path.join(dir, `state-${Math.random()}.json`);

beforeAll(() => {
  // A common prefix of 300 entries (past one tile), then 40 different entries on each branch.
  log = forkedLog(ORIGIN, 300, 40, 40);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-quorum-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('witnessQuorum (the client options)', () => {
  it('requires every listed witness by default, and nothing when none is listed', () => {
    expect(witnessQuorum(vkeys).quorum).toBe(3);
    expect(witnessQuorum()).toEqual({ keys: [], quorum: 0 });
  });

  it('counts a witness listed twice once', () => {
    const rule = witnessQuorum([vkeys[0]!, vkeys[0]!, vkeys[1]!]);
    expect(rule.keys.map((k) => k.name)).toEqual(['geneva', 'nairobi']);
    expect(() => witnessQuorum([vkeys[0]!, vkeys[0]!], 2)).toThrow(/from 1 to 1 /);
  });

  it('refuses a quorum without witnesses, out of range, and a key that is not a cosigner key', () => {
    expect(() => witnessQuorum([], 1)).toThrow(/a quorum needs the witnesses it counts/);
    expect(() => witnessQuorum(vkeys, 4)).toThrow(
      /^the quorum must be a whole number from 1 to 3 \(the distinct listed witnesses\), not 4$/,
    );
    expect(() => witnessQuorum(vkeys, 0)).toThrow(/not 0$/);
    expect(() => witnessQuorum(vkeys, 1.5)).toThrow(/not 1.5$/);
    expect(() => witnessQuorum(['geneva+00000000+AAAA'])).toThrow(/^witness key "geneva\+00000000\+AAAA": /);
    // The log's own key (signed-note type 0x01) is not a witness key (cosignature/v1, type 0x04).
    expect(() => witnessQuorum([log.vkey])).toThrow(/type 0x04/);
  });
});

describe('checkQuorum (the rule, on real cosignatures)', () => {
  const body = () => log.branch1.body();
  const note = (signers: CosignerSigner[]) => log.branch1.note(signers.map((s) => cosign(body(), s, NOW)));

  it('passes with K of N listed witnesses and names them', () => {
    const verdict = checkQuorum(note([geneva, brasilia]), 340, witnessQuorum(vkeys, 2));
    expect(verdict.ok).toBe(true);
    expect(verdict.ok && verdict.cosigners.map((c) => [c.name, c.timestamp])).toEqual([
      ['geneva', NOW],
      ['brasilia', NOW],
    ]);
  });

  it('fails with fewer than K, saying how many cosigned and how many are required', () => {
    expect(checkQuorum(note([nairobi]), 340, witnessQuorum(vkeys, 2))).toEqual({
      ok: false,
      reason: 'checkpoint 340 is cosigned by 1 of the 3 listed witnesses (nairobi); 2 required',
    });
    expect(checkQuorum(note([]), 340, witnessQuorum(vkeys))).toEqual({
      ok: false,
      reason: 'checkpoint 340 is cosigned by 0 of the 3 listed witnesses; 3 required',
    });
  });

  it('counts one witness once however often it cosigned, and ignores witnesses not listed', () => {
    const stranger = parseCosignerSigner(generateCosignerKey('stranger').signerKey);
    const lines = [cosign(body(), geneva, NOW), cosign(body(), geneva, NOW + 1), cosign(body(), stranger, NOW)];
    const verdict = checkQuorum(log.branch1.note(lines), 340, witnessQuorum(vkeys, 2));
    expect(verdict).toEqual({ ok: false, reason: 'checkpoint 340 is cosigned by 1 of the 3 listed witnesses (geneva); 2 required' });
  });

  it('fails on a listed witness whose cosignature does not verify, even when the others make the quorum', () => {
    const good = [cosign(body(), geneva, NOW), cosign(body(), nairobi, NOW)];
    const forged = flipLastByte(cosign(body(), brasilia, NOW));
    const verdict = checkQuorum(log.branch1.note([...good, forged]), 340, witnessQuorum(vkeys, 2));
    expect(verdict).toEqual({ ok: false, reason: 'checkpoint 340: the cosignature of brasilia does not verify' });
  });
});

describe('a forked log (split view) against a client requiring the quorum', () => {
  // Branch 1 is what the witnesses were shown and cosigned. A witness that cosigned branch 1 refuses
  // branch 2 (the witness's own tests show its 409 and 422), so the fork's checkpoint can carry the
  // log's valid signature but not their cosignatures: none, or branch 1's copied over.
  const cosigned = () => witnesses.map((w) => cosign(log.branch1.body(), w.signer, NOW));

  it('the two branches share their prefix, differ after it, and are both signed by the one log key', async () => {
    expect(log.branch1.tree.root(300)).toEqual(log.branch2.tree.root(300));
    expect(log.branch1.tree.root()).not.toEqual(log.branch2.tree.root());
    const fork = await verifyLog(branchSource('fork', log.vkey, log.branch2, log.branch2.note()), stateFile(), { pinnedKey: log.vkey });
    // Without witnesses, the log's signature is all a client has, and the fork passes: why the quorum exists.
    expect(fork).toMatchObject({ ok: true, size: 340 });
  });

  it('accepts branch 1, cosigned by the quorum, and names its cosigners', async () => {
    const verdict = await verifyLog(branchSource('main', log.vkey, log.branch1, log.branch1.note(cosigned())), stateFile(), {
      pinnedKey: log.vkey,
      witnesses: witnessQuorum(vkeys, 2),
    });
    expect(verdict).toMatchObject({ ok: true, size: 340, cosigners: ['geneva', 'nairobi', 'brasilia'] });
    expect(verdict.message).toMatch(
      /^log verified: 340 entries, .*, cosigned by 3 of 3 listed witnesses \(geneva, nairobi, brasilia; 2 required\); /,
    );
  });

  it('rejects branch 2 with the log signature alone, and writes no state', async () => {
    const state = stateFile();
    const verdict = await verifyLog(branchSource('fork', log.vkey, log.branch2, log.branch2.note()), state, {
      pinnedKey: log.vkey,
      witnesses: witnessQuorum(vkeys, 2),
    });
    expect(verdict).toEqual({
      ok: false,
      message: 'log verification FAILED: checkpoint 340 is cosigned by 0 of the 3 listed witnesses; 2 required',
    });
    expect(fs.existsSync(state)).toBe(false);
  });

  it("rejects branch 2 carrying branch 1's cosignatures", async () => {
    const verdict = await verifyLog(branchSource('fork', log.vkey, log.branch2, log.branch2.note(cosigned())), stateFile(), {
      pinnedKey: log.vkey,
      witnesses: witnessQuorum(vkeys, 1),
    });
    expect(verdict).toEqual({ ok: false, message: 'log verification FAILED: checkpoint 340: the cosignature of geneva does not verify' });
  });
});
