import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Config } from '../config.ts';
import type { App } from './context.ts';

/**
 * Serves `app` on the configured port. A client that dribbles its headers or
 * body is cut off after HEADERS_TIMEOUT_SECONDS / REQUEST_TIMEOUT_SECONDS, so
 * slow connections cannot pile up; Node checks them every second rather than
 * its default thirty.
 */
export function listen(app: App, config: Config, onListening: (port: number) => void): Server {
  return serve(
    {
      fetch: app.fetch,
      port: config.port,
      hostname: config.host,
      serverOptions: {
        headersTimeout: config.headersTimeoutSeconds * 1000,
        requestTimeout: config.requestTimeoutSeconds * 1000,
        connectionsCheckingInterval: 1000,
      },
    },
    (info) => onListening(info.port),
  ) as Server;
}
