import type { Ladder } from '../data/schema.js';
import { rolesById } from '../internal/roles.js';

/**
 * The shortest way from one role to another along `next` links (promotions) and `lateral` ones
 * (sideways moves), both ends included, or undefined when there is none. Of two ways as short,
 * the one that takes promotions first wins. From a role to itself the path is that role alone.
 */
export function findPath(ladder: Ladder, from: string, to: string): string[] | undefined {
  const roles = rolesById(ladder);
  if (!roles.has(from) || !roles.has(to)) return undefined;
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    if (id === to) {
      const path: string[] = [];
      for (let step: string | null | undefined = to; step; step = cameFrom.get(step)) path.unshift(step);
      return path;
    }
    const role = roles.get(id)!;
    for (const next of [...(role.next ?? []), ...(role.lateral ?? [])]) {
      if (!cameFrom.has(next) && roles.has(next)) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  return undefined;
}
