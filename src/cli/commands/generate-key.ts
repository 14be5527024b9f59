import type { Command } from 'commander';
import { generateFacilityKeyPair } from '../../modules/verification/report-signing.ts';
import { action } from '../run.ts';
import { writeSecret } from './server-client.ts';

/** `concord facility keygen`: a new Ed25519 key pair; the private key goes to a 0600 file, the public one to stdout. */
export function keygenCommand(facility: Command) {
  facility
    .command('keygen')
    .description('generate an Ed25519 signing key: writes the private key (0600), prints the public key and its key id')
    .requiredOption('--out <file>', 'where to write the private key (PKCS#8 PEM)')
    .option('--force', 'overwrite an existing file')
    .action(
      action((opts: { out: string; force?: boolean }) => {
        const pair = generateFacilityKeyPair();
        writeSecret(opts.out, pair.privateKeyPem, opts.force);
        process.stdout.write(`keyId: ${pair.keyId}\n${pair.publicKeyPem}`);
      }),
    );
}
