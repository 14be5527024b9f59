import type { Db } from './db/client.ts';
import type { App, AppDeps } from './http/context.ts';

/**
 * A module declares itself in one manifest (its `index.ts`): the app mounts
 * the manifests it is given, so adding a module never means editing
 * scattered registries.
 */
export interface ModuleManifest {
  name: string;
  /** Mounts the module's routes. */
  routes(app: App, deps: AppDeps): void;
  /** Loads the module's data on first start (empty database), after the reference states. */
  firstStart?(db: Db): Promise<void>;
}
