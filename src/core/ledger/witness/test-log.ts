/**
 * For the witness's tests: a real log in memory (a MerkleTree of distinct leaves, checkpoints
 * signed with a fresh Ed25519 key as Concord's log signs them) and the add-checkpoint request
 * body a log would send. No shortcuts: the proofs are RFC 9162 proofs of that tree.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { formatCheckpoint, parseVerifierKey, signNote, verifierKey, type VerifierKey } from '../checkpoint.ts';
import { consistencyProof } from '../proof.ts';
import { MerkleTree } from '../tree.ts';

export interface TestLog {
  origin: string;
  key: VerifierKey;
  vkey: string;
  tree: MerkleTree;
  /** Appends `count` leaves whose data starts with `tag` (two tags give two different histories). */
  grow(count: number, tag?: string): void;
  /** The signed checkpoint note at `size` (default: the whole tree). */
  checkpoint(size?: number): { note: string; body: string };
  /** Signs any note text with the log's key, as a misbehaving log could. */
  sign(text: string): string;
  /** The add-checkpoint body from `oldSize` to `size`, with a real consistency proof. */
  request(oldSize: number, size?: number): string;
}

/** A log named `origin` with a fresh key (or `privateKey`: two logs with one key make a fork). */
export function testLog(origin = 'concord.example/log', privateKey?: KeyObject): TestLog {
  const secret = privateKey ?? generateKeyPairSync('ed25519').privateKey;
  const vkey = verifierKey(origin, secret);
  const tree = new MerkleTree();
  const log: TestLog = {
    origin,
    key: parseVerifierKey(vkey),
    vkey,
    tree,
    grow(count, tag = 'main') {
      for (let i = 0; i < count; i++) tree.appendData(Buffer.from(`${tag} leaf ${tree.size}`));
    },
    checkpoint(size = tree.size) {
      const body = formatCheckpoint({ origin, size, rootHash: tree.root(size) });
      return { note: signNote(body, origin, secret), body };
    },
    sign: (text) => signNote(text, origin, secret),
    request(oldSize, size = tree.size) {
      return addCheckpointBody(oldSize, consistencyProof(oldSize, size, tree), log.checkpoint(size).note);
    },
  };
  return log;
}

/** The C2SP tlog-witness add-checkpoint body: old size line, proof lines, empty line, note. */
export function addCheckpointBody(oldSize: number, proof: readonly Uint8Array[], note: string): string {
  return `old ${oldSize}\n${proof.map((h) => `${Buffer.from(h).toString('base64')}\n`).join('')}\n${note}`;
}
