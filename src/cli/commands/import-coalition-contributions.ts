import fs from 'node:fs';
import type { Command } from 'commander';
import { openPreparedDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import { importContributionsUnchecked } from '../../modules/coalition/contributions.service.ts';
import type { RejectedRow } from '../../modules/coalition/contributions-csv.ts';
import { modules } from '../../modules/index.ts';
import { action, CliError } from '../run.ts';

export function coalitionCommand(program: Command) {
  const coalition = program.command('coalition').description('the coalition: contributions and its ledger');
  coalition
    .command('import-contributions')
    .description(
      'import contributions from a CSV file (columns: person, date, hours, amount, currency, description), all or nothing: ' +
        'if any row is bad nothing is stored and every bad row is listed',
    )
    .argument('<file>', 'the CSV file ("-" for standard input)')
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .action(
      action(async (file: string, opts: { dataDir?: string; databaseUrl?: string }) => {
        let csv: string;
        try {
          csv = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
        } catch (err) {
          throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        }
        const database = await openPreparedDatabase(loadConfig(opts), modules);
        try {
          const report = await importContributionsUnchecked(database.db, null, csv, { now: () => new Date() });
          console.log(`imported ${report.imported} contribution(s) from ${file}`);
        } catch (err) {
          if (err instanceof AppError && err.code === 'import_rejected') {
            const { rejected } = err.details as { rejected: RejectedRow[] };
            for (const r of rejected) process.stderr.write(`row ${r.row}: ${r.errors.join('; ')}\n`);
          }
          throw err;
        } finally {
          await database.close();
        }
      }),
    );
}
