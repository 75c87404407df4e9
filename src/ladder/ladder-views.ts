import type { Ladder, Role } from '../data/schema.js';
import type { Messages } from '../internal/messages.js';
import { compareRoles } from '../role-compare/compare.js';
import { renderComparison } from '../role-compare/compare.view.js';
import type { PmLadder, View } from './ladder.js';
import { renderMatrix } from './matrix.view.js';

/** The matrix of `<pm-ladder view="matrix">`, in place of its tiers. */
export const ladderMatrix = (host: PmLadder, view: View, messages: Messages, expand: boolean) =>
  renderMatrix(view.ladder, {
    messages,
    roles: view.layout.order,
    current: view.current?.id,
    target: view.target?.id,
    selected: host.selected,
    expand,
  });

/** The comparison of `current` and `target`, in the fold under `<pm-ladder>`'s path sentence. */
export const ladderComparison = (
  ladder: Ladder,
  pair: { current: Role; target: Role },
  options: {
    level: number;
    messages: Messages;
    locale: string;
    expand: boolean;
    hidePay: boolean;
    rtl: boolean;
  },
) => renderComparison(ladder, compareRoles(ladder, pair.current, pair.target), options);
