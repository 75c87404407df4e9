import type { LadderResult } from '../data/problems.js';
import { documents } from './on-demand.js';
import { resolveUrl } from './safe-url.js';

interface Request {
  result: Promise<LadderResult>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per URL per page, shared by every element that shows it. */
const requests = new Map<string, Request>();

export const failure = (message: string): LadderResult => ({ ok: false, errors: [{ path: '', message }] });

/** The validator, which loads on demand, could not be had: the page's copy of pm-ladder lacks it, or the network failed. */
export const notLoaded = (error: unknown): LadderResult =>
  failure(
    `could not be checked: the part of pm-ladder that checks a ladder document did not load (${String(error)}); a page that loads pm-ladder.bundle.js needs pm-ladder.documents.js beside it`,
  );

async function request(url: string, signal: AbortSignal): Promise<LadderResult> {
  // The code that reads and checks the answer loads while the request is on its way, not after it.
  const reader = documents.load();
  reader.catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return failure(`could not be loaded from ${url}: the network request failed (${String(error)})`);
  }
  return reader.then(
    (module) => module.readLadder(response, url, signal),
    (error: unknown) => {
      response.body?.cancel().catch(() => undefined);
      return notLoaded(error);
    },
  );
}

/** How long a request may take, headers and body, unless an element's `load-timeout` says otherwise. */
export const DEFAULT_LOAD_TIMEOUT = 20000;

/** The longest delay setTimeout keeps; a longer one would fire at once. */
const LONGEST_TIMEOUT = 2 ** 31 - 1;

/**
 * Loads and validates the ladder document at `url`. Elements asking for the same URL share one
 * request, and a good document is kept for the page's life; a failure is not kept, so the next
 * element to ask tries again. Each element waits at most its own `timeout` milliseconds; a
 * request nobody waits for any more is aborted.
 */
export function fetchLadder(
  url: string,
  signal: AbortSignal,
  timeout = DEFAULT_LOAD_TIMEOUT,
): Promise<LadderResult> {
  const key = resolveUrl(url)?.href;
  if (!key) return Promise.resolve(failure(`"${url}" is not a valid URL`));
  let shared = requests.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: Request = {
      controller,
      waiting: 0,
      settled: false,
      result: request(key, controller.signal),
    };
    const forget = () => {
      entry.settled = true;
      if (requests.get(key) === entry) requests.delete(key);
    };
    entry.result.then((result) => (result.ok ? (entry.settled = true) : forget()), forget);
    requests.set(key, entry);
    shared = entry;
  }
  const entry = shared;
  entry.waiting++;
  return new Promise<LadderResult>((resolve, reject) => {
    let waiting = true;
    const leave = () => {
      if (!waiting) return false;
      waiting = false;
      entry.waiting--;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      // Another element may ask for the same URL in this same task: let it join before giving up.
      queueMicrotask(() => {
        if (!entry.settled && entry.waiting === 0) {
          entry.controller.abort();
          if (requests.get(key) === entry) requests.delete(key);
        }
      });
      return true;
    };
    const onAbort = () => leave() && reject(signal.reason);
    const timer = setTimeout(
      () =>
        leave() && resolve(failure(`could not be loaded from ${key}: no answer within ${timeout / 1000} s`)),
      Math.min(Math.max(timeout, 0), LONGEST_TIMEOUT),
    );
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort);
    entry.result.then(
      (result) => leave() && resolve(result),
      (error: unknown) => leave() && reject(error),
    );
  });
}
