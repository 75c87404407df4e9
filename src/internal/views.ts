// The views of a ladder beyond `<pm-ladder>`'s tiers and a role's details: the matrix, the
// comparison (in `<pm-role-compare>` and under `<pm-ladder>`'s path sentence) and the profile
// chart, the card of `<pm-role-card>` and `<pm-role-compare>`, and the band of a bound
// `<pm-salary-range>`, with their styles and English labels. In the bundle, one file beside it
// (pm-ladder.views.js), which pm-ladder.documents.js loads the first time an element needs it
// (view-loader.ts): a page of `<pm-ladder>` alone, in its ladder view, does without it.
import { matrixStyles } from '../ladder/matrix.styles.js';
import { compareStyles } from '../role-compare/compare.styles.js';
import { profileStyles } from '../role-compare/profile.styles.js';

export { ladderMatrix, ladderComparison } from '../ladder/ladder-views.js';
export { compareProblems, renderCompare } from '../role-compare/role-compare.view.js';
export const viewStyles = [matrixStyles, compareStyles, profileStyles];
export { enViews } from './view-messages.js';
export { roleProfile } from '../role-compare/compare.view.js';
export { renderCard } from '../role-card/card.view.js';
export { boundBand } from '../salary-range/bound.js';
