import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { openPreparedDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { localLogSource } from '../../core/ledger/local-log-source.ts';
import { httpLogSource } from '../../core/ledger/client/http-log-source.ts';
import { verifyLog, type LogSource } from '../../core/ledger/client/verify-log.ts';
import { modules } from '../../modules/index.ts';
import { action, CliError } from '../run.ts';

const DEFAULT_STATE = path.join(os.homedir(), '.concord', 'log-verify.json');

/** The source, with a server that cannot be reached (or answers no log) reported in one line. */
function reporting(source: LogSource, url: string): LogSource {
  const wrap =
    <A extends unknown[], R>(read: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await read(...args);
      } catch (err) {
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        throw new CliError(`cannot read the log at ${url}: ${(err as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`);
      }
    };
  return {
    id: source.id,
    verifierKey: wrap(source.verifierKey),
    checkpoint: wrap(source.checkpoint),
    entries: wrap(source.entries),
    ...(source.consistency ? { consistency: wrap(source.consistency) } : {}),
  };
}

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
          verdict = await verifyLog(reporting(httpLogSource(opts.url), opts.url), opts.state, opts.key);
        } else {
          const config = loadConfig({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
          // A fresh database is prepared as a first start would (so its log exists), then verified.
          const database = await openPreparedDatabase(config, modules);
          try {
            const id = config.databaseUrl
              ? `db:${new URL(config.databaseUrl).host}${new URL(config.databaseUrl).pathname}`
              : `file:${config.dataDir}`;
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
