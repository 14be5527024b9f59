/**
 * `concord witness keygen` and `concord witness serve`: a C2SP tlog-witness that cosigns a log's
 * checkpoints after checking they extend what it cosigned before (src/core/ledger/witness/).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { parseVerifierKey, type VerifierKey } from '../../core/ledger/checkpoint.ts';
import { generateCosignerKey, parseCosignerSigner, type CosignerSigner } from '../../core/ledger/cosignature.ts';
import { startWitness } from '../../core/ledger/witness/witness-server.ts';
import { action, CliError, fail } from '../run.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

/** Writes a new file with mode 0600; an existing file is never replaced (a witness key is its identity). */
function writeNewSecret(file: string, content: string): void {
  try {
    fs.writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`${file} exists; a witness key is never overwritten (move the old one away first)`);
    throw new CliError(`cannot write ${file} (${code ?? (err as Error).message})`);
  }
  fs.chmodSync(file, 0o600); // whatever the umask took away or left
}

function readSigner(file: string): CosignerSigner {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read the witness key ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseCosignerSigner(text);
}

function readLogKeys(vkeys: string[]): VerifierKey[] {
  if (vkeys.length === 0) throw new CliError('pass --log-key VKEY for each log to witness');
  return vkeys.map((vkey) => {
    try {
      return parseVerifierKey(vkey);
    } catch (err) {
      throw new CliError(`--log-key ${vkey}: ${(err as Error).message}`);
    }
  });
}

function parsePort(port: string): number {
  const n = Number(port);
  if (!/^[0-9]+$/.test(port) || n > 65535) throw new CliError(`--port must be 0 to 65535, got ${port}`);
  return n;
}

export function witnessCommand(program: Command) {
  const witness = program.command('witness').description('a C2SP tlog-witness that cosigns consistent checkpoints of a log');

  witness
    .command('keygen')
    .description("generate a witness key: writes the signer key (0600, never overwritten), prints the witness's verifier key")
    .requiredOption('--name <name>', 'the witness name, a schema-less URL such as witness.example.org/ministry')
    .requiredOption('--out <file>', 'where to write the signer key')
    .action(
      action((opts: { name: string; out: string }) => {
        let key: { signerKey: string; vkey: string };
        try {
          key = generateCosignerKey(opts.name);
        } catch (err) {
          throw new CliError(`--name: ${(err as Error).message}`);
        }
        writeNewSecret(opts.out, `${key.signerKey}\n`);
        process.stdout.write(`${key.vkey}\n`);
      }),
    );

  witness
    .command('serve')
    .description('serve POST /add-checkpoint: cosign checkpoints signed by a trusted log key that extend the last one cosigned')
    .requiredOption('--key <file>', 'the signer key written by `concord witness keygen`')
    .option(
      '--log-key <vkey>',
      "a log's verifier key; its name is the log's origin; repeat for each log (or each key of a rotation)",
      collect,
      [],
    )
    .option('-p, --port <port>', 'port to listen on', '7380')
    .option('--host <host>', 'address to bind (put a TLS front before it to expose it)', '127.0.0.1')
    .option('--data-dir <dir>', 'where the latest cosigned checkpoint of each log is kept', './witness-data')
    .action(
      action(async (opts: { key: string; logKey: string[]; port: string; host: string; dataDir: string }) => {
        const signer = readSigner(opts.key);
        const logKeys = readLogKeys(opts.logKey);
        const port = parsePort(opts.port);
        const running = await startWitness({ signer, logKeys, port, host: opts.host, dataDir: opts.dataDir }).catch(
          (err: NodeJS.ErrnoException) => {
            const reason = err.code === 'EADDRINUSE' ? 'the port is in use' : err.code === 'EACCES' ? 'permission denied' : undefined;
            throw reason ? new CliError(`cannot listen on ${opts.host}:${opts.port}: ${reason}`) : err;
          },
        );
        const origins = [...new Set(logKeys.map((k) => k.name))].join(', ');
        console.log(
          `witness ${signer.name} listening on ${running.url}/add-checkpoint for ${origins} (data in ${opts.dataDir}; verifier key ${signer.vkey})`,
        );
        const stop = () => void running.close().then(() => process.exit(0), fail);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
    );
}
