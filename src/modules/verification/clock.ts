/**
 * The verification module's notion of "now", in one place so that tests can move time (a
 * challenge's deadline passes, a key is rotated) without waiting for it.
 */
export const clock = {
  now: (): Date => new Date(),
};
