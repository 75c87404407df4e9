import { expectationStyles } from '../role-card/expectations.styles.js';
import { ownLadderStyles } from '../ladder/own-ladder.styles.js';
import { css } from 'lit';

/**
 * The styles of what only a ladder document of its own may hold: competencies, tracks, a long
 * ladder. They load with the validator (documents.ts), and an element adopts them for any ladder
 * other than the bundled default; a server renders them with the element's styles.
 */
export const documentStyles = [
  expectationStyles,
  ownLadderStyles,
  // What a load has put on show (renderStatus), and the text of the charts and marks: heard, not seen.
  css`
    .said,
    .sr {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
];
