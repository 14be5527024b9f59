import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';

/** The state of one request: loading, its data, or its error. */
export type Loaded<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

/**
 * Runs `load` on mount (and when `key` changes) and tracks its outcome;
 * a result that arrives after unmount is dropped.
 */
export function useApi<T>(load: () => Promise<T>, key: unknown = null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'ok', data }),
      (error: unknown) =>
        live && setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('client_error', String(error), 0) }),
    );
    return () => {
      live = false;
    };
    // `load` is usually an inline arrow; `key` says when to reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
