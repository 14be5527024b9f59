import { lazy, type ComponentType } from 'react';

/** A lazily loaded component whose code can be fetched before it is first drawn. */
export type Preloadable<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * Like React's `lazy`, plus `preload()`: the first page's chunk is fetched alongside the app's
 * own catalogues (first-page.ts), so that page renders whole, without a loading step and without
 * React's pause before it reveals a suspended page. Once the chunk is loaded, the component
 * resolves in the same render: `lazy` calls `then` and reads the module if the callback ran at
 * once, which a thenable that already holds the module does (a resolved Promise would call back
 * only after a microtask, too late for that render).
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: { default: ComponentType<P> } | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        pending = undefined; // A failed fetch (offline) is tried again by the next render.
        throw error;
      },
    ));
  const Lazy = lazy(() => {
    const module = loaded;
    if (!module) return preload();
    const ready = { then: (resolve: (loadedModule: typeof module) => void) => resolve(module) };
    return ready as unknown as Promise<typeof module>;
  });
  return Object.assign(Lazy as unknown as ComponentType<P>, { preload });
}
