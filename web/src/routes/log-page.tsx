import { useState } from 'react';
import { api, type LogEntry } from '../api/client.ts';
import { usePageTitle } from '../components/page-title.ts';
import { useApi } from '../components/use-api.ts';
import {
  fromBase64,
  fromHex,
  leafHash,
  parseCheckpoint,
  rootFromInclusion,
  sameBytes,
  toHex,
  verifyCheckpointSignature,
  type Checkpoint,
} from '../components/log-verify.ts';

const PAGE = 50;

interface LogView {
  note: string;
  checkpoint: Checkpoint;
  signature: boolean | 'unsupported';
  entries: LogEntry[];
}

async function loadLog(page: number): Promise<LogView> {
  const [note, key] = await Promise.all([api.checkpoint(), api.logKey()]);
  const checkpoint = parseCheckpoint(note);
  const end = Math.max(0, checkpoint.size - page * PAGE);
  const { entries } = await api.logEntries(Math.max(0, end - PAGE), end);
  return { note, checkpoint, signature: await verifyCheckpointSignature(checkpoint, key), entries: entries.reverse() };
}

type Outcome = { index: number; ok: boolean; message: string };

/** Verifies one entry's inclusion in the checkpoint's tree, in this browser. */
async function verifyEntry(entry: LogEntry, checkpoint: Checkpoint): Promise<Outcome> {
  const leaf = await leafHash(fromBase64(entry.canonical));
  const proof = await api.inclusionProof(entry.index, checkpoint.size);
  const root = await rootFromInclusion(leaf, entry.index, checkpoint.size, proof.path.map(fromHex));
  const ok = root !== null && sameBytes(root, checkpoint.rootHash);
  return {
    index: entry.index,
    ok,
    message: ok
      ? `Entry ${entry.index} is in the signed tree of ${checkpoint.size} entries: its bytes hash, through ${proof.path.length} proof hashes, to the checkpoint's root ${toHex(checkpoint.rootHash).slice(0, 16)}….`
      : `Entry ${entry.index} does NOT verify against the checkpoint's root.`,
  };
}

/** The transparency log: the signed checkpoint, the entries, and a proof check done in the browser. */
export function LogPage() {
  usePageTitle('Log');
  const [page, setPage] = useState(0);
  const log = useApi(() => loadLog(page), page);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <article>
      <h1>Log</h1>
      <p className="lead">
        Every consequential act Concord records is appended to one public transparency log. Its signed checkpoint commits to the whole log:
        anyone can check that an entry is in it and that nothing was rewritten. The checks on this page run in your browser; they trust only
        the checkpoint's signature.
      </p>
      {log.status === 'loading' && <p aria-busy="true">Loading…</p>}
      {log.status === 'error' && <p className="notice">The log is not available: {log.error.message}</p>}
      {log.status === 'ok' && (
        <>
          <h2>Latest checkpoint</h2>
          <pre className="checkpoint">{log.data.note}</pre>
          <p data-testid="signature">
            {log.data.signature === true && '✓ Signature verified in this browser against the published key.'}
            {log.data.signature === false && '✗ The signature does not verify against the published key.'}
            {log.data.signature === 'unsupported' && 'This browser cannot check Ed25519 signatures; use `concord log verify`.'}
          </p>
          {outcome && (
            <p role="status" className={outcome.ok ? 'verdict ok' : 'verdict failed'}>
              {outcome.ok ? '✓ ' : '✗ '}
              {outcome.message}
            </p>
          )}
          <h2>Entries</h2>
          <EntriesTable entries={log.data.entries} checkpoint={log.data.checkpoint} onOutcome={setOutcome} />
          <p>
            <button type="button" className="button secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Newer
            </button>{' '}
            <button
              type="button"
              className="button secondary"
              disabled={(page + 1) * PAGE >= log.data.checkpoint.size}
              onClick={() => setPage(page + 1)}
            >
              Older
            </button>
          </p>
        </>
      )}
    </article>
  );
}

/** A page of entries, newest first, each with a button that checks its inclusion proof here. */
function EntriesTable({
  entries,
  checkpoint,
  onOutcome,
}: {
  entries: LogEntry[];
  checkpoint: Checkpoint;
  onOutcome: (outcome: Outcome) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="log-entries">
        <thead>
          <tr>
            <th className="numeric">#</th>
            <th>Kind</th>
            <th>At</th>
            <th>Actor</th>
            <th>Subject</th>
            <th>Body</th>
            <th>Proof</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.index}>
              <td className="numeric">{e.index}</td>
              <td>{e.entry.kind}</td>
              <td>{e.entry.at.replace('T', ' ').slice(0, 19)}</td>
              <td>{e.entry.actor ?? '—'}</td>
              <td>{e.entry.subject ?? '—'}</td>
              <td>
                <code className="log-body" title={JSON.stringify(e.entry.body)}>
                  {JSON.stringify(e.entry.body)}
                </code>
              </td>
              <td>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() =>
                    void verifyEntry(e, checkpoint).then(onOutcome, (err: Error) =>
                      onOutcome({ index: e.index, ok: false, message: err.message }),
                    )
                  }
                >
                  Verify #{e.index}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
