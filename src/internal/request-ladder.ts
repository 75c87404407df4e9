import type { LadderResult } from '../data/problems.js';
import { MAX_DOCUMENT_SIZE, parseLadder, tooLarge } from '../data/validate.js';
import { failure, fetchOptions, type EarlyRequest, type LadderFormat } from './fetch-ladder.js';
import { resolveUrl } from './safe-url.js';
import { onDemand, type OnDemand } from './on-demand.js';
import type * as Sheet from './sheet.js';

// Requests for `src` documents, shared between elements, and the reading of their answers:
// loaded on demand with the validator (documents.ts). The bundle starts a page's first requests
// itself while this loads (fetch-ladder.ts), so that neither waits for the other.

/**
 * The reader of the sheet layout, for a `src` in CSV (sheet.ts): a file of its own beside the
 * bundle (pm-ladder.sheet.js). Asked for here, in the code loaded with the validator, not in
 * on-demand.ts with the others: the bundler then knows the validator is loaded before it, and
 * leaves the validator in pm-ladder.documents.js rather than in a third file both would wait for.
 */
export const sheet: OnDemand<typeof Sheet> = onDemand((_again) => import('./sheet.js'));

interface Request {
  result: Promise<LadderResult>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per URL per page, shared by every element that shows it. */
const requests = new Map<string, Request>();

/** The content types of CSV: the registered one, and two that servers still send. */
const CSV_TYPE = /^(?:text\/csv|application\/csv|text\/comma-separated-values)\b/;

/** Whether a URL's path (not its query) ends in `.csv`, as a file saved or published as CSV does. */
const csvPath = (url: string) => /\.csv$/i.test(resolveUrl(url)?.pathname ?? '');

async function request(
  url: string,
  signal: AbortSignal,
  started?: EarlyRequest,
  format?: LadderFormat,
): Promise<LadderResult> {
  // A sheet by its format or its path: its reader is asked for while the sheet is on its way.
  if (format === 'csv' || (format !== 'json' && csvPath(url))) sheet.load().catch(() => undefined);
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
  return readLadder(response, url, signal, format);
}

/** The sheet's reader did not load: the page's copy of pm-ladder lacks it, or the network failed. */
const sheetNotLoaded = (error: unknown): LadderResult =>
  failure(
    `could not be read: the part of pm-ladder that reads a spreadsheet (CSV) did not load (${String(error)}); a page that loads pm-ladder.bundle.js needs pm-ladder.sheet.js beside it`,
  );

async function readLadder(
  response: Response,
  url: string,
  signal: AbortSignal,
  format?: LadderFormat,
): Promise<LadderResult> {
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
  // The content type says what the answer is; a body that opens like markup, only when it says
  // nothing. A sheet is what the element's `format` says, else a CSV content type, else a path
  // ending .csv (the one asked for, or the one a redirect led to); anything else is JSON.
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const json = /^application\/(?:[\w.+-]+\+)?json\b/.test(type);
  const csvType = CSV_TYPE.test(type);
  const csv =
    format === 'csv' ||
    (format !== 'json' && (csvType || (!json && (csvPath(url) || csvPath(response.url)))));
  if (type.includes('html') || (!json && !csvType && format !== 'csv' && /^\s*</.test(text))) {
    return failure(
      `${url} answered with a web page (${type || 'HTML'}), not a ladder ${csv ? 'sheet in CSV' : 'document in JSON'}`,
    );
  }
  if (!csv) return parseLadder(text);
  let reader: typeof Sheet;
  try {
    reader = await sheet.load();
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return sheetNotLoaded(error);
  }
  try {
    return reader.readSheet(text);
  } catch (error) {
    // The reader never throws; should it, the page is told, not left waiting.
    return failure(`could not be read as a sheet: ${String(error)}`);
  }
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
 * Loads and validates the ladder document at `url`, read as `format` says (see readLadder).
 * Elements asking for the same URL in the same format share one request, and a good document is kept for the page's life; a failure is not kept, so the next
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
  written?: string,
): Promise<LadderResult> {
  const key = resolveUrl(url)?.href;
  if (!key) return Promise.resolve(failure(`"${url}" is not a valid URL`));
  // `format="CSV"` is csv; a value that is neither reads the answer as it says.
  const given = written?.trim().toLowerCase();
  const format: LadderFormat | undefined = given === 'csv' || given === 'json' ? given : undefined;
  const shareKey = format ? `${format} ${key}` : key;
  let shared = requests.get(shareKey);
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
      result: request(key, controller.signal, early?.get(key), format),
    };
    early?.delete(key);
    const forget = () => {
      entry.settled = true;
      if (requests.get(shareKey) === entry) requests.delete(shareKey);
    };
    entry.result.then((result) => (result.ok ? (entry.settled = true) : forget()), forget);
    requests.set(shareKey, entry);
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
          if (requests.get(shareKey) === entry) requests.delete(shareKey);
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
