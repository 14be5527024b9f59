/**
 * Test set-up shared by the assembly's HTTP tests: member states with one delegate each, a draft
 * treaty, and a clock the tests move. Not imported by the app.
 */
import type { TestApp } from '../../../test/fixtures/app.ts';
import { clock } from './clock.ts';

export const PASSWORD = 'delegate password 123';

export const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

/** Parses a JSON response, failing with its body when the status is not the expected one. */
export async function expectJson<T = any>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  const text = await r.text();
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Moves the assembly's clock to `at` (a Date or an offset in ms from the real now). */
export function setClock(at: Date | number): void {
  const when = typeof at === 'number' ? new Date(Date.now() + at) : at;
  clock.now = () => new Date(when);
}

export function resetClock(): void {
  clock.now = () => new Date();
}

export interface AssemblyFixture {
  admin: string;
  /** Participant id of a state by ISO code. */
  idOf: (iso3: string) => number;
  /** Session cookie of the delegate of each member (and of any `extraDelegates`). */
  delegate: Record<string, string>;
  /** Makes a delegate account for a participant id and logs it in. */
  addDelegate(label: string, participantId: number): Promise<string>;
}

/**
 * Makes `members` members, and one delegate account per state in `members` and `extraDelegates`
 * (the latter stay invited).
 */
export async function setUpAssembly(t: TestApp, members: string[], extraDelegates: string[] = []): Promise<AssemblyFixture> {
  const admin = await t.login();
  const { participants } = await expectJson<{ participants: { id: number; iso3: string }[] }>(t.request('GET', '/api/assembly/participants?kind=state'));
  const ids = new Map(participants.map((p) => [p.iso3, p.id]));
  const idOf = (iso3: string) => {
    const id = ids.get(iso3);
    if (id === undefined) throw new Error(`no participant ${iso3}`);
    return id;
  };
  for (const iso3 of members) {
    await expectJson(t.request('PATCH', `/api/assembly/participants/${idOf(iso3)}`, { cookie: admin, body: { status: 'member' } }));
  }
  const addDelegate = async (label: string, participantId: number) => {
    const email = `delegate-${label.toLowerCase()}@test.local`;
    await expectJson(t.request('POST', '/api/users', { cookie: admin, body: { email, name: `Delegate of ${label}`, role: 'delegate', password: PASSWORD, participantId } }), 201);
    return t.login(email, PASSWORD);
  };
  const delegate: Record<string, string> = {};
  for (const iso3 of [...members, ...extraDelegates]) delegate[iso3] = await addDelegate(iso3, idOf(iso3));
  return { admin, idOf, delegate, addDelegate };
}

export const DRAFT = {
  title: 'Framework Treaty on Frontier AI',
  articles: [
    { heading: 'Definitions', body: 'For the purposes of this Treaty, "compute" means floating-point operations.' },
    { heading: 'Thresholds', body: 'A training run above 10^26 FLOP requires a licence.' },
    { heading: 'Verification', body: 'Each Party shall report quarterly to the Agency.' },
  ],
  entryIntoForce: { ratifications: 2, populationShare: 0.3, gdpShare: null, combine: 'and' as const, delayDays: 30 },
};
