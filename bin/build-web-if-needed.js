// Builds the web app once, so `npm start` and `npm test` work on a fresh clone;
// rebuilds when any web source is newer than the build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const built = path.join(root, 'web/dist/index.html');

/**
 * The latest modification time (ms) of any file under `dir`.
 * @param {string} dir
 * @returns {number}
 */
function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

const sources = [
  path.join(root, 'web/src'),
  path.join(root, 'web/public'),
  path.join(root, 'web/index.html'),
  path.join(root, 'web/vite.config.ts'),
];
const sourceTime = Math.max(
  ...sources.filter(fs.existsSync).map((p) => (fs.statSync(p).isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)),
);
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sourceTime) {
  console.log('Building the web app…');
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
