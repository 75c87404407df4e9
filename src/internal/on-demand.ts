import type * as Documents from './documents.js';

/**
 * Code that only some pages need, loaded the first time one does: in the bundle, a file beside it
 * (as the language files are). `now()` is the module once it is here, so that an element renders
 * with it in the same update; `load()` fetches it once, and again after a failure.
 */
export interface OnDemand<T> {
  now(): T | undefined;
  load(): Promise<T>;
  /** Hands over the module loaded some other way (the hydrating bundle carries it). */
  provide(module: T): void;
}

function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    now: () => module,
    load: () =>
      (loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    provide: (loaded) => void (module = loaded),
  };
}

/** What only a ladder document of its own needs: the validator, `src` requests, and views (documents.ts). */
export const documents: OnDemand<typeof Documents> = onDemand(() => import('./documents.js'));
