import './log-page.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type LogEntry } from '../api/client.ts';
import { usePageTitle } from '../components/page-title.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
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
import { useErrorText } from '../i18n/errors.ts';
import { formatDateTime, formatInteger } from '../i18n/format.ts';

const PAGE = 50;

interface LogView {
  /** The page shown (0 = newest entries). */
  page: number;
  note: string;
  checkpoint: Checkpoint;
  signature: boolean | 'unsupported';
  entries: LogEntry[];
}

/** The page (newest first) that holds entry `index` in a log of `size` entries; the newest page when it holds no such entry. */
function pageOfEntry(index: number, size: number): number {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) return 0;
  return Math.floor((size - 1 - index) / PAGE);
}

/** Loads one page of entries: the page asked for, or else the one that holds `entry`. */
async function loadLog(asked: number | null, entry: number | null): Promise<LogView> {
  const [note, key] = await Promise.all([api.checkpoint(), api.logKey()]);
  const checkpoint = parseCheckpoint(note);
  const page = asked ?? (entry === null ? 0 : pageOfEntry(entry, checkpoint.size));
  const end = Math.max(0, checkpoint.size - page * PAGE);
  const { entries } = await api.logEntries(Math.max(0, end - PAGE), end);
  return { page, note, checkpoint, signature: await verifyCheckpointSignature(checkpoint, key), entries: entries.reverse() };
}

/**
 * A proof check's result, as facts: the page words it in the language shown at the time (and again
 * after a switch), so nothing here is text.
 */
type Outcome = { index: number; ok: true; size: number; hashes: number; root: string } | { index: number; ok: false; error?: unknown };

/** Verifies one entry's inclusion in the checkpoint's tree, in this browser. */
async function verifyEntry(entry: LogEntry, checkpoint: Checkpoint): Promise<Outcome> {
  const leaf = await leafHash(fromBase64(entry.canonical));
  const proof = await api.inclusionProof(entry.index, checkpoint.size);
  const root = await rootFromInclusion(leaf, entry.index, checkpoint.size, proof.path.map(fromHex));
  if (root === null || !sameBytes(root, checkpoint.rootHash)) return { index: entry.index, ok: false };
  return { index: entry.index, ok: true, size: checkpoint.size, hashes: proof.path.length, root: toHex(checkpoint.rootHash).slice(0, 16) };
}

/** The sentence that reports a proof check. */
function OutcomeText({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const index = formatInteger(outcome.index);
  if (outcome.ok)
    return t('log.verified', {
      index,
      count: outcome.size,
      size: formatInteger(outcome.size),
      hashes: formatInteger(outcome.hashes),
      root: outcome.root,
    });
  if (outcome.error !== undefined) return t('log.verifyError', { index, error: errorText(outcome.error) });
  return t('log.notVerified', { index });
}

/** The transparency log: the signed checkpoint, the entries, and a proof check done in the browser. */
export function LogPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  usePageTitle(t('log.title'));
  // `/log?entry=N` (a form's log receipt) opens the page that holds entry N, that row marked and focused.
  const [searchParams] = useSearchParams();
  const entryParam = searchParams.get('entry');
  const entry = entryParam !== null && /^\d+$/.test(entryParam) ? Number(entryParam) : null;
  // The page turned to with Newer/Older, for the entry it was turned from (a new `entry` starts over).
  const [turned, setTurned] = useState<{ entry: number | null; page: number } | null>(null);
  const asked = turned && turned.entry === entry ? turned.page : null;
  const log = useApi(() => loadLog(asked, entry), `${asked ?? ''}/${entry ?? ''}`);
  const page = log.status === 'ok' ? log.data.page : (asked ?? 0);
  const setPage = (to: number) => setTurned({ entry, page: to });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <article>
      <h1>{t('log.title')}</h1>
      <p className="lead">{t('log.lead')}</p>
      {log.status === 'loading' && <p aria-busy="true">{t('load.loading')}</p>}
      {log.status === 'error' && <p className="notice">{t('log.unavailable', { error: errorText(log.error) })}</p>}
      {log.status === 'ok' && (
        <>
          <h2>{t('log.checkpoint')}</h2>
          {/*
           * The signed note is bytes the signature covers: it stays as written, left to right. On a
           * phone it scrolls sideways, so it takes the keyboard's focus to be scrolled without a mouse.
           */}
          <pre className="checkpoint" dir="ltr" tabIndex={0}>
            {log.data.note}
          </pre>
          <p data-testid="signature">
            {log.data.signature === true && `✓ ${t('log.signature.verified')}`}
            {log.data.signature === false && `✗ ${t('log.signature.failed')}`}
            {log.data.signature === 'unsupported' && t('log.signature.unsupported', { command: 'concord log verify' })}
          </p>
          {outcome && (
            <p role="status" className={outcome.ok ? 'verdict ok' : 'verdict failed'}>
              {outcome.ok ? '✓ ' : '✗ '}
              <OutcomeText outcome={outcome} />
            </p>
          )}
          <h2>{t('log.entries')}</h2>
          <EntriesTable entries={log.data.entries} checkpoint={log.data.checkpoint} current={entry} onOutcome={setOutcome} />
          <p>
            <button type="button" className="button secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('log.newer')}
            </button>{' '}
            <button
              type="button"
              className="button secondary"
              disabled={(page + 1) * PAGE >= log.data.checkpoint.size}
              onClick={() => setPage(page + 1)}
            >
              {t('log.older')}
            </button>
          </p>
        </>
      )}
    </article>
  );
}

/**
 * A page of entries, newest first, each with a button that checks its inclusion proof here. The
 * `current` entry's row (the one a link named) is marked, scrolled into view and focused.
 */
function EntriesTable({
  entries,
  checkpoint,
  current,
  onOutcome,
}: {
  entries: LogEntry[];
  checkpoint: Checkpoint;
  current: number | null;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation();
  const currentRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    const row = currentRow.current;
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
  }, [entries, current]);
  return (
    <ScrollRegion label={t('log.entries')}>
      <table className="log-entries">
        <thead>
          <tr>
            <th className="numeric">#</th>
            <th>{t('log.columns.kind')}</th>
            <th>{t('log.columns.at')}</th>
            <th>{t('log.columns.actor')}</th>
            <th>{t('log.columns.subject')}</th>
            <th>{t('log.columns.body')}</th>
            <th>{t('log.columns.proof')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <EntryRow
              key={e.index}
              entry={e}
              checkpoint={checkpoint}
              rowRef={e.index === current ? currentRow : undefined}
              onOutcome={onOutcome}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** One entry's row; the current one (`rowRef` given) is marked and may take the focus. */
function EntryRow({
  entry: e,
  checkpoint,
  rowRef,
  onOutcome,
}: {
  entry: LogEntry;
  checkpoint: Checkpoint;
  rowRef: RefObject<HTMLTableRowElement | null> | undefined;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation();
  const marked = rowRef
    ? { ref: rowRef, 'aria-current': 'true' as const, className: 'log-entry-current', tabIndex: -1, 'data-testid': 'current-entry' }
    : {};
  return (
    <tr {...marked}>
      <td className="numeric">{formatInteger(e.index)}</td>
      {/*
       * The kind, actor, subject and body are the entry's own data (identifiers and JSON), not
       * text in any language: `zxx` says so to screen readers and translators; `ltr` keeps them
       * legible in an Arabic page, while the cell itself stays aligned with the page.
       */}
      <td>
        <span lang="zxx" dir="ltr">
          {e.entry.kind}
        </span>
      </td>
      <td>
        <time dateTime={e.entry.at}>{formatDateTime(e.entry.at)}</time>
      </td>
      <td>
        <span lang="zxx" dir="ltr">
          {e.entry.actor ?? '—'}
        </span>
      </td>
      <td>
        <span lang="zxx" dir="ltr">
          {e.entry.subject ?? '—'}
        </span>
      </td>
      <td>
        <code lang="zxx" dir="ltr" className="log-body" title={JSON.stringify(e.entry.body)}>
          {JSON.stringify(e.entry.body)}
        </code>
      </td>
      <td>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            void verifyEntry(e, checkpoint).then(onOutcome, (err: unknown) => onOutcome({ index: e.index, ok: false, error: err }))
          }
        >
          {t('log.verify', { index: formatInteger(e.index) })}
        </button>
      </td>
    </tr>
  );
}
