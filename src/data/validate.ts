import * as v from 'valibot';
import { LadderSchema, PayBandSchema, type Ladder, type PayBand } from './schema.js';

/** One problem in a ladder document: where it is (`roles[3].pay.min`) and what to do about it. */
export interface LadderError {
  /** Location in the document, `''` for the document as a whole. */
  path: string;
  message: string;
}

export type LadderResult = { ok: true; ladder: Ladder } | { ok: false; errors: LadderError[] };

/** A document with more problems than this lists the first ones and counts the rest. */
export const MAX_REPORTED_ERRORS = 50;

type PathKey = string | number;

export function formatPath(keys: readonly PathKey[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** "a, b, c" — or the first `max` of them and a count of the rest, for long lists in messages. */
export function listIds(ids: readonly string[], max = 8): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

function shapeErrors(issues: readonly v.BaseIssue<unknown>[]): LadderError[] {
  return issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key as PathKey)),
    message: issue.message,
  }));
}

/** A band's ends in order: the one check on a band that the schema cannot express. */
function bandOrderErrors(band: PayBand | undefined, keys: PathKey[]): LadderError[] {
  return band && band.min > band.max
    ? [
        {
          path: formatPath([...keys, 'min']),
          message: `${band.min} is more than max ${band.max}; min must not exceed max`,
        },
      ]
    : [];
}

/** The checks a schema cannot express: unique ids, references that resolve, min ≤ max, no cycles. */
function referenceErrors(ladder: Ladder): LadderError[] {
  const errors: LadderError[] = [];
  const add = (keys: PathKey[], message: string) => errors.push({ path: formatPath(keys), message });

  const indexIds = (items: readonly { id: string }[], list: 'tiers' | 'tracks' | 'roles', noun: string) => {
    const index = new Map<string, number>();
    items.forEach((item, i) => {
      const first = index.get(item.id);
      if (first === undefined) index.set(item.id, i);
      else add([list, i, 'id'], `"${item.id}" is used by ${list}[${first}] too; ${noun} ids must be unique`);
    });
    return index;
  };
  const tiers = indexIds(ladder.tiers, 'tiers', 'tier');
  const tracks = indexIds(ladder.tracks ?? [], 'tracks', 'track');
  const roles = indexIds(ladder.roles, 'roles', 'role');

  /** Reports `id` at `keys` unless `index` (the tiers, tracks or roles) has it. */
  const resolve = (keys: PathKey[], id: string, index: Map<string, number>, noun: string) => {
    if (index.has(id)) return;
    const known = index.size
      ? `${noun}s are ${listIds([...index.keys()])}`
      : `the ladder defines no ${noun}s`;
    add(keys, `"${id}" is not a ${noun} id; ${known}`);
  };

  errors.push(...bandOrderErrors(ladder.pay, ['pay']));

  ladder.roles.forEach((role, i) => {
    resolve(['roles', i, 'tier'], role.tier, tiers, 'tier');
    if (role.track !== undefined) resolve(['roles', i, 'track'], role.track, tracks, 'track');
    const listed = new Set<string>();
    role.next?.forEach((next, j) => {
      if (listed.has(next)) add(['roles', i, 'next', j], `"${next}" is listed twice`);
      listed.add(next);
      resolve(['roles', i, 'next', j], next, roles, 'role');
    });
    if (role.reportsTo === role.id) add(['roles', i, 'reportsTo'], 'a role cannot report to itself');
    else if (role.reportsTo !== undefined) resolve(['roles', i, 'reportsTo'], role.reportsTo, roles, 'role');
    errors.push(...bandOrderErrors(role.pay, ['roles', i, 'pay']));
  });

  errors.push(
    ...cycleErrors(
      ladder,
      roles,
      (role, i) => (role.next ?? []).map((to, j) => ({ to, keys: ['roles', i, 'next', j] })),
      (to, loop) => `"${to}" leads back in a circle (${loop}); next links must lead up the ladder`,
    ),
    ...cycleErrors(
      ladder,
      roles,
      // A role reporting to itself is reported above, once.
      (role, i) =>
        role.reportsTo && role.reportsTo !== role.id
          ? [{ to: role.reportsTo, keys: ['roles', i, 'reportsTo'] }]
          : [],
      (to, loop) => `"${to}" closes a circle of reporting lines (${loop}); someone must be at the top`,
    ),
  );
  return errors;
}

type Link = { to: string; keys: PathKey[] };

/** A link (promotion or reporting line) that closes a loop is reported once, where it closes it. */
function cycleErrors(
  ladder: Ladder,
  roles: Map<string, number>,
  links: (role: Ladder['roles'][number], index: number) => Link[],
  message: (to: string, loop: string) => string,
): LadderError[] {
  const errors: LadderError[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];

  // Iterative depth-first search, so a ladder of any length cannot overflow the stack.
  for (const start of ladder.roles) {
    if (state.has(start.id)) continue;
    const stack: { id: string; links: Link[]; edge: number }[] = [];
    const enter = (id: string) => {
      const index = roles.get(id)!;
      state.set(id, 'open');
      trail.push(id);
      stack.push({ id, links: links(ladder.roles[index]!, index), edge: 0 });
    };
    enter(start.id);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      if (frame.edge >= frame.links.length) {
        state.set(frame.id, 'done');
        trail.pop();
        stack.pop();
        continue;
      }
      const link = frame.links[frame.edge++]!;
      if (!roles.has(link.to)) continue;
      const seen = state.get(link.to);
      if (seen === 'open') {
        const loop = [...trail.slice(trail.indexOf(link.to)), link.to].join(' → ');
        errors.push({ path: formatPath(link.keys), message: message(link.to, loop) });
      } else if (seen === undefined) {
        enter(link.to);
      }
    }
  }
  return errors;
}

function capped(errors: LadderError[]): LadderError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: '', message: `…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}` },
  ];
}

/**
 * Checks an untrusted value as a ladder document. The ladder it returns is a fresh copy holding
 * only the known fields, so keys such as `__proto__` in the input never reach the elements.
 */
export function validateLadder(input: unknown): LadderResult {
  const parsed = v.safeParse(LadderSchema, input);
  if (!parsed.success) return { ok: false, errors: capped(shapeErrors(parsed.issues)) };
  const errors = referenceErrors(parsed.output);
  return errors.length ? { ok: false, errors: capped(errors) } : { ok: true, ladder: parsed.output };
}

export type PayBandResult = { ok: true; band: PayBand } | { ok: false; errors: LadderError[] };

/** Checks one pay band on its own, as `<pm-salary-range>` gets it from its attributes. */
export function validatePayBand(input: unknown): PayBandResult {
  const parsed = v.safeParse(PayBandSchema, input);
  if (!parsed.success) return { ok: false, errors: shapeErrors(parsed.issues) };
  const errors = bandOrderErrors(parsed.output, []);
  return errors.length ? { ok: false, errors } : { ok: true, band: parsed.output };
}

/**
 * The largest ladder document the elements take, in characters of its text (for a URL, in bytes
 * as sent): 4 MiB, ten times a ladder of 10,000 roles with pay, so that a wrong URL serving a
 * huge file cannot freeze the page.
 */
export const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024;

export function tooLarge(size: number): LadderResult {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return {
    ok: false,
    errors: [
      {
        path: '',
        message: `is ${mb(size)}, more than the ${mb(MAX_DOCUMENT_SIZE)} a ladder document may be`,
      },
    ],
  };
}

/** Parses the text of a ladder document (from a file, a URL or an inline script) and validates it. */
export function parseLadder(json: string): LadderResult {
  if (json.length > MAX_DOCUMENT_SIZE) return tooLarge(json.length);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `is not valid JSON: ${reason}` }] };
  }
  return validateLadder(value);
}
