/**
 * What a witness remembers: the latest checkpoint it cosigned per log origin, in one JSON file
 * of its data directory. C2SP tlog-witness requires the new checkpoint to be persisted before the
 * cosignature is returned, and the check of the old size and the update to be one atomic step
 * (else two requests from the same old size could roll the stored size back). So:
 *
 * - every add-checkpoint runs inside {@link WitnessState.exclusive}, one at a time, in order;
 * - {@link WitnessState.record} writes the whole state to a temporary file, fsyncs it, renames it
 *   over the old one and fsyncs the directory, and only then changes what {@link latest} returns;
 *   a crash leaves either the old file or the new one, never a torn one;
 * - a lock file keeps a second witness process off the same directory, whose separate queue
 *   would undo the first guarantee.
 *
 * Files in the data directory (mode 0700): `witness-state.json`, `witness.lock` (the pid of the
 * process serving it), `refused.jsonl` (log-signed checkpoints refused as inconsistent: possible
 * evidence of a forked log, one JSON object a line).
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.ts';
import { HASH_SIZE } from '../hasher.ts';
import type { CosignedCheckpoint } from './add-checkpoint.ts';

export const STATE_FILE = 'witness-state.json';
export const LOCK_FILE = 'witness.lock';
export const EVIDENCE_FILE = 'refused.jsonl';

/** The stored form of one log's latest cosigned checkpoint. */
interface StoredLog {
  size: number;
  rootHash: string;
  checkpoint: string;
}

interface StoredState {
  version: 1;
  logs: Record<string, StoredLog>;
}

const corrupt = (file: string, why: string) =>
  new AppError('corrupt_witness_state', `${file} is not a witness state (${why}); refusing to start rather than forget what was cosigned`);

function fromStored(file: string, origin: string, log: StoredLog): CosignedCheckpoint {
  const rootHash = Buffer.from(String(log?.rootHash), 'base64');
  if (!Number.isSafeInteger(log?.size) || log.size < 0 || rootHash.length !== HASH_SIZE || typeof log.checkpoint !== 'string') {
    throw corrupt(file, `bad entry for ${JSON.stringify(origin)}`);
  }
  return { origin, size: log.size, rootHash, body: log.checkpoint };
}

/** Whether a process with this id is running (EPERM: it is, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock file, or throws if a live process holds it (a stale one is taken over). */
function takeLock(lockFile: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number(fs.readFileSync(lockFile, 'utf8').trim());
    if (Number.isSafeInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new AppError('witness_dir_in_use', `${path.dirname(lockFile)} is in use by the witness process ${holder}`);
    }
    fs.rmSync(lockFile, { force: true }); // left by a process that is gone
  }
  throw new AppError('witness_dir_in_use', `cannot take the lock ${lockFile}`);
}

/** The witness's persisted state in `dir`; open it with {@link WitnessState.open}. */
export class WitnessState {
  readonly #dir: string;
  readonly #logs: Map<string, CosignedCheckpoint>;
  /** The tail of the queue every add-checkpoint goes through. */
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(dir: string, logs: Map<string, CosignedCheckpoint>) {
    this.#dir = dir;
    this.#logs = logs;
  }

  /** Opens (creating if needed) the state in `dir`, taking its lock. Throws AppError if it is corrupt or in use. */
  static async open(dir: string): Promise<WitnessState> {
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    takeLock(path.join(dir, LOCK_FILE));
    try {
      return new WitnessState(dir, await WitnessState.#read(path.join(dir, STATE_FILE)));
    } catch (err) {
      fs.rmSync(path.join(dir, LOCK_FILE), { force: true });
      throw err;
    }
  }

  static async #read(file: string): Promise<Map<string, CosignedCheckpoint>> {
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw err;
    }
    let stored: StoredState;
    try {
      stored = JSON.parse(text) as StoredState;
    } catch {
      throw corrupt(file, 'not JSON');
    }
    if (stored?.version !== 1 || typeof stored.logs !== 'object' || stored.logs === null) throw corrupt(file, 'no version 1 logs');
    return new Map(Object.entries(stored.logs).map(([origin, log]) => [origin, fromStored(file, origin, log)]));
  }

  /** The latest checkpoint cosigned for `origin`, if any. */
  latest(origin: string): CosignedCheckpoint | undefined {
    return this.#logs.get(origin);
  }

  /** Every log this witness has cosigned for. */
  origins(): string[] {
    return [...this.#logs.keys()];
  }

  /**
   * Runs `step` after every step queued before it has finished, so that a check of the stored
   * size and the {@link record} that follows it are never interleaved with another request's.
   */
  exclusive<T>(step: () => Promise<T> | T): Promise<T> {
    const run = this.#queue.then(step);
    this.#queue = run.catch(() => undefined); // one failed step does not stop the queue
    return run;
  }

  /**
   * Makes `checkpoint` the latest for its origin, durably: temp file, fsync, rename, directory
   * fsync; only then is it what {@link latest} returns. Call it inside {@link exclusive}.
   */
  async record(checkpoint: CosignedCheckpoint): Promise<void> {
    if (this.#closed) throw new AppError('witness_closed', 'the witness state is closed');
    const logs = new Map(this.#logs).set(checkpoint.origin, checkpoint);
    const stored: StoredState = {
      version: 1,
      logs: Object.fromEntries(
        [...logs].map(([origin, cp]) => [origin, { size: cp.size, rootHash: cp.rootHash.toString('base64'), checkpoint: cp.body }]),
      ),
    };
    const file = path.join(this.#dir, STATE_FILE);
    const temp = `${file}.${process.pid}.tmp`;
    const handle = await fsp.open(temp, 'w', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(stored, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, file);
    const dir = await fsp.open(this.#dir, 'r');
    try {
      await dir.sync(); // the rename itself survives a crash
    } finally {
      await dir.close();
    }
    this.#logs.set(checkpoint.origin, checkpoint);
  }

  /** Keeps a refused, log-signed request as possible evidence of misbehaviour (best effort). */
  async keepEvidence(entry: { origin: string; code: string; at: number; body: string }): Promise<void> {
    await fsp.appendFile(path.join(this.#dir, EVIDENCE_FILE), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  }

  /** Waits for queued steps, then releases the directory's lock. */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#queue;
    this.#closed = true;
    fs.rmSync(path.join(this.#dir, LOCK_FILE), { force: true });
  }
}
