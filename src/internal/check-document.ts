import type { LadderResult } from '../data/problems.js';
import { parseLadder, validateLadder } from '../data/validate.js';

// How an element checks a ladder document it is given (the `ladder` property, an inline JSON
// child), and says what it leaves out: loaded on demand with the validator (documents.ts).

/**
 * The outcome for each ladder object given as a property, so that a hundred cards sharing one
 * ladder validate it once. Like Lit's own property check, this goes by identity: a ladder is
 * replaced, not edited in place.
 */
const checked = new WeakMap<object, LadderResult>();

/** Validates a `ladder` property; one outcome per object. */
export function checkProperty(ladder: unknown): LadderResult {
  if (typeof ladder !== 'object' || ladder === null) return guarded(() => validateLadder(ladder));
  let result = checked.get(ladder);
  if (!result) checked.set(ladder, (result = guarded(() => validateLadder(ladder))));
  return result;
}

/** The outcomes whose warnings the console has had: one `console.warn` per document, however many elements show it. */
const warned = new WeakSet<LadderResult>();

export function warnOnce(outcome: LadderResult & { ok: true }): void {
  if (!outcome.warnings.length || warned.has(outcome)) return;
  warned.add(outcome);
  const lines = outcome.warnings.map(({ path, message }) => `\n  ${path || 'document'}: ${message}`).join('');
  console.warn(
    `pm-ladder: the ladder "${outcome.ladder.id}" is shown, but some of its fields are not:${lines}`,
  );
}

function guarded(check: () => LadderResult): LadderResult {
  try {
    return check();
  } catch (error) {
    // A property value can be an exotic object (a throwing getter, a revoked proxy): report, never throw.
    return { ok: false, errors: [{ path: '', message: `could not be read: ${String(error)}` }] };
  }
}

/** Parses and validates the text of an inline JSON child. */
export const checkInline = (text: string): LadderResult => guarded(() => parseLadder(text));
