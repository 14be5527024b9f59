import type { Db } from '../db/client.ts';
import { AppError, notFound } from '../errors.ts';
import { appendToLog } from '../ledger/log-writer.ts';
import { changedFields, isUnchanged } from '../patch.ts';
import type { Role } from '../actor.ts';
import * as repo from './auth.repository.ts';
import type { TokenRow, UserRow } from './auth.repository.ts';
import { generatePassword, hashPassword, verifyPassword } from './passwords.ts';
import { actorLabel, requireActor, requireRole, type Actor } from './permissions.ts';
import type { FailureLimiter } from './rate-limit.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const SESSION_COOKIE = 'concord_session';

/** A user as the API shows it: never the password hash. */
export type PublicUser = Actor & { disabled: boolean; createdAt: string };

const toPublic = (row: UserRow): PublicUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  participantId: row.participantId,
  disabled: row.disabled,
  createdAt: row.createdAt.toISOString(),
});

const toActor = (row: UserRow): Actor => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  participantId: row.participantId,
});

// Verifying against a real hash when the e-mail is unknown keeps the response
// time the same, so timing does not tell which accounts exist.
let dummyHash: Promise<string> | undefined;

export interface LoginInput {
  email: string;
  password: string;
  address: string;
}

/** Checks credentials (rate-limited per account and per address) and opens a session. */
export async function login(
  db: Db,
  limiter: FailureLimiter,
  sessionHours: number,
  input: LoginInput,
): Promise<{ token: string; expiresAt: Date; user: PublicUser }> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `account:${email}`;
  const keys = [accountKey, `address:${input.address}`];
  const wait = Math.max(...keys.map((k) => limiter.retryAfter(k)));
  if (wait > 0) {
    throw new AppError('rate_limited', `too many failed logins; try again in ${wait} s`, { details: { retryAfter: wait } });
  }
  const row = await repo.findUserByEmail(db, email);
  dummyHash ??= hashPassword(generatePassword());
  const ok = await verifyPassword(input.password, row?.passwordHash ?? (await dummyHash));
  if (!row || !ok || row.disabled) {
    keys.forEach((k) => limiter.fail(k));
    throw new AppError('invalid_credentials', 'wrong e-mail or password');
  }
  limiter.clear(accountKey);
  const token = newSecret('ccs');
  const expiresAt = new Date(Date.now() + sessionHours * 3600_000);
  // Expired sessions are useless; each login sweeps the user's own.
  await repo.deleteExpiredSessions(db, row.id, new Date());
  await repo.insertSession(db, { tokenHash: hashSecret(token), userId: row.id, expiresAt });
  return { token, expiresAt, user: toPublic(row) };
}

export async function logout(db: Db, sessionToken: string): Promise<void> {
  await repo.deleteSession(db, hashSecret(sessionToken));
}

/** The actor behind a session cookie, or null when it is unknown or expired. */
export async function actorForSession(db: Db, sessionToken: string): Promise<Actor | null> {
  const user = await repo.findUserBySession(db, hashSecret(sessionToken), new Date());
  return user && !user.disabled ? toActor(user) : null;
}

/** The actor behind a bearer token, or null when it is unknown or revoked. */
export async function actorForToken(db: Db, token: string): Promise<Actor | null> {
  const user = await repo.findUserByToken(db, hashSecret(token));
  return user && !user.disabled ? toActor(user) : null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  participantId?: number | null;
}

function checkBinding(role: Role, participantId: number | null | undefined) {
  if (role === 'delegate' && participantId == null) {
    throw new AppError('participant_required', 'a delegate must be bound to one participant');
  }
  if (role !== 'delegate' && participantId != null) {
    throw new AppError('participant_not_allowed', 'only delegates are bound to a participant');
  }
}

/**
 * Creates an account without an access check: for first start and the CLI,
 * which run with the machine owner's authority. The API goes through {@link createUser}.
 */
export async function createAccount(db: Db, creator: Actor | null, input: NewUser): Promise<PublicUser> {
  checkBinding(input.role, input.participantId);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await repo.findUserByEmail(tx, email)) throw new AppError('already_exists', `an account with e-mail ${email} exists`);
    const row = await repo.insertUser(tx, {
      email,
      name: input.name,
      role: input.role,
      participantId: input.participantId ?? null,
      passwordHash,
    });
    await appendToLog(tx, {
      kind: 'account.created',
      actor: actorLabel(creator),
      subject: `user:${row.id}`,
      body: { role: row.role, participantId: row.participantId },
    });
    return toPublic(row);
  });
}

export async function createUser(db: Db, actor: Actor | null, input: NewUser): Promise<PublicUser> {
  requireRole(actor, 'admin');
  return createAccount(db, actor, input);
}

export async function listUsers(db: Db, actor: Actor | null): Promise<PublicUser[]> {
  requireRole(actor, 'admin');
  return (await repo.listUsers(db)).map(toPublic);
}

export async function getUser(db: Db, actor: Actor | null, id: number): Promise<PublicUser> {
  requireRole(actor, 'admin');
  const row = await repo.findUser(db, id);
  if (!row) throw notFound('user', { id });
  return toPublic(row);
}

export interface UserPatch {
  name?: string;
  role?: Role;
  participantId?: number | null;
  disabled?: boolean;
  password?: string;
  /** Revokes every API token of the account (with a password reset, or alone). */
  revokeTokens?: boolean;
}

/**
 * Admin changes an account; a role or binding change is logged, a password change is not.
 * Disabling ends the account's sessions and revokes its API tokens for good (re-enabling does not
 * bring them back); a new password ends its sessions, and revokes its tokens too with `revokeTokens`.
 */
export async function updateUser(db: Db, actor: Actor | null, id: number, patch: UserPatch): Promise<PublicUser> {
  const admin = requireRole(actor, 'admin');
  if (id === admin.id && (patch.disabled || (patch.role && patch.role !== 'admin'))) {
    throw new AppError('cannot_demote_self', 'an admin cannot disable or demote their own account');
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  return db.transaction(async (tx) => {
    const row = await repo.findUser(tx, id, 'update');
    if (!row) throw notFound('user', { id });
    const role = patch.role ?? row.role;
    const participantId = patch.participantId !== undefined ? patch.participantId : role === 'delegate' ? row.participantId : null;
    checkBinding(role, participantId);
    const changes = changedFields(row, { name: patch.name, role, participantId, disabled: patch.disabled });
    // A PATCH that changes nothing (empty, or the stored values again) writes nothing and logs nothing;
    // a new password and revokeTokens are acts, never no-ops.
    if (isUnchanged(changes) && !passwordHash && !patch.revokeTokens) return toPublic(row);
    const set = { ...changes, ...(passwordHash ? { passwordHash } : {}) };
    const updated = isUnchanged(set) ? row : await repo.updateUser(tx, id, set);
    if (role !== row.role || participantId !== row.participantId || updated.disabled !== row.disabled) {
      await appendToLog(tx, {
        kind: 'account.changed',
        actor: actorLabel(admin),
        subject: `user:${id}`,
        body: { role, participantId, disabled: updated.disabled, previousRole: row.role },
      });
    }
    // A disabled account or a new password ends every open session, in the same transaction as the change and its log entry.
    if (updated.disabled || passwordHash) await repo.deleteSessionsOf(tx, id);
    if (updated.disabled || patch.revokeTokens) await repo.revokeTokensOf(tx, id, new Date());
    return toPublic(updated);
  });
}

export interface TokenInfo {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

const toTokenInfo = (row: TokenRow): TokenInfo => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** Creates an API token for the actor; the secret is returned this once only. */
export async function createToken(db: Db, actor: Actor | null, name: string): Promise<TokenInfo & { token: string }> {
  const who = requireActor(actor);
  const token = newSecret('cct');
  // The account's row is held while the token is stored, so a token cannot slip in beside a
  // concurrent disable (which holds the row to revoke every token).
  const row = await db.transaction(async (tx) => {
    const user = await repo.findUser(tx, who.id, 'share');
    if (!user || user.disabled) throw new AppError('unauthenticated', 'this account is disabled');
    return repo.insertToken(tx, { userId: who.id, name, tokenHash: hashSecret(token), prefix: token.slice(0, 8) });
  });
  return { ...toTokenInfo(row), token };
}

export async function listTokens(db: Db, actor: Actor | null): Promise<TokenInfo[]> {
  const who = requireActor(actor);
  return (await repo.listTokensOf(db, who.id)).map(toTokenInfo);
}

/** Revokes one of the actor's tokens (an admin may revoke anyone's). */
export async function revokeToken(db: Db, actor: Actor | null, id: number): Promise<TokenInfo> {
  const who = requireActor(actor);
  const row = await repo.findToken(db, id);
  if (!row || (row.userId !== who.id && who.role !== 'admin')) throw notFound('token', { id });
  if (row.revokedAt) return toTokenInfo(row);
  return toTokenInfo(await repo.revokeToken(db, id, new Date()));
}

/** True when no account exists yet (first start). */
export async function noAccounts(db: Db): Promise<boolean> {
  return repo.noUsers(db);
}
