import type { Command } from 'commander';
import { createAccount } from '../../core/auth/auth.service.ts';
import { openPreparedDatabase } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { modules } from '../../modules/index.ts';
import { action, CliError, readStdin } from '../run.ts';

export function adminCommand(program: Command) {
  const admin = program.command('admin').description('manage accounts from the machine itself');
  admin
    .command('create')
    .description(
      'create an admin account; the password is read from standard input (a fresh database is first prepared as a first start does)',
    )
    .requiredOption('--email <email>', 'e-mail of the new admin')
    .option('--name <name>', 'display name', 'Administrator')
    .option('--password-stdin', 'read the password from standard input (required)')
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .action(
      action(async (opts: { email: string; name: string; passwordStdin?: boolean; dataDir?: string; databaseUrl?: string }) => {
        if (!opts.passwordStdin) throw new CliError('pass --password-stdin and the password on standard input');
        const password = (await readStdin()).replace(/\r?\n$/, '');
        if (password.length < 12) throw new CliError('a password needs at least 12 characters');
        // A fresh database is migrated and given its first-start data here, so an operator may
        // provision before the first `concord serve` (which then creates no second admin).
        const database = await openPreparedDatabase(loadConfig(opts), modules);
        try {
          const user = await createAccount(database.db, null, { email: opts.email, name: opts.name, role: 'admin', password });
          console.log(`created admin ${user.email} (id ${user.id})`);
        } finally {
          await database.close();
        }
      }),
    );
}
