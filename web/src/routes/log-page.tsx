import './log-page.css';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, data, http, type LogEntry } from '../api/client.ts';
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
import { logRefHref } from './log-links.ts';
import { WitnessesSection } from './log-witnesses.tsx';

const PAGE = 50;

/** What the entries are narrowed to (`?kind=…&subject=…`): exact values, either may be absent. */
interface Filter {
  kind?: string | undefined;
  subject?: string | undefined;
}

interface LogView {
  /** The page shown (0 = newest entries). */
  page: number;
  note: string;
  checkpoint: Checkpoint;
  signature: boolean | 'unsupported';
  entries: LogEntry[];
  /** Whether older entries (matching the filter) remain. */
  older: boolean;
}

/** Where the reader stands: a page number when unfiltered; with a filter, the `end` of each page turned past. */
interface Position {
  page: number | null;
  cursors: number[];
}

/** The page (newest first) that holds entry `index` in a log of `size` entries; the newest page when it holds no such entry. */
function pageOfEntry(index: number, size: number): number {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) return 0;
  return Math.floor((size - 1 - index) / PAGE);
}

/** The newest page of entries matching `filter` below `end`, and whether there are older ones. */
async function filteredEntries(filter: Filter, end: number) {
  const query = { start: '0', end: String(end), ...filter, order: 'desc' as const, limit: String(PAGE + 1) };
  const { entries } = await data(http.GET('/api/log/entries', { params: { query } }));
  return { entries: entries.slice(0, PAGE), older: entries.length > PAGE };
}

/** Loads one page of entries: the page asked for, or else the one that holds `entry`; with a filter, the page below the last cursor. */
async function loadLog(at: Position, entry: number | null, filter: Filter): Promise<LogView> {
  const [note, key] = await Promise.all([api.checkpoint(), api.logKey()]);
  const checkpoint = parseCheckpoint(note);
  const signature = await verifyCheckpointSignature(checkpoint, key);
  if (filter.kind !== undefined || filter.subject !== undefined) {
    const end = Math.min(at.cursors.at(-1) ?? checkpoint.size, checkpoint.size);
    return { page: at.cursors.length, note, checkpoint, signature, ...(await filteredEntries(filter, end)) };
  }
  const page = at.page ?? (entry === null ? 0 : pageOfEntry(entry, checkpoint.size));
  const end = Math.max(0, checkpoint.size - page * PAGE);
  const { entries } = await api.logEntries(Math.max(0, end - PAGE), end);
  return { page, note, checkpoint, signature, entries: entries.reverse(), older: (page + 1) * PAGE < checkpoint.size };
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

/** The filter in the address: `?kind=…&subject=…`. */
function useFilter(): [Filter, (next: Filter) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = searchParams.get('kind') || undefined;
  const subject = searchParams.get('subject') || undefined;
  const set = (next: Filter) => {
    const params = new URLSearchParams();
    if (next.kind) params.set('kind', next.kind);
    if (next.subject) params.set('subject', next.subject);
    setSearchParams(params);
  };
  return [{ kind, subject }, set];
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
  const [filter, setFilter] = useFilter();
  const filtered = filter.kind !== undefined || filter.subject !== undefined;
  // The page turned to with Newer/Older, for the entry and filter it was turned from (a new one starts over).
  const from = `${entry ?? ''}\n${filter.kind ?? ''}\n${filter.subject ?? ''}`;
  const [turned, setTurned] = useState<(Position & { from: string }) | null>(null);
  const at: Position = turned && turned.from === from ? turned : { page: null, cursors: [] };
  const log = useApi(() => loadLog(at, entry, filter), `${from}\n${at.page ?? ''}\n${at.cursors.join(',')}`);
  const page = log.status === 'ok' ? log.data.page : (at.page ?? at.cursors.length);
  const newer = () => setTurned({ from, page: page - 1, cursors: at.cursors.slice(0, -1) });
  const older = () => {
    if (log.status !== 'ok') return;
    setTurned({ from, page: page + 1, cursors: filtered ? [...at.cursors, log.data.entries.at(-1)?.index ?? 0] : [] });
  };
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
          <WitnessesSection checkpoint={log.data.checkpoint} note={log.data.note} />
          <h2>{t('log.entries')}</h2>
          <FilterForm key={from} filter={filter} onFilter={setFilter} kinds={log.data.entries.map((e) => e.entry.kind)} />
          {log.data.entries.length === 0 ? (
            <p>{filtered ? t('log.filter.none') : t('log.empty')}</p>
          ) : (
            <EntriesTable entries={log.data.entries} checkpoint={log.data.checkpoint} current={filtered ? null : entry} />
          )}
          <p className="log-pages">
            <button type="button" className="button secondary" disabled={page === 0} onClick={newer}>
              {t('log.newer')}
            </button>
            <button type="button" className="button secondary" disabled={!log.data.older} onClick={older}>
              {t('log.older')}
            </button>
          </p>
        </>
      )}
    </article>
  );
}

/** Narrows the entries to one kind and/or one subject (each exact), through the address; keyed by it, so it starts from it. */
function FilterForm({ filter, onFilter, kinds }: { filter: Filter; onFilter: (next: Filter) => void; kinds: string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState(filter.kind ?? '');
  const [subject, setSubject] = useState(filter.subject ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onFilter({ kind: kind.trim() || undefined, subject: subject.trim() || undefined });
  };
  return (
    <form className="log-filter" role="search" aria-label={t('log.filter.label')} onSubmit={submit}>
      <label>
        {t('log.filter.kind')}
        <input value={kind} onChange={(e) => setKind(e.target.value)} list={`${id}-kinds`} dir="ltr" spellCheck={false} />
      </label>
      <datalist id={`${id}-kinds`}>
        {[...new Set(kinds)].sort().map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <label>
        {t('log.filter.subject')}
        <input value={subject} onChange={(e) => setSubject(e.target.value)} dir="ltr" spellCheck={false} aria-describedby={`${id}-hint`} />
      </label>
      <span id={`${id}-hint`} className="log-filter-hint">
        {t('log.filter.hint')}
      </span>
      <span className="log-filter-actions">
        <button type="submit" className="button">
          {t('log.filter.apply')}
        </button>
        {(filter.kind !== undefined || filter.subject !== undefined) && (
          <button type="button" className="button secondary" onClick={() => onFilter({})}>
            {t('log.filter.clear')}
          </button>
        )}
      </span>
    </form>
  );
}

/**
 * A page of entries, newest first, each with a button that checks its inclusion proof here and
 * shows the result in its own row. The `current` entry's row (the one a link named) is marked,
 * scrolled into view and focused. The proof is the second column, so that on a phone it is on
 * screen without scrolling the table sideways.
 */
function EntriesTable({ entries, checkpoint, current }: { entries: LogEntry[]; checkpoint: Checkpoint; current: number | null }) {
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
            <th>{t('log.columns.proof')}</th>
            <th>{t('log.columns.kind')}</th>
            <th>{t('log.columns.at')}</th>
            <th>{t('log.columns.actor')}</th>
            <th>{t('log.columns.subject')}</th>
            <th>{t('log.columns.body')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <EntryRow key={e.index} entry={e} checkpoint={checkpoint} rowRef={e.index === current ? currentRow : undefined} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A subject or actor: a link to the page about it when there is one, else the reference as it is. */
function LogRef({ value, body }: { value: string | null; body: unknown }) {
  if (value === null) return '—';
  const href = logRefHref(value, body);
  // The reference is the entry's own data, not text in any language: `zxx`, left to right.
  return href ? (
    <Link to={href} lang="zxx" dir="ltr">
      {value}
    </Link>
  ) : (
    <span lang="zxx" dir="ltr">
      {value}
    </span>
  );
}

/** One entry's row; the current one (`rowRef` given) is marked and may take the focus. */
function EntryRow({
  entry: e,
  checkpoint,
  rowRef,
}: {
  entry: LogEntry;
  checkpoint: Checkpoint;
  rowRef: RefObject<HTMLTableRowElement | null> | undefined;
}) {
  const { t } = useTranslation();
  const resultId = useId();
  const [outcome, setOutcome] = useState<Outcome | 'checking' | null>(null);
  const verify = () => {
    setOutcome('checking');
    void verifyEntry(e, checkpoint).then(setOutcome, (err: unknown) => setOutcome({ index: e.index, ok: false, error: err }));
  };
  const marked = rowRef
    ? { ref: rowRef, 'aria-current': 'true' as const, className: 'log-entry-current', tabIndex: -1, 'data-testid': 'current-entry' }
    : {};
  return (
    <tr {...marked}>
      <td className="numeric">{formatInteger(e.index)}</td>
      <td className="log-proof">
        <button type="button" className="button secondary" onClick={verify} aria-describedby={resultId} disabled={outcome === 'checking'}>
          {t('log.verify', { index: formatInteger(e.index) })}
        </button>
        {/* The result is announced where it was asked for, and stays in this row. */}
        <p
          id={resultId}
          role="status"
          className={outcome === null || outcome === 'checking' ? 'verdict' : `verdict ${outcome.ok ? 'ok' : 'failed'}`}
        >
          {outcome === 'checking' && t('log.checking')}
          {outcome !== null && outcome !== 'checking' && (
            <>
              {outcome.ok ? '✓ ' : '✗ '}
              <OutcomeText outcome={outcome} />
            </>
          )}
        </p>
      </td>
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
        <LogRef value={e.entry.actor} body={e.entry.body} />
      </td>
      <td>
        <LogRef value={e.entry.subject} body={e.entry.body} />
      </td>
      <td className="log-body-cell">
        <details className="log-body">
          <summary>
            <span className="visually-hidden">{t('log.body', { index: formatInteger(e.index) })}</span>
            <code lang="zxx" dir="ltr" aria-hidden="true">
              {JSON.stringify(e.entry.body)}
            </code>
          </summary>
          <pre lang="zxx" dir="ltr">
            {JSON.stringify(e.entry.body, null, 2)}
          </pre>
        </details>
      </td>
    </tr>
  );
}
