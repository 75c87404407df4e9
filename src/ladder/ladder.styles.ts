import { css } from 'lit';

export const ladderStyles = css`
  .ladder {
    container-type: inline-size;
  }
  [part~='title'] {
    margin: 0 0 calc(var(--_space) / 4);
    font-size: 1.5em;
    line-height: 1.25;
  }
  [part~='description'] {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .overview {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
    justify-content: space-between;
    margin-block-end: var(--_space);
  }
  .ladder-pay {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .status {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
  }
  [part~='tiers'] {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  [part~='tier'] {
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }
  [part~='tier-name'] {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 0.875em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  [part~='roles'] {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  [part~='role'] {
    flex: 1 1 14rem;
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.875);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .role-title {
    display: block;
    font-weight: 600;
  }
  .role-abbreviation {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .role-pay {
    margin-block-start: calc(var(--_space) / 4);
    font-size: 0.875em;
  }
  .role-pay .amount {
    font-size: 1.125em;
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  [part~='guidance'] {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  [part~='guidance-title'] {
    margin: 0;
    font-size: 1.125em;
  }
  [part~='guidance-subtitle'] {
    margin: var(--_space) 0 calc(var(--_space) / 4);
    font-size: 1em;
  }
  [part~='guidance'] p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  [part~='guidance'] :is(ol, ul) {
    padding-inline-start: 1.5em;
  }
  [part~='guidance'] li + li {
    margin-block-start: 0.25em;
  }
`;
