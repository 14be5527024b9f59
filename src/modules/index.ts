import type { ModuleManifest } from '../core/module.ts';
import { assembly } from './assembly/index.ts';
import { coalition } from './coalition/index.ts';
import { verification } from './verification/index.ts';

/** The modules the app mounts, in order. Each is declared by its own index.ts. */
export const modules: ModuleManifest[] = [coalition, assembly, verification];
