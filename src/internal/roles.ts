import type { Ladder, Role } from '../data/schema.js';
import { listIds, type LadderError } from '../data/problems.js';

/** The role a `role-id` attribute names, or an error that lists the ids there are. */
export function findRole(
  ladder: Ladder,
  roleId: string | undefined,
): { role: Role } | { error: LadderError } {
  const role = roleId ? rolesById(ladder).get(roleId) : undefined;
  if (role) return { role };
  const ids = ladder.roles.map((other) => other.id);
  const valid = ids.length ? `roles are ${listIds(ids, 12)}` : 'this ladder has no roles';
  return {
    error: {
      path: 'role-id',
      message: roleId
        ? `"${roleId}" is not a role in this ladder; ${valid}`
        : `is missing; set it to the id of a role: ${valid}`,
    },
  };
}

const indexes = new WeakMap<Ladder, Map<string, Role>>();

/** Roles by id, for following `next` and `reportsTo` links; built once per ladder. */
export function rolesById(ladder: Ladder): Map<string, Role> {
  let index = indexes.get(ladder);
  if (!index) indexes.set(ladder, (index = new Map(ladder.roles.map((role) => [role.id, role]))));
  return index;
}

/** The roles a role links to: its promotions, its sideways moves and whom it reports to. */
export function relatedRoles(ladder: Ladder, role: Role): { next: Role[]; lateral: Role[]; bosses: Role[] } {
  const roles = rolesById(ladder);
  const resolve = (ids: readonly string[] = []) =>
    ids.map((id) => roles.get(id)).filter((other): other is Role => !!other);
  return { next: resolve(role.next), lateral: resolve(role.lateral), bosses: resolve(reportingLines(role)) };
}

/** The ids a role's `reportsTo` names: one id or a list of them. */
export function reportingLines(role: Role): string[] {
  const to = role.reportsTo;
  return to === undefined ? [] : typeof to === 'string' ? [to] : to;
}
