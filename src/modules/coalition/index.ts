import type { ModuleManifest } from '../../core/module.ts';
import { defaultCoalitionEnv, type CoalitionEnv } from './coalition-env.ts';
import { mountCoalitionRoutes } from './coalition.routes.ts';
import { loadFirstStartData } from './first-start.ts';

/**
 * The coalition module: members, contributions and the public funding page,
 * all-or-nothing pledge campaigns, events with registrations and an
 * iCalendar feed, the private outreach pipeline, and the roadmap.
 *
 * `env` supplies the payment processor (default: the recording one, which
 * moves no money) and the clock; pass a real processor here to collect
 * pledges for real (see payments.ts and the README).
 */
export function coalitionModule(env: CoalitionEnv = defaultCoalitionEnv()): ModuleManifest {
  return {
    name: 'coalition',
    routes: (app, deps) => mountCoalitionRoutes(app, env, deps.config.publicUrl),
    firstStart: (db) => loadFirstStartData(db, env),
  };
}

export const coalition: ModuleManifest = coalitionModule();
