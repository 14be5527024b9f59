import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPagePath, PAGE_PATHS } from './page-paths.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const SIGNED_IN_AREAS = ['admin/*', 'account/*'];

/** The `<Route path="…">` and `index` routes of one routes file, as full paths under `prefix`. */
function routesIn(file: string, prefix: string): string[] {
  const source = fs.readFileSync(path.join(here, file), 'utf8');
  const paths = [...source.matchAll(/<Route\s+(?:path="([^"]+)"|index\b)/g)].map((m) => m[1] ?? '');
  // A splat is a page area only for the signed-in areas (`admin/*`, `account/*`); the modules'
  // splats hand over to their own routes files, read below.
  return paths.filter((p) => !p.endsWith('*') || SIGNED_IN_AREAS.includes(p)).map((p) => (p ? `${prefix}/${p}` : prefix || '/'));
}

describe('PAGE_PATHS', () => {
  it('lists every route the app declares, and nothing else', () => {
    const declared = [
      ...routesIn('app.tsx', ''),
      ...routesIn('routes/coalition/coalition-routes.tsx', '/coalition'),
      ...routesIn('routes/assembly/assembly-routes.tsx', '/assembly'),
      ...routesIn('routes/verification/verification-routes.tsx', '/verification'),
    ];
    expect([...new Set(declared)].sort()).toEqual([...PAGE_PATHS].sort());
  });
});

describe('isPagePath', () => {
  it('matches pages with their parameters and an optional trailing slash', () => {
    expect(isPagePath('/')).toBe(true);
    expect(isPagePath('/assembly/treaties/7')).toBe(true);
    expect(isPagePath('/assembly/treaties/7/')).toBe(true);
    expect(isPagePath('/assembly/treaties/7/amendments/3')).toBe(true);
    expect(isPagePath('/admin')).toBe(true);
    expect(isPagePath('/admin/accounts/12')).toBe(true);
  });
  it('refuses what no page answers', () => {
    expect(isPagePath('/admins')).toBe(false);
    expect(isPagePath('/assembly/treaties/7/x')).toBe(false);
    expect(isPagePath('/coalitionx')).toBe(false);
    expect(isPagePath('/assets/missing.js')).toBe(false);
  });
});
