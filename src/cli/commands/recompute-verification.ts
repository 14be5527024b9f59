import type { Command } from 'commander';
import { openPreparedDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { modules } from '../../modules/index.ts';
import { recomputeAccounting } from '../../modules/verification/accounting-upkeep.ts';
import { action } from '../run.ts';

/**
 * `concord verification recompute`: rebuilds every maintained accounting figure from the stored
 * reports and compares. Exit 0: they agree; 1: some differ (each differing row on one line of
 * stderr; with --fix, rewritten from the stored reports), or the check could not run.
 */
function recomputeCommand(verification: Command) {
  verification
    .command('recompute')
    .description(
      'rebuild the maintained run accounting and report figures from the stored reports; exit 0 when they agree, 1 when any differ (one line per row on stderr)',
    )
    .option('--fix', 'rewrite the differing figures with the recomputed ones (the exit code still says they differed)')
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .action(
      action(async (opts: { fix?: boolean; dataDir?: string; databaseUrl?: string }) => {
        const database = await openPreparedDatabase(loadConfig({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl }), modules);
        try {
          const result = await recomputeAccounting(database.db, { fix: opts.fix === true });
          const scope = `${result.reports} reports, ${result.runs} runs, ${result.parts} run parts`;
          if (result.differences.length === 0) {
            process.stdout.write(`accounting agrees with the stored reports (${scope})\n`);
            return;
          }
          for (const line of result.differences) process.stderr.write(`${line}\n`);
          process.stderr.write(
            `${result.differences.length} maintained rows differ from the stored reports (${scope})${result.fixed ? '; rewritten' : ''}\n`,
          );
          process.exitCode = 1;
        } finally {
          await database.close();
        }
      }),
    );
}

/** `concord verification …`: the agency's maintenance of the verification data. */
export function verificationCommand(program: Command) {
  const verification = program.command('verification').description('compute verification: the maintained accounting');
  recomputeCommand(verification);
}
