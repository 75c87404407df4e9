import { expectationStyles } from '../role-card/expectations.styles.js';
import { ownLadderStyles } from '../ladder/own-ladder.styles.js';
import { css } from 'lit';

/**
 * The styles of what only a ladder document of its own may hold: competencies, tracks, a long
 * ladder. They load with the validator (documents.ts), and an element adopts them in its first
 * update after they are here; a server renders them with the element's styles.
 */
export const documentStyles = [
  expectationStyles,
  ownLadderStyles,
  // The switch between the ladder and the matrix, and the fold of the comparison under the path
  // (view-loader.ts), shown before their views load. A page written by `pm-ladder render` and
  // shown without script hides these controls and the fold of a role's chart, which need it, and
  // keeps their place, so that nothing moves when the hydrating bundle takes the page over.
  css`
    .view-switch {
      display: inline-flex;
      inline-size: fit-content;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    .view-switch button {
      min-block-size: 2em;
      padding: 0.25em 0.9em;
      border: 0;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      cursor: pointer;
    }
    .view-switch button + button {
      border-inline-start: 1px solid var(--_border);
    }
    .view-switch [aria-pressed='true'] {
      color: var(--_surface);
      background: var(--_accent);
      font-weight: 600;
    }
    .compare-offer > summary {
      cursor: pointer;
      color: var(--_accent-text, var(--_accent));
      min-block-size: 24px;
    }
    .compare-offer[open] > summary {
      margin-block-end: 0.5em;
    }
    .compare-offer {
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    @media (forced-colors: active) {
      .view-switch [aria-pressed='true'] {
        forced-color-adjust: none;
        color: HighlightText;
        background: Highlight;
      }
    }
    @media print {
      .view-switch {
        display: none;
      }
    }
    :host(:not(:defined)) :is(.view-switch, .compare-offer, .profile-fold) {
      visibility: hidden;
    }
  `,
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
