import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../../src/core/config.ts';
import { boot } from '../../src/core/boot.ts';
import { startCosigner } from '../../src/core/ledger/cosigning/cosigner.ts';
import type { ModuleManifest } from '../../src/core/module.ts';
import { modules } from '../../src/modules/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A running Concord server for one test file. */
export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** The first admin's generated credentials. */
  admin: { email: string; password: string };
  /** Stops the HTTP server, closes the database and removes the data directory. */
  close(): Promise<void>;
}

/** Builds web/dist when it is missing or older than its sources (the same check `npm test` runs first). */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'bin/build-web-if-needed.js')], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Boots the real server in-process on a free port of 127.0.0.1, with a fresh
 * temporary DATA_DIR (embedded PGlite), migrated and seeded as on a first start.
 * `options.modules` replaces the default modules (to give one a clock the test moves);
 * `options.cosignEveryMs` runs the loop that asks the log's witnesses, as `concord serve` does,
 * every so many milliseconds (none by default: no test waits on witnesses it did not ask for).
 */
export async function startServer(options: { modules?: ModuleManifest[]; cosignEveryMs?: number } = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-e2e-'));
  const config = loadConfig({ port: 0, dataDir, host: '127.0.0.1', logLevel: 'warn' });
  const booted = await boot(config, options.modules ?? modules);
  const cosigner =
    options.cosignEveryMs === undefined
      ? null
      : startCosigner({ db: booted.database.db, ...config, intervalMs: options.cosignEveryMs, minBackoffMs: options.cosignEveryMs });
  if (!booted.firstAdmin) throw new Error('a fresh data directory should create the first admin');
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: booted.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    admin: booted.firstAdmin,
    async close() {
      await cosigner?.stop();
      // Browsers keep connections alive; drop them so close() does not wait for their timeout.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await booted.database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The flags that work for Debian's Chromium here (see DESIGN.md). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches /usr/bin/chromium through playwright-core. Playwright refuses a
 * --user-data-dir argument in launch() (it is for launchPersistentContext);
 * launch() already gives every browser a fresh temporary profile of its own
 * and deletes it on close, which is what a fresh --user-data-dir would do.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
