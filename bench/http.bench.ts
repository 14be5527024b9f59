/**
 * The server's requests per second beside a bare node:http server answering the same bytes, under
 * the same autocannon load, in the same process.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { serve } from '@hono/node-server';
import { boot } from '../src/core/boot.ts';
import { loadConfig } from '../src/core/config.ts';
import { modules } from '../src/modules/index.ts';
import type { Figure } from './index.ts';
import { compared } from './ratio.ts';

const CONNECTIONS = 10;
/** Seconds per phase; each route runs four phases, server and bare alternating (ABBA). */
const PHASE_SECONDS = 5;

interface Listening {
  port: number;
  close(): void;
}

async function listen(server: http.Server | ReturnType<typeof serve>): Promise<Listening> {
  if (!server.listening) await new Promise((r) => server.once('listening', r));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

/** Headers a bare server cannot copy as they stand: set per response or by node:http itself. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'x-request-id']);

/** One GET as autocannon sends it (node:http, no Accept-Encoding): status, headers and the raw body bytes. */
async function getRaw(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * A bare node:http server that answers every request with the bytes `url` answered: its status,
 * headers (a request id of the same length where the server sends one) and body.
 */
async function bareCopyOf(url: string): Promise<Listening> {
  const { status, headers: received, body } = await getRaw(url);
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(received)) if (value !== undefined && !PER_RESPONSE.has(name)) headers[name] = value;
  const requestId = received['x-request-id'];
  const server = http.createServer((_req, res) => {
    if (typeof requestId === 'string') res.setHeader('x-request-id', 'x'.repeat(requestId.length));
    res.writeHead(status, { ...headers, 'content-length': body.length });
    res.end(body);
  });
  server.listen(0, '127.0.0.1');
  return listen(server);
}

/** Average requests per second of one autocannon phase; any non-2xx or error ends the bench. */
async function load(port: number, route: string): Promise<{ rps: number; p99: number }> {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${route}`, connections: CONNECTIONS, duration: PHASE_SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${route}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/** The real server (PGlite on disk, LOG_LEVEL silent) and, per route, a bare server answering its bytes. */
export async function run(): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-bench-http-'));
  const { app, database } = await boot(loadConfig({ dataDir, port: 0, logLevel: 'silent' }, {}), modules);
  const real = await listen(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }));
  const figures: Figure[] = [];
  try {
    for (const route of ['/api/health', '/api/states']) {
      const bare = await bareCopyOf(`http://127.0.0.1:${real.port}${route}`);
      try {
        const server: { rps: number; p99: number }[] = [];
        const baseline: number[] = [];
        for (const phase of ['server', 'bare', 'bare', 'server']) {
          if (phase === 'server') server.push(await load(real.port, route));
          else baseline.push((await load(bare.port, route)).rps);
        }
        const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
        figures.push(
          compared({
            name: `GET ${route} (autocannon, ${CONNECTIONS} connections)`,
            value: mean(server.map((s) => s.rps)),
            unit: 'req/s',
            baseline: { name: 'a bare node:http server answering the same bytes', value: mean(baseline) },
            goal: { atLeast: 0.5 },
          }),
          { name: `GET ${route} latency p99 (worse phase)`, value: Math.max(...server.map((s) => s.p99)), unit: 'ms', goal: 'measured' },
        );
      } finally {
        bare.close();
      }
    }
  } finally {
    real.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}
