import type { Command } from 'commander';
import { readStatesCsv } from '../../core/states/states.service.ts';
import { action, CliError } from '../run.ts';

export function statesCommand(program: Command) {
  program
    .command('states')
    .description('print the reference states (data/states.csv)')
    .option('--json', 'print JSON instead of a table')
    .option('--region <region>', 'only states of this region (Africa, Americas, Asia, Europe, Oceania)')
    .action(
      action((opts: { json?: boolean; region?: string }) => {
        const all = readStatesCsv();
        const regions = [...new Set(all.map((s) => s.region))].sort();
        if (opts.region !== undefined && !regions.some((r) => r.toLowerCase() === opts.region!.toLowerCase())) {
          throw new CliError(`--region must be one of ${regions.join(', ')}`);
        }
        const rows = all.filter((s) => !opts.region || s.region.toLowerCase() === opts.region.toLowerCase());
        if (opts.json) return void console.log(JSON.stringify(rows, null, 2));
        const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US'));
        for (const s of rows) {
          console.log(
            `${s.iso3}  ${s.name.padEnd(34)} ${s.region.padEnd(9)} ${fmt(s.population).padStart(15)} ${fmt(s.gdpUsd).padStart(22)}`,
          );
        }
        console.log(`${rows.length} states`);
      }),
    );
}
