import type { App } from '../../core/http/context.ts';
import { mountCampaignsRoutes } from './campaigns.routes.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { mountContributionsRoutes } from './contributions.routes.ts';
import { mountEventsRoutes } from './events.routes.ts';
import { mountMembersRoutes } from './members.routes.ts';
import { mountOutreachRoutes } from './outreach.routes.ts';
import { publicWriteLimit } from './public-writes.ts';
import { mountRoadmapRoutes } from './roadmap.routes.ts';

/** Every coalition route, under /api/coalition. */
export function mountCoalitionRoutes(app: App, env: CoalitionEnv) {
  // One limiter for both public writes, so a client cannot double its allowance.
  const limit = publicWriteLimit(env);
  app.use('/api/coalition/campaigns/:id/pledges', limit);
  app.use('/api/coalition/events/:id/registrations', limit);
  mountMembersRoutes(app);
  mountContributionsRoutes(app, env);
  mountCampaignsRoutes(app, env);
  mountEventsRoutes(app, env);
  mountOutreachRoutes(app, env);
  mountRoadmapRoutes(app);
}
