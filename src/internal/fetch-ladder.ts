import { MAX_DOCUMENT_SIZE, parseLadder, tooLarge, type LadderResult } from '../data/validate.js';
import { resolveUrl } from './safe-url.js';

interface Answer {
  result: LadderResult;
  /** Network and HTTP failures are not kept, so the next element to ask tries again. */
  keep: boolean;
}

interface Request {
  answer: Promise<Answer>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per URL per page, shared by every element that shows it. */
const requests = new Map<string, Request>();

const failure = (message: string): Answer => ({
  result: { ok: false, errors: [{ path: '', message }] },
  keep: false,
});

/** The reason a request is aborted when the server takes too long: reported, not thrown. */
const TIMED_OUT = Symbol('timed out');

async function request(url: string, signal: AbortSignal, timeout: number): Promise<Answer> {
  try {
    return await answer(url, signal);
  } catch (error) {
    if (signal.reason === TIMED_OUT) {
      return failure(`could not be loaded from ${url}: no answer within ${timeout / 1000} s`);
    }
    throw error;
  }
}

async function answer(url: string, signal: AbortSignal): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return failure(`could not be loaded from ${url}: the network request failed (${String(error)})`);
  }
  if (!response.ok) {
    return failure(
      `could not be loaded from ${url}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_DOCUMENT_SIZE) {
    // Refused before a byte of the body is read.
    response.body?.cancel().catch(() => undefined);
    return { result: tooLarge(declared), keep: true };
  }
  let text: string;
  try {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > MAX_DOCUMENT_SIZE) return { result: tooLarge(bytes.byteLength), keep: true };
    text = new TextDecoder().decode(bytes);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return failure(`could not be loaded from ${url}: the connection broke off (${String(error)})`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('html') || /^\s*</.test(text)) {
    return failure(`${url} answered with a web page (${type || 'HTML'}), not a ladder document in JSON`);
  }
  return { result: parseLadder(text), keep: true };
}

/** How long a request may take, headers and body, unless an element's `load-timeout` says otherwise. */
export const DEFAULT_LOAD_TIMEOUT = 20000;

/**
 * Loads and validates the ladder document at `url`. Elements asking for the same URL share one
 * request; a request nobody waits for any more is aborted, and one that takes longer than
 * `timeout` milliseconds is given up with a message.
 */
export function fetchLadder(
  url: string,
  signal: AbortSignal,
  timeout = DEFAULT_LOAD_TIMEOUT,
): Promise<LadderResult> {
  const key = resolveUrl(url)?.href;
  if (!key) return Promise.resolve(failure(`"${url}" is not a valid URL`).result);
  let shared = requests.get(key);
  if (!shared) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMED_OUT), timeout);
    const entry: Request = {
      controller,
      waiting: 0,
      settled: false,
      answer: request(key, controller.signal, timeout),
    };
    entry.answer.finally(() => clearTimeout(timer)).catch(() => undefined);
    entry.answer.then(
      ({ keep }) => {
        entry.settled = true;
        if (!keep && requests.get(key) === entry) requests.delete(key);
      },
      () => {
        entry.settled = true;
        if (requests.get(key) === entry) requests.delete(key);
      },
    );
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
      signal.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      // An element moved in the DOM leaves and asks again at once: keep the request for it.
      queueMicrotask(() => {
        if (!entry.settled && entry.waiting === 0) {
          entry.controller.abort(signal.reason);
          if (requests.get(key) === entry) requests.delete(key);
        }
      });
      reject(signal.reason);
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort);
    entry.answer.then(
      ({ result }) => leave() && resolve(result),
      (error: unknown) => leave() && reject(error),
    );
  });
}
