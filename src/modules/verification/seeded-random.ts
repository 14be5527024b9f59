import { createHash, type Hash } from 'node:crypto';

const TWO_POW_53 = 2 ** 53;
const TWO_POW_32 = 2 ** 32;

/**
 * A deterministic random stream anyone can reproduce from its seed (no Math.random).
 *
 * Construction (a counter-mode PRF, in the manner of NIST SP 800-90A's HMAC_DRBG without reseeding):
 * - block j = HMAC-SHA256(key = seed bytes, message = j as an 8-byte big-endian unsigned integer), j = 0, 1, 2, …
 * - each block holds four 8-byte big-endian unsigned words w₀…w₃, consumed in that order;
 * - {@link next} maps a word w to (⌊w / 2¹¹⌋ + 1) / 2⁵³, a double in (0, 1] computed exactly.
 * - {@link bytes} takes whole fresh blocks (it discards the unread words of the current block).
 *
 * Challenge sampling seeds it with the hex-decoded ledger root; the simulator with SHA-256 of a label.
 */
export class SeededRandom {
  // HMAC (RFC 2104) with the keyed inner and outer hash states prepared once and copied per block.
  private readonly inner: Hash;
  private readonly outer: Hash;
  private counter = 0;
  private block: Buffer = Buffer.alloc(32);
  private word = 4;

  constructor(seed: Uint8Array) {
    if (seed.length === 0) throw new RangeError('seed must not be empty');
    const key = Buffer.alloc(64);
    (seed.length > 64 ? createHash('sha256').update(seed).digest() : Buffer.from(seed)).copy(key);
    this.inner = createHash('sha256').update(key.map((b) => b ^ 0x36));
    this.outer = createHash('sha256').update(key.map((b) => b ^ 0x5c));
  }

  /** Seeds from hex (e.g. a ledger root hash). */
  static fromHex(seedHex: string): SeededRandom {
    if (!/^(?:[0-9a-fA-F]{2})+$/.test(seedHex)) throw new RangeError('seed must be non-empty hex of whole bytes');
    return new SeededRandom(Buffer.from(seedHex, 'hex'));
  }

  /** Seeds with SHA-256 of the UTF-8 label, for seeds given as free text or numbers. */
  static fromLabel(label: string): SeededRandom {
    return new SeededRandom(createHash('sha256').update(label, 'utf8').digest());
  }

  private nextBlock(): Buffer {
    const message = Buffer.alloc(8);
    message.writeUInt32BE(Math.floor(this.counter / TWO_POW_32), 0);
    message.writeUInt32BE(this.counter % TWO_POW_32, 4);
    this.counter += 1;
    const innerDigest = this.inner.copy().update(message).digest();
    return this.outer.copy().update(innerDigest).digest();
  }

  /** The next value in (0, 1]: (top 53 bits of the next word + 1) / 2⁵³. */
  next(): number {
    if (this.word === 4) {
      this.block = this.nextBlock();
      this.word = 0;
    }
    const offset = this.word * 8;
    this.word += 1;
    const hi = this.block.readUInt32BE(offset);
    const lo = this.block.readUInt32BE(offset + 4);
    // ⌊w / 2¹¹⌋ = hi·2²¹ + ⌊lo / 2¹¹⌋, below 2⁵³ so exact in a double.
    return (hi * 2 ** 21 + (lo >>> 11) + 1) / TWO_POW_53;
  }

  /** A uniform double in [0, 1) (that is 1 − next()). */
  float(): number {
    return 1 - this.next();
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!; // float() < 1: the index is below items.length
  }

  /** Standard normal by Box–Muller (uses two values). */
  normal(mean = 0, sd = 1): number {
    const r = Math.sqrt(-2 * Math.log(this.next()));
    return mean + sd * r * Math.cos(2 * Math.PI * this.float());
  }

  /** Poisson-distributed count (Knuth's product method; fine for the small means used here). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = this.next();
    while (product > limit) {
      k += 1;
      product *= this.next();
    }
    return k;
  }

  /** n bytes from whole fresh blocks. */
  bytes(n: number): Buffer {
    const chunks: Buffer[] = [];
    for (let have = 0; have < n; have += 32) chunks.push(this.nextBlock());
    this.word = 4;
    return Buffer.concat(chunks).subarray(0, n);
  }
}
