import path from 'node:path';
import { createRequire } from 'node:module';
import { count } from 'drizzle-orm';
import { createAccount, noAccounts } from './auth/auth.service.ts';
import { generatePassword } from './auth/passwords.ts';
import { FailureLimiter } from './auth/rate-limit.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { createApp } from './http/app.ts';
import type { App, AppDeps } from './http/context.ts';
import { ensureLogKey } from './ledger/log.ts';
import type { ModuleManifest } from './module.ts';
import { loadStates } from './states/states.service.ts';
import { states } from './states/states.table.ts';

export const VERSION: string = createRequire(import.meta.url)('../../package.json').version;

/** Opens the configured database: PostgreSQL for DATABASE_URL, else PGlite under DATA_DIR. */
export const openConfiguredDatabase = (config: Config) =>
  openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });

export interface Booted {
  database: Database;
  deps: AppDeps;
  app: App;
  /** Set on first start only: the generated admin credentials, to show once. */
  firstAdmin?: { email: string; password: string };
}

/**
 * Migrates, and on first start (no accounts yet) loads the reference states,
 * each module's first-start data and the admin account; then builds the app.
 */
export async function boot(config: Config, modules: ModuleManifest[], database?: Database): Promise<Booted> {
  const db = database ?? (await openConfiguredDatabase(config));
  await db.migrate();
  await ensureLogKey(db.db, config.logOrigin);
  let firstAdmin: Booted['firstAdmin'];
  if (await noAccounts(db.db)) {
    const [{ n }] = await db.db.select({ n: count() }).from(states);
    if (n === 0) await loadStates(db.db);
    for (const module of modules) await module.firstStart?.(db.db);
    const password = generatePassword();
    await createAccount(db.db, null, { email: config.adminEmail, name: 'Administrator', role: 'admin', password });
    firstAdmin = { email: config.adminEmail, password };
  }
  const deps: AppDeps = {
    database: db,
    config,
    loginLimiter: new FailureLimiter(config.loginAttempts, config.loginWindowSeconds * 1000),
    version: VERSION,
  };
  return { database: db, deps, app: createApp(deps, modules), firstAdmin };
}
