import type { Ladder, Role } from '../data/schema.js';
import { listIds, type LadderError } from '../data/validate.js';

/** The role a `role-id` attribute names, or an error that lists the ids there are. */
export function findRole(
  ladder: Ladder,
  roleId: string | undefined,
): { role: Role } | { error: LadderError } {
  const ids = ladder.roles.map((role) => role.id);
  const valid = ids.length ? `roles are ${listIds(ids, 12)}` : 'this ladder has no roles';
  if (!roleId)
    return { error: { path: 'role-id', message: `is missing; set it to the id of a role: ${valid}` } };
  const role = rolesById(ladder).get(roleId);
  return role
    ? { role }
    : { error: { path: 'role-id', message: `"${roleId}" is not a role in this ladder; ${valid}` } };
}

const indexes = new WeakMap<Ladder, Map<string, Role>>();

/** Roles by id, for following `next` and `reportsTo` links; built once per ladder. */
export function rolesById(ladder: Ladder): Map<string, Role> {
  let index = indexes.get(ladder);
  if (!index) indexes.set(ladder, (index = new Map(ladder.roles.map((role) => [role.id, role]))));
  return index;
}
