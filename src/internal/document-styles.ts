import { expectationStyles } from '../role-card/expectations.styles.js';
import { trackStyles } from '../ladder/tracks.styles.js';

/**
 * The styles of what only a ladder document of its own holds: competencies and tracks. They load
 * with the validator (documents.ts), and an element adopts them for a ladder that has either; a
 * server renders them with the element's styles.
 */
export const documentStyles = [expectationStyles, trackStyles];
