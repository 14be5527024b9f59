import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, STATE_FILE, WitnessState } from './witness-state.ts';

let dir: string;
const checkpoint = (size: number, fill = size) => ({
  origin: 'concord.example/log',
  size,
  rootHash: Buffer.alloc(32, fill),
  body: `concord.example/log\n${size}\n${Buffer.alloc(32, fill).toString('base64')}\n`,
});

beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'concord-witness-state-')), 'data');
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('WitnessState', () => {
  it('creates its directory 0700, records durably and reads back what it recorded', async () => {
    const state = await WitnessState.open(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(state.latest('concord.example/log')).toBeUndefined();
    await state.record(checkpoint(5));
    await state.record({
      ...checkpoint(2),
      origin: 'other.example/log',
      body: 'other.example/log\n2\n' + checkpoint(2).body.split('\n')[2] + '\n',
    });
    await state.record(checkpoint(9));
    await state.close();
    expect(fs.readdirSync(dir).sort()).toEqual([STATE_FILE]); // no temporary file, no lock left
    expect(fs.statSync(path.join(dir, STATE_FILE)).mode & 0o777).toBe(0o600);
    const reopened = await WitnessState.open(dir);
    expect(reopened.latest('concord.example/log')).toEqual(checkpoint(9));
    expect(reopened.origins().sort()).toEqual(['concord.example/log', 'other.example/log']);
    await reopened.close();
  });

  it('keeps a second witness off a directory in use, and takes over a lock left by a process that is gone', async () => {
    const state = await WitnessState.open(dir);
    await expect(WitnessState.open(dir)).rejects.toMatchObject({ code: 'witness_dir_in_use' });
    await state.close();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '2147483646\n'); // no such process
    const again = await WitnessState.open(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await again.close();
  });

  it('refuses to start on a corrupt state rather than forget what it cosigned', async () => {
    fs.mkdirSync(dir, { recursive: true });
    for (const text of ['{', '{"version":2,"logs":{}}', '{"version":1,"logs":{"a":{"size":-1,"rootHash":"","checkpoint":""}}}']) {
      fs.writeFileSync(path.join(dir, STATE_FILE), text);
      await expect(WitnessState.open(dir)).rejects.toMatchObject({ code: 'corrupt_witness_state' });
      expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    }
  });

  it('runs exclusive steps one at a time, in order, a failed step not stopping the queue', async () => {
    const state = await WitnessState.open(dir);
    const order: string[] = [];
    const step = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        order.push(`${name} start`);
        setTimeout(() => (order.push(`${name} end`), resolve(name)), ms);
      });
    const failing = state.exclusive(() => Promise.reject(new Error('boom')));
    const results = await Promise.all([
      state.exclusive(step('a', 20)),
      state.exclusive(step('b', 1)),
      failing.catch((e: Error) => e.message),
    ]);
    const after = await state.exclusive(step('c', 1));
    expect(results).toEqual(['a', 'b', 'boom']);
    expect(after).toBe('c');
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    await state.close();
  });
});
