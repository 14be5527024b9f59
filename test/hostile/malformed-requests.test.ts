/**
 * The regression net of issue 9: every operation of /api/openapi.json, sent malformed requests
 * generated from its own schema (see openapi-cases.ts), as the admin so that authorization hides
 * no validation. Each must be refused with a 4xx and the JSON error shape `{error:{code,message}}`
 * (never a 5xx, never a 2xx), and no operation's batch may add an entry to the log. A probe (a GET
 * with junk in a free-text filter, say) may answer 200 but never 5xx.
 *
 * After each batch the operation's base request is sent once and must be accepted: every case is
 * one fault away from it, so a refusal is for that fault and not for a stale base.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { assemblyTestClock, modulesWithAssembly } from '../../src/modules/assembly/assembly.fixture.ts';
import { ORIGIN, testApp } from '../fixtures/app.ts';
import { checkResponse } from '../fixtures/openapi-responses.ts';
import { exampleFor, jsonText, operationCases, type HostileCase, type OpenApiDocument } from './openapi-cases.ts';
import { buildWorld } from './world.ts';

const assemblyClock = assemblyTestClock();
const t = await testApp(undefined, {}, { modules: modulesWithAssembly({ now: assemblyClock.now }) });
const world = await buildWorld(t, assemblyClock);
const documentText = await (await t.request('GET', '/api/openapi.json')).text();
const doc = JSON.parse(documentText) as OpenApiDocument;
const operations = Object.entries(doc.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${template}`, method, template, op })),
);

const tally = { operations: 0, refusing: 0, requests: 0 };
/** Requests in flight at once: enough to overlap the work of one in-process app, not to thrash two cores. */
const CONCURRENCY = 4;

async function logSize(): Promise<number> {
  const text = await (await t.request('GET', '/api/log/checkpoint')).text();
  return Number(text.split('\n')[1]);
}

/** The entries appended since `from`, one line each, to say what a batch logged. */
async function logged(from: number, to: number): Promise<string> {
  const res = await t.request('GET', `/api/log/entries?start=${from}&end=${Math.min(to, from + 20)}`);
  const { entries } = (await res.json()) as { entries: { entry: { kind: string; subject: string | null; body: unknown } }[] };
  return entries.map(({ entry }) => `    ${entry.kind} ${entry.subject ?? ''} ${JSON.stringify(entry.body).slice(0, 160)}`).join('\n');
}

function send(c: HostileCase, method: string, cookie: string) {
  const headers: Record<string, string> = { origin: ORIGIN, ...(cookie ? { cookie } : {}), ...c.headers };
  return t.app.request(`${ORIGIN}${c.path}`, { method: method.toUpperCase(), headers, body: c.body as BodyInit | undefined });
}

/** What is wrong with the answer to `c`, or undefined when it is as it must be. */
async function problemWith(c: HostileCase, method: string, res: Response): Promise<string | undefined> {
  // Every answer, refusals included, is one the document lists: its status, media type and error codes.
  const undocumented = await checkResponse(documentText, method.toUpperCase(), c.path, res).catch((e: Error) => e.message);
  if (undocumented) return undocumented;
  const text = await res.text();
  const shown = `${res.status} ${text.slice(0, 300)}`;
  if (res.status >= 500) return `server error ${shown}`;
  if (c.expect === 'refused' && res.status < 400) return `accepted: ${shown}`;
  if (res.status < 400) return undefined;
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) return `refused with content-type "${type}", not JSON: ${shown}`;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return `refused with a body that is not JSON: ${shown}`;
  }
  const error = body?.error;
  if (typeof error?.code !== 'string' || !error.code || typeof error?.message !== 'string')
    return `refused without {error:{code,message}}: ${shown}`;
  return undefined;
}

/** What is wrong with a GET operation's base request and its answer, or undefined. */
async function getBaseProblem(
  template: string,
  op: (typeof operations)[number]['op'],
  base: (typeof world.bases)[string],
  cookie: string,
): Promise<string | undefined> {
  const values = { ...world.pathValues(template), ...base.pathValues };
  const queryValues: Record<string, string> = { ...base.query };
  for (const p of op.parameters ?? []) {
    if (p.in === 'query' && p.required && !(p.name in queryValues)) queryValues[p.name] = String(exampleFor(doc, p.schema));
  }
  const query = new URLSearchParams(queryValues).toString();
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '') + (query ? `?${query}` : '');
  const baseCase: HostileCase = { name: 'base', path, headers: {}, expect: 'probe' };
  const res = await send(baseCase, 'get', cookie);
  const problem = await problemWith(baseCase, 'get', res.clone());
  if (problem) return `its base request: ${problem}`;
  if (base.refusedWith !== undefined) {
    const code = res.status >= 400 ? ((await res.json()) as { error: { code: string } }).error.code : undefined;
    return code === base.refusedWith ? undefined : `its base request answered ${res.status} ${code ?? ''}, not ${base.refusedWith}`;
  }
  return res.status >= 300 ? `its base request is refused (${res.status}): update test/hostile/world.ts` : undefined;
}

async function inPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  // One iterator shared by the workers: each item is taken by exactly one of them.
  const queue = items.values();
  const worker = async () => {
    for (const item of queue) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

describe('hostile input: every operation of /api/openapi.json refuses malformed requests', () => {
  afterAll(async () => {
    console.log(
      `hostile input: ${tally.requests} malformed requests over ${tally.operations} of ${operations.length} operations ` +
        `(${tally.refusing} with cases that must be refused, the rest probed for 5xx only)`,
    );
    world.close();
    await t.close();
  });

  it('finds the operations in the document', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  for (const { key, method, template, op } of operations) {
    it(key, async () => {
      const base = world.bases[key] ?? {};
      const cases = operationCases(doc, method, template, op, {
        ...base,
        pathValues: { ...world.pathValues(template), ...base.pathValues },
      });
      const cookie = world.cookieFor(key);
      const failures: string[] = [];
      await base.before?.();
      const before = await logSize();
      await inPool(cases, CONCURRENCY, async (c) => {
        const problem = await problemWith(c, method, await send(c, method, cookie));
        if (problem) failures.push(`${key} — ${c.name}: ${problem}`);
      });
      const after = await logSize();
      if (after !== before) failures.push(`${key}: the log grew from ${before} to ${after} entries:\n${await logged(before, after)}`);
      tally.requests += cases.length;
      if (cases.length > 0) tally.operations += 1;
      if (cases.some((c) => c.expect === 'refused')) tally.refusing += 1;

      // The base request itself is accepted (it may change the world for the operations after it);
      // a GET's answer is held to the document too, so every operation's success is checked once.
      if (method === 'get' && !op.requestBody) {
        const problem = await getBaseProblem(template, op, base, cookie);
        if (problem) failures.push(`${key} — ${problem}`);
      } else if (op.requestBody && base.body !== undefined) {
        const [media] = Object.keys(op.requestBody.content);
        if (media === undefined) throw new Error(`${key}: its request body has no media type`);
        const values = { ...world.pathValues(template), ...base.pathValues };
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
          const value = values[name];
          if (value === undefined) throw new Error(`${key}: no value for the path parameter ${name}`);
          return value;
        });
        let body: string;
        if (media === 'application/json') body = jsonText(base.body);
        else if (typeof base.body === 'string') body = base.body;
        else throw new Error(`${key}: a ${media} base body must be its text`);
        const baseCase: HostileCase = { name: 'base', path, headers: { 'content-type': media }, body, expect: 'probe' };
        const res = await send(baseCase, method, cookie);
        const problem = await problemWith(baseCase, method, res.clone());
        if (problem) failures.push(`${key} — its base request: ${problem}`);
        if (res.status >= 300) {
          failures.push(
            `${key} — its base request is refused (${res.status} ${(await res.text()).slice(0, 300)}): update test/hostile/world.ts so that each case is one fault away from an accepted request`,
          );
        }
      } else if (op.requestBody) {
        failures.push(`${key}: no base request in test/hostile/world.ts; add one so that its cases reach past validation`);
      }
      if (failures.length > 0) expect.fail(`${failures.length} problem(s):\n${failures.join('\n')}`);
    });
  }
});
