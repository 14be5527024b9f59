import type { Command } from 'commander';
import { boot } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { defaultCoalitionEnv } from '../../modules/coalition/coalition-env.ts';
import { loadDemo } from '../../modules/coalition/demo.ts';
import { modules } from '../../modules/index.ts';
import { action } from '../run.ts';

export function demoCommand(program: Command) {
  program
    .command('demo')
    .description('add a demonstration: a pledge campaign, a summit with registrations, outreach targets, milestones (once per database)')
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)')
    .action(
      action(async (opts: { dataDir?: string; databaseUrl?: string }) => {
        // Boot as the server does, so a fresh database gets its first start (states, partners, admin) first.
        const { database, firstAdmin } = await boot(loadConfig(opts), modules);
        try {
          if (firstAdmin) {
            console.log(
              `First start: created the admin account\n  e-mail:   ${firstAdmin.email}\n  password: ${firstAdmin.password}\nKeep the password now; it will not be shown again.`,
            );
          }
          const report = await loadDemo(database.db, defaultCoalitionEnv());
          console.log(
            `demonstration loaded: campaign ${report.campaignId}, ${report.eventIds.length} events, ` +
              `${report.targetIds.length} outreach targets, ${report.milestoneIds.length} milestones`,
          );
        } finally {
          await database.close();
        }
      }),
    );
}
