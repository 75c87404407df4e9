import { css } from 'lit';

export const roleCardStyles = css`
  :host {
    max-inline-size: 44rem;
  }
  .card {
    container-type: inline-size;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Wrappers of slots take no room of their own, so an empty slot leaves no gap. */
  .extra {
    display: contents;
  }
  .extra ::slotted(*) {
    margin-block: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) / 2);
  }
  .actions ::slotted(*) {
    margin-block-start: var(--_space);
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  :host([compact]) .card {
    padding: calc(var(--_space) * 0.75);
    font-size: 0.9375em;
  }
  :host([compact]) .details {
    gap: calc(var(--_space) / 2);
  }
  @container (max-width: 22rem) {
    .card {
      padding: calc(var(--_space) * 0.75);
    }
  }
`;
