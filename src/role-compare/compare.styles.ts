import { css } from 'lit';

/** The styles of a comparison (compare.view.ts), in `<pm-role-compare>` and under `<pm-ladder>`'s path sentence. */
export const compareStyles = css`
  .comparison {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    container-type: inline-size;
  }
  .comparison > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .comparison [part='step-title'] {
    margin: 0.5em 0 0.25em;
    font-size: 1em;
  }
  .comparison p {
    margin: 0;
  }
  .changes-count {
    font-weight: 600;
  }
  .table-box {
    overflow-x: auto;
    margin-block: 0.5em;
  }
  .compare-table {
    inline-size: 100%;
    min-inline-size: 28rem;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .compare-table :is(th, td) {
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  .compare-table thead th {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .compare-table .group th {
    padding-block-start: 0.75em;
    font-weight: 600;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .compare-table tr.changed td:last-child {
    background: var(--_raised);
  }
  .change-mark {
    display: block;
    inline-size: fit-content;
    margin-block-start: 0.25em;
    padding: 0 0.4em;
    border: 1px solid var(--_target);
    border-radius: var(--_radius);
    font-size: 0.75em;
    font-weight: 600;
  }
  /* The mark says which way the level moves, in its words' company: up, down, or another text. */
  .change-mark::before {
    content: '● ' / '';
  }
  .rises .change-mark::before {
    content: '▲ ' / '';
  }
  .falls .change-mark::before {
    content: '▼ ' / '';
  }
  .unchanged > summary,
  .compare-table summary {
    cursor: pointer;
    color: var(--_accent-text, var(--_accent));
    min-block-size: 24px;
  }
  .compare-table ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .compare-pay {
    display: grid;
    gap: 0.5em;
  }
  @media print {
    .table-box {
      overflow: visible;
    }
    .compare-table {
      min-inline-size: 0;
    }
    .compare-table tr {
      break-inside: avoid;
    }
    .compare-table .group {
      break-after: avoid;
    }
  }
`;
