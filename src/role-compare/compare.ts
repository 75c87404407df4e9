import type { Ladder, Level, Role } from '../data/schema.js';
import type { LadderError } from '../data/problems.js';
import { listIds } from '../data/problems.js';
import { competenciesById, expectationsOf, type RatedCompetency, type RatedExpectation } from '../internal/competencies.js';
import { rolesById } from '../internal/roles.js';
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

/** The text an expectation shows: its own, else its level's description (expectations.view.ts). */
export const textOf = (item?: { expectation: { text?: string[] }; level?: Level }) =>
  item?.expectation.text ?? (item?.level?.description ? [item.level.description] : []);

/**
 * The role a `from` or `to` attribute names, or a located error listing the ids there are.
 * `to` may be left out: the first role `from` is promoted to stands in.
 */
export function comparedRoles(
  ladder: Ladder,
  fromId: string | undefined,
  toId: string | undefined,
): { from: Role; to: Role } | { errors: LadderError[] } {
  const roles = rolesById(ladder);
  const ids = listIds(
    ladder.roles.map((role) => role.id),
    12,
  );
  const errors: LadderError[] = [];
  const find = (name: 'from' | 'to', id: string | undefined) => {
    const role = id ? roles.get(id) : undefined;
    if (!role) {
      errors.push({
        path: name,
        message: id
          ? `"${id}" is not a role in this ladder; roles are ${ids}`
          : `is missing; set it to the id of a role: roles are ${ids}`,
      });
    }
    return role;
  };
  const from = find('from', fromId);
  let to: Role | undefined;
  if (toId || !from) to = find('to', toId);
  else {
    to = from.next?.map((id) => roles.get(id)).find(Boolean);
    if (!to) {
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
  const steps = (path ?? []).slice(1).map((id, i): Step => {
    const after = roles.get(path![i]!)!;
    return { after, role: roles.get(id)!, sideways: !after.next?.includes(id) };
  });
  const had = new Set(from.responsibilities);
  comparison = {
    from,
    to,
    competencies,
    changed: competencies.filter((item) => item.changed).length,
    steps,
    path: !!path,
    newResponsibilities: (to.responsibilities ?? []).filter((item) => !had.has(item)),
  };
  cache.set(key, comparison);
  return comparison;
}
