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

/** "a, b, c" — or the first `max` of them and a count of the rest, for long lists in messages. */
export function listIds(ids: readonly string[], max = 8): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}
