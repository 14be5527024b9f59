import { useRef } from 'react';
import { useApi, type Loaded } from '../../components/use-api.ts';

/**
 * Like useApi, but while a reload is in flight it keeps showing the last data
 * it had, so forms and receipts below it are not unmounted by a refresh.
 */
export function useKeptApi<T>(load: () => Promise<T>, key: unknown): Loaded<T> {
  const state = useApi(load, key);
  const last = useRef<Loaded<T> | null>(null);
  if (state.status !== 'loading') last.current = state;
  return state.status === 'loading' && last.current ? last.current : state;
}
