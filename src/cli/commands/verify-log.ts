import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { openPreparedDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { localLogSource } from '../../core/ledger/local-log-source.ts';
import { readWitnessedCheckpoint } from '../../core/ledger/cosigning/witnesses.repository.ts';
import { servedCheckpoint } from '../../core/ledger/cosigning/witnesses.service.ts';
import { httpLogSource } from '../../core/ledger/client/http-log-source.ts';
import { verifyLog, type LogSource } from '../../core/ledger/client/verify-log.ts';
import { witnessQuorum, type WitnessQuorum } from '../../core/ledger/client/witness-quorum.ts';
import { modules } from '../../modules/index.ts';
import { action, CliError } from '../run.ts';

interface VerifyFlags {
  url?: string;
  key?: string;
  witness?: string[];
  quorum?: string;
  state: string;
  dataDir?: string;
  databaseUrl?: string;
}

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

/** The witness options read before anything is opened: a usage error is one line and exit 1. */
function witnessOptions(vkeys: string[], quorum: string | undefined): WitnessQuorum {
  if (quorum !== undefined && !/^[0-9]+$/.test(quorum))
    throw new CliError(`--quorum must be a whole number, not ${JSON.stringify(quorum)}`);
  try {
    return witnessQuorum(vkeys, quorum === undefined ? undefined : Number(quorum));
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function logCommand(program: Command) {
  const log = program.command('log').description('the public transparency log');
  log
    .command('verify')
    .description(
      "recompute the whole log, check the signed checkpoint, its witnesses' cosignatures (with --witness) and consistency with the last one seen",
    )
    .option('--url <url>', 'verify a Concord server over its public API (default: the local database)')
    .option('--key <vkey>', 'the verifier key to trust (default: pinned on first use)')
    .option('--witness <vkey>', "a witness's cosignature/v1 verifier key; repeat for each witness", collect)
    .option('--quorum <k>', 'how many distinct listed witnesses must have cosigned the checkpoint (default: all listed)')
    .option('--state <file>', 'where the last checkpoint seen is kept', DEFAULT_STATE)
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .addHelpText(
      'after',
      `
With --witness, the checkpoint must carry valid cosignatures (C2SP cosignature/v1) by at least
--quorum distinct listed witnesses, all of them by default; a cosignature by a listed witness that
does not verify fails too. Exit code 0: verified; 1: verification failed or bad usage (one line on
stderr).

Example:
  concord log verify --url https://concord.example \\
    --witness un-geneva+1a2b3c4d+BK… --witness ch-fdfa+5e6f7a8b+BN… --witness ke-mfa+9c0d1e2f+BD… \\
    --quorum 2`,
    )
    .action(
      action(async (opts: VerifyFlags) => {
        const options = { pinnedKey: opts.key, witnesses: witnessOptions(opts.witness ?? [], opts.quorum) };
        let verdict;
        if (opts.url) {
          verdict = await verifyLog(reporting(httpLogSource(opts.url), opts.url), opts.state, options);
        } else {
          const config = loadConfig({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
          // A fresh database is prepared as a first start would (so its log exists), then verified.
          const database = await openPreparedDatabase(config, modules);
          try {
            const id = config.databaseUrl
              ? `db:${new URL(config.databaseUrl).host}${new URL(config.databaseUrl).pathname}`
              : `file:${config.dataDir}`;
            // The checkpoint the server would serve with this configuration; when the client lists
            // witnesses, the latest witnessed one stored, whatever this process is configured with.
            const served = async () => {
              const witnessed = options.witnesses.keys.length ? await readWitnessedCheckpoint(database.db) : undefined;
              return witnessed
                ? `${witnessed.body}\n${witnessed.logSignature}${witnessed.cosignatures}`
                : servedCheckpoint(database.db, config);
            };
            verdict = await verifyLog(localLogSource(database.db, id, served), opts.state, options);
          } finally {
            await database.close();
          }
        }
        (verdict.ok ? process.stdout : process.stderr).write(`${verdict.message}\n`);
        process.exitCode = verdict.ok ? 0 : 1;
      }),
    );
}
