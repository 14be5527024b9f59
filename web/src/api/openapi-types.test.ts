import fs from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesText } from '../../scripts/api-types.ts';

it('openapi.gen.ts is generated from the current server (else run `npm run generate:api`)', async () => {
  const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
  expect(committed === (await apiTypesText()), 'web/src/api/openapi.gen.ts is stale: run `npm run generate:api`').toBe(true);
});
