import type { Command } from 'commander';
import { openPreparedDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { modules } from '../../modules/index.ts';
import { action } from '../run.ts';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('apply pending database migrations and, on a fresh database, load what a first start loads (no account); then exit')
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .action(
      action(async (opts: { dataDir?: string; databaseUrl?: string }) => {
        const database = await openPreparedDatabase(loadConfig(opts), modules);
        try {
          console.log(`migrated (${database.kind})`);
        } finally {
          await database.close();
        }
      }),
    );
}
