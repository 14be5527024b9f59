import type { components } from '../../../api/client.ts';

/** The assembly's rules as GET and PUT /api/assembly/rules carry them. */
export type Rules = components['schemas']['AssemblyRules'];
export type MotionKind = keyof Rules['thresholds'];
