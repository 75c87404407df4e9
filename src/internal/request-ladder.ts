import type { LadderResult } from '../data/problems.js';
import { MAX_DOCUMENT_SIZE, parseLadder, tooLarge } from '../data/validate.js';
import { failure, fetchOptions, type EarlyRequest } from './fetch-ladder.js';
import { resolveUrl } from './safe-url.js';

// Requests for `src` documents, shared between elements, and the reading of their answers:
// loaded on demand with the validator (documents.ts). The bundle starts a page's first requests
// itself while this loads (fetch-ladder.ts), so that neither waits for the other.

interface Request {
  result: Promise<LadderResult>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per URL per page, shared by every element that shows it. */
const requests = new Map<string, Request>();

async function request(url: string, signal: AbortSignal, started?: EarlyRequest): Promise<LadderResult> {
  let response: Response;
  try {
    if (started) {
      signal.addEventListener('abort', () => started.controller.abort());
      if (signal.aborted) started.controller.abort();
    }
    response = await (started?.response ?? fetch(url, { ...fetchOptions, signal }));
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return failure(`could not be loaded from ${url}: the network request failed (${String(error)})`);
  }
  return readLadder(response, url, signal);
}

async function readLadder(response: Response, url: string, signal: AbortSignal): Promise<LadderResult> {
  if (!response.ok) {
    response.body?.cancel().catch(() => undefined);
    return failure(
      `could not be loaded from ${url}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_DOCUMENT_SIZE) {
    // Refused before a byte of the body is read.
    response.body?.cancel().catch(() => undefined);
    return tooLarge(declared);
  }
  let text: string;
  try {
    const read = await readUpTo(response, MAX_DOCUMENT_SIZE);
    if (typeof read === 'number') return tooLarge(read, true);
    text = read;
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return failure(`could not be loaded from ${url}: the connection broke off (${String(error)})`);
  }
  // The content type says what the answer is; a body that opens like markup, only when it says nothing.
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const json = /^application\/(?:[\w.+-]+\+)?json\b/.test(type);
  if (type.includes('html') || (!json && /^\s*</.test(text))) {
    return failure(`${url} answered with a web page (${type || 'HTML'}), not a ladder document in JSON`);
  }
  return parseLadder(text);
}

/**
 * The body as text, read as it arrives and given up past `limit` bytes (the bytes read by then),
 * so that an answer streamed without a Content-Length is not held whole in memory first.
 */
async function readUpTo(response: Response, limit: number): Promise<string | number> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    read += value.byteLength;
    if (read > limit) {
      reader.cancel().catch(() => undefined);
      return read;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** How long a request may take, headers and body, unless an element's `load-timeout` says otherwise. */
export const DEFAULT_LOAD_TIMEOUT = 20000;

/** The longest delay setTimeout keeps; a longer one would fire at once. */
const LONGEST_TIMEOUT = 2 ** 31 - 1;

/**
 * Loads and validates the ladder document at `url`. Elements asking for the same URL share one
 * request, and a good document is kept for the page's life; a failure is not kept, so the next
 * element to ask tries again. Each element waits at most its own `timeout` milliseconds from
 * `since`, when it asked; a request nobody waits for any more is aborted. `early` holds the
 * requests the bundle started while this code loaded: they are taken over, not made again.
 */
export function requestLadder(
  url: string,
  signal: AbortSignal,
  timeout = DEFAULT_LOAD_TIMEOUT,
  since = performance.now(),
  early?: Map<string, EarlyRequest>,
): Promise<LadderResult> {
  const key = resolveUrl(url)?.href;
  if (!key) return Promise.resolve(failure(`"${url}" is not a valid URL`));
  let shared = requests.get(key);
  const orphan = shared && early?.get(key);
  if (orphan) {
    // Started while another element's request for the URL was made here first: not needed.
    orphan.controller.abort();
    early!.delete(key);
  }
  if (!shared) {
    const controller = new AbortController();
    const entry: Request = {
      controller,
      waiting: 0,
      settled: false,
      result: request(key, controller.signal, early?.get(key)),
    };
    early?.delete(key);
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
      Math.min(Math.max(timeout - (performance.now() - since), 0), LONGEST_TIMEOUT),
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
