/**
 * What a PATCH really changes. Every service that updates a record compares the new values with
 * the stored ones first: a PATCH that changes nothing (an empty body, or every field equal to what
 * is stored) writes nothing and appends nothing to the log, which is permanent; the caller gets the
 * stored record back.
 */

/**
 * Whether two values are the same as data: primitives by `Object.is` (so `null` ≠ `undefined`),
 * dates by instant, arrays by element and in order, plain objects by their keys and values.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every(
        (k) =>
          Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return false;
}

/**
 * The entries of `next` that are given (not undefined) and differ from the same key of `stored`:
 * what an UPDATE should set. An empty result means nothing changes.
 */
export function changedFields<T extends object>(stored: { [K in keyof T]?: unknown }, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    const value = next[key];
    if (value !== undefined && !sameValue(stored[key], value)) changes[key] = value;
  }
  return changes;
}

/** Whether an object from {@link changedFields} holds no change. */
export const isUnchanged = (changes: object) => Object.keys(changes).length === 0;
