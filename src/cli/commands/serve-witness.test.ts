import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosignaturesOf, parseCosignerKey, parseCosignerSigner } from '../../core/ledger/cosignature.ts';
import { testLog } from '../../core/ledger/witness/test-log.ts';

const BIN = path.resolve('bin/concord.js');
let dir: string;

function concord(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-witness-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('concord witness keygen', () => {
  it('writes the signer key 0600, prints its cosignature/v1 verifier key, and never overwrites', () => {
    const made = concord(['witness', 'keygen', '--name', 'witness.example/ministry', '--out', 'w.key']);
    expect(made.code, made.stderr).toBe(0);
    const file = path.join(dir, 'w.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const vkey = made.stdout.trim();
    expect(parseCosignerKey(vkey)).toMatchObject({ name: 'witness.example/ministry' });
    expect(parseCosignerSigner(fs.readFileSync(file, 'utf8')).vkey).toBe(vkey);

    const before = fs.readFileSync(file, 'utf8');
    const again = concord(['witness', 'keygen', '--name', 'witness.example/ministry', '--out', 'w.key']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^concord: .*w\.key exists.*\n$/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);

    const badName = concord(['witness', 'keygen', '--name', 'has space', '--out', 'x.key']);
    expect(badName.code).toBe(1);
    expect(badName.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'x.key'))).toBe(false);
  });
});

describe('concord witness serve', () => {
  it('refuses bad options in one line', () => {
    concord(['witness', 'keygen', '--name', 'witness.example/opts', '--out', 'opts.key']);
    const log = testLog();
    for (const args of [
      ['--key', 'missing.key', '--log-key', log.vkey],
      ['--key', 'opts.key'],
      ['--key', 'opts.key', '--log-key', 'not-a-key'],
      ['--key', 'opts.key', '--log-key', log.vkey, '--port', '70000'],
    ]) {
      const r = concord(['witness', 'serve', ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^concord: [^\n]+\n$/);
    }
  });

  it('listens, cosigns a checkpoint of the trusted log, and stops on SIGTERM releasing its data directory', async () => {
    const made = concord(['witness', 'keygen', '--name', 'witness.example/serve', '--out', 'serve.key']);
    const witnessKey = parseCosignerKey(made.stdout.trim());
    const log = testLog();
    log.grow(3);
    const child = spawn(
      process.execPath,
      [BIN, 'witness', 'serve', '--key', 'serve.key', '--log-key', log.vkey, '--port', '0', '--data-dir', 'wd'],
      {
        cwd: dir,
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
      child.stdout.on('data', () => {
        const found = /listening on (http:\/\/\S+\/add-checkpoint)/.exec(out)?.[1];
        if (!found) return;
        clearTimeout(timer);
        resolve(found);
      });
    });
    expect(out).toContain(witnessKey.vkey);
    const res = await fetch(url, { method: 'POST', body: log.request(0) });
    expect(res.status).toBe(200);
    expect(cosignaturesOf(log.checkpoint().body, [await res.text()], [witnessKey])).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'wd', 'witness.lock'))).toBe(true);
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'wd'))).toEqual(['witness-state.json']);
  });
});
