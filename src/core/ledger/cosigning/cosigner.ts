/**
 * The log asks its witnesses (C2SP tlog-witness). A loop beside the server, never in the append
 * path: every `intervalMs` it reads the log's size (one point query); when some asked witness has
 * not cosigned that size and is not backing off, it signs the checkpoint of that size and POSTs it
 * to each such witness in parallel, with a consistency proof from the size that witness last
 * cosigned. A 409 tells the witness's size: the request is sent again once, from that size. A
 * cosignature is verified against the witness's vkey before it is stored. A witness that fails
 * (unreachable, too slow, 4xx/5xx, a cosignature by another key) is left alone for a back-off that
 * doubles from `minBackoffMs` to `maxBackoffMs`. When at least the quorum of distinct asked
 * witnesses hold a cosignature of one size, that checkpoint is stored as the witnessed one, only
 * ever forward, so two processes running this loop over one PostgreSQL database agree.
 */
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { formatCheckpoint, signNote } from '../checkpoint.ts';
import { cosignaturesOf, splitNote } from '../cosignature.ts';
import { getConsistencyProof, loadLogKey, logSize, rootAt } from '../log-reader.ts';
import { addCheckpoint, addCheckpointBody, WitnessRequestError, type WitnessAnswer } from './witness-client.ts';
import { askedWitnesses, quorumOf, type AskedWitness, type WitnessSettings } from './witnesses.service.ts';
import * as repo from './witnesses.repository.ts';

export interface CosignerOptions extends WitnessSettings {
  db: Db;
  /** How often the log's size is read: appends within one interval go to the witnesses together. Default 1000 ms. */
  intervalMs?: number;
  /** How long one add-checkpoint request may take. Default 5000 ms. */
  timeoutMs?: number;
  /** Back-off after a witness's first failure, doubled at each further one up to `maxBackoffMs`. Defaults 1 s and 60 s. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  logger?: Pick<Logger, 'warn' | 'info'>;
  now?: () => Date;
}

/** What one round did, for tests and the log. */
export interface RoundReport {
  size: number;
  /** The witnesses asked this round, by name, and what came of it. */
  asked: Record<string, 'cosigned' | 'failed' | 'ahead'>;
  /** The size now served as witnessed, or null if none has reached the quorum. */
  witnessedSize: number | null;
}

interface SignedCheckpoint {
  size: number;
  body: string;
  note: string;
  logSignature: string;
}

/** The loop; {@link start} runs it until {@link stop}, {@link runRound} runs one round now. */
export class Cosigner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: CosignerOptions) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.minBackoffMs = options.minBackoffMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
    this.now = options.now ?? (() => new Date());
  }

  /** Starts the loop (its first round after one interval). */
  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    this.schedule();
    return this;
  }

  /** Stops the loop and waits for a round under way to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule() {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.runRound()
        .catch((err: unknown) => this.options.logger?.warn({ err }, 'witnessing round failed'))
        .finally(() => {
          this.running = null;
          this.schedule();
        });
    }, this.intervalMs);
    // A server shutting down does not wait for the next round.
    this.timer.unref();
  }

  /** One round: asks the witnesses behind the log's size, then stores the checkpoint if it reached the quorum. */
  async runRound(): Promise<RoundReport> {
    const { db } = this.options;
    const witnesses = await askedWitnesses(db, this.options);
    const size = await logSize(db);
    const report: RoundReport = { size, asked: {}, witnessedSize: null };
    if (witnesses.length === 0) return report;
    const progress = new Map(
      (
        await repo.readProgress(
          db,
          witnesses.map((w) => w.vkey),
        )
      ).map((p) => [p.vkey, p]),
    );
    const now = this.now();
    const due = witnesses.filter((w) => {
      const p = progress.get(w.vkey);
      const cosigned = p?.size === size && p.cosignature !== null;
      return !cosigned && (!p?.nextTryAt || p.nextTryAt <= now);
    });
    const witnessed = await repo.readWitnessedCheckpoint(db);
    if (due.length === 0 && witnessed?.size === size) return { ...report, witnessedSize: size };
    const checkpoint = await this.signedCheckpoint(size);
    if (!checkpoint) return report;
    await Promise.all(
      due.map(async (w) => {
        report.asked[w.name] = await this.ask(w, checkpoint, progress.get(w.vkey)?.size ?? 0, progress.get(w.vkey)?.failures ?? 0);
      }),
    );
    report.witnessedSize = await this.settle(witnesses, checkpoint);
    return report;
  }

  /** The checkpoint of `size`, signed by the log; null before the log has a key. */
  private async signedCheckpoint(size: number): Promise<SignedCheckpoint | null> {
    const key = await loadLogKey(this.options.db);
    if (!key) return null;
    const body = formatCheckpoint({ origin: key.name, size, rootHash: await rootAt(this.options.db, size) });
    const note = signNote(body, key.name, key.privateKey);
    const [logSignature] = splitNote(note).signatures;
    if (logSignature === undefined) throw new Error('a signed note without its signature');
    return { size, body, note, logSignature };
  }

  /** Asks one witness to cosign, from the size it last cosigned, once more from the size a 409 gives. */
  private async ask(w: AskedWitness, cp: SignedCheckpoint, oldSize: number, failures: number): Promise<'cosigned' | 'failed' | 'ahead'> {
    const { db } = this.options;
    try {
      let old = oldSize;
      for (let attempt = 0; ; attempt++) {
        if (old > cp.size) {
          // The witness has seen a larger tree (another process signed it): nothing to prove from here.
          await repo.recordWitnessSize(db, w.vkey, old);
          return 'ahead';
        }
        const answer: WitnessAnswer = await addCheckpoint(w.url, await this.requestBody(old, cp), this.timeoutMs);
        if (answer.kind === 'cosigned') {
          // Verified before it is stored: only a cosignature by this witness's key, over exactly this body.
          const [mine] = cosignaturesOf(cp.body, answer.lines, [w.key]);
          if (!mine) throw new WitnessRequestError(`answered no cosignature by ${w.vkey}`, 200);
          await repo.recordCosignature(db, w.vkey, cp.size, mine.line, this.now());
          return 'cosigned';
        }
        if (attempt > 0 || answer.size === old) throw new WitnessRequestError(`answered 409 (size ${answer.size}) again`, 409);
        await repo.recordWitnessSize(db, w.vkey, answer.size);
        old = answer.size;
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const delay = Math.min(this.maxBackoffMs, this.minBackoffMs * 2 ** Math.min(failures, 30));
      await repo.recordFailure(db, w.vkey, message.slice(0, 300), new Date(this.now().getTime() + delay));
      this.options.logger?.warn({ witness: w.name, url: w.url, error: message, retryInMs: delay }, 'witness did not cosign');
      return 'failed';
    }
  }

  private async requestBody(old: number, cp: SignedCheckpoint): Promise<string> {
    const proof = old === 0 || old === cp.size ? [] : (await getConsistencyProof(this.options.db, old, cp.size)).path;
    return addCheckpointBody(
      old,
      proof.map((h) => Buffer.from(h, 'hex')),
      cp.note,
    );
  }

  /** Stores the checkpoint as witnessed if the quorum of asked witnesses cosigned it; the witnessed size after. */
  private async settle(witnesses: AskedWitness[], cp: SignedCheckpoint): Promise<number | null> {
    const { db } = this.options;
    const rows = await repo.readProgress(
      db,
      witnesses.map((w) => w.vkey),
    );
    const lines: string[] = [];
    for (const w of witnesses) {
      const line = rows.find((r) => r.vkey === w.vkey && r.size === cp.size)?.cosignature;
      if (!line) continue;
      // Checked again as stored (another process may have written it): a line that fails is left out.
      try {
        const [valid] = cosignaturesOf(cp.body, [line], [w.key]);
        if (valid) lines.push(valid.line);
      } catch {
        continue;
      }
    }
    if (lines.length >= quorumOf(this.options, witnesses.length)) {
      await repo.storeWitnessedCheckpoint(db, { size: cp.size, body: cp.body, logSignature: cp.logSignature, cosignatures: lines });
    }
    return (await repo.readWitnessedCheckpoint(db))?.size ?? null;
  }
}

/** Starts the witnessing loop of a server process; with no witness asked a round is two point queries. */
export function startCosigner(options: CosignerOptions): Cosigner {
  return new Cosigner(options).start();
}
