import type { ModuleManifest } from '../core/module.ts';

/** The modules the app mounts, in order. Each is declared by its own index.ts. */
export const modules: ModuleManifest[] = [];
