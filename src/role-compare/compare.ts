import type { Ladder, Role, Track } from '../data/schema.js';
import type { LadderError } from '../data/problems.js';
import { listIds } from '../data/problems.js';
import {
  competenciesById,
  expectationsOf,
  textOf,
  type RatedCompetency,
  type RatedExpectation,
} from '../internal/competencies.js';
import { findRole, rolesById } from '../internal/roles.js';
import { findPath } from '../ladder/path.js';

/** One competency as two roles expect it: at `from`, at `to`, and whether that differs. */
export interface CompetencyChange extends RatedCompetency {
  from?: RatedExpectation;
  to?: RatedExpectation;
  changed: boolean;
}

/** One move on the way from `from` to `to`: into `role`, from `after`, and whether it is sideways. */
export interface Step {
  after: Role;
  role: Role;
  sideways: boolean;
  /** The track moved onto, when the move changes track. */
  track?: Track;
  /** What the move takes: the role's requirements, and those of a track moved onto. */
  requirements: string[];
}

export interface Comparison {
  from: Role;
  to: Role;
  /** Every competency that either role expects something in, in the ladder's order. */
  competencies: CompetencyChange[];
  changed: number;
  /** The moves along the shortest path (as `<pm-ladder>` shows it); none when there is no path. */
  steps: Step[];
  /** Whether the ladder has a path from `from` to `to`. */
  path: boolean;
  /** Responsibilities `to` names that `from` does not. */
  newResponsibilities: string[];
}

const same = (a?: readonly string[], b?: readonly string[]) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((item, i) => item === b![i]);

/**
 * The role a `from` or `to` attribute names, or a located error listing the ids there are.
 * `to` may be left out: the first role `from` is promoted to stands in.
 */
export function comparedRoles(
  ladder: Ladder,
  fromId: string | undefined,
  toId: string | undefined,
): { from: Role; to: Role } | { errors: LadderError[] } {
  const errors: LadderError[] = [];
  // As `role-id` is checked (roles.ts), at the attribute's own name.
  const find = (name: 'from' | 'to', id: string | undefined) => {
    const found = findRole(ladder, id);
    if ('role' in found) return found.role;
    errors.push({ ...found.error, path: name });
    return undefined;
  };
  const from = find('from', fromId);
  let to: Role | undefined;
  if (toId) to = find('to', toId);
  else if (from) {
    const roles = rolesById(ladder);
    to = from.next?.map((id) => roles.get(id)).find(Boolean);
    if (!to) {
      const ids = listIds(
        ladder.roles.map((role) => role.id),
        12,
      );
      errors.push({
        path: 'to',
        message: `is missing, and "${from.id}" has no next role to stand in for it; set it to the id of a role: roles are ${ids}`,
      });
    }
  }
  return errors.length ? { errors } : { from: from!, to: to! };
}

const comparisons = new WeakMap<Ladder, Map<string, Comparison>>();

/** What changes from one role to another, kept per ladder and pair of roles. */
export function compareRoles(ladder: Ladder, from: Role, to: Role): Comparison {
  let cache = comparisons.get(ladder);
  if (!cache) comparisons.set(ladder, (cache = new Map()));
  const key = `${from.id}\n${to.id}`;
  let comparison = cache.get(key);
  if (comparison) return comparison;

  const atFrom = new Map(expectationsOf(ladder, from).map((item) => [item.competency.id, item]));
  const atTo = new Map(expectationsOf(ladder, to).map((item) => [item.competency.id, item]));
  const competencies: CompetencyChange[] = [];
  for (const rated of competenciesById(ladder).values()) {
    const a = atFrom.get(rated.competency.id);
    const b = atTo.get(rated.competency.id);
    if (!a && !b) continue;
    const changed = !a || !b || a.expectation.level !== b.expectation.level || !same(textOf(a), textOf(b));
    competencies.push({ ...rated, from: a, to: b, changed });
  }
  const roles = rolesById(ladder);
  const path = findPath(ladder, from.id, to.id);
  const trackOf = (role: Role) => ladder.tracks?.find((track) => track.id === role.track);
  const steps = (path ?? []).slice(1).map((id, i): Step => {
    const after = roles.get(path![i]!)!;
    const role = roles.get(id)!;
    const track = role.track !== after.track ? trackOf(role) : undefined;
    return {
      after,
      role,
      sideways: !after.next?.includes(id),
      track,
      requirements: [...(role.requirements ?? []), ...(track?.requirements ?? [])],
    };
  });
  // What every role on a track shares counts as each role's own, as their details show it.
  const duties = (role: Role) => [
    ...(role.responsibilities ?? []),
    ...(trackOf(role)?.responsibilities ?? []),
  ];
  const had = new Set(duties(from));
  comparison = {
    from,
    to,
    competencies,
    changed: competencies.filter((item) => item.changed).length,
    steps,
    path: !!path,
    newResponsibilities: duties(to).filter((item) => !had.has(item)),
  };
  cache.set(key, comparison);
  return comparison;
}
