import type { Command } from 'commander';
import { openConfiguredDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { action } from '../run.ts';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .action(
      action(async (opts: { dataDir?: string; databaseUrl?: string }) => {
        const database = await openConfiguredDatabase(loadConfig(opts));
        try {
          await database.migrate();
          console.log(`migrated (${database.kind})`);
        } finally {
          await database.close();
        }
      }),
    );
}
