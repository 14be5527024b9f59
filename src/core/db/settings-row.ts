import { sql } from 'drizzle-orm';
import { firstRow, queryRows, type Db } from './client.ts';

/** A module's settings as stored: the value and the version that each change increments. */
export interface Versioned<V> {
  version: number;
  value: V;
}

/**
 * A module's settings kept in one row (id 1) of a table `(id smallint, version integer,
 * <column> jsonb, updated_at timestamptz)`, created with `defaults` the first time it is read.
 * The assembly's rules and the verification settings are both such a row; reading with
 * `lock` takes the row for update, so a change and its log entry serialise with other changes.
 */
export function settingsRow<V>(table: string, column: string, defaults: V) {
  const tableId = sql.identifier(table);
  const columnId = sql.identifier(column);
  const select = (lock: boolean) =>
    sql`select version, ${columnId} as value from ${tableId} where id = 1 ${lock ? sql`for update` : sql``}`;
  return {
    async read(db: Db, lock = false): Promise<Versioned<V>> {
      let [row] = await queryRows<Versioned<V>>(db, select(lock));
      if (!row) {
        await db.execute(
          sql`insert into ${tableId} (id, version, ${columnId}) values (1, 1, ${JSON.stringify(defaults)}::jsonb) on conflict do nothing`,
        );
        row = firstRow(await queryRows<Versioned<V>>(db, select(lock)), `${table} settings after inserting the defaults`);
      }
      return { version: Number(row.version), value: row.value };
    },
    async write(db: Db, version: number, value: V): Promise<void> {
      await db.execute(
        sql`update ${tableId} set version = ${version}, ${columnId} = ${JSON.stringify(value)}::jsonb, updated_at = now() where id = 1`,
      );
    },
  };
}
