// What a page showing a ladder document of its own needs, and the bundled default ladder (checked
// at build time) does not: the validator, the requests for `src` documents, the views of what only
// such a document holds (competencies and tracks, with their styles, the sideways moves of a path,
// a choice of roles to report to, the slices a long ladder renders in), the announcement of a
// completed load, and the English labels of all these. With them, the loader of the arrow keys'
// moves as the layout draws the roles, which the keyboard's first visit to a ladder asks for; and the
// loader of the views (view-loader.ts: cards, bound pay bands, the matrix, the comparison), with
// the switch of views and the folds they draw into. In the bundle, one file beside it
// (pm-ladder.documents.js), loaded by on-demand.ts the first time a page needs it.
import { onDemand } from './on-demand.js';
import type * as Arrows from '../ladder/arrows.js';

export { parseLadder, validateLadder } from '../data/validate.js';
export { checkInline, checkProperty, warnOnce } from './check-document.js';
export { requestLadder } from './request-ladder.js';
export { renderExpectations } from '../role-card/expectations.view.js';
export { trackParts } from '../role-card/track.view.js';
export { documentStyles } from './document-styles.js';
export { sidewaysMoves } from '../ladder/sideways.js';
export { Slices } from '../ladder/slices.js';
export { alternatives } from './alternatives.js';
export { announce } from './announce.js';
export { englishTable } from './document-messages.js';
export {
  ladderViews,
  viewProblems,
  compareProblems,
  renderCard,
  boundBand,
  viewsLoading,
  views,
  adoptStyles,
} from './view-loader.js';

/**
 * The arrow keys' moves as the layout draws the roles (arrows.ts): a file of its own beside the
 * bundle (pm-ladder.arrows.js), which the keyboard's first visit to a ladder asks for (and a
 * ladder of its own does not need before that). Until it is here, the keys follow the ladder's order.
 */
const arrows = onDemand<typeof Arrows>((_again) => import('../ladder/arrows.js'));
export const roleDrawn: typeof Arrows.roleDrawn = (root, from, key) =>
  arrows.now()?.roleDrawn(root, from, key);
export const loadArrows = () => arrows.load();
