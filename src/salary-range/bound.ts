import type { Ladder, PayBand } from '../data/schema.js';
import type { LadderError } from '../data/problems.js';
import type { Messages } from '../internal/messages.js';
import { findRole } from '../internal/roles.js';
import { ladderScale, type Scale } from './range.js';

/**
 * The band a `<pm-salary-range>` bound to a ladder shows: its role's (`role-id`), else the
 * ladder-wide one, on the scale of the ladder's bands widened to the marked value; or the
 * `role-id` error, or the sentence that there is no band. Loads with the views (views.ts,
 * pm-ladder.views.js).
 */
export function boundBand(
  ladder: Ladder,
  roleId: string | undefined,
  marker: number | undefined,
  messages: Messages,
): { band: PayBand; scale: Scale; acrossRoles: boolean } | { errors: LadderError[] } | { empty: string } {
  let band = ladder.pay;
  let acrossRoles = true;
  if (roleId !== undefined) {
    const found = findRole(ladder, roleId);
    if ('error' in found) return { errors: [found.error] };
    if (found.role.pay) {
      band = found.role.pay;
      acrossRoles = false;
    }
  }
  if (!band) return { empty: roleId ? messages.noRolePay : messages.noLadderPay };
  const scale = { ...ladderScale(ladder, band) };
  if (marker !== undefined) {
    scale.min = Math.min(scale.min, marker);
    scale.max = Math.max(scale.max, marker);
  }
  return { band, scale, acrossRoles };
}
