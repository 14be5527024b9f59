#!/usr/bin/env node
// The `concord` command: TypeScript sources run directly through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
