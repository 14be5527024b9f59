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
/** `publicUrl` is where people reach this server (PUBLIC_URL), for the absolute links the calendar feed writes. */
export function mountCoalitionRoutes(app: App, env: CoalitionEnv, publicUrl: string) {
  // One limiter for both public writes, so a client cannot double its allowance.
  const limit = publicWriteLimit(env);
  app.use('/api/coalition/campaigns/:id/pledges', limit);
  app.use('/api/coalition/events/:id/registrations', limit);
  mountMembersRoutes(app);
  mountContributionsRoutes(app, env);
  mountCampaignsRoutes(app, env);
  mountEventsRoutes(app, env, publicUrl);
  mountOutreachRoutes(app, env);
  mountRoadmapRoutes(app);
}
