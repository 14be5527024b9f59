import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CONCORD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/concord.js');
let dir: string;
const concord = (...args: string[]) =>
  run(process.execPath, [CONCORD, ...args, '--data-dir', path.join(dir, 'data')], { env: { ...process.env, DATABASE_URL: '' } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-coalition-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('concord demo and concord coalition import-contributions', () => {
  it('loads the demonstration once, then imports all or nothing with a per-row report', async () => {
    const demo = await concord('demo');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/First start: created the admin account/);
    expect(demo.stdout).toMatch(/demonstration loaded: campaign \d+, 3 events, 8 outreach targets, 5 milestones/);
    const again = await concord('demo');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already loaded/);

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'person,date,hours,amount,currency\nRufo Guerreschi,2025-01-10,2,,\nNobody,2025-01-10,1,,\nFelix De Simone,2025-01-10,,5,\n',
    );
    const rejected = await concord('coalition', 'import-contributions', bad);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('row 3: person: no person named "Nobody"');
    expect(rejected.stderr).toContain('row 4: currency: required with an amount');
    expect(rejected.stderr).toMatch(/2 row\(s\) rejected; nothing was imported \(import_rejected\)/);

    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(
      good,
      'person,date,hours,amount,currency,description\nRufo Guerreschi,2025-01-10,2,,,"call, prep"\nFelix De Simone,2025-01-11,,50,EUR,servers\n',
    );
    const imported = await concord('coalition', 'import-contributions', good);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/imported 2 contribution\(s\)/);

    const missing = await concord('coalition', 'import-contributions', path.join(dir, 'none.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*none\.csv: ENOENT/);
    // Five command runs, each starting the embedded database: generous on a loaded 2-core machine.
  }, 240_000);
});
