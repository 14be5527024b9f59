import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { localLogSource } from '../../core/ledger/local-log-source.ts';
import { httpLogSource, verifyLog } from '../../core/ledger/verify-log.ts';
import { action } from '../run.ts';

const DEFAULT_STATE = path.join(os.homedir(), '.concord', 'log-verify.json');

export function logCommand(program: Command) {
  const log = program.command('log').description('the public transparency log');
  log
    .command('verify')
    .description('recompute the whole log, check the signed checkpoint and consistency with the last one seen')
    .option('--url <url>', 'verify a Concord server over its public API (default: the local database)')
    .option('--key <vkey>', 'the verifier key to trust (default: pinned on first use)')
    .option('--state <file>', 'where the last checkpoint seen is kept', DEFAULT_STATE)
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .action(
      action(async (opts: { url?: string; key?: string; state: string; dataDir?: string; databaseUrl?: string }) => {
        let verdict;
        if (opts.url) {
          verdict = await verifyLog(httpLogSource(opts.url), opts.state, opts.key);
        } else {
          const config = loadConfig({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
          const database = await openConfiguredDatabase(config);
          try {
            const id = config.databaseUrl ? `db:${new URL(config.databaseUrl).host}${new URL(config.databaseUrl).pathname}` : `file:${config.dataDir}`;
            verdict = await verifyLog(localLogSource(database.db, id), opts.state, opts.key);
          } finally {
            await database.close();
          }
        }
        (verdict.ok ? process.stdout : process.stderr).write(`${verdict.message}\n`);
        process.exitCode = verdict.ok ? 0 : 1;
      }),
    );
}
