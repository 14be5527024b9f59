import type { ModuleManifest } from '../../core/module.ts';
import { mountAssemblyRoutes } from './assembly.routes.ts';
import { ensureStateParticipants } from './assembly.service.ts';
import { readRules } from './assembly.repository.ts';
import { mountMotionRoutes } from './motion.routes.ts';
import { mountTreatyRoutes } from './treaty.routes.ts';

/**
 * The constituent assembly: participants (every state, and organizations), weighted veto-free
 * rules, treaty texts with amendments, motions with ballots that can be retallied from the log,
 * voting power, signature, ratification and entry into force.
 */
export const assembly: ModuleManifest = {
  name: 'assembly',
  routes(app) {
    mountAssemblyRoutes(app);
    mountTreatyRoutes(app);
    mountMotionRoutes(app);
  },
  /** Every reference state takes part, invited; the rules start at their defaults. */
  async firstStart(db) {
    await ensureStateParticipants(db);
    await readRules(db);
  },
};
