import { css } from 'lit';

/**
 * The styles of a role's expectations (expectations.view.ts). They load with the validator,
 * as the view does (documents.ts), and an element adopts them once that has loaded: only a
 * ladder document of its own has competencies. A server renders them with the element's styles.
 */
export const expectationStyles = css`
  .section > [part='competency-group'] {
    margin: 0.75em 0 0.25em;
    font-size: 0.875em;
    letter-spacing: normal;
    text-transform: none;
    color: var(--_text);
  }
  .competencies {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .competency {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 3fr;
    gap: 0.25em 0.75em;
  }
  .competency dt {
    font-weight: 600;
  }
  .competency dd {
    margin: 0;
  }
  .competency p {
    margin: 0;
  }
  .level {
    display: inline-block;
    margin-block-end: 0.125em;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .competency details,
  .profile-fold {
    margin-block-start: 0.25em;
  }
  .competency summary,
  .profile-fold > summary {
    cursor: pointer;
    color: var(--_accent-text, var(--_accent));
    min-block-size: 24px;
  }
  .competency ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  @container (max-width: 30rem) {
    .competency {
      grid-template-columns: 1fr;
    }
  }
  @media print {
    /* A role with expectations may be taller than a page: it breaks between competencies, not inside one. */
    .role:has([part~='expectations']) {
      break-inside: auto;
    }
    .competency {
      break-inside: avoid;
    }
  }
`;
