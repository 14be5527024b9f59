/**
 * The assembly's notion of "now", in one place so that tests can move time
 * (a motion opens and closes at set times) without waiting for it.
 */
export const clock = {
  now: (): Date => new Date(),
};

/** Today's date (UTC) as YYYY-MM-DD. */
export const today = (): string => clock.now().toISOString().slice(0, 10);
