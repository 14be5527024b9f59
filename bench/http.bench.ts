import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { serve } from '@hono/node-server';
import { boot } from '../src/core/boot.ts';
import { loadConfig } from '../src/core/config.ts';
import { modules } from '../src/modules/index.ts';
import type { Figure } from './index.ts';

/** Requests per second against the real server (PGlite on disk), 10 connections, 10 s per route. */
export async function run(): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-bench-http-'));
  const { app, database } = await boot(loadConfig({ dataDir, port: 0, logLevel: 'silent' }, {}), modules);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  const figures: Figure[] = [];
  try {
    for (const route of ['/api/health', '/api/states']) {
      const result = await autocannon({ url: `http://127.0.0.1:${port}${route}`, connections: 10, duration: 10 });
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${route}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      figures.push({ name: `GET ${route} (autocannon, 10 connections)`, value: result.requests.average, unit: 'req/s', goal: 'measured' });
      figures.push({ name: `GET ${route} latency p99`, value: result.latency.p99, unit: 'ms', goal: 'measured' });
    }
  } finally {
    server.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}
