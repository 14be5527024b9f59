/**
 * What the assembly's services need besides the database: the clock. A motion opens and closes
 * at set times, a treaty is adopted on a date and acts of ratification may not be dated in the
 * future; tests move time past those instants by giving the module a clock of their own
 * (`assemblyModule(env)`), instead of waiting for it.
 *
 * The assembly reads no limits from the process environment: the work allowed per voting-power
 * request is a constant beside the function it bounds (assembly.service.ts).
 */
export interface AssemblyEnv {
  now(): Date;
}

/** The real clock. */
export const defaultAssemblyEnv = (): AssemblyEnv => ({ now: () => new Date() });

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export const isoDate = (at: Date): string => at.toISOString().slice(0, 10);
