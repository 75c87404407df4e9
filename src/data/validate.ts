import * as v from 'valibot';
import { LadderSchema, describeValue, type Ladder, type PayBand } from './schema.js';

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

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 8).join(', ');
  return ids.length > 8 ? `${shown} and ${ids.length - 8} more` : shown;
}

function shapeErrors(issues: readonly v.BaseIssue<unknown>[]): LadderError[] {
  return issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key as PathKey)),
    message: issue.message,
  }));
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
  const roleIds = [...roles.keys()];

  const checkBand = (band: PayBand | undefined, keys: PathKey[]) => {
    if (band && band.min > band.max) {
      add([...keys, 'min'], `${band.min} is more than max ${band.max}; min must not exceed max`);
    }
  };
  checkBand(ladder.pay, ['pay']);

  ladder.roles.forEach((role, i) => {
    if (!tiers.has(role.tier)) {
      add(
        ['roles', i, 'tier'],
        tiers.size
          ? `"${role.tier}" is not a tier id; tiers are ${listIds([...tiers.keys()])}`
          : `"${role.tier}" is not a tier id; the ladder defines no tiers`,
      );
    }
    if (role.track !== undefined && !tracks.has(role.track)) {
      add(
        ['roles', i, 'track'],
        tracks.size
          ? `"${role.track}" is not a track id; tracks are ${listIds([...tracks.keys()])}`
          : `"${role.track}" is not a track id; the ladder defines no tracks`,
      );
    }
    role.next?.forEach((next, j) => {
      if (!roles.has(next))
        add(['roles', i, 'next', j], `"${next}" is not a role id; roles are ${listIds(roleIds)}`);
    });
    if (role.reportsTo !== undefined) {
      if (role.reportsTo === role.id) add(['roles', i, 'reportsTo'], 'a role cannot report to itself');
      else if (!roles.has(role.reportsTo)) {
        add(['roles', i, 'reportsTo'], `"${role.reportsTo}" is not a role id; roles are ${listIds(roleIds)}`);
      }
    }
    checkBand(role.pay, ['roles', i, 'pay']);
  });

  errors.push(...cycleErrors(ladder, roles));
  return errors;
}

/** Promotions lead upwards: a `next` link that closes a loop is reported once, where it closes it. */
function cycleErrors(ladder: Ladder, roles: Map<string, number>): LadderError[] {
  const errors: LadderError[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];

  // Iterative depth-first search, so a ladder of any length cannot overflow the stack.
  for (const start of ladder.roles) {
    if (state.has(start.id)) continue;
    const stack: { id: string; edge: number }[] = [{ id: start.id, edge: 0 }];
    state.set(start.id, 'open');
    trail.push(start.id);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const index = roles.get(frame.id)!;
      const next = ladder.roles[index]!.next ?? [];
      if (frame.edge >= next.length) {
        state.set(frame.id, 'done');
        trail.pop();
        stack.pop();
        continue;
      }
      const edge = frame.edge++;
      const to = next[edge]!;
      if (!roles.has(to)) continue;
      const seen = state.get(to);
      if (seen === 'open') {
        const loop = [...trail.slice(trail.indexOf(to)), to].join(' → ');
        errors.push({
          path: formatPath(['roles', index, 'next', edge]),
          message: `"${to}" leads back in a circle (${loop}); next links must lead up the ladder`,
        });
      } else if (seen === undefined) {
        state.set(to, 'open');
        trail.push(to);
        stack.push({ id: to, edge: 0 });
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

/** Parses the text of a ladder document (from a file, a URL or an inline script) and validates it. */
export function parseLadder(json: string): LadderResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `is not valid JSON: ${reason}` }] };
  }
  return validateLadder(value);
}

export { describeValue };
