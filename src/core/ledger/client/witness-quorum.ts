/**
 * The client's witness rule (issue 15, C2SP tlog-witness "Clients require the quorum"): a
 * checkpoint is trusted only when at least K of the witnesses the client lists have cosigned it
 * (cosignature/v1, C2SP tlog-cosignature). A log that shows two histories cannot get both
 * cosigned by the same honest witness, so a client requiring a quorum of them is never shown a
 * fork that fewer than K of them took part in.
 *
 * Pure: no I/O. Imports only the pure ledger files.
 */
import { cosignaturesOf, parseCosignerKey, splitNote, type Cosignature, type CosignerKey } from '../cosignature.ts';

/** The witnesses a client lists and how many of them must have cosigned. */
export interface WitnessQuorum {
  /** Distinct listed witnesses (a vkey given twice counts once). */
  keys: CosignerKey[];
  /** K: 0 when no witness is listed (nothing is required). */
  quorum: number;
}

/** The outcome of the rule on one checkpoint. */
export type QuorumVerdict = { ok: true; cosigners: Cosignature[] } | { ok: false; reason: string };

/**
 * Reads a client's witness options: the vkeys (each a cosignature/v1 key, type 0x04) and K,
 * which defaults to all listed witnesses. Throws a RangeError, its message one line for the user,
 * for a vkey that does not parse and for a K without witnesses or outside 1 … the number listed.
 */
export function witnessQuorum(vkeys: readonly string[] = [], quorum?: number): WitnessQuorum {
  const keys: CosignerKey[] = [];
  for (const vkey of vkeys) {
    let key: CosignerKey;
    try {
      key = parseCosignerKey(vkey.trim());
    } catch (err) {
      throw new RangeError(`witness key ${JSON.stringify(vkey)}: ${(err as Error).message}`, { cause: err });
    }
    if (!keys.some((k) => k.vkey === key.vkey)) keys.push(key);
  }
  if (quorum === undefined) return { keys, quorum: keys.length };
  if (keys.length === 0) throw new RangeError('a quorum needs the witnesses it counts (--witness VKEY, one or more)');
  if (!Number.isSafeInteger(quorum) || quorum < 1 || quorum > keys.length) {
    throw new RangeError(`the quorum must be a whole number from 1 to ${keys.length} (the distinct listed witnesses), not ${quorum}`);
  }
  return { keys, quorum };
}

/**
 * Applies the rule to a signed checkpoint note whose log signature the caller has verified:
 * counts the distinct listed witnesses whose cosignature on exactly this checkpoint verifies.
 * A cosignature line by a listed witness that does not verify is a failure of its own (someone
 * tampered with it, or copied it from another checkpoint), not merely a missing vote; lines by
 * keys not listed (the log's own signature among them) are ignored, as C2SP requires.
 */
export function checkQuorum(note: string, size: number, rule: WitnessQuorum): QuorumVerdict {
  if (rule.keys.length === 0) return { ok: true, cosigners: [] };
  let cosigners: Cosignature[];
  try {
    const { body, signatures } = splitNote(note);
    cosigners = cosignaturesOf(body, signatures, rule.keys);
  } catch (err) {
    return { ok: false, reason: `checkpoint ${size}: ${(err as Error).message}` };
  }
  if (cosigners.length < rule.quorum) {
    const of = `${cosigners.length} of the ${rule.keys.length} listed witness${rule.keys.length === 1 ? '' : 'es'}`;
    const by = cosigners.length ? ` (${cosigners.map((c) => c.name).join(', ')})` : '';
    return { ok: false, reason: `checkpoint ${size} is cosigned by ${of}${by}; ${rule.quorum} required` };
  }
  return { ok: true, cosigners };
}

/** "cosigned by 2 of 3 listed witnesses (a, b; 2 required)", for a success line. */
export function describeCosigners(cosigners: readonly Cosignature[], rule: WitnessQuorum): string {
  const names = cosigners.map((c) => c.name).join(', ');
  return `cosigned by ${cosigners.length} of ${rule.keys.length} listed witness${rule.keys.length === 1 ? '' : 'es'} (${names}; ${rule.quorum} required)`;
}
