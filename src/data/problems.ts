import type * as v from 'valibot';
import type { Ladder } from './schema.js';

/** One problem in a ladder document: where it is (`roles[3].pay.min`) and what to do about it. */
export interface LadderError {
  /** Location in the document, `''` for the document as a whole. */
  path: string;
  message: string;
}

/**
 * A document that shows, but not all of it: an unknown field (`roles[2].requirments`), located,
 * with the near name it may have meant. Same shape as a `LadderError`.
 */
export type LadderWarning = LadderError;

export type LadderResult =
  { ok: true; ladder: Ladder; warnings: LadderWarning[] } | { ok: false; errors: LadderError[] };

export type PathKey = string | number;

/** A name that reads plainly in a path (`roles[2].x-grade`); any other is quoted (`pay[""]`). */
const PLAIN_NAME = /^[$A-Za-z_][\w$-]*$/;

/** `roles[3].pay.min`, from the keys that lead there. */
export function formatPath(keys: readonly PathKey[]): string {
  return keys
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : !PLAIN_NAME.test(key)
          ? `[${JSON.stringify(key)}]`
          : i === 0
            ? key
            : `.${key}`,
    )
    .join('');
}

/** "a, b, c" — or the first `max` of them and a count of the rest, for long lists in messages. */
export function listIds(ids: readonly string[], max = 8): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

export function shapeErrors(issues: readonly v.BaseIssue<unknown>[]): LadderError[] {
  return issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key as PathKey)),
    message: issue.message,
  }));
}

/**
 * The largest ladder document the elements take, in characters of its text (for a URL, in bytes
 * as sent): 4 MiB, ten times a ladder of 10,000 roles with pay, so that a wrong URL serving a
 * huge file cannot freeze the page.
 */
export const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024;

/** A document past the limit: `size` is its size, or with `cut`, the bytes read when reading stopped. */
export function tooLarge(size: number, cut = false): LadderResult {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const limit = `more than the ${mb(MAX_DOCUMENT_SIZE)} a ladder document may be`;
  return {
    ok: false,
    errors: [
      {
        path: '',
        message: cut ? `is ${limit} (reading stopped at ${mb(size)})` : `is ${mb(size)}, ${limit}`,
      },
    ],
  };
}
