import fs from 'node:fs';
import type { Command } from 'commander';
import { makeCommitment } from '../../modules/verification/commitment.ts';
import { action, CliError } from '../run.ts';
import { readJson, writeSecret } from './server-client.ts';

/** `concord facility commit`: the commitment a report carries for a private record; the salt stays beside the record. */
export function commitCommand(facility: Command) {
  facility
    .command('commit')
    .description(
      'print the commitment SHA-256(canonical record ‖ salt) to a private workload record; writes the salt to <record>.salt (0600)',
    )
    .requiredOption('--record <file>', 'the private record (JSON)')
    .action(
      action((opts: { record: string }) => {
        const record = readJson(opts.record);
        const saltFile = `${opts.record}.salt`;
        // A new salt would make the old commitment impossible to open: never replace one.
        if (fs.existsSync(saltFile))
          throw new CliError(`${saltFile} exists: this record is committed already (its commitment opens only with that salt)`);
        const { commitment, salt } = makeCommitment(record);
        writeSecret(saltFile, `${salt}\n`);
        process.stdout.write(`${commitment}\n`);
      }),
    );
}
