/**
 * Test set-up shared by the assembly's HTTP tests: a clock the tests move, the app's modules with
 * the assembly on that clock, member states with one delegate each, and a draft treaty. Not
 * imported by the app.
 */
import type { ModuleManifest } from '../../core/module.ts';
import type { TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import { modules } from '../index.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import { assemblyModule } from './index.ts';
import type { Participant } from './participants.dto.ts';
import { LANGUAGES } from './languages.ts';
import type { NewTreaty, Treaty } from './treaties.dto.ts';

export const PASSWORD = 'delegate password 123';

/**
 * A clock for the assembly that runs with real time until a test stops it at an instant (`set`)
 * or runs it ahead of real time (`runAhead`), and runs with real time again after `reset`. Real
 * time by default, because the tests date their motions from `Date.now()`.
 */
export function assemblyTestClock() {
  let stopped: Date | null = null;
  let ahead = 0;
  // Arrow functions, not methods: tests pass them on unbound (`afterEach(clock.reset)`).
  return {
    now: (): Date => (stopped ? new Date(stopped) : new Date(Date.now() + ahead)),
    /** Stops the clock at `at`: a Date, or an offset in ms from the real now. */
    set: (at: Date | number): void => {
      stopped = typeof at === 'number' ? new Date(Date.now() + at) : new Date(at);
    },
    /** Lets the clock run, `ms` ahead of real time. */
    runAhead: (ms: number): void => {
      stopped = null;
      ahead = ms;
    },
    /** Lets the clock run with real time again. */
    reset: (): void => {
      stopped = null;
      ahead = 0;
    },
  };
}

export type AssemblyTestClock = ReturnType<typeof assemblyTestClock>;

/**
 * The modules the app boots, in its order, with the assembly built on `env`: pass the result as
 * `testApp(undefined, {}, { modules })` or `startServer({ modules })`. (Taken from the app's list,
 * so the assembly's tests import no other module.)
 */
export function modulesWithAssembly(env: AssemblyEnv): ModuleManifest[] {
  return modules.map((m) => (m.name === 'assembly' ? assemblyModule(env) : m));
}

export interface AssemblyFixture<Code extends string = string> {
  admin: string;
  /** Participant id of a state by ISO code. */
  idOf: (iso3: string) => number;
  /** Session cookie of the delegate of each member (and of any `extraDelegates`), by ISO code. */
  delegate: Record<Code, string>;
  /** Makes a delegate account for a participant id and logs it in. */
  addDelegate(label: string, participantId: number): Promise<string>;
}

/**
 * Makes `members` members, and one delegate account per state in `members` and `extraDelegates`
 * (the latter stay invited).
 */
export async function setUpAssembly<Member extends string, Extra extends string = never>(
  t: TestApp,
  members: readonly Member[],
  extraDelegates: readonly Extra[] = [],
): Promise<AssemblyFixture<Member | Extra>> {
  const admin = await t.login();
  const { participants } = await expectJson<{ participants: Participant[] }>(t.request('GET', '/api/assembly/participants?kind=state'));
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
    await expectJson(
      t.request('POST', '/api/users', {
        cookie: admin,
        body: { email, name: `Delegate of ${label}`, role: 'delegate', password: PASSWORD, participantId },
      }),
      201,
    );
    return t.login(email, PASSWORD);
  };
  const delegate = {} as Record<Member | Extra, string>; // the loop below gives every code its cookie
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
  entryIntoForce: { ratifications: 2, populationShare: 0.3, gdpShare: null, combine: 'and', delayDays: 30 },
  sourceLanguage: 'en',
} satisfies NewTreaty;

/** A stand-in translation of `text` into `lang`: tagged with the language, empty where the source is. */
const stand = (lang: string, text: string) => (text === '' ? '' : `[${lang}] ${text}`.slice(0, 500));

/**
 * Translates the title and every article of the treaty's current version into every language but
 * its source language (or only `languages`), through the API as `cookie` (a translator, staff or
 * the admin), so that an adoption motion under the default rules (all six languages required) may
 * be put. The translations are the source text tagged `[lang]`: tests need them current, not good.
 */
export async function translateAll(t: TestApp, cookie: string, treatyId: number, languages?: readonly string[]): Promise<void> {
  const treaty = await expectJson<Treaty>(t.request('GET', `/api/treaties/${treatyId}`));
  const targets = (languages ?? LANGUAGES).filter((l) => l !== treaty.sourceLanguage);
  const sourceVersion = treaty.currentVersion;
  for (const lang of targets) {
    const texts = [
      { key: 'title', heading: stand(lang, treaty.text.title), body: '' },
      ...treaty.text.articles.map((a) => ({
        key: a.key,
        heading: stand(lang, a.heading),
        body: a.body === '' ? '' : `[${lang}] ${a.body}`,
      })),
    ];
    for (const { key, heading, body } of texts) {
      await expectJson(
        t.request('PUT', `/api/treaties/${treatyId}/translations/${lang}/${key}`, { cookie, body: { sourceVersion, heading, body } }),
      );
    }
  }
}
