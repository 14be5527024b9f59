import type { Command } from 'commander';
import { commitCommand } from './commit-record.ts';
import { keygenCommand } from './generate-key.ts';
import { revealCommand } from './reveal-record.ts';
import { reportCommand } from './submit-report.ts';

/** `concord facility …`: the facility operator's tools (keys, signed reports, commitments, challenge answers). */
export function facilityCommand(program: Command) {
  const facility = program
    .command('facility')
    .description('a compute facility’s tools: keys, signed reports, commitments, challenge answers');
  for (const register of [keygenCommand, reportCommand, commitCommand, revealCommand]) register(facility);
}
