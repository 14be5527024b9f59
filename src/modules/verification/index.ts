import type { ModuleManifest } from '../../core/module.ts';
import { mountAccountingRoutes } from './accounting.routes.ts';
import { mountChallengeRoutes } from './challenge.routes.ts';
import { mountFacilityRoutes } from './facility.routes.ts';
import { mountReportRoutes } from './report.routes.ts';
import { readSettings } from './settings.repository.ts';

/**
 * Verification for the AI Safety Agency: facilities with their accelerators and signing keys,
 * declared training runs, signed compute reports, accounting of FLOP per run and of
 * accelerator-hours per facility, flags, and challenges answered by revealing committed records.
 */
export const verification: ModuleManifest = {
  name: 'verification',
  routes(app) {
    mountFacilityRoutes(app);
    mountReportRoutes(app);
    mountAccountingRoutes(app);
    mountChallengeRoutes(app);
  },
  /** The settings start at the pure cores' defaults. */
  async firstStart(db) {
    await readSettings(db);
  },
};
