import { css } from 'lit';

export const salaryRangeStyles = css`
  :host {
    max-inline-size: 40rem;
  }
  .status,
  .empty {
    margin: 0;
    color: var(--_muted);
  }
`;
