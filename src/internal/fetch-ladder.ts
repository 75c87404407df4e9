import type { LadderResult } from '../data/problems.js';
import { documents } from './on-demand.js';
import { resolveUrl } from './safe-url.js';

export const failure = (message: string): LadderResult => ({ ok: false, errors: [{ path: '', message }] });

/** The validator, which loads on demand, could not be had: the page's copy of pm-ladder lacks it, or the network failed. */
export const notLoaded = (error: unknown): LadderResult =>
  failure(
    `could not be checked: the part of pm-ladder that checks a ladder document did not load (${String(error)}); a page that loads pm-ladder.bundle.js needs pm-ladder.documents.js beside it`,
  );

/** A request started before the code that reads its answer had loaded. */
export interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
}

/** The requests of a page's first `src` documents, by URL, until the code that shares and reads them has loaded. */
const early = new Map<string, EarlyRequest>();

/** How an element's `src` is read: a ladder document in JSON, or a sheet in CSV (docs/sheet-layout.md). */
export type LadderFormat = 'json' | 'csv';

export const fetchOptions = { headers: { accept: 'application/json' } };

/**
 * Loads and validates the ladder document at `url`, a sheet when `format` (or the answer) says
 * so (see request-ladder.ts, which loads on demand). The first time, the request starts here, beside the code that reads it, so that
 * neither waits for the other.
 */
export function fetchLadder(
  url: string,
  signal: AbortSignal,
  timeout?: number,
  format?: LadderFormat,
): Promise<LadderResult> {
  const since = performance.now();
  const loaded = documents.now();
  if (loaded) return loaded.requestLadder(url, signal, timeout, since, undefined, format);
  const module = documents.load();
  const key = resolveUrl(url)?.href;
  if (key && !early.has(key)) {
    const controller = new AbortController();
    const response = fetch(key, { ...fetchOptions, signal: controller.signal });
    response.catch(() => undefined);
    early.set(key, { response, controller });
  }
  return module.then(
    (module) => module.requestLadder(url, signal, timeout, since, early, format),
    (error: unknown) => {
      for (const request of early.values()) request.controller.abort();
      early.clear();
      return notLoaded(error);
    },
  );
}
