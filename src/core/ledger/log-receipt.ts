/**
 * The log entries a request produced, told back to its client in one response header, so a page
 * can show "logged as entry 42" and link to it whatever the route (a ballot, a ratification, a
 * new account) without each route's body carrying the index.
 *
 * The writer notes each appended index in the request's store (node:async_hooks, so no service
 * has to pass it along); the middleware writes the header only on a successful answer, because
 * a failed request's transaction rolled back and its entries do not exist.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';

/** `Concord-Log-Entries: 42` or `42-81` (one request's appends are contiguous) or `3,7-9`. */
export const LOG_ENTRIES_HEADER = 'Concord-Log-Entries';

const appendedInRequest = new AsyncLocalStorage<number[]>();

/** Called by the writer for the indices it appended; outside a request it does nothing. */
export function noteAppended(indices: number[]): void {
  appendedInRequest.getStore()?.push(...indices);
}

/** Sorted indices as ranges: [3, 7, 8, 9] is `3,7-9`. */
export function formatIndexRanges(indices: number[]): string {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const here = sorted[i]!;
    const next = sorted[i + 1];
    if (next === here + 1) continue;
    ranges.push(start === here ? String(here) : `${start}-${here}`);
    start = next;
  }
  return ranges.join(',');
}

/** Collects the request's appends and names them in {@link LOG_ENTRIES_HEADER} when it succeeds. */
export const logReceipt: MiddlewareHandler = async (c, next) => {
  const appended: number[] = [];
  await appendedInRequest.run(appended, next);
  if (c.res.status < 300 && appended.length > 0) c.header(LOG_ENTRIES_HEADER, formatIndexRanges(appended));
};
