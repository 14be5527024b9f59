import { createHash, randomBytes } from 'node:crypto';

/** A fresh bearer secret (256 bits) with a recognisable prefix, e.g. `cct_…`. */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** Secrets are stored only as their SHA-256; they are high-entropy, so no salt or stretching is needed. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
