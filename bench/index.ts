import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * One measured figure; `goal` is the target in words, `met` whether it holds. A figure
 * whose goal is a ratio carries its `baseline`, measured in the same run in the same unit, and
 * the ratio figure ÷ baseline (see ratio.ts).
 */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal: string;
  met?: boolean;
  baseline?: { name: string; value: number; ratio: number };
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(`Concord benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${load}\n`);
const format = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3));
let allMet = true;
for (const file of files) {
  const { run } = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<Figure[]> };
  console.log(`## ${file.replace('.bench.ts', '')}`);
  for (const f of await run()) {
    const mark = f.met === undefined ? ' ' : f.met ? '✓' : '✗';
    if (f.met === false) allMet = false;
    if (f.baseline === undefined) {
      console.log(`${mark} ${f.name.padEnd(64)} ${format(f.value).padStart(12)} ${f.unit.padEnd(10)} goal ${f.goal}`);
      continue;
    }
    // The figure with its ratio and goal; on the line below, its baseline.
    const ratio = `ratio ${f.baseline.ratio.toFixed(2)}`;
    console.log(`${mark} ${f.name.padEnd(64)} ${format(f.value).padStart(12)} ${f.unit.padEnd(10)} ${ratio.padEnd(12)} goal ${f.goal}`);
    console.log(`    vs ${f.baseline.name.padEnd(59)} ${format(f.baseline.value).padStart(12)} ${f.unit}`);
  }
  console.log('');
}
console.log(allMet ? 'Every goal met.' : 'Some goals were missed (✗).');
console.log(
  `Load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
