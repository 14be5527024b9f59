/**
 * What the verification module's services need besides the database: the clock. A report's
 * period may not end in the future, a key rotates at an instant, a challenge's deadline passes;
 * tests move time past those instants by giving the module a clock of their own
 * (`verificationModule(env)`), instead of waiting for it.
 *
 * The module reads no limits from the process environment: the bounds of a report batch and of
 * a challenge are constants beside the schemas they bound (reports.dto.ts, challenges.dto.ts).
 */
export interface VerificationEnv {
  now(): Date;
}

/** The real clock. */
export const defaultVerificationEnv = (): VerificationEnv => ({ now: () => new Date() });
