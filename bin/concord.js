#!/usr/bin/env node
// The `concord` command: TypeScript sources run directly through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
try {
  await import('../src/cli/index.ts');
} catch (err) {
  // Only a broken installation fails here (a command's own failures are handled in src/cli/run.ts): still one line.
  process.stderr.write(`concord: unexpected error: ${String(err?.message ?? err).split('\n')[0]}\n`);
  if (process.env.CONCORD_DEBUG === '1' && err?.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}
