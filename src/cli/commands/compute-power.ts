import type { Command } from 'commander';
import { computePower } from '../../modules/assembly/assembly.service.ts';
import { action, CliError } from '../run.ts';

/** "7,7,1" → [7, 7, 1]; anything but non-negative integers is refused. */
function parseWeights(text: string): number[] {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.some((p) => !/^\d{1,15}$/.test(p)))
    throw new CliError('--weights must be non-negative integers separated by commas, e.g. 7,7,1');
  return parts.map(Number);
}

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(6));

export function powerCommand(program: Command) {
  program
    .command('power')
    .description('exact Banzhaf and Shapley–Shubik indices and veto players of a weighted voting game [quota; weights]')
    .requiredOption('--quota <q>', 'votes a coalition needs to win (integer, 1 … total weight)')
    .requiredOption('--weights <list>', 'each player’s weight, e.g. 7,7,1')
    .option('--names <list>', 'player names, comma-separated, as many as weights')
    .option('--no-shapley-shubik', 'Banzhaf only (for games too large for Shapley–Shubik)')
    .option('--json', 'print JSON instead of a table')
    .action(
      action((opts: { quota: string; weights: string; names?: string; shapleyShubik: boolean; json?: boolean }) => {
        if (!/^\d{1,15}$/.test(opts.quota)) throw new CliError('--quota must be a positive integer');
        const result = computePower({
          quota: Number(opts.quota),
          weights: parseWeights(opts.weights),
          names: opts.names?.split(',').map((s) => s.trim()),
          shapleyShubik: opts.shapleyShubik,
        });
        if (opts.json) return void console.log(JSON.stringify(result, null, 2));
        const width = Math.max(6, ...result.players.map((p) => p.name.length));
        console.log(
          `${'player'.padEnd(width)}  ${'weight'.padStart(10)}  ${'Banzhaf'.padStart(9)}  ${'Shapley–Shubik'.padStart(14)}  veto`,
        );
        for (const p of result.players) {
          console.log(
            `${p.name.padEnd(width)}  ${String(p.weight).padStart(10)}  ${fmt(p.banzhaf).padStart(9)}  ${fmt(p.shapleyShubik).padStart(14)}  ${p.veto ? 'yes' : ''}`.trimEnd(),
          );
        }
        console.log(
          `quota ${result.quota} of total weight ${result.totalWeight}; veto players: ${result.vetoPlayers.join(', ') || 'none'}`,
        );
      }),
    );
}
