import type { ModuleManifest } from '../../core/module.ts';
import { defaultAssemblyEnv, type AssemblyEnv } from './assembly-env.ts';
import { mountAssemblyRoutes } from './assembly.routes.ts';
import { ensureStateParticipants } from './assembly.service.ts';
import { mountMotionRoutes } from './motion.routes.ts';
import { readRules } from './participants.repository.ts';
import { mountTranslationRoutes } from './translation.routes.ts';
import { mountTreatyRoutes } from './treaty.routes.ts';
import { mountWitnessRoutes } from './witness.routes.ts';

/**
 * The constituent assembly: participants (every state, and organizations), weighted veto-free
 * rules, treaty texts with amendments, motions with ballots that can be retallied from the log,
 * voting power, signature, ratification and entry into force.
 *
 * `env` supplies the clock (default: the real one); a test passes its own to move a motion past
 * its opening or closing time without waiting for it.
 */
export function assemblyModule(env: AssemblyEnv = defaultAssemblyEnv()): ModuleManifest {
  return {
    name: 'assembly',
    routes(app) {
      mountAssemblyRoutes(app, env);
      mountTreatyRoutes(app, env);
      mountTranslationRoutes(app);
      mountMotionRoutes(app, env);
      mountWitnessRoutes(app);
    },
    /** Every reference state takes part, invited; the rules start at their defaults. */
    async firstStart(db) {
      await ensureStateParticipants(db);
      await readRules(db);
    },
  };
}

export const assembly: ModuleManifest = assemblyModule();
