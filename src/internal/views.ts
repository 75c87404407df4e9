// The views of a ladder's competencies beyond a role's own, and of two roles side by side: the
// matrix and the switch to it in `<pm-ladder>`, the comparison (in `<pm-role-compare>` and
// under `<pm-ladder>`'s path sentence) and its profile chart, with their styles. In the bundle,
// one file beside it (pm-ladder.views.js), which pm-ladder.documents.js loads the first time an
// element needs it (view-loader.ts): a page of a ladder without them does without it.
import { matrixStyles } from '../ladder/matrix.styles.js';
import { compareStyles } from '../role-compare/compare.styles.js';
import { profileStyles } from '../role-compare/profile.styles.js';

export { ladderMatrix, ladderComparison } from '../ladder/ladder-views.js';
export { compareProblems, renderCompare } from '../role-compare/role-compare.view.js';
export const viewStyles = [matrixStyles, compareStyles, profileStyles];
export { enViews } from './view-messages.js';
