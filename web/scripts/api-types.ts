/**
 * Generates web/src/api/openapi.gen.ts, the TypeScript types of every route of the server's own
 * OpenAPI document, which the web app's typed client (openapi-fetch) and the CLI are written
 * against: a field renamed on the server breaks `npm run typecheck`, not a user's page. The server
 * is booted in memory (PGlite) just long enough to read its document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { boot } from '../../src/core/boot.ts';
import { loadConfig } from '../../src/core/config.ts';
import { openDatabase } from '../../src/core/db/client.ts';
import { modules } from '../../src/modules/index.ts';

export const API_TYPES_FILE = fileURLToPath(new URL('../src/api/openapi.gen.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run generate:api\`; do not edit.
 * A test fails when this file is older than the server's routes.
 */

`;

/** The server's OpenAPI document, as GET /api/openapi.json serves it. */
export async function serverDocument(): Promise<OpenAPI3> {
  const booted = await boot(loadConfig({ dataDir: '/nonexistent', logLevel: 'warn' }, {}), modules, await openDatabase({}));
  try {
    return (await (await booted.app.request('http://localhost/api/openapi.json')).json()) as OpenAPI3;
  } finally {
    await booted.database.close();
  }
}

/** The text of openapi.gen.ts for the current server. */
export async function apiTypesText(): Promise<string> {
  const ast = await openapiTS(await serverDocument(), { alphabetize: true });
  return HEADER + astToString(ast);
}

export async function writeApiTypes(): Promise<void> {
  fs.writeFileSync(API_TYPES_FILE, await apiTypesText());
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
