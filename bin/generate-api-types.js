#!/usr/bin/env node
// `npm run generate:api`: writes web/src/api/openapi.gen.ts from the server's OpenAPI document.
import { register } from 'tsx/esm/api';

register();
const { writeApiTypes } = await import('../web/scripts/api-types.ts');
await writeApiTypes();
