/**
 * Every query of accounts, sessions and API tokens. Functions take a `Db`, which may be a
 * transaction handed down by the service; none of them checks access. Secrets arrive here
 * already hashed: only their SHA-256 is ever stored or looked up.
 */
import { and, asc, eq, gt, isNull, lt } from 'drizzle-orm';
import { firstRow, type Db } from '../db/client.ts';
import { apiTokens, sessions, users } from './auth.table.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type TokenRow = typeof apiTokens.$inferSelect;

/** How {@link findUser} holds the row until the transaction ends: not at all, for update, or shared. */
export type RowLock = false | 'update' | 'share';

// ── Accounts ───────────────────────────────────────────────────────────────

export async function findUser(db: Db, id: number, lock: RowLock = false): Promise<UserRow | undefined> {
  const query = db.select().from(users).where(eq(users.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** The account with this (already normalised) e-mail. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.id));
}

export async function insertUser(db: Db, values: NewUserRow): Promise<UserRow> {
  return firstRow(await db.insert(users).values(values).returning(), 'insert into users');
}

export async function updateUser(db: Db, id: number, set: Partial<NewUserRow>): Promise<UserRow> {
  return firstRow(await db.update(users).set(set).where(eq(users.id, id)).returning(), `update of user ${id}`);
}

/** True when no account exists yet (first start). */
export async function noUsers(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

// ── Sessions ───────────────────────────────────────────────────────────────

export async function insertSession(db: Db, session: { tokenHash: string; userId: number; expiresAt: Date }): Promise<void> {
  await db.insert(sessions).values(session);
}

/** Deletes the user's sessions that expired before `now`. */
export async function deleteExpiredSessions(db: Db, userId: number, now: Date): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Deletes every session of the user. */
export async function deleteSessionsOf(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** The account behind a session that has not expired by `now`. */
export async function findUserBySession(db: Db, tokenHash: string, now: Date): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row?.user;
}

// ── API tokens ─────────────────────────────────────────────────────────────

export async function insertToken(db: Db, token: { userId: number; name: string; tokenHash: string; prefix: string }): Promise<TokenRow> {
  return firstRow(await db.insert(apiTokens).values(token).returning(), 'insert into api_tokens');
}

export async function findToken(db: Db, id: number): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

/** The user's tokens, revoked ones included, oldest first. */
export async function listTokensOf(db: Db, userId: number): Promise<TokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.id));
}

export async function revokeToken(db: Db, id: number, at: Date): Promise<TokenRow> {
  return firstRow(await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id)).returning(), `revocation of token ${id}`);
}

/** Revokes every token of the user that is not revoked yet. */
export async function revokeTokensOf(db: Db, userId: number, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

/** The account behind a token that is not revoked. */
export async function findUserByToken(db: Db, tokenHash: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row?.user;
}
