import { useEffect, useEffectEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';

/** The state of one request: loading, its data, or its error. */
export type Loaded<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

const LOADING = { status: 'loading' } as const;

/** The outcome of the latest request that settled, and the `key` it was made for. */
interface Settled<T> {
  key: unknown;
  outcome: Exclude<Loaded<T>, { status: 'loading' }>;
}

/**
 * Runs `load` on mount and when `key` changes, and returns the outcome of the latest request
 * that settled (null before the first); a result that arrives after unmount or after `key`
 * changed again is dropped.
 */
function useSettled<T>(load: () => Promise<T>, key: unknown): Settled<T> | null {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  // `load` is usually an inline arrow: the effect calls the latest one, and `key` says when.
  const run = useEffectEvent(load);
  useEffect(() => {
    let live = true;
    run().then(
      (data) => live && setSettled({ key, outcome: { status: 'ok', data } }),
      (error: unknown) =>
        live &&
        setSettled({
          key,
          // A failure that is not the server's (a bug in this page) is shown as errors:unexpected.
          outcome: { status: 'error', error: error instanceof ApiError ? error : new ApiError('unexpected', String(error), 0) },
        }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return settled;
}

/**
 * Runs `load` on mount (and when `key` changes) and tracks its outcome: loading until the
 * request for the current `key` settles; a result that arrives after unmount is dropped.
 */
export function useApi<T>(load: () => Promise<T>, key: unknown = null): Loaded<T> {
  const settled = useSettled(load, key);
  return settled !== null && Object.is(settled.key, key) ? settled.outcome : LOADING;
}

/**
 * Like useApi, but while a reload is in flight it keeps showing the last outcome it had, so
 * forms and receipts below it are not unmounted by a refresh.
 */
export function useKeptApi<T>(load: () => Promise<T>, key: unknown): Loaded<T> {
  return useSettled(load, key)?.outcome ?? LOADING;
}
