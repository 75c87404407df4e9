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

/**
 * Imports the module. `again` is empty the first time, and after each failure a query that makes
 * the file's URL a new one: a browser keeps a failed import for the page's life, so asking for
 * the same URL again would fail at once. The bundle's build appends it to the import's path
 * (rollup.config.mjs); unbundled, the page's own bundler loads the file.
 */
export type Importer<T> = (again: string) => Promise<T>;

export function onDemand<T>(importer: Importer<T>): OnDemand<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  let failures = 0;
  return {
    now: () => module,
    load: () =>
      (loading ??= importer(failures ? `?again=${failures}` : '').then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          failures++;
          throw error;
        },
      )),
    provide: (loaded) => void (module = loaded),
  };
}

/** What only a ladder document of its own needs: the validator, `src` requests, and views (documents.ts). */
export const documents: OnDemand<typeof Documents> = onDemand((_again) => import('./documents.js'));
