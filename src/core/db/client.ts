import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { AppError } from '../errors.ts';

/**
 * A Drizzle handle over either database. Transactions (`db.transaction(tx => …)`)
 * hand out the same type, so services take `Db` and never care which it is.
 */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Applies every pending SQL migration from drizzle/. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

export interface OpenOptions {
  /** postgres://… URL; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** Folder of the PGlite files; absent means in memory (tests). */
  pgliteDir?: string;
}

/** Opens the configured database: PostgreSQL when a URL is given, else PGlite. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server drops (a restart, an administrator) must not crash the
    // process: pg emits it on the pool, and an unheard 'error' event is thrown. The next
    // query simply opens a fresh connection.
    pool.on('error', (err) => console.warn(`concord: PostgreSQL dropped an idle connection: ${err.message}`));
    // Fail fast with a clear message rather than on the first request.
    await pool.query('select 1');
    const db = drizzlePg(pool) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      close: () => pool.end(),
    };
  }
  let unlock = () => {};
  if (options.pgliteDir) {
    fs.mkdirSync(options.pgliteDir, { recursive: true });
    unlock = lockDataDir(`${options.pgliteDir}.lock`);
  }
  try {
    const client = options.pgliteDir ? new PGlite(options.pgliteDir) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      close: () => client.close().finally(unlock),
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite is one process's database: a second process opening the same files
 * (say `concord demo` while `concord serve` runs) would corrupt them. A lock
 * file holding the owner's pid keeps it out; a lock left by a dead process is
 * taken over.
 */
function lockDataDir(file: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (pid > 0 && isAlive(pid)) {
        throw new AppError(
          'database_in_use',
          `the database in ${path.dirname(file)} is in use by process ${pid} (a running concord serve?): stop it first, or use the server's API`,
          { status: 409 },
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('database_in_use', `cannot lock ${file}`, { status: 409 });
}

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }`; the
 * shared `Db` type cannot say so, hence the one cast here.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute<Record<string, unknown>>(query)) as { rows: T[] }).rows;
}

/**
 * The first of the rows a query gave, for a query that always gives one: an insert's or an
 * update's `returning()` of a row that exists, an aggregate such as `count(*)`, or a read-back
 * of a row the transaction has just written. No row there is a broken invariant, not a mistake
 * in the request, so it throws a plain Error (an internal error to the HTTP layer) naming the query.
 */
export function firstRow<T>(rows: readonly T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`expected one row (${what}), but the query gave none`);
  return row;
}
