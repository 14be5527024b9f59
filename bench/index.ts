import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One measured figure; `goal` is the target in words, `met` whether it holds. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal: string;
  met?: boolean;
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

console.log(`Concord benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
const format = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3));
let allMet = true;
for (const file of files) {
  const { run } = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<Figure[]> };
  console.log(`## ${file.replace('.bench.ts', '')}`);
  for (const f of await run()) {
    const mark = f.met === undefined ? ' ' : f.met ? '✓' : '✗';
    if (f.met === false) allMet = false;
    console.log(`${mark} ${f.name.padEnd(64)} ${format(f.value).padStart(12)} ${f.unit.padEnd(10)} goal ${f.goal}`);
  }
  console.log('');
}
console.log(allMet ? 'Every goal met.' : 'Some goals were missed (✗).');
