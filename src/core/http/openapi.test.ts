/**
 * The OpenAPI document as a client no one here wrote reads it: lint-clean under Redocly's
 * recommended rules, one unique verb-noun operationId per operation, and component names that
 * mean one schema each. (That every response the server gives matches the document is checked
 * on every request of the suite: see test/fixtures/openapi-responses.ts.)
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app.ts';

const t = await testApp();
afterAll(() => t.close());

interface Document {
  paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
}

const text = await (await t.request('GET', '/api/openapi.json')).text();
const doc = JSON.parse(text) as Document;
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
);

/** A schema's JSON without `additionalProperties: false`, which the served document adds to every closed object. */
const opened = (schema: unknown) =>
  JSON.stringify(schema, (key, value: unknown) => (key === 'additionalProperties' && value === false ? undefined : value));

describe('the OpenAPI document', () => {
  it('has no problem under the recommended rules', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: text, absoluteRef: 'openapi.json', config });
    const shown = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    expect(shown).toEqual([]);
  });

  it('names every operation once, verb then noun in camelCase', () => {
    const ids = operations.map(({ key, op }) => ({ key, id: op.operationId }));
    expect(ids.filter(({ id }) => !id || !/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(id))).toEqual([]);
    const seen = new Map<string, string>();
    const twice = ids.filter(({ key, id }) => seen.has(id!) || !seen.set(id!, key));
    expect(twice).toEqual([]);
  });

  it('means one schema by each component name', () => {
    // Each route's document on its own names the schemas it uses; the whole document must hold
    // the same schema under each name, else two modules named different shapes alike.
    const differing = new Set<string>();
    for (const definition of t.app.openAPIRegistry.definitions) {
      if (definition.type !== 'route') continue;
      const alone = new OpenAPIHono();
      alone.openAPIRegistry.registerPath(definition.route);
      const { components } = alone.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'one route', version: '0' } });
      for (const [name, schema] of Object.entries(components?.schemas ?? {})) {
        if (opened(doc.components.schemas[name]) !== opened(schema))
          differing.add(`${name} (${definition.route.method.toUpperCase()} ${definition.route.path})`);
      }
    }
    expect([...differing]).toEqual([]);
  });

  it('documents at least one 4XX response for every operation', () => {
    const without = operations.filter(({ op }) => !Object.keys(op.responses).some((s) => s.startsWith('4')));
    expect(without.map((o) => o.key)).toEqual([]);
  });
});
