import type { Command } from 'commander';
import { openPreparedDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { leafHash, type LedgerEntry } from '../../core/ledger/hasher.ts';
import { entriesAbout } from '../../core/ledger/log-reader.ts';
import { retally } from '../../modules/assembly/motion-log.ts';
import { modules } from '../../modules/index.ts';
import { action, CliError } from '../run.ts';
import { apiClient } from './server-client.ts';

const fetchMotionLog = (base: string, id: number) => apiClient(base).GET('/api/motions/{id}/log', { params: { path: { id } } });

/**
 * A motion's log entries from a server's public API: the exact leaf bytes, each checked against
 * the leaf hash the server states. (`concord log verify` checks the leaves belong to the signed log.)
 */
async function entriesFromServer(url: string, motionId: number): Promise<LedgerEntry[]> {
  const base = url.replace(/\/+$/, '');
  let answer: Awaited<ReturnType<typeof fetchMotionLog>>;
  try {
    answer = await fetchMotionLog(base, motionId);
  } catch (err) {
    throw new CliError(`cannot reach ${base}: ${(err as Error).message}`);
  }
  const { data, response } = answer;
  if (!data) throw new CliError(`${base} answered ${response.status} for motion ${motionId}`);
  const { entries } = data;
  return entries.map((e) => {
    const bytes = Buffer.from(e.canonical, 'base64');
    if (leafHash(bytes).toString('hex') !== e.leafHash)
      throw new CliError(`entry ${e.index}: its bytes do not hash to the stated leaf hash`);
    return JSON.parse(bytes.toString('utf8')) as LedgerEntry;
  });
}

async function entriesFromDatabase(opts: { dataDir?: string; databaseUrl?: string }, motionId: number): Promise<LedgerEntry[]> {
  const database = await openPreparedDatabase(loadConfig({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl }), modules);
  try {
    return (await entriesAbout(database.db, `motion:${motionId}`)).map((e) => JSON.parse(e.canonical) as LedgerEntry);
  } finally {
    await database.close();
  }
}

export function assemblyCommand(program: Command) {
  const assembly = program.command('assembly').description('the constituent assembly');
  assembly
    .command('retally')
    .description("recompute a motion's result from its log entries alone; exit 0 when it agrees with the logged result, 1 otherwise")
    .requiredOption('--motion <id>', 'the motion')
    .option('--url <url>', 'read the entries from a Concord server’s public API (default: the local database)')
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .action(
      action(async (opts: { motion: string; url?: string; dataDir?: string; databaseUrl?: string }) => {
        if (!/^\d{1,9}$/.test(opts.motion) || Number(opts.motion) === 0) throw new CliError('--motion must be a positive integer');
        const id = Number(opts.motion);
        const entries = opts.url ? await entriesFromServer(opts.url, id) : await entriesFromDatabase(opts, id);
        if (entries.length === 0) throw new CliError(`motion ${id}: no log entries`);
        // A server (or a database) may hand back another motion's entries: they must be this one's.
        const foreign = entries.find((e) => e.subject !== `motion:${id}`);
        let verdict: { ok: boolean; message: string; motionId?: number | null } = foreign
          ? { ok: false, message: `motion ${id}: retally DISAGREES: an entry is about ${foreign.subject}, not motion:${id}` }
          : retally(entries);
        const opened = verdict.motionId === undefined ? id : verdict.motionId;
        if (verdict.ok && opened !== id)
          verdict = { ok: false, message: `motion ${id}: retally DISAGREES: the entries open motion ${opened}, not ${id}` };
        (verdict.ok ? process.stdout : process.stderr).write(`${verdict.message}\n`);
        process.exitCode = verdict.ok ? 0 : 1;
      }),
    );
}
