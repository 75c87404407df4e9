// What a page showing a ladder document of its own needs, and the bundled default ladder (checked
// at build time) does not: the validator, the requests for `src` documents, and the views of what
// only such a document holds (competencies and tracks, with their styles, the sideways moves of a
// path, a choice of roles to report to, the slices a long ladder renders in).
// In the bundle, one file beside it (pm-ladder.documents.js), loaded by on-demand.ts the first
// time a page needs it.
export { parseLadder, validateLadder } from '../data/validate.js';
export { checkInline, checkProperty, warnOnce } from './check-document.js';
export { requestLadder } from './request-ladder.js';
export { renderExpectations } from '../role-card/expectations.view.js';
export { documentStyles } from './document-styles.js';
export { sidewaysMoves } from '../ladder/sideways.js';
export { Slices } from '../ladder/slices.js';
export { alternatives } from './alternatives.js';
