import fs from 'node:fs';
import type { Command } from 'commander';
import { action, CliError } from '../run.ts';
import { answer, operatorClient, readJson, serverOptions, type ServerOptions } from './server-client.ts';

/** `concord facility reveal`: answers a challenge for one workload with its private record and salt. */
export function revealCommand(facility: Command) {
  serverOptions(
    facility
      .command('reveal')
      .description('answer a challenge: reveal a workload’s private record and salt to the agency')
      .requiredOption('--challenge <id>', 'the challenge id')
      .requiredOption('--workload <id>', 'the challenged workload id')
      .requiredOption('--record <file>', 'the private record (JSON) committed to in the report')
      .option('--salt <file>', 'the salt file (default <record>.salt)'),
  ).action(
    action(async (opts: ServerOptions & { challenge: string; workload: string; record: string; salt?: string }) => {
      if (!/^\d+$/.test(opts.challenge)) throw new CliError('--challenge must be a challenge id (a number)');
      const record = readJson(opts.record);
      const saltFile = opts.salt ?? `${opts.record}.salt`;
      let salt: string;
      try {
        salt = fs.readFileSync(saltFile, 'utf8').trim();
      } catch {
        throw new CliError(`cannot read the salt ${saltFile}`);
      }
      const view = await answer(
        operatorClient(opts).POST('/api/challenges/{id}/responses', {
          params: { path: { id: Number(opts.challenge) } },
          body: { workloadId: opts.workload, record: record as Record<string, unknown>, salt },
        }),
        opts.url ?? '',
      );
      const mine = view.workloads.find((w) => w.workloadId === opts.workload);
      const problems = mine?.problems?.length ? ` (${mine.problems.join(', ')})` : '';
      process.stdout.write(`workload ${opts.workload}: ${mine?.status ?? 'unknown'}${problems}; challenge ${view.id}: ${view.status}\n`);
    }),
  );
}
