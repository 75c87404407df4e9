import { PmLadder } from './ladder/ladder.js';
import { PmRoleCard } from './role-card/role-card.js';
import { PmRoleCompare } from './role-compare/role-compare.js';
import { PmSalaryRange } from './salary-range/salary-range.js';

/** Registers a tag unless this page already has it (a second copy of the library, or of the bundle). */
function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

define('pm-ladder', PmLadder);
define('pm-role-card', PmRoleCard);
define('pm-salary-range', PmSalaryRange);
define('pm-role-compare', PmRoleCompare);

declare global {
  interface HTMLElementTagNameMap {
    'pm-ladder': PmLadder;
    'pm-role-card': PmRoleCard;
    'pm-salary-range': PmSalaryRange;
    'pm-role-compare': PmRoleCompare;
  }
}
