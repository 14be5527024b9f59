/**
 * The log's verifier, the program an outsider runs: it trusts nothing the server computed. It
 * reads the signed checkpoint and every entry from a {@link LogSource}, recomputes the Merkle tree
 * from the entry bytes (RFC 9162 §2.1.1) and checks the root against the checkpoint, the
 * checkpoint's signature against a pinned key (C2SP signed-note), the witnesses' cosignatures
 * against the quorum the client requires (C2SP tlog-cosignature; witness-quorum.ts), and the
 * history against the last checkpoint it saw (RFC 9162 §2.1.4). It imports only the pure ledger
 * code (hasher, tree, proof, checkpoint, cosignature), never the storage.
 */
import fs from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { verifyNote } from '../checkpoint.ts';
import { leafHash } from '../hasher.ts';
import { verifyConsistency } from '../proof.ts';
import { MerkleTree } from '../tree.ts';
import { checkQuorum, describeCosigners, witnessQuorum, type WitnessQuorum } from './witness-quorum.ts';

/** Where `verifyLog` reads a log from: a server's public API, or the local database. */
export interface LogSource {
  /** Identifies the log in the state file (its URL, or the local database). */
  id: string;
  // Plain functions, not methods: they use no `this`, so a wrapper may take them off the source.
  verifierKey: () => Promise<string>;
  checkpoint: () => Promise<string>;
  /** Entries [start, end) as their exact leaf bytes; at most 1000 a call. */
  entries: (start: number, end: number) => Promise<{ index: number; bytes: Buffer }[]>;
  /** The server's consistency proof, when the source can give one. */
  consistency?: (from: number, to: number) => Promise<{ path: string[]; fromRoot: string; toRoot: string }>;
}

/** What `verifyLog` remembers of a log between runs. */
interface Seen {
  verifierKey: string;
  size: number;
  rootHash: string;
  checkedAt: string;
}

/** What the caller trusts: the log's key, and the witnesses whose quorum it requires. */
export interface VerifyOptions {
  /** The log's verifier key (default: pinned on first use). */
  pinnedKey?: string;
  /** The witnesses' vkeys and how many of them must have cosigned ({@link witnessQuorum}). */
  witnesses?: WitnessQuorum;
}

export interface Verdict {
  ok: boolean;
  message: string;
  size?: number;
  rootHash?: string;
  /** The names of the listed witnesses that cosigned the checked checkpoint. */
  cosigners?: string[];
}

const fail = (message: string): Verdict => ({ ok: false, message: `log verification FAILED: ${message}` });

function readState(file: string): Record<string, Seen> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Seen>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
}

/**
 * Recomputes the whole tree from the log's entries and checks it against the
 * signed checkpoint, and against the last checkpoint seen (kept in
 * `stateFile`): the first run pins the verifier key (or takes `pinnedKey`);
 * later runs refuse a changed key and a history that was rewritten. With
 * `witnesses`, the checkpoint must also carry the quorum's cosignatures.
 * (A string third argument is the pinned key, as before witnesses.)
 */
export async function verifyLog(source: LogSource, stateFile: string, options: VerifyOptions | string = {}): Promise<Verdict> {
  const { pinnedKey, witnesses = witnessQuorum() } = typeof options === 'string' ? { pinnedKey: options } : options;
  const state = readState(stateFile);
  const previous = state[source.id];
  const key = pinnedKey ?? previous?.verifierKey ?? (await source.verifierKey());
  if (previous && previous.verifierKey !== key) return fail('the verifier key differs from the one pinned earlier');
  let checkpoint;
  const note = await source.checkpoint();
  try {
    checkpoint = verifyNote(note, key);
  } catch (err) {
    return fail(`checkpoint: ${(err as Error).message}`);
  }
  // Before fetching any entry: a checkpoint the witnesses did not vouch for is not worth checking.
  const quorum = checkQuorum(note, checkpoint.size, witnesses);
  if (!quorum.ok) return fail(quorum.reason);
  const tree = new MerkleTree();
  for (let start = 0; start < checkpoint.size; start += 1000) {
    const page = await source.entries(start, Math.min(start + 1000, checkpoint.size));
    for (const { index, bytes } of page) {
      if (index !== tree.size) return fail(`entry ${tree.size} is missing (got ${index})`);
      const text = bytes.toString('utf8');
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return fail(`entry ${index} is not JSON`);
      }
      const { kind, at, actor, subject, body } = parsed;
      if (canonicalize({ kind, at, actor, subject, body }) !== text)
        return fail(`entry ${index} is not canonical JSON of {kind, at, actor, subject, body}`);
      tree.append(leafHash(bytes));
    }
    if (page.length === 0) break;
  }
  if (tree.size !== checkpoint.size) return fail(`the checkpoint states ${checkpoint.size} entries but ${tree.size} were served`);
  const root = tree.root();
  if (!root.equals(checkpoint.rootHash))
    return fail(`the entries hash to ${root.toString('hex')}, the checkpoint states ${checkpoint.rootHash.toString('hex')}`);
  let history = 'first check of this log; key pinned';
  if (previous) {
    if (previous.size > tree.size) return fail(`the log shrank from ${previous.size} to ${tree.size} entries`);
    if (tree.root(previous.size).toString('hex') !== previous.rootHash) {
      return fail(`the first ${previous.size} entries no longer hash to the root seen on ${previous.checkedAt}`);
    }
    if (source.consistency && previous.size > 0) {
      const proof = await source.consistency(previous.size, tree.size);
      const hex = (h: string) => Buffer.from(h, 'hex');
      if (!verifyConsistency(previous.size, tree.size, proof.path.map(hex), hex(previous.rootHash), root)) {
        return fail(`the server's consistency proof from ${previous.size} to ${tree.size} does not verify`);
      }
    }
    history = `consistent with the checkpoint of ${previous.size} entries seen ${previous.checkedAt}`;
  }
  state[source.id] = { verifierKey: key, size: tree.size, rootHash: root.toString('hex'), checkedAt: new Date().toISOString() };
  fs.mkdirSync(path.dirname(stateFile), { recursive: true });
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
  const cosigned = witnesses.keys.length ? `, ${describeCosigners(quorum.cosigners, witnesses)}` : '';
  return {
    ok: true,
    size: tree.size,
    rootHash: root.toString('hex'),
    cosigners: quorum.cosigners.map((c) => c.name),
    message: `log verified: ${tree.size} entries, root ${root.toString('hex').slice(0, 16)}…, checkpoint signed by ${checkpoint.origin}${cosigned}; ${history}`,
  };
}
