import type { Ladder } from '../data/schema.js';
import type { Messages } from '../internal/messages.js';
import { rolesById } from '../internal/roles.js';

/**
 * The sentences on the sideways moves of a path (`lateral` links), each where the reader changes
 * track rather than level; empty when the path has none. Only a ladder document of its own has
 * lateral links, and every such document passes the validator first: this loads with it
 * (documents.ts), and the path sentence of `<pm-ladder>` adds what it says.
 */
export function sidewaysMoves(ladder: Ladder, path: readonly string[], messages: Messages): string {
  const roles = rolesById(ladder);
  let text = '';
  path.slice(1).forEach((id, i) => {
    const from = roles.get(path[i]!)!;
    const to = roles.get(id)!;
    if (from.next?.includes(to.id)) return;
    const track =
      to.track !== from.track ? ladder.tracks?.find((candidate) => candidate.id === to.track) : undefined;
    text += ` ${messages.pathSwitch(from.title, to.title, track?.name)}`;
  });
  return text;
}
