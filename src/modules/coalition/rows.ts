/**
 * The first of the rows a query gave, for a query that always gives one: an
 * insert's or an update's `returning()` of one row, an aggregate such as
 * `count()`, or a read-back of a row the transaction has just written or
 * locked. No row there is a broken invariant, not a mistake in the request,
 * so it throws a plain Error (an internal error to the HTTP layer) that says
 * which query came back empty.
 */
export function first<T>(rows: readonly T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`expected one row (${what}), but the query gave none`);
  return row;
}
