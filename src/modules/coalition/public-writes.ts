import type { Context, MiddlewareHandler } from 'hono';
import { FailureLimiter } from '../../core/auth/rate-limit.ts';
import type { AppEnv } from '../../core/http/context.ts';
import { clientAddress } from '../../core/http/security.ts';
import { AppError } from '../../core/errors.ts';
import { DEFAULT_PUBLIC_WRITES, type CoalitionEnv } from './coalition-env.ts';

/**
 * The abuse limit on the coalition's public writes (pledges and event
 * registrations): every attempt counts against the client address, and once
 * the limit is reached the request is refused with 429 `rate_limited`
 * before anything is read or stored. Admins are not limited.
 */
export function publicWriteLimit(env: CoalitionEnv): MiddlewareHandler<AppEnv> {
  const { limit, windowSeconds } = env.publicWrites ?? DEFAULT_PUBLIC_WRITES;
  const limiter = new FailureLimiter(limit, windowSeconds * 1000, () => env.now().getTime());
  return async (c: Context<AppEnv>, next) => {
    if (c.req.method !== 'POST' || c.var.actor?.role === 'admin') return next();
    const wait = limiter.take(clientAddress(c));
    if (wait > 0) {
      throw new AppError('rate_limited', `too many public requests from this address; try again in ${wait} s`, {
        details: { retryAfter: wait },
      });
    }
    return next();
  };
}
