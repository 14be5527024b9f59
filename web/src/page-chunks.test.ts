import { describe, expect, it } from 'vitest';
import {
  AccountRoutes,
  AdminRoutes,
  AssemblyDashboard,
  AssemblyRoutes,
  CoalitionRoutes,
  firstPage,
  StatesPage,
  VerificationRoutes,
} from './page-chunks.ts';

describe('firstPage', () => {
  it("names each module's catalogue and the chunk of the page opened", () => {
    expect(firstPage('/assembly/treaties/1')).toEqual({ namespaces: ['assembly'], preload: AssemblyRoutes.preload });
    expect(firstPage('/assembly')).toEqual({ namespaces: ['assembly'], preload: AssemblyDashboard.preload });
    expect(firstPage('/assembly/')).toEqual({ namespaces: ['assembly'], preload: AssemblyDashboard.preload });
    expect(firstPage('/coalition/funding')).toEqual({ namespaces: ['coalition'], preload: CoalitionRoutes.preload });
    expect(firstPage('/verification/facilities/fac-01')).toEqual({ namespaces: ['verification'], preload: VerificationRoutes.preload });
    expect(firstPage('/states')).toMatchObject({ namespaces: [], preload: StatesPage.preload });
    expect(firstPage('/admin/accounts')).toEqual({ namespaces: ['admin'], preload: AdminRoutes.preload });
    expect(firstPage('/account/tokens')).toEqual({ namespaces: ['account'], preload: AccountRoutes.preload });
  });

  it('asks nothing more for the pages that come with the app, or for a path that is no page', () => {
    for (const path of ['/', '/log', '/login', '/nowhere', '/constructor', '/__proto__/x']) {
      expect(firstPage(path).namespaces).toEqual([]);
    }
  });
});
