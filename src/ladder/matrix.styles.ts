import { css } from 'lit';

/** The styles of the matrix (matrix.view.ts), which load with it (pm-ladder.views.js). */
export const matrixStyles = css`
  .matrix {
    max-inline-size: 100%;
    max-block-size: min(80vh, 60rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overscroll-behavior-inline: contain;
  }
  .matrix table {
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9375em;
  }
  .matrix caption {
    padding: 0.5em 0.75em;
    text-align: start;
    color: var(--_muted);
    font-size: 0.875em;
    position: sticky;
    inset-inline-start: 0;
    inline-size: max-content;
    max-inline-size: min(100%, 40rem);
  }
  .matrix :is(th, td) {
    padding: 0.5em 0.75em;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    text-align: start;
    vertical-align: top;
    background: var(--_surface);
  }
  .matrix thead :is(th, td) {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    border-block-end: 2px solid var(--_border);
    min-inline-size: 11rem;
  }
  .matrix tbody th {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-inline-size: 10rem;
    max-inline-size: 14rem;
    border-inline-end: 1px solid var(--_border);
    overflow-wrap: normal;
    hyphens: auto;
  }
  .matrix thead .corner {
    inset-inline-start: 0;
    z-index: 3;
    min-inline-size: 9rem;
    border-inline-end: 1px solid var(--_border);
  }
  .matrix td {
    min-inline-size: 11rem;
    max-inline-size: 18rem;
  }
  .matrix td p {
    margin: 0.25em 0 0;
  }
  .role-column button,
  .competency-header > button {
    padding: 0;
    border: 0;
    font: inherit;
    font-weight: 600;
    text-align: start;
    color: var(--_accent-text, var(--_accent));
    background: none;
    cursor: pointer;
    min-block-size: 24px;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .role-column [aria-pressed='true'] {
    text-decoration: underline solid 2px;
  }
  .role-column[part~='selected'] {
    box-shadow: inset 0 3px var(--_accent);
  }
  .column-meta {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .role-column .badge {
    display: inline-block;
    margin-block-start: 0.25em;
  }
  .matrix td.current {
    background: color-mix(in srgb, var(--_current) 7%, var(--_surface));
  }
  .matrix td.target {
    background: color-mix(in srgb, var(--_target) 8%, var(--_surface));
  }
  .matrix-group th {
    padding-block-start: 1em;
    font-weight: 600;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
    color: var(--_muted);
    border-inline-end: 0;
  }
  .matrix-group th > span {
    position: sticky;
    inset-inline-start: 0.75em;
  }
  .matrix .rise {
    display: block;
    margin-block-start: 0.25em;
    font-size: 0.8125em;
    font-weight: 600;
  }
  .matrix td.rises {
    border-inline-start: 3px solid var(--_accent);
  }
  .matrix details {
    margin-block-start: 0.25em;
  }
  .matrix summary {
    cursor: pointer;
    color: var(--_accent-text, var(--_accent));
    min-block-size: 24px;
  }
  .matrix ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .definition {
    max-inline-size: min(34rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 4rem);
    overflow: auto;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.25);
  }
  .definition p {
    margin: 0 0 0.5em;
  }
  .definition-title {
    font-weight: 600;
    font-size: 1.125em;
  }
  .definition-levels {
    font-weight: 600;
    color: var(--_muted);
  }
  .definition ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .definition li + li {
    margin-block-start: 0.35em;
  }
  @media (forced-colors: active) {
  }
  @media print {
    .matrix {
      max-block-size: none;
      overflow: visible;
      border: 0;
    }
    .matrix table {
      inline-size: 100%;
      table-layout: fixed;
      font-size: 0.75em;
    }
    .matrix :is(th, td),
    .matrix thead :is(th, td) {
      position: static;
      min-inline-size: 0;
      max-inline-size: none;
      overflow-wrap: anywhere;
    }
    .matrix tr {
      break-inside: avoid;
    }
    /* A group's heading stays with its first competency, and the caption with the table. */
    .matrix caption,
    .matrix-group {
      break-after: avoid;
    }
    .matrix caption {
      position: static;
    }
    /* A header row repeated on each page is painted without its buttons: their text stands alone. */
    .role-column button,
    .competency-header > button {
      display: contents;
    }
  }
`;
