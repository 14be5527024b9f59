import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../core/auth/auth.table.ts';
import { boot } from '../core/boot.ts';
import { loadConfig } from '../core/config.ts';
import { firstRow } from '../core/db/client.ts';
import { localLogSource } from '../core/ledger/local-log-source.ts';
import { verifyLog } from '../core/ledger/client/verify-log.ts';
import { states } from '../core/states/states.table.ts';
import { participants } from '../modules/assembly/assembly.table.ts';
import { organizations } from '../modules/coalition/coalition.table.ts';
import { modules } from '../modules/index.ts';

const BIN = path.resolve('bin/concord.js');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-first-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the first commands on a fresh machine', () => {
  it('provisions an admin before the first start, which then loads nothing twice and creates no second admin', async () => {
    const dataDir = path.join(dir, 'data');
    const created = spawnSync(process.execPath, [BIN, 'admin', 'create', '--email', 'ops@example.org', '--password-stdin'], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', HOME: dir },
      input: 'a long enough password\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/^created admin ops@example\.org \(id \d+\)\n$/);

    const config = loadConfig({ dataDir }, {});
    const sizes = async () => {
      const { database, firstAdmin } = await boot(config, modules);
      try {
        const n = async (table: typeof users | typeof states | typeof participants | typeof organizations) =>
          firstRow(await database.db.select({ n: count() }).from(table), 'count').n;
        const verdict = await verifyLog(localLogSource(database.db, `file:${dataDir}`), path.join(dir, 'seen.json'));
        return {
          firstAdmin,
          users: await n(users),
          states: await n(states),
          participants: await n(participants),
          organizations: await n(organizations),
          verdict,
        };
      } finally {
        await database.close();
      }
    };
    const first = await sizes();
    expect(first.firstAdmin).toBeUndefined();
    expect(first.users).toBe(1);
    expect(first.states).toBe(195);
    expect(first.participants).toBeGreaterThanOrEqual(195);
    expect(first.organizations).toBeGreaterThan(0);
    expect(first.verdict).toMatchObject({ ok: true });
    // A second start finds everything in place and adds nothing.
    const second = await sizes();
    expect({ ...second, verdict: second.verdict.ok }).toEqual({ ...first, verdict: true });
  }, 120_000);
});
