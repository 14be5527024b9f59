import createClient from 'openapi-fetch';
// Type-only: the client is typed by the server's generated OpenAPI types and shares no code with it.
import type { paths } from '../../../../web/src/api/openapi.gen.ts';
import type { LogSource } from './verify-log.ts';

/** Reads a Concord server's log over its public API, with the client typed by its OpenAPI document. */
export function httpLogSource(baseUrl: string): LogSource {
  const base = baseUrl.replace(/\/+$/, '');
  const api = createClient<paths>({ baseUrl: base });
  /** The data of an answer; anything but 2xx fails, naming the request. */
  const ok = async <T>(what: string, pending: Promise<{ data?: T; response: Response }>): Promise<T> => {
    const { data, response } = await pending;
    if (!response.ok || data === undefined) throw new Error(`GET ${what}: HTTP ${response.status}`);
    return data;
  };
  return {
    id: base,
    verifierKey: async () => (await ok('/api/log/key', api.GET('/api/log/key', { parseAs: 'text' }))).trim(),
    checkpoint: async () => ok('/api/log/checkpoint', api.GET('/api/log/checkpoint', { parseAs: 'text' })),
    entries: async (start, end) => {
      const query = { start: String(start), end: String(end) };
      const { entries } = await ok('/api/log/entries', api.GET('/api/log/entries', { params: { query } }));
      return entries.map((e) => ({ index: e.index, bytes: Buffer.from(e.canonical, 'base64') }));
    },
    consistency: async (from, to) =>
      ok(
        '/api/log/proof/consistency',
        api.GET('/api/log/proof/consistency', { params: { query: { from: String(from), to: String(to) } } }),
      ),
  };
}
