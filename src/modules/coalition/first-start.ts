import type { Db } from '../../core/db/client.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { addContributionsUnchecked } from './contributions.service.ts';
import { FOUNDING_PARTNERS, FUNDING_SO_FAR, SOURCE_DATE } from './first-start-data.ts';
import { addOrganizationUnchecked, addPersonUnchecked } from './members.service.ts';

/** Loads the coalition's founding partners and its published contributors (see first-start-data.ts). */
export async function loadFirstStartData(db: Db, env: Pick<CoalitionEnv, 'now'>): Promise<void> {
  const orgIds = new Map<string, number>();
  for (const org of FOUNDING_PARTNERS) orgIds.set(org.name, (await addOrganizationUnchecked(db, null, org)).id);
  const entries = [];
  for (const { person, hours, dollars, note } of FUNDING_SO_FAR) {
    const { organizationName, ...fields } = person;
    const created = await addPersonUnchecked(db, { ...fields, organizationId: organizationName ? orgIds.get(organizationName) : null });
    entries.push({
      personId: created.id,
      contributedOn: SOURCE_DATE,
      hours,
      ...(dollars ? { amountMinor: dollars * 100, currency: 'USD' } : {}),
      description: `As published on the coalition's "Funding so Far" page${note ? ` (${note})` : ''}`,
    });
  }
  await addContributionsUnchecked(db, null, entries, env);
}
