import type { LogSource } from './verify-log.ts';

/** Reads a Concord server's log over its public API. */
export function httpLogSource(baseUrl: string): LogSource {
  const base = baseUrl.replace(/\/+$/, '');
  const get = async (p: string) => {
    const res = await fetch(`${base}${p}`);
    if (!res.ok) throw new Error(`GET ${p}: HTTP ${res.status}`);
    return res;
  };
  return {
    id: base,
    verifierKey: async () => (await (await get('/api/log/key')).text()).trim(),
    checkpoint: async () => (await get('/api/log/checkpoint')).text(),
    entries: async (start, end) => {
      const { entries } = (await (await get(`/api/log/entries?start=${start}&end=${end}`)).json()) as {
        entries: { index: number; canonical: string }[];
      };
      return entries.map((e) => ({ index: e.index, bytes: Buffer.from(e.canonical, 'base64') }));
    },
    consistency: async (from, to) => (await get(`/api/log/proof/consistency?from=${from}&to=${to}`)).json() as never,
  };
}
