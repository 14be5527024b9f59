import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '../actor.ts';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';

/** What every request handler can reach through `c.var`. */
export interface AppVariables {
  db: Db;
  actor: Actor | null;
  /** How the actor was authenticated; cookie requests get the CSRF check. */
  authVia: 'cookie' | 'token' | null;
  /** Names this request in the access log, in `X-Request-Id` and in a 500's body. */
  requestId: string;
}

export type AppEnv = { Variables: AppVariables };
export type App = OpenAPIHono<AppEnv>;

/** Long-lived things the app is built from. */
export interface AppDeps {
  database: Database;
  config: Config;
  logger: Logger;
  version: string;
}
