import path from 'node:path';
import { createRequire } from 'node:module';
import { createAccount, noAccounts } from './auth/auth.service.ts';
import { generatePassword } from './auth/passwords.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { AppError } from './errors.ts';
import { createApp } from './app.ts';
import type { App, AppDeps } from './http/context.ts';
import { ensureLogKey } from './ledger/log-writer.ts';
import { lockLogState } from './ledger/log.repository.ts';
import { createLogger, type Logger } from './logger.ts';
import type { ModuleManifest } from './module.ts';
import { loadStates, statesLoaded } from './states/states.service.ts';

export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/**
 * Opens the configured database: PostgreSQL for DATABASE_URL, else PGlite under DATA_DIR. A database
 * that cannot be reached or opened is an AppError with one line naming it (the CLI prints it as is).
 */
export async function openConfiguredDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  try {
    return await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
  } catch (err) {
    if (err instanceof AppError) throw err;
    const where = config.databaseUrl ? `PostgreSQL at ${new URL(config.databaseUrl).host}` : `the embedded database in ${config.dataDir}`;
    const e = err as NodeJS.ErrnoException & { errors?: Error[] };
    const reason = e.message || e.errors?.[0]?.message || e.code || String(err);
    throw new AppError('database_unavailable', `cannot open ${where}: ${reason}`, { status: 503 });
  }
}

/**
 * Brings a database to what a first start leaves, accounts apart: migrates, creates the log's
 * signing key, and once per database loads the reference states and each module's first-start
 * data. Every start and every command that writes to the database runs it, so an operator may
 * provision (`concord admin create`, `concord migrate`) before the first `concord serve`.
 *
 * Whether the first-start data is there depends on its own marker, the states table (loaded in
 * the same transaction as the modules' data, so both are there or neither), never on accounts.
 */
export async function prepareDatabase(
  database: Database,
  config: Pick<Config, 'logOrigin'>,
  modules: readonly ModuleManifest[],
): Promise<void> {
  await database.migrate();
  await ensureLogKey(database.db, config.logOrigin);
  await database.db.transaction(async (tx) => {
    // The log's row lock serialises two processes preparing one PostgreSQL database at once.
    await lockLogState(tx);
    if (await statesLoaded(tx)) return;
    await loadStates(tx);
    for (const module of modules) await module.firstStart?.(tx);
  });
}

/** Opens the configured database and prepares it ({@link prepareDatabase}); for CLI commands that write. */
export async function openPreparedDatabase(config: Config, modules: readonly ModuleManifest[]): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, config, modules);
    return database;
  } catch (err) {
    await database.close();
    throw err;
  }
}

export interface Booted {
  database: Database;
  deps: AppDeps;
  app: App;
  /** Set on first start only: the generated admin credentials, to show once. */
  firstAdmin?: { email: string; password: string };
}

/**
 * Prepares the database ({@link prepareDatabase}) and, when it has no account yet, creates the
 * admin account with a generated password; then builds the app.
 */
export async function boot(config: Config, modules: ModuleManifest[], database?: Database, logger?: Logger): Promise<Booted> {
  const db = database ?? (await openConfiguredDatabase(config));
  await prepareDatabase(db, config, modules);
  let firstAdmin: Booted['firstAdmin'];
  if (await noAccounts(db.db)) {
    const password = generatePassword();
    await createAccount(db.db, null, { email: config.adminEmail, name: 'Administrator', role: 'admin', password });
    firstAdmin = { email: config.adminEmail, password };
  }
  const deps: AppDeps = {
    database: db,
    config,
    version: VERSION,
    logger: logger ?? createLogger(config.logLevel),
  };
  return { database: db, deps, app: createApp(deps, modules), firstAdmin };
}
