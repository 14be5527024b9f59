#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints their figures.
import { register } from 'tsx/esm/api';

register();
await import('../bench/index.ts');
