import type { Db } from '../db/client.ts';
import { getCheckpoint, getVerifierKey, readEntries } from './log-reader.ts';
import type { LogSource } from './client/verify-log.ts';

/**
 * Reads the log straight from a database, for `concord log verify` on the server's own machine.
 * It lives with the storage, not in client/: it adapts the storage to the client's
 * {@link LogSource}, so the client never imports the storage. The checkpoint is signed over the
 * stored tree (its tiles), while `verifyLog` recomputes the tree from the
 * stored entries, so an edited entry shows as a root mismatch. `checkpoint` replaces the newest
 * checkpoint with another one, e.g. the witnessed one the server serves (`servedCheckpoint`).
 */
export function localLogSource(db: Db, id: string, checkpoint?: () => Promise<string>): LogSource {
  return {
    id,
    verifierKey: () => getVerifierKey(db),
    checkpoint: checkpoint ?? (async () => (await getCheckpoint(db)).text),
    entries: async (start, end) =>
      (await readEntries(db, start, end)).map((row) => ({ index: row.index, bytes: Buffer.from(row.canonical, 'utf8') })),
  };
}
