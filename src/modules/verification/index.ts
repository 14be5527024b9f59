import type { ModuleManifest } from '../../core/module.ts';
import { mountAccountingRoutes } from './accounting.routes.ts';
import { mountChallengeRoutes } from './challenge.routes.ts';
import { mountFacilityRoutes } from './facility.routes.ts';
import { mountReportRoutes } from './report.routes.ts';
import { readSettings } from './settings.repository.ts';
import { defaultVerificationEnv, type VerificationEnv } from './verification-env.ts';

/**
 * Verification for the AI Safety Agency: facilities with their accelerators and signing keys,
 * declared training runs, signed compute reports, accounting of FLOP per run and of
 * accelerator-hours per facility, flags, and challenges answered by revealing committed records.
 *
 * `env` supplies the clock (default: the real one); a test passes its own to move a challenge
 * past its deadline, or a report's period into the future, without waiting for it.
 */
export function verificationModule(env: VerificationEnv = defaultVerificationEnv()): ModuleManifest {
  return {
    name: 'verification',
    routes(app) {
      mountFacilityRoutes(app, env);
      mountReportRoutes(app, env);
      mountAccountingRoutes(app, env);
      mountChallengeRoutes(app, env);
    },
    /** The settings start at the pure cores' defaults. */
    async firstStart(db) {
      await readSettings(db);
    },
  };
}

export const verification: ModuleManifest = verificationModule();
