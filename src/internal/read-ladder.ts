import { MAX_DOCUMENT_SIZE, tooLarge, type LadderResult } from '../data/problems.js';
import { parseLadder } from '../data/validate.js';
import { failure } from './fetch-ladder.js';

/**
 * Reads and checks the answer to a request for a ladder document: loaded on demand with the
 * validator (documents.ts), while the request itself starts in the bundle (fetch-ladder.ts), so
 * that neither waits for the other.
 */
export async function readLadder(
  response: Response,
  url: string,
  signal: AbortSignal,
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
