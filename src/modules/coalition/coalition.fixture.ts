/**
 * Test set-up shared by the coalition's tests: an in-process app (as
 * test/fixtures/app.ts gives) whose coalition module runs on a clock the test
 * moves, so campaigns reach their deadlines without waiting. Not imported by
 * the app.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { users } from '../../core/auth/auth.table.ts';
import type { Actor } from '../../core/auth/permissions.ts';
import { boot } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { openDatabase, type Database, type Db } from '../../core/db/client.ts';
import { AppError } from '../../core/errors.ts';
import { readEntries } from '../../core/ledger/log-reader.ts';
import { documentedRequests } from '../../../test/fixtures/app.ts';
import type { TestDatabase } from '../../../test/fixtures/databases.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { coalitionModule } from './index.ts';
import { RecordingPaymentProcessor } from './payments.ts';

/** A clock the test sets and moves, for the coalition's environment. */
export function testClock(start = new Date('2025-03-01T12:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    set(at: Date | string) {
      now = new Date(at);
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export const DAY = 86_400_000;
export const PASSWORD = 'correct horse battery staple';

export async function coalitionTestApp(database?: Database, options: Pick<CoalitionEnv, 'publicWrites'> = {}) {
  const clock = testClock();
  const env: CoalitionEnv = { payments: new RecordingPaymentProcessor(), now: clock.now, ...options };
  const booted = await boot(
    loadConfig({ dataDir: '/nonexistent', adminEmail: 'admin@test.local', logLevel: 'warn' }, {}),
    [coalitionModule(env)],
    database ?? (await openDatabase({})),
  );
  const admin = booted.firstAdmin!;
  const request = await documentedRequests(booted.app);
  async function login(email = admin.email, password = admin.password) {
    const res = await request('POST', '/api/auth/login', { body: { email, password } });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const [cookie] = (res.headers.get('set-cookie') ?? '').split(';');
    if (!cookie) throw new Error('login answered 200 without a session cookie');
    return cookie;
  }
  /** Creates an account with `role` (as admin) and returns its session cookie. */
  async function loginAs(
    role: 'staff' | 'inspector' | 'operator' | 'admin',
    email = `${role}-${Math.random().toString(36).slice(2)}@test.local`,
  ) {
    const cookie = await login();
    const res = await request('POST', '/api/users', { cookie, body: { email, name: `A ${role}`, role, password: PASSWORD } });
    if (res.status !== 201) throw new Error(`creating ${role} failed: ${await res.text()}`);
    const { id } = (await res.json()) as { id: number };
    return { cookie: await login(email, PASSWORD), id };
  }
  /** Sends a request and parses the JSON answer, failing loudly on an unexpected status. */
  async function json<T = any>(
    method: string,
    path: string,
    options: Parameters<typeof request>[2] & { status?: number } = {},
  ): Promise<T> {
    const res = await request(method, path, options);
    const expected = options.status ?? (method === 'POST' ? 201 : 200);
    if (res.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
  return { ...booted, admin, env, clock, request, login, loginAs, json, close: () => booted.database.close() };
}

export type CoalitionTestApp = Awaited<ReturnType<typeof coalitionTestApp>>;

/** The stable code of an error response (the helper every module's tests share). */
export { errorCode } from '../../../test/fixtures/http.ts';

/** Every log entry, parsed. */
export async function logEntries(t: CoalitionTestApp) {
  const rows = await readEntries(t.database.db, 0, Number.MAX_SAFE_INTEGER);
  return rows.map((r) => JSON.parse(r.canonical) as { kind: string; actor: string | null; subject: string | null; body: any });
}

/** The first admin as the services see it, for tests that call services directly. */
export async function adminActor(t: CoalitionTestApp): Promise<Actor> {
  const [row] = await t.database.db.select().from(users).where(eq(users.email, t.admin.email));
  if (!row) throw new Error(`no account for the first admin (${t.admin.email})`);
  return { id: row.id, email: row.email, name: row.name, role: 'admin', participantId: null };
}

/** A new account with `role`, as the services see it. */
export async function newActor(t: CoalitionTestApp, role: 'staff' | 'inspector' | 'operator' | 'admin'): Promise<Actor> {
  const email = `${role}-${Math.random().toString(36).slice(2)}@test.local`;
  const { id } = await t.loginAs(role, email);
  return { id, email, name: `A ${role}`, role, participantId: null };
}

/** What a promise settles to: 'ok', or the code of the AppError it throws (anything else is a bug). */
export const outcomeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (err: unknown) => (err instanceof AppError ? err.code : `bug: ${String(err)}`),
  );

/** The code of the AppError a call throws; fails the test when it does not throw one. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  const result = await outcomeOf(p);
  if (result === 'ok') throw new Error('expected an error, the call succeeded');
  return result;
}

/**
 * For a block of repository tests: before them, opens a fresh migrated
 * database of this kind (no first-start data, no reference states) and hands
 * it to `use`; after them, closes it.
 */
export function withFreshDatabase(database: TestDatabase, use: (db: Db) => void | Promise<void>): void {
  let opened: Database;
  beforeAll(async () => {
    opened = await database.open();
    await use(opened.db);
  });
  afterAll(() => opened.close());
}
