import { Command } from 'commander';
import { VERSION } from '../core/boot.ts';
import { powerCommand } from './commands/compute-power.ts';
import { adminCommand } from './commands/create-admin.ts';
import { coalitionCommand } from './commands/import-coalition-contributions.ts';
import { statesCommand } from './commands/list-states.ts';
import { assemblyCommand } from './commands/retally-motion.ts';
import { demoCommand } from './commands/load-coalition-demo.ts';
import { migrateCommand } from './commands/migrate-database.ts';
import { facilityCommand } from './commands/operate-facility.ts';
import { verificationCommand } from './commands/recompute-verification.ts';
import { serveCommand } from './commands/serve.ts';
import { witnessCommand } from './commands/serve-witness.ts';
import { simulateCommand } from './commands/simulate-world.ts';
import { logCommand } from './commands/verify-log.ts';

/** The `concord` command with every command registered (index.ts runs it; tests list its commands). */
export function buildProgram(): Command {
  const program = new Command('concord')
    .description('Concord: coalition, constituent assembly and compute verification for a global AI treaty')
    .version(VERSION);
  for (const register of [
    serveCommand,
    migrateCommand,
    adminCommand,
    statesCommand,
    logCommand,
    coalitionCommand,
    demoCommand,
    powerCommand,
    assemblyCommand,
    facilityCommand,
    simulateCommand,
    verificationCommand,
    witnessCommand,
  ])
    register(program);
  return program;
}
