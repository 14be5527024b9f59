/**
 * The queries of the facilities aggregate: facilities, their signing keys and the operator
 * accounts bound to them. Functions take a `Db`, which may be a transaction handed down by a
 * service; none of them checks access.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../../core/auth/auth.table.ts';
import { type Db, firstRow } from '../../core/db/client.ts';
import type { InventoryItem } from './types.ts';
import { facilities, facilityKeys, facilityOperators } from './verification.table.ts';

export type FacilityRow = typeof facilities.$inferSelect;
export type KeyRow = typeof facilityKeys.$inferSelect;

export async function findFacility(db: Db, id: string, lock = false): Promise<FacilityRow | undefined> {
  const query = db.select().from(facilities).where(eq(facilities.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The facilities with these ids, locked for update (in id order, so concurrent batches cannot deadlock). */
export async function lockFacilities(db: Db, ids: string[]): Promise<FacilityRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(facilities).where(inArray(facilities.id, ids)).orderBy(asc(facilities.id)).for('update');
}

export async function listFacilities(db: Db): Promise<FacilityRow[]> {
  return db.select().from(facilities).orderBy(asc(facilities.id));
}

/** Facilities as the pure cores take them (id and inventory). */
export async function facilityInventories(db: Db): Promise<{ id: string; inventory: InventoryItem[] }[]> {
  return db.select({ id: facilities.id, inventory: facilities.inventory }).from(facilities).orderBy(asc(facilities.id));
}

export async function insertFacility(db: Db, values: typeof facilities.$inferInsert): Promise<FacilityRow> {
  return firstRow(await db.insert(facilities).values(values).returning(), `insert of facility ${values.id}`);
}

export async function insertKeys(db: Db, rows: (typeof facilityKeys.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(facilityKeys).values(rows);
}

export async function findKey(db: Db, keyId: string): Promise<KeyRow | undefined> {
  const [row] = await db.select().from(facilityKeys).where(eq(facilityKeys.keyId, keyId));
  return row;
}

/** Keys of the given facilities, oldest first. */
export async function listKeys(db: Db, facilityIds: string[]): Promise<KeyRow[]> {
  if (facilityIds.length === 0) return [];
  return db
    .select()
    .from(facilityKeys)
    .where(inArray(facilityKeys.facilityId, facilityIds))
    .orderBy(asc(facilityKeys.validFrom), asc(facilityKeys.keyId));
}

/** Retires every active key of a facility at `at`. */
export async function retireKeys(db: Db, facilityId: string, at: Date): Promise<KeyRow[]> {
  return db
    .update(facilityKeys)
    .set({ retiredAt: at })
    .where(and(eq(facilityKeys.facilityId, facilityId), sql`${facilityKeys.retiredAt} is null`))
    .returning();
}

export async function addOperator(db: Db, facilityId: string, userId: number): Promise<boolean> {
  const rows = await db.insert(facilityOperators).values({ facilityId, userId }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/** Of `facilityIds`, those the user operates. */
export async function operatedFacilities(db: Db, userId: number, facilityIds: string[]): Promise<Set<string>> {
  if (facilityIds.length === 0) return new Set();
  const rows = await db
    .select({ facilityId: facilityOperators.facilityId })
    .from(facilityOperators)
    .where(and(eq(facilityOperators.userId, userId), inArray(facilityOperators.facilityId, facilityIds)));
  return new Set(rows.map((r) => r.facilityId));
}

export async function listOperators(db: Db, facilityId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(facilityOperators)
    .innerJoin(users, eq(users.id, facilityOperators.userId))
    .where(eq(facilityOperators.facilityId, facilityId))
    .orderBy(asc(users.id));
}

export async function findUser(db: Db, id: number) {
  const [row] = await db.select({ id: users.id, role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, id));
  return row;
}
